import { Browser, Page } from 'playwright-core';

import { Session } from '../support/graphql-client';
import { launchBrowser } from '../e2e/support/browser';
import { Program, seedProgram } from '../e2e/support/large-program';
import { startServer } from '../e2e/support/server';

/**
 * The web app at 2,000 tasks in Chromium: how long the timeline and the board take to draw, how
 * many GraphQL requests that costs, how many DOM nodes the page then holds, and how smoothly it
 * scrolls (requestAnimationFrame callbacks counted during a scripted scroll). Builds nothing: it
 * starts the built server (`nx build web api` first) exactly as the e2e journeys do. Figures to
 * read, never assertions.
 */
const TASKS = Number(process.env['WEB_BENCH_TASKS'] ?? 2000);
const SCROLL_SECONDS = Number(process.env['WEB_BENCH_SCROLL_SECONDS'] ?? 3);
/** A brisk, steady scroll (a wheel or trackpad flick moves about this fast), the same for every page. */
const SCROLL_PX_PER_SECOND = Number(process.env['WEB_BENCH_SCROLL_PX_PER_SECOND'] ?? 3000);

interface GraphQLTraffic {
  requests: () => number;
  /** The slowest GraphQL exchange so far, from sending to the last byte, and its operation. */
  slowest: () => string;
}

async function signedInPage(browser: Browser, url: string, session: Session): Promise<{ page: Page; traffic: GraphQLTraffic }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.evaluate((s) => localStorage.setItem('crm-rollout-tracker.session', JSON.stringify(s)), session);
  let requests = 0;
  let slowest = { ms: 0, operation: 'none' };
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql')) requests += 1;
  });
  page.on('requestfinished', (request) => {
    if (!request.url().endsWith('/graphql')) return;
    const ms = request.timing().responseEnd;
    const operation = String(JSON.parse(request.postData() ?? '{}').operationName ?? 'anonymous');
    if (ms > slowest.ms) slowest = { ms, operation };
  });
  return { page, traffic: { requests: () => requests, slowest: () => `${Math.round(slowest.ms)} ms (${slowest.operation})` } };
}

const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

/**
 * Scrolls every element matching `selector` (or the document, when none match) down from its top
 * at `pxPerSecond` for `seconds`, moving on each animation frame, and answers frames per second.
 */
function scrollFps(page: Page, selector: string, seconds: number, pxPerSecond: number): Promise<number> {
  return page.evaluate(
    ({ selector, seconds, pxPerSecond }) =>
      new Promise<number>((resolve) => {
        const found = Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((el) => el.scrollHeight > el.clientHeight);
        const targets = found.length > 0 ? found : [document.scrollingElement as HTMLElement];
        for (const el of targets) el.scrollTop = 0;
        let frames = 0;
        const started = performance.now();
        const step = (now: number) => {
          const elapsed = (now - started) / 1000;
          for (const el of targets) el.scrollTop = Math.min(elapsed * pxPerSecond, el.scrollHeight - el.clientHeight);
          frames += 1;
          if (elapsed < seconds) requestAnimationFrame(step);
          else resolve(frames / elapsed);
        };
        requestAnimationFrame(step);
      }),
    { selector, seconds, pxPerSecond },
  );
}

async function measureTimeline(browser: Browser, url: string, program: Program): Promise<string[]> {
  const { page, traffic } = await signedInPage(browser, url, program.session);
  const started = Date.now();
  await page.goto(`${url}/projects/${program.projectId}/timeline`);
  // The Gantt draws each task's bar (`.gantt-bar`, ours inside it) once its row scrolls into view.
  await page.locator('[data-testid="timeline"] .gantt-bar [data-testid="timeline-task"]').first().waitFor({ state: 'visible', timeout: 120_000 });
  const drawMs = Date.now() - started;
  const requests = traffic.requests();
  const nodes = await domNodes(page);
  const bars = await page.locator('[data-testid="timeline"] .gantt-bar').count();
  // The Gantt's rows scroll in its virtual-scroll viewport, which also carries the side table.
  const fps = await scrollFps(page, '[data-testid="timeline"] .gantt-scroll-container', SCROLL_SECONDS, SCROLL_PX_PER_SECOND);
  await page.close();
  return [
    `web timeline ${TASKS} tasks: drawn in ${drawMs} ms, ${requests} GraphQL requests (slowest ${traffic.slowest()}), ${nodes} DOM nodes (${bars} Gantt bars drawn), scroll ${fps.toFixed(1)} fps at ${SCROLL_PX_PER_SECOND} px/s`,
  ];
}

async function measureBoard(browser: Browser, url: string, program: Program): Promise<string[]> {
  const { page, traffic } = await signedInPage(browser, url, program.session);
  const started = Date.now();
  await page.goto(`${url}/projects/${program.projectId}/board`);
  await page.locator('[data-testid="task-card"]').first().waitFor({ timeout: 120_000 });
  const firstMs = Date.now() - started;
  const shown = async () => {
    const text = (await page.getByTestId('board-count').textContent()) ?? '';
    const [, loaded, total] = /Showing (\d+) of (\d+)/.exec(text) ?? [];
    return { loaded: Number(loaded), total: Number(total) };
  };
  // Everything loaded the way a user would get there: scrolling each column to its end, or
  // pressing "Load more" where the page offers nothing else.
  let clicks = 0;
  for (let round = 0; round < 500; round += 1) {
    const { loaded, total } = await shown();
    if (loaded >= total) break;
    const scrolled = await page.evaluate(() => {
      const columns = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="board-column-scroller"]'));
      for (const column of columns) column.scrollTop = column.scrollHeight;
      return columns.length > 0;
    });
    if (!scrolled) {
      await page.getByTestId('board-load-more').click();
      clicks += 1;
    }
    await page.waitForFunction((before) => {
      const text = document.querySelector('[data-testid="board-count"]')?.textContent ?? '';
      return Number(/Showing (\d+)/.exec(text)?.[1] ?? 0) > before;
    }, loaded, { timeout: 60_000 }).catch(() => undefined);
  }
  const allMs = Date.now() - started;
  const { loaded, total } = await shown();
  const requests = traffic.requests();
  const nodes = await domNodes(page);
  const cards = await page.locator('[data-testid="task-card"]').count();
  const fps = await scrollFps(page, '[data-testid="board-column-scroller"]', SCROLL_SECONDS, SCROLL_PX_PER_SECOND);
  await page.close();
  return [
    `web board ${TASKS} tasks: first cards in ${firstMs} ms, all ${loaded} of ${total} loaded in ${allMs} ms with ${clicks} "Load more" clicks, ` +
      `${requests} GraphQL requests (slowest ${traffic.slowest()}), ${nodes} DOM nodes (${cards} cards drawn), scroll ${fps.toFixed(1)} fps at ${SCROLL_PX_PER_SECOND} px/s (every column at once)`,
  ];
}

export async function measureWebFigures(): Promise<string[]> {
  const server = await startServer();
  let browser: Browser | undefined;
  try {
    const seedStarted = Date.now();
    const program = await seedProgram(server.api, TASKS);
    const lines = [`web figures: seeded ${TASKS} tasks through the API in ${Date.now() - seedStarted} ms`];
    browser = await launchBrowser();
    lines.push(...(await measureTimeline(browser, server.url, program)));
    lines.push(...(await measureBoard(browser, server.url, program)));
    return lines;
  } finally {
    await browser?.close();
    await server.stop();
  }
}

if (require.main === module) {
  measureWebFigures()
    .then((lines) => {
      for (const line of lines) console.log(line);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
