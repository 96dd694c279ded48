import type { AxeResults, NodeResult, Result } from 'axe-core';
import { source as axeSource } from 'axe-core';
import { Page } from 'playwright-core';

/** WCAG 2.0 and 2.1, levels A and AA: what issue 15 holds the app to. */
const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Rules outside the WCAG tags that we hold the app to as well. axe ships the WCAG 2.5.3 rule
 * `label-content-name-mismatch` as experimental, off unless asked for: a name that does not start
 * with the visible text leaves a voice-control user saying words that do nothing. The landmark and
 * heading rules are axe's "best practice" for WCAG 1.3.1 and 2.4.1.
 */
const EXTRA_RULES = ['label-content-name-mismatch', 'landmark-one-main', 'landmark-no-duplicate-main', 'landmark-main-is-top-level', 'heading-order'];

/** Violations that fail a journey; moderate and minor ones are printed for whoever reads the log. */
const FAILING_IMPACTS = new Set(['critical', 'serious']);

/** Rated moderate by axe, but a page without exactly one main region is one a screen reader cannot jump into. */
const FAILING_RULES = new Set(['landmark-one-main', 'landmark-no-duplicate-main', 'landmark-main-is-top-level']);

/**
 * Violations in markup that third-party components draw, which we cannot change from our templates
 * yet. Each is listed by rule and the element axe names, so the same rule anywhere else still fails;
 * they are printed as notes, and each is an open point of issue 15.
 */
const KNOWN_THIRD_PARTY: readonly { rule: string; target: RegExp; why: string }[] = [
  { rule: 'aria-required-children', target: /^mat-chip-grid$/, why: 'Material’s chip grid keeps its text input (a combobox) inside the grid' },
  { rule: 'scrollable-region-focusable', target: /^(gantt-main|cdk-virtual-scroll-viewport)$/, why: '@worktile/gantt’s scroll areas; the bars inside are focusable buttons' },
  { rule: 'aria-hidden-focus', target: /^:root > div\[aria-hidden="true"\]$/, why: 'the element the CDK hides while a snack bar is announced' },
];

function knownThirdParty(violation: Result): boolean {
  return violation.nodes.every((node) => KNOWN_THIRD_PARTY.some((known) => known.rule === violation.id && known.target.test(node.target.join(' '))));
}

const fails = (violation: Result) => (FAILING_IMPACTS.has(violation.impact ?? '') || FAILING_RULES.has(violation.id)) && !knownThirdParty(violation);

/** Dialogs and snack bars moving in or out, and a snack bar that has not announced its text yet. */
const OVERLAYS_IN_MOTION = '.mdc-dialog--opening, .mdc-dialog--closing, .mat-snack-bar-container-animating, .mat-mdc-snack-bar-label > [aria-hidden="true"]';

/** How many elements of one rule are listed: enough to find the pattern, short enough to read. */
const NODES_SHOWN = 5;

/** Attributes Angular and Material add to every element, which would fill the snippet before anything telling. */
const ANGULAR_NOISE = /\s(?:_ng(?:content|host)-[\w-]+|mat-ripple-loader-[\w-]+|class)(?:="[^"]*")?/g;

function describeNode(node: NodeResult): string {
  const snippet = node.html
    .replace(ANGULAR_NOISE, '')
    .replace(/\s+/g, ' ')
    .slice(0, 200);
  return `    at ${node.target.join(' ')}\n      ${snippet}\n      ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`;
}

function describeViolation(violation: Result): string {
  const nodes = violation.nodes.slice(0, NODES_SHOWN).map(describeNode);
  const more = violation.nodes.length > NODES_SHOWN ? [`    … and ${violation.nodes.length - NODES_SHOWN} more`] : [];
  return [`  ${violation.id} (${violation.impact}): ${violation.help}`, ...nodes, ...more].join('\n');
}

/**
 * Runs axe-core over the page as it stands and fails, listing each critical or serious WCAG 2.1 AA
 * violation and any breach of the one-main-landmark rules (rule, impact, elements and a snippet of
 * each); the rest are printed. Call it once the screen's data is in
 * and any dialog to check is open. No page area shows a spinner while it runs: a half-drawn page
 * would pass rules its finished form breaks.
 *
 * axe's source goes in through `page.evaluate`, which the DevTools protocol runs whatever the
 * page's Content-Security-Policy says about scripts, so the app's CSP stays as strict as it ships.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const problems = await accessibilityProblems(page, where);
  if (problems) throw new Error(problems);
}

/** The same check as `expectAccessible`, answering the failure's text (or null) for a journey that checks many screens before failing. */
export async function accessibilityProblems(page: Page, where: string): Promise<string | null> {
  await page.locator('crm-loading-state, mat-spinner, mat-progress-spinner').first().waitFor({ state: 'detached' });
  // Overlays on their way in or out are half drawn too: a dialog or snack bar fading reads as grey
  // text to axe, and Material's snack bar holds its text and its action (Undo) in an aria-hidden
  // element until it has announced them, 150 ms after it opens.
  await page.waitForFunction((selector) => !document.querySelector(selector), OVERLAYS_IN_MOTION, { polling: 50 });
  const alreadyThere = await page.evaluate(() => 'axe' in window);
  if (!alreadyThere) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async ({ tags, extra }) => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
      // One run at a time: axe refuses a second while the first is under way.
      const wcag = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      const more = await axe.run(document, { runOnly: { type: 'rule', values: extra }, resultTypes: ['violations'] });
      return [...wcag.violations, ...more.violations.filter((v) => !wcag.violations.some((w) => w.id === v.id))];
    },
    { tags: WCAG_AA_TAGS, extra: EXTRA_RULES },
  );
  const failing = violations.filter(fails);
  const noted = violations.filter((v) => !fails(v));
  if (noted.length > 0) console.log(`Accessibility notes on ${where}:\n${noted.map(describeViolation).join('\n')}`);
  if (failing.length === 0) return null;
  return `${failing.length} accessibility violation(s) on ${where}:\n${failing.map(describeViolation).join('\n')}`;
}
