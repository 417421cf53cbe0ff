/**
 * Direct manipulation in the built lab (issue #12): each gate on the diagram is a button opening
 * its dialog, whose forcing gives the jam risk the panel's radios give and the core computes; a
 * picked reading is edited where it was picked; and on a phone a finger taps, scrubs, forces and
 * drags the magnitude handle (real touches through the browser's gesture pipeline, via CDP).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { jamRisk, modelFromFile, runForward, type GateOverride } from '../../src/core';
import { CANONICAL, encodeSequence, scenario } from '../../src/data';
import { openLabForEachTest, status } from './lab-page';

const CANON = scenario(CANONICAL).events;

/** A shipped model's final jam risk over the canonical scenario, as the page writes it. */
function finalRisk(kind: 'lstm' | 'gru', overrides: GateOverride[]): string {
  const file = JSON.parse(
    readFileSync(new URL(`../../public/models/${kind}.json`, import.meta.url), 'utf8'),
  );
  const { model } = modelFromFile(file);
  const risks = jamRisk(model.readout, runForward(model.cell, encodeSequence(CANON), { overrides }).hs); // prettier-ignore
  return `Jam risk ${Math.round(risks[risks.length - 1] * 100)}%`;
}

const gateButton = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const timeline = (page: Page) => page.getByRole('img', { name: /Scanner readings and jam risk/ });
const timeStep = (page: Page) => page.getByRole('slider', { name: 'Time step' });

openLabForEachTest();

/** Forces `gate` through its dialog on the diagram, then through the panel; both risks and the core's. */
async function bothWays(page: Page, gate: string, mode: 'Force 0' | 'Force 1', expected: string) {
  await page.getByRole('button', { name: 'Go to end' }).click();
  const learned = await status(page).textContent();
  await gateButton(page, gate).click();
  const dialog = page.getByRole('dialog', { name: gate });
  await expect(dialog).toBeVisible();
  await expect(gateButton(page, gate)).toHaveAttribute('aria-expanded', 'true');
  await dialog.getByRole('radio', { name: mode }).check();
  await expect(status(page)).toHaveText(expected);
  await expect(dialog.getByRole('status')).toHaveText(/^Forcing the .* final jam risk/);
  const viaDialog = await status(page).textContent();

  await dialog.getByRole('radio', { name: 'Learned' }).check();
  await expect(status(page)).toHaveText(learned!);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(gateButton(page, gate)).toBeFocused();

  await page.getByRole('radiogroup', { name: gate }).getByRole('radio', { name: mode }).check();
  await expect(status(page)).toHaveText(viaDialog!);
  return viaDialog;
}

test('LSTM: the diagram’s Forget gate → Force 0 gives the panel’s and the core’s jam risk', async ({
  page,
}) => {
  const expected = finalRisk('lstm', [{ gate: 'f', value: 0 }]);
  expect(Number(expected.match(/\d+/)![0])).toBeLessThan(50);
  expect(await bothWays(page, 'Forget gate', 'Force 0', expected)).toBe(expected);
  // the forced gate wears its value on the diagram
  await expect(gateButton(page, 'Forget gate')).toHaveAccessibleDescription('forced to 0');
  await page.screenshot({ path: '.ci/out/screenshots/direct-forget-forced.png' });
});

test('GRU: the diagram’s Update gate → Force 1 gives the panel’s and the core’s jam risk', async ({
  page,
}) => {
  await page.getByRole('radio', { name: 'GRU' }).check();
  const expected = finalRisk('gru', [{ gate: 'z', value: 1 }]);
  expect(await bothWays(page, 'Update gate', 'Force 1', expected)).toBe(expected);
});

