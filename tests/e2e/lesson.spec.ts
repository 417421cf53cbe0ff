/**
 * The guided lesson end to end in Chromium: every step changes the lab and the text, the knowledge
 * check explains each answer, and a proof link opens the lab state it names, the lesson still
 * open. A reload keeps the lesson's place; an edited sequence survives it all. Axe-clean.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { QUESTIONS } from '../../src/ui/lesson/quiz';
import { LESSON_STEPS } from '../../src/ui/lesson/steps';
import { openLabForEachTest, status } from './lab-page';

openLabForEachTest();

const N = LESSON_STEPS.length;

async function axeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include('.lesson').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test('the lesson and the knowledge check complete end to end', async ({ page }) => {
  // every step, every question and two axe passes: about 12 s alone, more on a busy machine
  test.setTimeout(60_000);
  await page.getByRole('button', { name: 'Start lesson' }).click();
  const lesson = page.getByRole('region', { name: 'Lesson' });
  await expect(lesson).toBeVisible();
  await axeClean(page);
  await page.screenshot({ path: '.ci/out/screenshots/lesson.png' });
  const text = lesson.locator('.lesson-text');
  let before = '';
  for (let k = 0; k < N; k++) {
    await expect(lesson).toContainText(`Step ${k + 1} of ${N}`);
    await expect(text).not.toHaveText(before);
    await expect(text).not.toContainText('…'); // every number is there: the models have loaded
    before = (await text.textContent())!;
    if (LESSON_STEPS[k].title.startsWith('Confusion: gates are rules')) {
      // the step's numbers are the lab's: its risk is the pinned status, with the forget gate shut
      await expect(page.getByRole('radio', { name: 'LSTM' })).toBeChecked();
      await expect(
        page
          .getByRole('radiogroup', { name: 'Forget gate' })
          .getByRole('radio', { name: 'Force 0' }),
      ).toBeChecked();
      const quoted = before.match(/\(as learned\) to (\d+%)/)![1];
      await expect(status(page)).toHaveText(`Jam risk ${quoted}`);
      await expect(page.locator('[data-lesson-target] h2')).toHaveText('Force gates by hand');
    }
    await lesson.getByRole('button', { name: /^Next/ }).click();
  }

  await expect(lesson.getByRole('heading', { name: 'Knowledge check' })).toBeVisible();
  for (const q of QUESTIONS) {
    const box = lesson.locator('fieldset', { has: page.getByRole('radiogroup', { name: q.ask }) });
    await box.getByRole('radio', { name: q.options[q.answer] }).check();
    await box.getByRole('button', { name: 'Check answer' }).click();
    await expect(box.locator('.explanation')).toContainText('Right.');
    await expect(box.locator('.explanation')).toContainText(/\d+%/);
  }
  await axeClean(page);

  // the GRU question's proof: the GRU at the last step with the update gate forced open
  const gru = QUESTIONS[2];
  const box = lesson.locator('fieldset', { has: page.getByRole('radiogroup', { name: gru.ask }) });
  await box.getByRole('link', { name: 'Open the lab state that shows this' }).click();
  await expect(page.getByRole('radio', { name: 'GRU' })).toBeChecked();
  await expect(
    page.getByRole('radiogroup', { name: 'Update gate' }).getByRole('radio', { name: 'Force 1' }),
  ).toBeChecked();
  await expect(page.getByRole('slider', { name: 'Time step' })).toHaveAttribute(
    'aria-valuenow',
    String(gru.proof.t),
  );
  await expect(status(page)).toHaveText(/Jam risk \d+%/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // the proof opens beside the knowledge check, still answered
  const reopened = page.getByRole('region', { name: 'Lesson' });
  await expect(reopened.getByRole('heading', { name: 'Knowledge check' })).toBeVisible();
  await expect(reopened.locator('.explanation')).toHaveCount(QUESTIONS.length);
});

test('a reload or a proof link keeps the lesson, and an edited sequence comes back at its end', async ({
  page,
}) => {
  // delete the first reading: 29 readings, the wobble now at step 2
  const timeline = page.getByRole('img', { name: /Scanner readings and jam risk/ });
  const scenario = page.getByRole('combobox', { name: 'Scenario' });
  await page.getByRole('button', { name: 'Delete reading' }).click();
  await expect(scenario).toHaveValue('custom');
  const edited = (await timeline.getAttribute('aria-label'))!;
  const risk = (await status(page).textContent())!;
  await page.getByRole('button', { name: 'Start lesson' }).click();
  const lesson = page.getByRole('region', { name: 'Lesson' });
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expect(lesson).toContainText(`Step 3 of ${N}`);
  await page.waitForTimeout(800); // the link and the autosave settle
  await page.reload();
  await expect(lesson).toContainText(`Step 3 of ${N}`);
  await expect(lesson).toContainText('Your edited sequence comes back when you end the lesson.');
  for (let k = 3; k <= N; k++) await page.keyboard.press('n');
  const q = QUESTIONS[0];
  const box = lesson.locator('fieldset', { has: page.getByRole('radiogroup', { name: q.ask }) });
  await box.getByRole('radio', { name: q.options[q.answer] }).check();
  await box.getByRole('button', { name: 'Check answer' }).click();
  await page.waitForTimeout(800);
  await box.getByRole('link', { name: 'Open the lab state that shows this' }).click();
  await expect(page.getByRole('radio', { name: 'Vanilla RNN', exact: true })).toBeChecked();
  await expect(scenario).toHaveValue(q.proof.scenarioId);
  await expect(box.locator('.explanation')).toContainText('Right.');
  await lesson.getByRole('button', { name: 'End lesson' }).click();
  await expect(scenario).toHaveValue('custom');
  await expect(timeline).toHaveAccessibleName(edited);
  await page.getByRole('radio', { name: 'LSTM' }).check();
  await page.getByRole('button', { name: 'Go to start' }).click();
  await expect(status(page)).toHaveText(risk);
  await expect(page.getByText('was put aside')).toHaveCount(0);
});
