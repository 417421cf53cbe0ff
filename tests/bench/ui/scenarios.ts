/**
 * The measurements, each from step 0 of the loaded sequence: playing (frame intervals), stepping
 * with → anywhere on the page, → on the focused "Time step" slider, and dragging across the
 * conveyor timeline (input to paint), plus the frames of a fast continuous drag.
 */
import type { Page } from '@playwright/test';
import { createRng } from '../../../src/core';
import { T } from './inputs';
import { startLatencyTrace, stopLatencyTrace, type Latencies } from './latency-trace';
import { armInput, disarmInput, frameIntervals, waitPainted, type InputSamples } from './measure';
import { setPlayback } from './page';

/** One input measurement: the in-page samples and Chromium's input-to-presentation times. */
export type InputResult = InputSamples & { presented: Latencies };

export interface PlayResult {
  intervals: number[];
  /** steps actually taken per second while recording */
  rate: number;
}

const stepNow = (page: Page) =>
  page.getByRole('slider', { name: 'Time step' }).getAttribute('aria-valuenow').then(Number);

/** Plays at `speed` steps/s from step 0 and records frame intervals for `ms`. */
export async function play(page: Page, speed: number, ms: number): Promise<PlayResult> {
  await setPlayback(page, speed, true);
  await page.waitForTimeout(1000); // let the last sub-step animation finish
  await page.keyboard.press(' ');
  const t0 = await stepNow(page);
  const intervals = await frameIntervals(page, ms);
  const t1 = await stepNow(page);
  await page.keyboard.press(' ');
  const total = intervals.reduce((a, b) => a + b, 0);
  return { intervals, rate: ((t1 - t0) * 1000) / total };
}

/** A pause of 80–120 ms, so inputs land at every phase of the 16.7 ms frame and never queue. */
const pauses = (seed: number) => {
  const rng = createRng(seed);
  return () => rng.uniform(80, 120);
};

/** Presses → n times, each after the previous one has been painted; records every one. */
export async function pressRight(page: Page, n: number): Promise<InputResult> {
  const pause = pauses(n);
  const browser = page.context().browser()!;
  await armInput(page, 'keydown');
  await startLatencyTrace(browser, page);
  for (let k = 1; k <= n; k++) {
    await page.keyboard.press('ArrowRight');
    await waitPainted(page, k);
    await page.waitForTimeout(pause());
  }
  const samples = await disarmInput(page);
  return { ...samples, presented: await stopLatencyTrace(browser, 'KEY_PRESSED') };
}

/** Presses → n times from step 0, on the page or on the focused slider. */
async function presses(page: Page, n: number, focusSlider: boolean): Promise<InputResult> {
  await setPlayback(page, 4, true);
  if (focusSlider) await page.getByRole('slider', { name: 'Time step' }).focus();
  return pressRight(page, n);
}

/** → pressed on the page (the lab's shortcut), n times. */
export const stepKeys = (page: Page, n: number) => presses(page, n, false);
/** → pressed on the focused "Time step" slider (the slider's own keys), n times. */
export const sliderKeys = (page: Page, n: number) => presses(page, n, true);

/** The timeline's svg (found by its accessible name) and the x at the middle of step t's column. */
async function timeline(page: Page) {
  const svg = page.getByRole('img', { name: /^Scanner readings and jam risk over \d+ steps/ });
  const box = (await svg.first().boundingBox())!;
  return { y: box.y + box.height / 2, x: (t: number) => box.x + ((t + 0.5) * box.width) / T };
}

/** Drags across the timeline one column per move, n moves, each after the last was painted. */
export async function scrub(page: Page, n: number): Promise<InputResult> {
  await setPlayback(page, 4, true);
  const { x, y } = await timeline(page);
  await page.mouse.move(x(0), y);
  await page.mouse.down();
  const pause = pauses(n + 1);
  const browser = page.context().browser()!;
  await armInput(page, 'pointermove');
  await startLatencyTrace(browser, page);
  for (let k = 1; k <= n; k++) {
    await page.mouse.move(x(k % T), y);
    await waitPainted(page, k);
    await page.waitForTimeout(pause());
  }
  const samples = await disarmInput(page);
  const presented = await stopLatencyTrace(browser, 'MOUSE_DRAGGED');
  await page.mouse.up();
  return { ...samples, presented };
}

/** Frame intervals for `ms` while dragging over every column and back, a move every ~8 ms. */
export async function scrubFrames(page: Page, ms: number): Promise<number[]> {
  await setPlayback(page, 4, true);
  const { x, y } = await timeline(page);
  await page.mouse.move(x(0), y);
  await page.mouse.down();
  let dragging = true;
  const drag = (async () => {
    for (let k = 1; dragging; k++) {
      const t = k % (2 * T);
      await page.mouse.move(x(t < T ? t : 2 * T - 1 - t), y);
      await page.waitForTimeout(8);
    }
  })();
  const intervals = await frameIntervals(page, ms);
  dragging = false;
  await drag;
  await page.mouse.up();
  return intervals;
}
