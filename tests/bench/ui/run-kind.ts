/** Every measurement for one kind, on a fresh page showing its H = 32 model and T = 200 steps. */
import type { Browser } from '@playwright/test';
import type { CellKind } from '../../../src/core';
import type { ScanEvent } from '../../../src/data';
import { addNameShim } from './measure';
import { loadBench, openLab, panels } from './page';
import { FRAME_FLOOR_MS, quantile, STEP_FLOOR_MS, type Row } from './report';
import { play, scrub, scrubFrames, sliderKeys, stepKeys, type InputResult } from './scenarios';

/** The viewport; height 'page' makes it as tall as the page, so every panel is on screen. */
export interface Viewport {
  width: number;
  height: number | 'page';
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
  viewport: { width: number; height: number };
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
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await addNameShim(page);
    await openLab(page, o.url);
    await loadBench(page, kind, o.events);
    const height =
      viewport.height === 'page'
        ? await page.evaluate(() => document.documentElement.scrollHeight)
        : viewport.height;
    await page.setViewportSize({ width, height });
    const config = viewport.height === 'page' ? kind : `${kind}, ${width}×${height}`;
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
    const drag = await scrub(page, o.inputs);
    rows.push(inputRow('scrub: drag, pointermove to paint', drag, false));
    const fast = await scrubFrames(page, o.frameMs);
    rows.push(row('frames, fast drag (a move per 8 ms)', fast, frameNotes(fast)));
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return { rows, panels: await panels(page), viewport: { width, height } };
  } finally {
    await page.close();
  }
}
