import { Page } from 'playwright-core';

/**
 * The focused element as a screen reader announces it, role and accessible name (`button "Move"`),
 * from the browser's own accessibility tree; its state and value (`[checked]`, `: Any role`) left
 * out, so a sequence of them says what the focus visited, not what was chosen there.
 */
export async function focusedName(page: Page): Promise<string> {
  const snapshot = await page.locator(':focus').ariaSnapshot();
  const first = (snapshot.split('\n')[0] ?? '').replace(/^- /, '');
  const named = /^([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(first);
  if (!named) return first;
  // An element without a role of its own shows as its text ("text: Phases and tasks").
  if (named[1] === 'text') return `text "${first.replace(/^text:\s*/, '')}"`;
  return named[2] === undefined ? named[1] : `${named[1]} "${named[2]}"`;
}

/** Presses Tab `count` times from where the focus is, answering what each press focused. */
export async function tabOrder(page: Page, count: number): Promise<string[]> {
  const names: string[] = [];
  for (let step = 0; step < count; step += 1) {
    await page.keyboard.press('Tab');
    names.push(await focusedName(page));
  }
  return names;
}
