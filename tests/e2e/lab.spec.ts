/**
 * The built lab in Debian's Chromium, driven the way a person drives it: by role, name and key.
 * Expected numbers are computed here by the core from the same shipped model files.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  CELL_KINDS,
  FORCEABLE,
  jamRisk,
  modelFromFile,
  runForward,
  type CellKind,
} from '../../src/core';
import { CANONICAL, encodeSequence, scenario } from '../../src/data';
import { MODEL_NAMES } from '../../src/ui/cell-kinds';
import { openLabForEachTest, status } from './lab-page';

const SHOTS = '.ci/out/screenshots';

/** p_t of a shipped model over the canonical scenario, as a whole percentage. */
function expectedRisks(kind: CellKind): number[] {
  const file = JSON.parse(
    readFileSync(new URL(`../../public/models/${kind}.json`, import.meta.url), 'utf8'),
  );
  const { model } = modelFromFile(file);
  const trace = runForward(model.cell, encodeSequence(scenario(CANONICAL).events));
  return Array.from(jamRisk(model.readout, trace.hs));
}
const pct = (p: number) => `${Math.round(p * 100)}%`;

const slider = (page: Page) => page.getByRole('slider', { name: 'Time step' });

openLabForEachTest();

test('opens on the LSTM and the canonical scenario inside one main landmark', async ({ page }) => {
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('radiogroup', { name: 'Model' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'LSTM' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue(CANONICAL);
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '0');
  await expect(status(page)).toHaveText(`Jam risk ${pct(expectedRisks('lstm')[0])}`);
  for (const name of ['Forget gate', 'Input gate', 'Output gate', 'Cell state', 'Hidden state'])
    await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/lab-lstm-start.png`, fullPage: true });
});

test('steps with the buttons and the keys, and plays and pauses', async ({ page }) => {
  const risks = expectedRisks('lstm');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '2');
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '3');
  await page.keyboard.press('End');
  const last = risks.length - 1;
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(last));
  await expect(status(page)).toHaveText(`Jam risk ${pct(risks[last])}`);
  await page.keyboard.press('Home');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '0');
  await page.getByRole('button', { name: 'Go to end' }).click();
  await page.getByRole('button', { name: 'Go to start' }).click();
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '0');

  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect
    .poll(async () => Number(await slider(page).getAttribute('aria-valuenow')))
    .toBeGreaterThan(1);
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const stopped = await slider(page).getAttribute('aria-valuenow');
  await page.waitForTimeout(600);
  await expect(slider(page)).toHaveAttribute('aria-valuenow', stopped!);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('keys press the focused button, and focus stays on a step button at its end', async ({
  page,
}) => {
  const T = expectedRisks('lstm').length;
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  const forward = page.getByRole('button', { name: 'Step forward' });
  await forward.focus();
  await page.keyboard.press('Space');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '1');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  for (let t = 1; t < T + 2; t++) await page.keyboard.press('Enter');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', String(T - 1));
  await expect(forward).toHaveAttribute('aria-disabled', 'true');
  expect(await focused()).toBe('Step forward');
  for (const name of ['Go to start', 'Go to end', 'Step back']) {
    await page.getByRole('button', { name }).focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe(name);
  }
  // back at step 0 (Go to start, then Step back at its end): Space on Step back changes nothing
  await page.getByRole('button', { name: 'Go to start' }).press('Enter');
  await page.getByRole('button', { name: 'Step back' }).press('Space');
  await expect(slider(page)).toHaveAttribute('aria-valuenow', '0');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(await focused()).toBe('Step back');
});

test('switching model updates every panel', async ({ page }) => {
  await page.getByRole('button', { name: 'Go to end' }).click();
  const riskPath = page.locator('.risk-path');
  const lstmPath = await riskPath.getAttribute('d');
  await page.getByRole('radio', { name: 'GRU' }).check();
  const gruRisks = expectedRisks('gru');
  await expect(status(page)).toHaveText(`Jam risk ${pct(gruRisks.at(-1)!)}`);
  expect(await riskPath.getAttribute('d')).not.toEqual(lstmPath);
  await expect(
    page.getByRole('heading', { name: `GRU cell at step ${gruRisks.length - 1}` }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /^Update gate:/ })).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'Update gate heatmap, units × steps' }),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: 'Forget gate heatmap, units × steps' })).toHaveCount(
    0,
  );
  await expect(page.locator('.equations')).toContainText('Update gate');
  await expect(page.locator('.equations')).not.toContainText('Forget gate');
  await page.screenshot({ path: `${SHOTS}/lab-gru-end.png`, fullPage: true });
  await page.keyboard.press('1');
  await expect(page.getByRole('radio', { name: 'Vanilla RNN' })).toBeChecked();
  await expect(status(page)).toHaveText(`Jam risk ${pct(expectedRisks('rnn').at(-1)!)}`);
  await expect(page.getByRole('group', { name: 'Update gate heatmap, units × steps' })).toHaveCount(
    0,
  );
  await page.screenshot({ path: `${SHOTS}/lab-rnn-end.png`, fullPage: true });
});

for (const kind of CELL_KINDS.filter((k) => FORCEABLE[k].length > 0)) {
  const name = MODEL_NAMES[kind];
  test(`${name} predicts the canonical jam: risk ≥ 50% at the end`, async ({ page }) => {
    await page.getByRole('radio', { name }).check();
    await page.getByRole('button', { name: 'Go to end' }).click();
    const shown = Number((await status(page).textContent())!.match(/(\d+)%/)![1]);
    expect(shown).toBeGreaterThanOrEqual(50);
    expect(shown).toBe(Math.round(expectedRisks(kind).at(-1)! * 100));
  });
}

test('typesets the equations with KaTeX once it has loaded', async ({ page }) => {
  await expect(page.locator('.equations .katex').first()).toBeVisible();
});

test('axe-core finds no serious or critical violations', async ({ page }) => {
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.locator('.equations .katex').first()).toBeVisible();
  // check the resting page: mid-animation, stages not reached yet are dimmed on purpose
  await expect(page.locator('.stage-bar [aria-current="step"]')).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
  expect(violations.map((v) => v.id)).toEqual([]); // and, so far, none at all
});
