/** The shareable link in Chromium: the address bar follows the view, and opening it shows that view. */
import { expect, test } from '@playwright/test';
import { openLabForEachTest, status } from './lab-page';

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
  await expect.poll(() => new URL(page.url()).hash).toBe('#v=1&k=gru&s=wobble-drift-jam&t=7&g=z0');
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
  await expect.poll(() => new URL(page.url()).hash).toMatch(/&w=[A-Za-z0-9_-]+$/);
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
