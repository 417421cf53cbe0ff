/** Forcing gates by hand in the built lab (issue #5's gate controls), by role and name. */
import { expect, test, type Page } from '@playwright/test';
import { openLabForEachTest, status } from './lab-page';

/** The "Force gates by hand" panel (its what-if also shows beside the diagram). */
const forcePanel = (page: Page) => page.getByRole('region', { name: 'Force gates by hand' });

const shown = async (page: Page) => Number((await status(page).textContent())!.match(/(\d+)%/)![1]);

openLabForEachTest();

test('LSTM: forcing the forget gate to 0 forgets the wobble; Learned restores the risk', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Go to end' }).click();
  const learned = await status(page).textContent();
  expect(await shown(page)).toBeGreaterThanOrEqual(50);
  const forget = page.getByRole('radiogroup', { name: 'Forget gate' });
  await forget.getByRole('radio', { name: 'Force 0' }).check();
  await expect.poll(() => shown(page)).toBeLessThan(50);
  await expect(
    forcePanel(page).getByText(/^Forcing the forget gate to 0 drops the final jam risk/),
  ).toBeVisible();
  await expect(page.locator('.risk-line .risk-path.learned')).toHaveCount(1);
  await page.screenshot({ path: '.ci/out/screenshots/lab-forget-forced.png', fullPage: true });
  await forget.getByRole('radio', { name: 'Learned' }).check();
  await expect(status(page)).toHaveText(learned!);
  await expect(page.locator('.risk-line .risk-path.learned')).toHaveCount(0);
});

test('GRU: forcing the update gate to 1 holds the state, so the risk never moves', async ({
  page,
}) => {
  await page.getByRole('radio', { name: 'GRU' }).check();
  await page
    .getByRole('radiogroup', { name: 'Update gate' })
    .getByRole('radio', { name: 'Force 1' })
    .check();
  const first = await status(page).textContent();
  for (let k = 0; k < 5; k++) {
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(status(page)).toHaveText(first!);
  }
  await page.getByRole('button', { name: 'Go to end' }).click();
  await expect(status(page)).toHaveText(first!);
});

test('Custom shows the gate value slider', async ({ page }) => {
  await page
    .getByRole('radiogroup', { name: 'Output gate' })
    .getByRole('radio', { name: 'Custom' })
    .check();
  await expect(page.getByRole('slider', { name: 'Output gate value' })).toBeVisible();
});

test('forcing over a range dragged across the strip: the band on the timeline, the ghost in the maps', async ({
  page,
}) => {
  await page
    .getByRole('radiogroup', { name: 'Steps' })
    .getByRole('radio', { name: 'Chosen steps' })
    .check();
  const strip = page.getByRole('img', { name: /Forced steps/ });
  const box = (await strip.boundingBox())!;
  const T = 30; // the canonical scenario's readings
  const xOf = (t: number) => box.x + ((t + 0.5) * box.width) / T;
  await page.mouse.move(xOf(4), box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(xOf(12), box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(xOf(20), box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(strip).toHaveAccessibleName(/Forced steps 4 to 20 /);
  await expect(page.getByRole('spinbutton', { name: 'From step' })).toHaveValue('4');
  await page
    .getByRole('radiogroup', { name: 'Forget gate' })
    .getByRole('radio', { name: 'Force 0' })
    .check();
  await expect(
    forcePanel(page).getByText(/^Forcing the forget gate to 0 at steps 4–20 drops/),
  ).toBeVisible();
  await expect(page.locator('.timeline .forced-band')).toHaveCount(1);
  await page.getByRole('button', { name: 'Go to end' }).click();
  await expect.poll(() => shown(page)).toBeLessThan(50);
  await expect(page.getByText(/lower third of each row/)).toBeVisible();
  await page.screenshot({ path: '.ci/out/screenshots/lab-forget-range.png', fullPage: true });
});
