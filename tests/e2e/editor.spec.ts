/** Editing the sequence in the built lab (issue #5's sequence editor), by role, name and key. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { jamRisk, modelFromFile, runForward } from '../../src/core';
import { CANONICAL, encodeSequence, scenario, type ScanEvent } from '../../src/data';
import { openLabForEachTest, status } from './lab-page';

const CANON = scenario(CANONICAL).events;
const WOBBLE = CANON.findIndex((e) => e.kind === 'wobble');
const NO_WOBBLE = CANON.toSpliced(WOBBLE, 1);

/** The shipped LSTM's final jam risk over a sequence, as the page writes it. */
function finalRisk(events: readonly ScanEvent[]): string {
  const file = JSON.parse(
    readFileSync(new URL('../../public/models/lstm.json', import.meta.url), 'utf8'),
  );
  const { model } = modelFromFile(file);
  const risks = jamRisk(model.readout, runForward(model.cell, encodeSequence(events)).hs);
  return `${Math.round(risks[risks.length - 1] * 100)}%`;
}

const shown = async (page: Page) => Number((await status(page).textContent())!.match(/(\d+)%/)![1]);
const editor = (page: Page) => page.getByRole('region', { name: 'Edit the sequence' });
const timeline = (page: Page) => page.getByRole('img', { name: /Scanner readings and jam risk/ });
const importer = (page: Page) => page.getByLabel('Import sequence (JSON or CSV)');

/** Moves the cursor to step t with the "Time step" slider. */
async function seek(page: Page, t: number) {
  const slider = page.getByRole('slider', { name: 'Time step' });
  await slider.focus();
  await page.keyboard.press('Home');
  for (let k = 0; k < t; k++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', String(t));
}

openLabForEachTest();

test('deleting the wobble drops the LSTM’s final jam risk under 50%; undo restores it', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Go to end' }).click();
  const learned = await status(page).textContent();
  expect(await shown(page)).toBeGreaterThanOrEqual(50);

  await seek(page, WOBBLE);
  await expect(editor(page).getByRole('combobox', { name: 'Kind' })).toHaveValue('wobble');
  await editor(page).getByRole('button', { name: 'Delete reading' }).click();
  await expect(timeline(page)).toHaveAccessibleName(
    `Scanner readings and jam risk over ${NO_WOBBLE.length} steps`,
  );
  await page.getByRole('button', { name: 'Go to end' }).click();
  await expect.poll(() => shown(page)).toBeLessThan(50);
  await expect(status(page)).toHaveText(`Jam risk ${finalRisk(NO_WOBBLE)}`);

  await editor(page).getByRole('checkbox', { name: 'Compare with original' }).check();
  await expect(editor(page).getByRole('status')).toHaveText(
    `Your edits change the final jam risk from ${finalRisk(CANON)} (original) to ${finalRisk(NO_WOBBLE)}.`,
  );
  await expect(page.locator('path.risk-path.original')).toHaveCount(1);
  await page.screenshot({ path: '.ci/out/screenshots/lab-wobble-deleted.png', fullPage: true });

  await editor(page).getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Go to end' }).click();
  await expect(status(page)).toHaveText(learned!);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue(CANONICAL);
  await expect(page.locator('path.risk-path.original')).toHaveCount(0);
});

test('the keys: Delete deletes the reading at the cursor, Ctrl+Z undoes, Ctrl+Shift+Z redoes', async ({
  page,
}) => {
  await seek(page, WOBBLE);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Delete');
  await expect(timeline(page)).toHaveAccessibleName(/over 29 steps/);
  await page.keyboard.press('Control+z');
  await expect(timeline(page)).toHaveAccessibleName(/over 30 steps/);
  await page.keyboard.press('Control+Shift+z');
  await expect(timeline(page)).toHaveAccessibleName(/over 29 steps/);
});

test('a bad CSV shows what is wrong and keeps the sequence', async ({ page }) => {
  await seek(page, WOBBLE);
  await editor(page).getByRole('button', { name: 'Delete reading' }).click();
  await importer(page).setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('kind,magnitude\nok,0.1\nwobbel,0.9\n'),
  });
  await expect(page.getByRole('alert')).toHaveText(
    'Could not import "broken.csv": row 3, field kind: expected one of ok, wobble, stable, drift, blip, got "wobbel". The sequence is unchanged.',
  );
  await expect(timeline(page)).toHaveAccessibleName(/over 29 steps/);
  // the edit before the bad file is still there to undo
  await editor(page).getByRole('button', { name: 'Undo' }).click();
  await expect(timeline(page)).toHaveAccessibleName(/over 30 steps/);
});

test('an exported file downloads and imports back as the same sequence', async ({ page }) => {
  await seek(page, WOBBLE);
  await editor(page).getByRole('button', { name: 'Delete reading' }).click();
  for (const format of ['JSON', 'CSV']) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      editor(page)
        .getByRole('button', { name: `Export ${format}` })
        .click(),
    ]);
    expect(file.suggestedFilename()).toBe(`gate-lab-custom.${format.toLowerCase()}`);
    const path = await file.path();
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption(CANONICAL);
    await expect(timeline(page)).toHaveAccessibleName(/over 30 steps/);
    await importer(page).setInputFiles({
      name: file.suggestedFilename(),
      mimeType: format === 'JSON' ? 'application/json' : 'text/csv',
      buffer: readFileSync(path),
    });
    await expect(timeline(page)).toHaveAccessibleName(/over 29 steps/);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.getByRole('button', { name: 'Go to end' }).click();
    await expect(status(page)).toHaveText(`Jam risk ${finalRisk(NO_WOBBLE)}`);
  }
});

test('dragging the handle on the current reading’s bar changes its magnitude, not the step', async ({
  page,
}) => {
  await seek(page, WOBBLE);
  const knob = page.locator('.magnitude-handle .knob');
  const box = (await knob.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + 25, { steps: 5 });
  await page.mouse.move(x + 200, y + 50, { steps: 5 });
  await page.mouse.up();
  await expect(editor(page).getByRole('slider', { name: 'Magnitude' })).toHaveValue('0.4');
  await expect(page.getByRole('slider', { name: 'Time step' })).toHaveAttribute(
    'aria-valuenow',
    String(WOBBLE),
  );
  await editor(page).getByRole('button', { name: 'Undo' }).click();
  await expect(editor(page).getByRole('slider', { name: 'Magnitude' })).toHaveValue('0.9');
});

test('axe-core: the editor and timeline stay clean while comparing and after a refused file', async ({
  page,
}) => {
  await seek(page, WOBBLE);
  await editor(page).getByRole('button', { name: 'Delete reading' }).click();
  await editor(page).getByRole('checkbox', { name: 'Compare with original' }).check();
  await importer(page).setInputFiles({
    name: 'empty.json',
    mimeType: 'application/json',
    buffer: Buffer.from(''),
  });
  await expect(page.getByRole('alert')).toHaveText(/the file is empty/);
  await expect(page.getByRole('list', { name: 'Jam-risk lines' })).toBeVisible();
  const { violations } = await new AxeBuilder({ page })
    .include('.sequence-editor')
    .include('.timeline')
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
  await page.locator('.sequence-editor').screenshot({ path: '.ci/out/screenshots/editor.png' });
  await page.locator('.timeline').screenshot({ path: '.ci/out/screenshots/editor-timeline.png' });
});
