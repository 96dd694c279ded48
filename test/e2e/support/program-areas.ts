import { Page } from 'playwright-core';

/**
 * Opens one area of the open program the way a person would: through the side navigation, first
 * unfolding it (wide screens) or opening its drawer from the top bar (phones) when its links are
 * out of sight. `area` is the path under /projects/:id, e.g. 'settings' or 'training'.
 * Journeys call this rather than knowing how the navigation is built.
 */
export async function openProgramArea(page: Page, area: string): Promise<void> {
  // By test id: a closed drawer is hidden, so it is in no role query.
  const nav = page.getByTestId('program-nav');
  await nav.waitFor({ state: 'attached' });
  const link = nav.getByTestId(`project-tab-${area}`);
  if (!(await link.isVisible())) {
    const menu = page.getByTestId('open-program-nav');
    if (await menu.isVisible()) await menu.click();
    else await nav.getByTestId('program-nav-toggle').click();
    await link.waitFor({ state: 'visible' });
  }
  await link.click();
  await page.waitForURL(new RegExp(`/projects/[^/]+/${area}(?:[/?#]|$)`));
}
