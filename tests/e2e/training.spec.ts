/**
 * Training side by side in Chromium with real Web Workers: the overall bar advances, the lab still
 * steps while the workers train, Stop stops, every kind gets its curves, and a trained model can
 * go into the lab. No timing is asserted: this machine is shared and slow.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CELL_KINDS } from '../../src/core';
import { openLabForEachTest } from './lab-page';

const KINDS = CELL_KINDS;
const LONG = { timeout: 60_000 };

openLabForEachTest();

const overall = (page: Page) => page.getByRole('progressbar', { name: 'Training progress' });
const valueNow = async (page: Page) => Number(await overall(page).getAttribute('aria-valuenow'));

/** The number of points in each kind's line on a chart ('loss' or 'accuracy'). */
async function linePoints(page: Page, measure: 'loss' | 'accuracy'): Promise<number[]> {
  return page.evaluate(
    ([m, kinds]) =>
      kinds.map((k) => {
        const d = document.querySelector(`svg[data-measure="${m}"] path[data-kind="${k}"]`);
        return (d?.getAttribute('d') ?? '').split(/[ML]/).filter((s) => s.trim()).length;
      }),
    [measure, KINDS] as const,
  );
}

test('the pinned controls are there, once each', async ({ page }) => {
  await expect(page.getByRole('button', { name: 'Train' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(1);
  await expect(overall(page)).toHaveCount(1);
  await expect(overall(page)).toHaveAttribute('aria-valuenow', '0');
  const { violations } = await new AxeBuilder({ page }).include('section.training').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
});

test('trains while the lab still steps; Stop stops; every kind has its curves', async ({
  page,
}) => {
  await page.getByRole('slider', { name: 'Updates' }).fill('3000');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect.poll(() => valueNow(page), LONG).toBeGreaterThan(0);
  const first = await valueNow(page);

  // the main thread answers while three workers train
  const time = page.getByRole('slider', { name: 'Time step' });
  const t0 = Number(await time.getAttribute('aria-valuenow'));
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(time).toHaveAttribute('aria-valuenow', String(t0 + 1));
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(time).toHaveAttribute('aria-valuenow', String(t0 + 2));

  await expect.poll(() => valueNow(page), LONG).toBeGreaterThan(first);
  await expect.poll(async () => Math.min(...(await linePoints(page, 'loss'))), LONG).toBeGreaterThanOrEqual(2); // prettier-ignore

  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByText(/^Stopped after \d+ of 3000 updates\.$/)).toHaveCount(KINDS.length);
  // each worker's last word (the weights it reached) enables its use button; then nothing moves
  for (const name of ['Vanilla RNN', 'LSTM', 'GRU', 'MGU'])
    await expect(page.getByRole('button', { name: `Use this ${name}` })).toBeEnabled(LONG);
  const stoppedAt = await valueNow(page);
  expect(stoppedAt).toBeLessThan(100);
  const loss = await linePoints(page, 'loss');
  await page.waitForTimeout(1500);
  expect(await valueNow(page)).toBe(stoppedAt);
  expect(await linePoints(page, 'loss')).toEqual(loss);
  for (const n of [...loss, ...(await linePoints(page, 'accuracy'))]) expect(n).toBeGreaterThanOrEqual(2); // prettier-ignore
});

test('a short run finishes, and its trained LSTM goes into the lab', async ({ page }) => {
  await page.getByRole('slider', { name: 'Updates' }).fill('100');
  await page.getByRole('combobox', { name: 'Hidden size' }).selectOption('4');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(overall(page)).toHaveAttribute('aria-valuenow', '100', LONG);
  await expect(page.getByText(/^Done: 100 of 100 updates\.$/)).toHaveCount(KINDS.length);
  await page.screenshot({ path: '.ci/out/screenshots/lab-trained.png', fullPage: true });
  await page.getByRole('radio', { name: 'GRU' }).check();
  await page.getByRole('button', { name: 'Use this LSTM' }).click();
  await expect(page.getByRole('radio', { name: 'LSTM' })).toBeChecked();
  await expect(page.getByText('The lab now shows this trained LSTM.')).toBeVisible();
  // H = 4: the equations' unit picker offers four units
  await expect(page.getByRole('combobox', { name: /unit/i }).locator('option')).toHaveCount(4);
  await page.getByRole('button', { name: 'Restore the shipped LSTM' }).click();
  await expect(page.getByRole('combobox', { name: /unit/i }).locator('option')).toHaveCount(8);

  const { violations } = await new AxeBuilder({ page }).include('section.training').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
});

test('the LSTM without its forget gate trains beside the others and goes into the lab with f removed', async ({
  page,
}) => {
  await page.getByRole('slider', { name: 'Updates' }).fill('100');
  await page.getByRole('combobox', { name: 'Hidden size' }).selectOption('4');
  await page
    .getByRole('group', { name: 'Also train without a gate' })
    .getByRole('checkbox', { name: /^LSTM without forget gate/ })
    .check();
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByText(/^Done: 100 of 100 updates\.$/)).toHaveCount(KINDS.length + 1, LONG);
  // its own line on both charts, and its own row in the design table
  for (const measure of ['loss', 'accuracy'] as const)
    await expect(page.locator(`svg[data-measure="${measure}"] path[data-kind="lstm-no-f"]`)).toHaveCount(1); // prettier-ignore
  const table = page.getByRole('table', { name: 'Compare the designs' });
  await expect(table.getByRole('rowheader', { name: 'LSTM without forget gate' })).toBeVisible();

  await page.getByRole('button', { name: 'Use this LSTM without forget gate' }).click();
  await expect(page.getByRole('radio', { name: 'LSTM' })).toBeChecked();
  // the gate is shown as removed — not as forced by hand — and cannot be forced
  const group = page.getByRole('radiogroup', { name: 'Forget gate' });
  await expect(group).toHaveAccessibleDescription(/^Removed: this LSTM was trained without it/);
  for (const radio of await group.getByRole('radio').all()) {
    await expect(radio).toBeDisabled();
    await expect(radio).not.toBeChecked();
  }
  await expect(page.getByRole('radiogroup', { name: 'Input gate' }).getByRole('radio', { name: 'Learned' })).toBeEnabled(); // prettier-ignore
  await expect(page.getByRole('button', { name: 'Forget gate', exact: true })).toHaveAccessibleDescription(/^removed/); // prettier-ignore
  await page.screenshot({ path: '.ci/out/screenshots/lab-lstm-without-f.png', fullPage: true });
  const { violations } = await new AxeBuilder({ page }).include('section.training').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
});
