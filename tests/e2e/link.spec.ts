/** The shareable link in Chromium: the address bar follows the view, and opening it shows that view. */
import { expect, test } from '@playwright/test';
import { createRng, initModel, jamRisk, runForward, type GateOverride } from '../../src/core';
import { CANONICAL, encodeSequence, scenario } from '../../src/data';
import { scoped } from '../../src/state/force-scope';
import { linkOf, type LinkState } from '../../src/state/link';
import { LECTURE_HIDDEN, LECTURE_HIDDEN_CONTROLS } from '../../src/state/slices/view';
import { packWeights, unpackWeights } from '../../src/state/weights-code';
import { openLabForEachTest, showEveryPanel, status } from './lab-page';

openLabForEachTest();

test('link round trip: GRU, step 7, Update gate forced to 0 — the reopened link shows exactly that', async ({
  page,
  browser,
}) => {
  await page.getByRole('radio', { name: 'GRU' }).check();
  for (let k = 0; k < 7; k++) await page.getByRole('button', { name: 'Step forward' }).click();
  await page
    .getByRole('radiogroup', { name: 'Update gate' })
    .getByRole('radio', { name: 'Force 0' })
    .check();
  await expect
    .poll(() => new URL(page.url()).hash)
    .toMatch(/^#v=2&k=gru&s=wobble-drift-jam&t=7&g=z0&z=[0-9a-f]{8}$/);
  const risk = await status(page).textContent();

  // a fresh browser profile, so the view can only come from the link (not from the autosave)
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  await expect(status(other)).toHaveText(risk!);
  await expect(other.getByRole('radio', { name: 'GRU' })).toBeChecked();
  await expect(other.getByRole('slider', { name: 'Time step' })).toHaveAttribute(
    'aria-valuenow',
    '7',
  );
  await expect(
    other.getByRole('radiogroup', { name: 'Update gate' }).getByRole('radio', { name: 'Force 0' }),
  ).toBeChecked();
  await expect(other.getByRole('alert')).toHaveCount(0);
  await fresh.close();
});

test('a garbage link opens the lab with its defaults and a notice', async ({ page }) => {
  // a new document (a change of fragment alone would not reload the page)
  await page.goto('about:blank');
  await page.goto('/#v=1&k=%F0%9F%92%A5&t=-3&g=q9&e=zz');
  await expect(status(page)).toHaveText(/Jam risk \d+%/);
  await expect(page.getByRole('alert')).toHaveText(
    'Parts of this link could not be read and were left at their defaults: the model, the readings, the step, the forced gates.',
  );
  await expect(page.getByRole('radio', { name: 'LSTM' })).toBeChecked();
  // pasted into the open lab: only the fragment changes, and the lab reopens on it
  await page.goto('/#%%%not-a-link');
  await expect(status(page)).toHaveText(/Jam risk \d+%/);
  await expect(page.getByRole('alert')).toHaveText(/not a Gate Lab link of this version/);
});

test('a model trained in the lab travels in the link, as float32 weights', async ({
  page,
  browser,
}) => {
  await page.getByRole('slider', { name: 'Updates' }).fill('100');
  await page.getByRole('combobox', { name: 'Hidden size' }).selectOption('4');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('progressbar', { name: 'Training progress' })).toHaveAttribute(
    'aria-valuenow',
    '100',
    { timeout: 60_000 },
  );
  await page.getByRole('button', { name: 'Use this LSTM' }).click();
  await page.getByRole('button', { name: 'Go to end' }).click();
  await expect
    .poll(() => new URL(page.url()).hash)
    .toMatch(/&w=lstm\.4\.[0-9a-f]{8}\.[A-Za-z0-9_-]+&z=[0-9a-f]{8}$/);
  const risk = await status(page).textContent();

  // a fresh browser profile: nothing saved there, so the model can only come from the link
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  // four units, as trained, and the same risk (float32 weights: the same to the percent shown)
  await expect(other.getByRole('combobox', { name: /unit/i }).locator('option')).toHaveCount(4);
  await expect(status(other)).toHaveText(risk!);
  await expect(other.getByRole('alert')).toHaveCount(0);
  await fresh.close();
});

test('a link with a trained H = 16 model keeps its forcing on unit 12, and reloads the same', async ({
  page,
}) => {
  const model = initModel('lstm', 6, 16, createRng(12));
  const weights = await packWeights(model);
  const scope = { units: [12], steps: null };
  const events = scenario(CANONICAL).events;
  const state: LinkState = {
    kind: 'lstm', scenarioId: CANONICAL, events, t: 20, unit: 12,
    overrides: [scoped('f', 0, scope)], customGates: [], forceScope: scope,
    lecture: false, hiddenPanels: LECTURE_HIDDEN, hiddenControls: LECTURE_HIDDEN_CONTROLS,
    lesson: null, answers: [null, null, null, null, null],
  }; // prettier-ignore
  // what the lab must show: the float32 model the link carries, its forget gate shut on unit 12
  const carried = await unpackWeights('lstm', weights);
  const riskWith = (overrides: GateOverride[]) => {
    const trace = runForward(carried.cell, encodeSequence(events), { overrides });
    return `Jam risk ${Math.round(100 * jamRisk(carried.readout, trace.hs)[20])}%`;
  };
  const risk = riskWith([...state.overrides]);
  await page.goto('about:blank');
  await page.goto(`/#${linkOf(state, weights)}`);
  await showEveryPanel(page);
  await expect(status(page)).toHaveText(risk);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const units = page.getByRole('group', { name: 'Forced units' });
  await expect(units.getByRole('checkbox', { name: 'Unit 12' })).toBeChecked();
  // the address keeps the scope (it used to be rewritten without u=12), so a reload is the same
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect.poll(() => new URL(page.url()).hash).toContain('&t=19&');
  expect(new URL(page.url()).hash).toContain('&u=12&');
  await page.reload();
  await expect(page.getByRole('slider', { name: 'Time step' })).toHaveAttribute('aria-valuenow', '19'); // prettier-ignore
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(status(page)).toHaveText(risk);
});

test('a link naming a step, unit or scope beyond the lab opens within it, and says so', async ({
  page,
}) => {
  await page.goto('about:blank');
  await page.goto('/#v=1&t=9999&j=9999&u=9999&r=40,50&g=f0');
  await expect(status(page)).toHaveText(/Jam risk \d+%/);
  await expect(page.getByRole('alert')).toHaveText(
    'This link names more than the lab has: the step 9999 (the sequence has 30 readings) is now 29; ' +
      'the unit 9999 (the model has 8 units) is now 7; the forced units 9999 (the model has 8 units) ' +
      'are now all; the forced steps 40–50 (the sequence has 30 readings) are now 29–29.',
  );
  await expect(page.getByRole('slider', { name: 'Time step' })).toHaveAttribute('aria-valuenow', '29'); // prettier-ignore
});
