/**
 * The accuracy-by-gap sweep in Chromium with real Web Workers: a small sweep (two models, two gaps,
 * one seed) fills the figure and its table with the CLI's own numbers, the lesson quotes where each
 * model broke, and a cancelled sweep keeps its finished runs and leaves the lab working.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { runOne } from '../../src/sim/experiment';
import { openLabForEachTest, status } from './lab-page';

const LONG = { timeout: 90_000 };

openLabForEachTest();

const panel = (page: Page) => page.getByRole('region', { name: 'Where each model breaks' });

/** Leaves only these models ticked, sets the gaps and the seeds. */
async function choose(page: Page, models: string[], gaps: string, seeds: number) {
  const sweep = panel(page);
  for (const box of await sweep
    .getByRole('group', { name: 'Models' })
    .getByRole('checkbox')
    .all()) {
    const name = (await box.evaluate((el) => el.parentElement!.textContent))!.trim();
    await box.setChecked(models.includes(name));
  }
  await sweep.getByRole('textbox', { name: 'Gaps' }).fill(gaps);
  await sweep.getByRole('textbox', { name: 'Gaps' }).press('Enter');
  await sweep.getByRole('combobox', { name: 'Seeds' }).selectOption(String(seeds));
}

test('a small sweep fills the figure and the table with the CLI’s numbers, and the lesson quotes it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const sweep = panel(page);
  await choose(page, ['Vanilla RNN', 'LSTM'], '5, 10', 1);
  await expect(sweep.getByText('npm run --silent experiment -- --kinds rnn,lstm --gaps 5,10 --seeds 1 --json')).toBeVisible(); // prettier-ignore
  await sweep.getByRole('button', { name: 'Run sweep' }).click();
  await expect(sweep.getByRole('button', { name: 'Cancel sweep' })).toBeEnabled();
  await expect(sweep.getByText('Done: 4 of 4 runs.')).toBeVisible(LONG);
  await expect(sweep.getByRole('progressbar', { name: 'Sweep progress' })).toHaveAttribute('aria-valuenow', '100'); // prettier-ignore

  const figure = sweep.getByRole('figure', { name: 'Accuracy by gap' });
  await expect(figure.getByRole('img')).toBeVisible();
  await expect(figure.locator('circle')).toHaveCount(4);
  const table = sweep.getByRole('table', { name: /Held-out accuracy by gap/ });
  const cell = (model: string, column: number) =>
    table
      .getByRole('row', { name: new RegExp(`^${model}`) })
      .getByRole('cell')
      .nth(column);
  // the page's number for the RNN at gap 5 is the CLI's runOne for the same spec, here in Node
  const cli = runOne({ kind: 'rnn', gap: 5, seed: 1 });
  await expect(cell('Vanilla RNN', 0)).toHaveText(`${Math.round(100 * cli.testAccuracy)}%`);
  await expect(cell('LSTM', 1)).toHaveText(/^\d+%$/);
  await expect(sweep.getByText(/held 75% at every gap up to 10|fell below 75% at gap/)).toBeVisible(); // prettier-ignore
  await page.screenshot({ path: '.ci/out/screenshots/sweep.png', fullPage: true });
  const { violations } = await new AxeBuilder({ page }).include('section.sweep').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);

  // the lesson's step on long dependencies quotes the learner's own sweep
  await page.getByRole('button', { name: 'Start lesson' }).click();
  const lesson = page.getByRole('region', { name: 'Lesson' });
  while (
    !(await lesson
      .getByRole('heading', { name: 'Confusion: gates solve every long dependency' })
      .isVisible())
  )
    // prettier-ignore
    await lesson.getByRole('button', { name: /^Next/ }).click();
  const reading = (await sweep.locator('.compare-reading').textContent())!;
  await expect(lesson.locator('.lesson-text')).toContainText(`Your sweep measured it (held-out accuracy, mean over seeds): ${reading}`); // prettier-ignore
  await expect(lesson.getByRole('button', { name: 'Run the sweep' })).toBeVisible();
});

test('a cancelled sweep keeps its finished runs, and the lab still works', async ({ page }) => {
  test.setTimeout(120_000);
  const sweep = panel(page);
  await choose(page, ['Vanilla RNN', 'MGU'], '5, 80', 2);
  await sweep.getByRole('button', { name: 'Run sweep' }).click();
  await expect(sweep.getByText(/^Sweeping: [1-7] of 8 runs done\.$/)).toBeVisible(LONG);
  await sweep.getByRole('button', { name: 'Cancel sweep' }).click();
  await expect(sweep.getByText(/^Cancelled after [1-7] of 8 runs; their numbers stay\.$/)).toBeVisible(); // prettier-ignore
  await expect(sweep.getByRole('button', { name: 'Cancel sweep' })).toBeDisabled();
  await expect(sweep.getByRole('figure', { name: 'Accuracy by gap' }).locator('circle')).not.toHaveCount(0); // prettier-ignore
  // the lab is still at work: a step moves the risk readout
  const before = await status(page).textContent();
  await page.getByRole('button', { name: 'Go to end' }).click();
  await expect(status(page)).not.toHaveText(before!);
  await expect(sweep.getByRole('button', { name: 'Export sweep CSV' })).toBeEnabled();
});
