/** What every e2e spec does around its tests: open the lab, wait for the models, fail on console errors. */
import { expect, test, type Page } from '@playwright/test';

/** The pinned "Jam risk" status. */
export const status = (page: Page) => page.getByRole('status', { name: 'Jam risk' });

/**
 * Scrolls down the page past every panel and back to the top, so that the panels below the first
 * screen (each mounts when it comes near the viewport) are all there for the test.
 */
export async function showEveryPanel(page: Page): Promise<void> {
  // the page puts its parts on in turns; it is busy until the last has arrived
  await expect(page.getByRole('main')).not.toHaveAttribute('aria-busy', 'true');
  const next = () =>
    page.evaluate(() => document.querySelector('[data-deferred]')?.getAttribute('data-deferred'));
  for (let id = await next(); id; id = await next()) {
    // scrolled to by the page itself: it may have mounted on its own in the meantime
    await page.evaluate(
      (id) =>
        document.querySelector(`[data-deferred="${id}"]`)?.scrollIntoView({ block: 'center' }),
      id,
    );
    await expect(page.locator(`[data-deferred="${id}"]`)).toHaveCount(0);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Registers the hooks: each test starts on a loaded lab and ends with no console error. */
export function openLabForEachTest(): void {
  let errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await expect(status(page)).toHaveText(/Jam risk \d+%/);
    await showEveryPanel(page);
  });
  test.afterEach(() => expect(errors).toEqual([]));
}
