/** Every measurement for one kind, on a fresh page showing its H = 32 model and T = 200 steps. */
import type { Browser, Page } from '@playwright/test';
import type { CellKind } from '../../../src/core';
import type { ScanEvent } from '../../../src/data';
import { addNameShim } from './measure';
import { loadBench, openLab, panels } from './page';
import { FRAME_FLOOR_MS, quantile, STEP_FLOOR_MS, type Row } from './report';
import { play, scrub, scrubFrames, sliderKeys, stepKeys, type InputResult } from './scenarios';

/**
 * The viewport; height 'page' makes it as tall as the page, so every panel is on screen. A phone
 * is a touch screen at device pixel ratio 2 with mobile viewport rules (isMobile).
 */
export interface Viewport {
  width: number;
  height: number | 'page';
  phone?: boolean;
}

/** A phone's window: 390 × 844 CSS px, touch, device pixel ratio 2. */
export const PHONE: Viewport = { width: 390, height: 844, phone: true };

/** Playwright's options for a page in this viewport (a tall page starts 1000 px high). */
export const pageOptions = (v: Viewport) => ({
  viewport: { width: v.width, height: v.height === 'page' ? 1000 : v.height },
  ...(v.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
});

/** The row label: the kind, its window unless it is the whole page, and "phone" for a phone. */
const configName = (kind: CellKind, v: Viewport, height: number) =>
  v.height === 'page' ? kind : `${kind}, ${v.phone ? 'phone ' : ''}${v.width}×${height}`;

/**
 * Makes the window as tall as the page; panels that mount as they come near the viewport then
 * grow the page, so it repeats until the height holds. Returns the height.
 */
async function fitPage(page: Page, width: number): Promise<number> {
  let height = 0;
  for (let k = 0; k < 8; k++) {
    const next = await page.evaluate(() => document.documentElement.scrollHeight);
    if (next === height) break;
    height = next;
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300); // let deferred panels mount and lay out
  }
  return height;
}

export interface Settings {
  url: string;
  events: ScanEvent[];
  /** how long each frame recording lasts, ms */
  frameMs: number;
  /** inputs per latency measurement */
  inputs: number;
}

export interface KindResult {
  rows: Row[];
  panels: string[];
  viewport: { width: number; height: number; phone?: boolean };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const ms = (x: number) => (x < 16 ? '<16' : x.toFixed(0));

const frameNotes = (xs: number[]) =>
  `${pct(xs.filter((x) => x > FRAME_FLOOR_MS).length / xs.length)} over ${FRAME_FLOOR_MS} ms`;

/**
 * The in-page numbers (p50/p95): to DOM, to the main thread's paint, and Event Timing's (counting
 * the inputs it did not report as < 16 ms).
 */
export function inputNotes(s: InputResult, timed: boolean): string {
  const q = (xs: number[]) => `${quantile(xs, 0.5).toFixed(1)}/${quantile(xs, 0.95).toFixed(1)}`;
  const n = s.paint.length + s.missed;
  const all = [...s.eventTiming, ...Array<number>(Math.max(0, n - s.eventTiming.length)).fill(0)];
  const et = timed
    ? `Event Timing ${ms(quantile(all, 0.5))}/${ms(quantile(all, 0.95))}`
    : 'no Event Timing for pointermove';
  const lost = n - s.presented.total.length;
  const odd = `${s.missed ? `; ${s.missed} not painted` : ''}${lost ? `; ${lost} not traced` : ''}`;
  return `to DOM ${q(s.dom)}; main-thread paint ${q(s.paint)}; ${et}${odd}`;
}

export async function runKind(
  browser: Browser,
  kind: CellKind,
  viewport: Viewport,
  o: Settings,
): Promise<KindResult> {
  const { width } = viewport;
  const page = await browser.newPage(pageOptions(viewport));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await addNameShim(page);
    await openLab(page, o.url);
    await loadBench(page, kind, o.events);
    const height = viewport.height === 'page' ? await fitPage(page, width) : viewport.height;
    const config = configName(kind, viewport, height);
    const row = (what: string, samples: number[], notes: string, floor?: number): Row => {
      process.stderr.write(`  ${config} ${what}: p95 ${quantile(samples, 0.95).toFixed(1)} ms\n`);
      return { config, what, samples, notes, floor };
    };
    const inputRow = (what: string, r: InputResult, timed: boolean, floor?: number): Row => ({
      ...row(what, r.presented.total, inputNotes(r, timed), floor),
      parts: r.presented.parts,
    });
    const rows: Row[] = [];
    for (const speed of [30, 2]) {
      const { intervals, rate } = await play(page, speed, o.frameMs);
      const what = `frames, playing ${speed} steps/s${speed === 2 ? ' (sub-steps animate)' : ''}`;
      const notes = `${frameNotes(intervals)}; ${rate.toFixed(1)} steps/s`;
      rows.push(row(what, intervals, notes, FRAME_FLOOR_MS));
    }
    const step = await stepKeys(page, o.inputs);
    rows.push(inputRow('step: → on the page, key to paint', step, true, STEP_FLOOR_MS));
    const slider = await sliderKeys(page, o.inputs);
    rows.push(inputRow('scrub: → on the slider, key to paint', slider, true));
    // on a phone a drag across the timeline scrolls it (a long sequence is wider than the screen)
    if (!viewport.phone) {
      const drag = await scrub(page, o.inputs);
      rows.push(inputRow('scrub: drag, pointermove to paint', drag, false));
      const fast = await scrubFrames(page, o.frameMs);
      rows.push(row('frames, fast drag (a move per 8 ms)', fast, frameNotes(fast)));
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return { rows, panels: await panels(page), viewport: { width, height, phone: viewport.phone } };
  } finally {
    await page.close();
  }
}
