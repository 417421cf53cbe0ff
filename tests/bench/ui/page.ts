/**
 * Opening the bench build and putting the benchmark's model and sequence in it: wait for the
 * shipped models (or they would land on top of ours), load H = 32 and T = 200 through
 * window.gateLabBench, and check the page really shows them.
 */
import type { Page } from '@playwright/test';
import type { CellKind } from '../../../src/core';
import type { ScanEvent } from '../../../src/data';
import { MODEL_NAMES } from '../../../src/ui/cell-kinds';
import { benchModel, H, T } from './inputs';

const TIMEOUT = 20_000;

/** Opens the page and waits until the shipped models have loaded (the jam risk shows a %). */
export async function openLab(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const risk = page.getByRole('status', { name: 'Jam risk' });
  await risk.getByText(/\d+%/).waitFor({ timeout: TIMEOUT });
  await page.waitForFunction(() => window.gateLabBench !== undefined, null, { timeout: TIMEOUT });
}

/** Loads the H = 32 model of `kind` and the sequence, and checks the page shows both. */
export async function loadBench(page: Page, kind: CellKind, events: ScanEvent[]): Promise<void> {
  const file = benchModel(kind);
  await page.evaluate(
    ([f, e]) => {
      window.gateLabBench!.setEvents(e);
      window.gateLabBench!.loadModel(f);
    },
    [file, events] as const,
  );
  const slider = page.getByRole('slider', { name: 'Time step' });
  await slider.and(page.locator(`[max="${T - 1}"]`)).waitFor({ timeout: TIMEOUT });
  const radio = page.getByRole('radio', { name: MODEL_NAMES[kind] });
  if (!(await radio.isChecked())) throw new Error(`the ${MODEL_NAMES[kind]} is not shown`);
  // the unit picker offers one option per hidden unit: H of them (if its panel has mounted yet:
  // panels below the fold mount as they come near the viewport)
  const picker = page.getByRole('combobox', { name: /unit/i });
  if ((await picker.count()) > 0) {
    const units = await picker.locator('option').count();
    if (units !== H) throw new Error(`the page shows ${units} units, not H = ${H}`);
  }
  await page.getByRole('status', { name: 'Jam risk' }).getByText(/\d+%/).waitFor();
}

/** The panels on the page (their h2 headings), to say what was rendered while measuring. */
export async function panels(page: Page): Promise<string[]> {
  const names = await page.locator('main h2').allTextContents();
  return names.map((n) => n.replace(/ at step \d+$/, '').trim());
}

/** Sets the speed (steps/s) and the sub-step animation, and goes to the start. */
export async function setPlayback(page: Page, speed: number, animate: boolean): Promise<void> {
  await page.getByLabel('Speed').selectOption(String(speed));
  const box = page.getByRole('checkbox', { name: 'Animate sub-steps' });
  // hidden only when diagnose.ts hides the diagram; its state is kept then
  if (await box.isVisible()) await box.setChecked(animate);
  const start = page.getByRole('button', { name: 'Go to start' });
  if (await start.isEnabled()) await start.click();
  await page.locator('body').click({ position: { x: 1, y: 1 } }); // focus off the controls
}
