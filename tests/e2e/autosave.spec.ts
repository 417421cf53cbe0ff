/** Autosave in Chromium: work survives a reload; a corrupt save opens the lab fresh, kept for download. */
import { expect, test } from '@playwright/test';
import { openLabForEachTest, status } from './lab-page';

openLabForEachTest();

test('an edited sequence, a forced gate and the speed survive a reload', async ({ page }) => {
  for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Delete reading' }).click(); // the wobble
  await page
    .getByRole('radiogroup', { name: 'Output gate' })
    .getByRole('radio', { name: 'Force 1' })
    .check();
  await page.getByLabel('Speed').selectOption('8');
  await page.getByRole('button', { name: 'Go to end' }).click();
  const risk = await status(page).textContent();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('gate-lab:save')?.includes('"speed":8')))
    .toBe(true);

  await page.goto('/'); // no link: the saved work alone
  await expect(status(page)).toHaveText(risk!);
  await expect(page.getByRole('slider', { name: 'Time step' })).toHaveAttribute('max', '28');
  await expect(
    page.getByRole('radiogroup', { name: 'Output gate' }).getByRole('radio', { name: 'Force 1' }),
  ).toBeChecked();
  await expect(page.getByLabel('Speed')).toHaveValue('8');
});

test('a corrupt save opens the lab fresh with a notice, and can still be downloaded', async ({
  page,
}) => {
  // the lab saves once the models have loaded; corrupt the save after that, or it would be rewritten
  await expect.poll(() => page.evaluate(() => localStorage.getItem('gate-lab:save') !== null)).toBe(true); // prettier-ignore
  await page.evaluate(() => localStorage.setItem('gate-lab:save', '{"format":"gate-lab-save",'));
  await page.reload();
  await expect(status(page)).toHaveText(/Jam risk \d+%/);
  await expect(page.getByRole('alert')).toHaveText(
    /Your saved work could not be read \(it is not JSON\)/,
  );
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the unreadable save' }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(text).toString()).toBe('{"format":"gate-lab-save",');
  await page.getByRole('button', { name: 'Discard it' }).click();
  await expect(page.getByRole('button', { name: 'Download the unreadable save' })).toHaveCount(0);
});
