/** What every e2e spec does around its tests: open the lab, wait for the models, fail on console errors. */
import { expect, test, type Page } from '@playwright/test';

/** The pinned "Jam risk" status. */
export const status = (page: Page) => page.getByRole('status', { name: 'Jam risk' });

/** Registers the hooks: each test starts on a loaded lab and ends with no console error. */
export function openLabForEachTest(): void {
  let errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await expect(status(page)).toHaveText(/Jam risk \d+%/);
  });
  test.afterEach(() => expect(errors).toEqual([]));
}
