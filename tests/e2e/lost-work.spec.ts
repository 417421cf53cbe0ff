/**
 * Lost work (#14) in Chromium: what only a real browser shows — a storage quota that refuses, a
 * tab closed right after an edit, two tabs writing the same save.
 */
import { expect, test, type Page } from '@playwright/test';
import { openLabForEachTest, showEveryPanel, status } from './lab-page';

openLabForEachTest();

const SAVE = 'gate-lab:save';
const timeline = (page: Page) => page.getByRole('img', { name: /Scanner readings and jam risk/ });
const saved = (page: Page) => page.evaluate((key) => localStorage.getItem(key), SAVE);
/** Every kept-aside slot's text. */
const keptTexts = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('gate-lab:kept:'))
      .map((k) => localStorage.getItem(k)!),
  );
/** The saved sequence's length, once the lab has saved. */
const savedLength = async (page: Page) =>
  JSON.parse((await saved(page)) ?? '{"link":""}')
    .link.match(/e=([^&]*)/)?.[1]
    .split('_').length;

/** Fills the origin's quota with other keys, halving their size until none fits. */
const fillStorage = (page: Page) =>
  page.evaluate(() => {
    for (let n = 8_000_000, k = 0; n >= 1; n = Math.floor(n / 2))
      for (;;)
        try {
          localStorage.setItem(`other:${k++}`, 'x'.repeat(n));
        } catch {
          break;
        }
  });
const clearOthers = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('other:'))
      .forEach((k) => localStorage.removeItem(k)),
  );

/** Opens the lab in `page` and waits until it has loaded and saved. */
async function open(page: Page, url = '/') {
  await page.goto(url);
  await expect(status(page)).toHaveText(/Jam risk \d+%/);
  await showEveryPanel(page);
  await expect.poll(() => saved(page).then((s) => s !== null)).toBe(true);
}

test('an unreadable save with no room for a copy stays where it is, downloadable, never written over', async ({
  page,
}) => {
  const big = `{"format":"gate-lab-save",${'x'.repeat(1_000_000)}`;
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [SAVE, big]);
  await fillStorage(page); // other keys on the origin: no room for a second copy
  await page.reload();
  await expect(status(page)).toHaveText(/Jam risk \d+%/);
  await expect(page.getByRole('alert')).toHaveText(/Your saved work could not be read/);
  await expect(page.getByRole('alert')).not.toHaveText(/is kept in this browser \(/);
  await clearOthers(page); // room again: still, nothing is written over the old save
  await page.getByRole('button', { name: 'Go to end' }).click();
  await page.keyboard.press('Delete');
  await page.waitForTimeout(1200);
  expect((await saved(page)) === big).toBe(true);
  await expect(page.getByRole('status', { name: 'Not saved' })).toBeVisible();
  // until the learner has it
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the unreadable save' }).click();
  const file = await (await download).createReadStream();
  expect(Buffer.concat(await file.toArray()).toString() === big).toBe(true);
  await expect.poll(() => saved(page).then((s) => s?.startsWith('{"rev":'))).toBe(true);
  await expect(page.getByRole('status', { name: 'Not saved' })).toHaveCount(0);
});

test('an unreadable save held in place is written over once discarded', async ({ page }) => {
  const big = `{"format":"gate-lab-save",${'x'.repeat(1_000_000)}`;
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [SAVE, big]);
  await fillStorage(page);
  await page.reload();
  await expect(page.getByRole('status', { name: 'Not saved' })).toBeVisible();
  await clearOthers(page);
  await page.getByRole('button', { name: 'Discard it' }).click();
  await expect.poll(() => saved(page).then((s) => s?.startsWith('{"rev":'))).toBe(true);
  await expect(page.getByRole('status', { name: 'Not saved' })).toHaveCount(0);
});

test('while storage is full, "Not saved" stays through edits; it clears once a write succeeds', async ({
  page,
}) => {
  // no save, and no room for one: every write is refused
  await page.evaluate((key) => localStorage.removeItem(key), SAVE);
  await fillStorage(page);
  await page.keyboard.press('Delete');
  const notSaved = page.getByRole('status', { name: 'Not saved' });
  await expect(notSaved).toBeVisible();
  await expect(notSaved).toHaveText(/this browser refuses to store your work/);
  for (let k = 0; k < 3; k++) {
    await page.keyboard.press('Delete');
    await page.waitForTimeout(700);
    await expect(notSaved).toBeVisible();
  }
  await clearOthers(page);
  await page.keyboard.press('Delete');
  await expect(notSaved).toHaveCount(0);
  await expect.poll(() => savedLength(page)).toBe(25);
});

test('an edit followed at once by closing the tab is kept', async ({ page, context }) => {
  await page.keyboard.press('Delete');
  await expect(timeline(page)).toHaveAccessibleName(/over 29 steps/);
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await open(again);
  await expect(timeline(again)).toHaveAccessibleName(/over 29 steps/);
});

test('an edit followed at once by a reload is kept and shown', async ({ page }) => {
  await page.keyboard.press('Delete');
  await expect(timeline(page)).toHaveAccessibleName(/over 29 steps/);
  // the address bar still names the sequence before the edit (it follows 300 ms later), and a
  // reload opens that URL: the page knows it for its own, and opens the newer save
  await page.reload();
  await expect(status(page)).toHaveText(/Jam risk \d+%/);
  await expect(timeline(page)).toHaveAccessibleName(/over 29 steps/);
  await expect(page.getByRole('button', { name: 'Bring back my sequence' })).toHaveCount(0);
  // a link from elsewhere, opened in this tab, still wins over the save
  await page.goto('about:blank');
  await page.goto('/#v=1&k=gru&s=drift-no-wobble');
  await expect(page.getByRole('radio', { name: 'GRU' })).toBeChecked();
});

test('two tabs: the work each wrote is kept, and either can bring back the other’s sequence', async ({
  page: a,
  context,
}) => {
  const b = await context.newPage();
  await open(b);
  // tab A deletes a reading and sets the learning rate; it saves
  await a.bringToFront();
  await a.keyboard.press('Delete');
  await a.getByLabel('Learning rate').selectOption('0.3');
  await expect.poll(() => saved(a).then((s) => s?.includes('"lr":0.3'))).toBe(true);
  // tab B, opened before, inserts two readings; it saves too
  await b.bringToFront();
  await b.getByRole('button', { name: 'Insert before' }).first().click();
  await b.getByRole('button', { name: 'Insert before' }).first().click();
  await expect(timeline(b)).toHaveAccessibleName(/over 32 steps/);
  await expect.poll(() => savedLength(b)).toBe(32);
  await a.reload();
  await expect(timeline(a)).toHaveAccessibleName(/over 29 steps/);
  await b.reload();
  await expect(timeline(b)).toHaveAccessibleName(/over 32 steps/);
  // A's settings are kept (the whole save it wrote), and B offers back A's sequence
  const kept = await keptTexts(b);
  expect([await saved(b), ...kept].some((text) => text!.includes('"lr":0.3'))).toBe(true);
  await expect(b.getByText(/Your edited sequence \(29 readings\) was put aside/)).toBeVisible();
  await b.getByRole('button', { name: 'Bring back my sequence' }).click();
  await expect(timeline(b)).toHaveAccessibleName(/over 29 steps/);
  await b.close();
});
