/** Smoke test of the built page in Debian's Chromium: it loads, shows core numbers, is axe-clean. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { paramCount } from '../../src/core';

test('the built page opens with the shell, no console errors and no axe violations', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Gate Lab' })).toBeVisible();
  await expect(page.getByTestId('params-lstm')).toHaveText(
    `${paramCount('lstm', 6, 8)} parameters at D = 6, H = 8`,
  );
  await page.screenshot({ path: '.ci/out/screenshots/shell.png', fullPage: true });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(errors).toEqual([]);
});