test('a clicked reading is edited in place; a drag only scrubs', async ({ page }) => {
  const box = (await timeline(page).boundingBox())!;
  const xOf = (t: number) => box.x + ((t + 0.5) * box.width) / CANON.length;
  await page.mouse.click(xOf(8), box.y + 20);
  await expect(timeStep(page)).toHaveAttribute('aria-valuenow', '8');
  const popover = page.getByRole('dialog', { name: 'Edit the reading at step 8' });
  await popover.getByRole('combobox', { name: 'Kind of this reading', exact: true }).selectOption('wobble'); // prettier-ignore
  const editor = page.getByRole('region', { name: 'Edit the sequence' });
  await expect(editor.getByRole('combobox', { name: 'Kind', exact: true })).toHaveValue('wobble');
  await page.screenshot({ path: '.ci/out/screenshots/direct-reading-popover.png' });
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);

  await page.mouse.move(xOf(3), box.y + 20);
  await page.mouse.down();
  await page.mouse.move(xOf(15), box.y + 20, { steps: 6 });
  await page.mouse.up();
  await expect(timeStep(page)).toHaveAttribute('aria-valuenow', '15');
  await expect(page.getByRole('dialog', { name: /^Edit the reading/ })).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  /** Real touches, through the browser's gesture handling (touch-action and all). */
  async function finger(page: Page) {
    const cdp = await page.context().newCDPSession(page);
    const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
      });
    return async (from: [number, number], to: [number, number], steps = 8) => {
      await send('touchStart', ...from);
      for (let k = 1; k <= steps; k++)
        await send('touchMove', from[0] + ((to[0] - from[0]) * k) / steps, from[1] + ((to[1] - from[1]) * k) / steps); // prettier-ignore
      await send('touchEnd');
    };
  }

  test('tap to jump, drag to scrub, tap a gate to force it, drag the magnitude handle', async ({
    page,
  }) => {
    const svg = timeline(page);
    await svg.scrollIntoViewIfNeeded();
    const frame = page.locator('.timeline-box');
    // the sequence scrolls inside the timeline's box, never the page
    expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const box = (await svg.boundingBox())!;
    const col = box.width / CANON.length;
    expect(col).toBeGreaterThanOrEqual(14);
    const xOf = (t: number) => box.x + (t + 0.5) * col;
    const y = box.y + 20;

    await page.touchscreen.tap(xOf(10), y);
    await expect(timeStep(page)).toHaveAttribute('aria-valuenow', '10');
    await expect(page.getByRole('dialog', { name: 'Edit the reading at step 10' })).toBeVisible();

    const drag = await finger(page);
    // from the top of the belt: lower on the cursor's column, a finger takes the magnitude handle
    await drag([xOf(10), box.y + 6], [xOf(18), box.y + 9]);
    await expect(timeStep(page)).toHaveAttribute('aria-valuenow', '18');
    await expect(page.getByRole('dialog', { name: /^Edit the reading/ })).toHaveCount(0);

    // the handle on the current reading's bar: a finger drags it up by 30 px, 0.3 of magnitude
    const knob = page.locator('.magnitude-handle .knob');
    const k = (await knob.boundingBox())!;
    const [kx, ky] = [k.x + k.width / 2, k.y + k.height / 2];
    await drag([kx, ky], [kx, ky - 30]);
    const m = Math.round(Math.min(1, CANON[18].magnitude + 0.3) * 100) / 100;
    const editor = page.getByRole('region', { name: 'Edit the sequence' });
    await expect(editor.getByRole('slider', { name: 'Magnitude', exact: true })).toHaveValue(String(m)); // prettier-ignore
    await expect(timeStep(page)).toHaveAttribute('aria-valuenow', '18');

    await editor.getByRole('button', { name: 'Undo' }).click();

    // an upward swipe over the diagram scrolls the page, as ever
    await page.locator('.diagram-figure').scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    const fig = (await page.locator('.diagram-figure').boundingBox())!;
    const [fx, fy] = [fig.x + fig.width * 0.55, fig.y + fig.height * 0.8];
    await drag([fx, fy], [fx, fy - 150], 10);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 50);

    await gateButton(page, 'Forget gate').tap();
    const dialog = page.getByRole('dialog', { name: 'Forget gate' });
    await dialog.getByRole('radio', { name: 'Force 0' }).tap();
    await page.getByRole('button', { name: 'Go to end' }).tap();
    await expect(status(page)).toHaveText(finalRisk('lstm', [{ gate: 'f', value: 0 }]));
    // the cursor's column is scrolled into view inside the box
    expect(await frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const target = (await gateButton(page, 'Forget gate').boundingBox())!;
    expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: '.ci/out/screenshots/direct-phone.png', fullPage: true });
  });
});
