/** The Gradient flow panel in the built lab: the core's norms at the cursor, following the step and the forced gates; axe-clean. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CELL_KINDS, modelFromFile, type CellKind, type GateOverride } from '../../src/core';
import { CANONICAL, scenario } from '../../src/data';
import { gradientFlow } from '../../src/state/gradient-flow';
import { openLabForEachTest } from './lab-page';

const events = scenario(CANONICAL).events;
const T = events.length;

/** ‖∂L/∂h_t‖ of a shipped model over the canonical scenario, by the core. */
function dh(kind: CellKind, overrides: GateOverride[] = []): Float64Array {
  const file = JSON.parse(
    readFileSync(new URL(`../../public/models/${kind}.json`, import.meta.url), 'utf8'),
  );
  return gradientFlow(modelFromFile(file).model, events, overrides).dh;
}

const panel = (page: Page) => page.getByRole('region', { name: 'Gradient flow' });
const chart = (page: Page, name: RegExp) => panel(page).getByRole('figure', { name });
/** The ‖∂L/∂h_t‖ a chart prints at the cursor: [t, value]. */
async function shownH(page: Page, name: RegExp): Promise<[number, number]> {
  const text = await chart(page, name).getByTestId('flow-readout').textContent();
  const m = text!.match(/‖∂L\/∂h(\d+)‖ = ([^:\s‖]+)/)!;
  return [Number(m[1]), Number(m[2].replace('−', '-'))];
}
const close = (shown: number, v: number) =>
  expect(Math.abs(shown - v)).toBeLessThanOrEqual(0.005 * v);

openLabForEachTest();

test('shows the core’s gradient norms for every model, following the step', async ({ page }) => {
  await expect(panel(page).getByRole('figure')).toHaveCount(CELL_KINDS.length);
  await expect(panel(page).getByRole('figure').first()).toHaveAccessibleName(/^LSTM · /);
  const [lstm, rnn] = [dh('lstm'), dh('rnn')];
  for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Step forward' }).click();
  await expect.poll(async () => (await shownH(page, /^LSTM/))[0]).toBe(3);
  close((await shownH(page, /^LSTM/))[1], lstm[3]);
  close((await shownH(page, /^Vanilla RNN/))[1], rnn[3]);
  await page.getByRole('button', { name: 'Go to end' }).click();
  await expect.poll(async () => (await shownH(page, /^Vanilla RNN/))[0]).toBe(T - 1);
  close((await shownH(page, /^Vanilla RNN/))[1], rnn[T - 1]);
  await panel(page).screenshot({ path: '.ci/out/screenshots/gradient-flow.png' });
});

test('follows a forced forget gate on the LSTM, and is axe-clean', async ({ page }) => {
  for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Step forward' }).click();
  await page
    .getByRole('radiogroup', { name: 'Forget gate' })
    .getByRole('radio', { name: 'Force 0' })
    .check();
  const forced = dh('lstm', [{ gate: 'f', value: 0 }]);
  await expect(panel(page).getByText(/^Forced gates belong to the LSTM/)).toBeVisible();
  close((await shownH(page, /^LSTM/))[1], forced[3]);
  await panel(page).screenshot({ path: '.ci/out/screenshots/gradient-flow-forget-forced.png' });
  const { violations } = await new AxeBuilder({ page }).include('.gradient-flow').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
});
