/**
 * `npx tsx tests/bench/ui/diagnose.ts [kind] [WxH]`: where the time goes, on an unminified bench
 * build (so profiles name components). With each panel hidden in turn (display: none: React
 * still renders it, the browser no longer styles, lays out, paints or rasters it): the frame
 * intervals while playing at 30 steps/s with a Chrome trace's ms per second of main-thread
 * script, style + layout, paint + commit, raster and compositor work; and the step latency with
 * its parts. Then the DOM changes per step by panel, and a CPU profile's top functions and
 * React components. The default viewport is the whole page, as in bench:ui.
 */
import { chromium, type Page } from '@playwright/test';
import type { CellKind } from '../../../src/core';
import { chromiumLaunch } from '../../e2e/chromium-launch';
import { benchEvents } from './inputs';
import { PARTS } from './latency-trace';
import { addNameShim, frameIntervals } from './measure';
import { censusLines, mutationCensus } from './mutations';
import { loadBench, openLab, setPlayback } from './page';
import { summariseProfile, type Profile } from './profile-summary';
import { FRAME_FLOOR_MS, quantile } from './report';
import { build, serve } from './serve';
import { pressRight } from './scenarios';
import { summarise } from './trace-summary';

const kind = (process.argv[2] ?? 'lstm') as CellKind;
const size = /^(\d+)x(\d+)$/.exec(process.argv[3] ?? '');
const DIR = '.ci/out/bench-dev';
const PANELS = [
  'section.timeline',
  'section.sequence-editor',
  'section.diagram',
  'section.heatmaps',
  'section.equations',
  'section.gradient-flow',
];
const MS = 4000;
const PRESSES = 40;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];
const COLUMNS = [
  'script',
  'style+layout',
  'paint+commit',
  'main busy',
  'raster',
  'Compositor busy',
  'VizCompositorThread busy',
];

/** Plays from step 0 at 30 steps/s while `during` runs; returns what it returned. */
async function playing<R>(page: Page, during: () => Promise<R>): Promise<R> {
  await setPlayback(page, 30, true);
  await page.waitForTimeout(500);
  await page.keyboard.press(' ');
  const r = await during();
  await page.keyboard.press(' ');
  return r;
}

/** Runs `measure` with nothing hidden, then with each panel hidden in turn. */
async function eachHidden(page: Page, measure: (hidden: string) => Promise<void>): Promise<void> {
  for (const hidden of ['(none)', ...PANELS]) {
    const style = await page.addStyleTag({ content: `${hidden} { display: none }` });
    await measure(hidden);
    await style.evaluate((node) => (node as Element).remove());
  }
}

/** Frames and trace times while playing at 30 steps/s. */
async function playingCosts(page: Page): Promise<void> {
  const browser = page.context().browser()!;
  const head = [
    'hidden',
    'p95',
    `>${FRAME_FLOOR_MS}`,
    ...COLUMNS.map((c) => c.replace(' busy', '')),
  ];
  console.log(
    `\nplaying 30 steps/s: frame p95 ms, frames over, ms per second:\n${head.join(' | ')}`,
  );
  await eachHidden(page, async (hidden) => {
    await browser.startTracing(page, { categories: CATEGORIES });
    const xs = await playing(page, () => frameIntervals(page, MS));
    const times = summarise((await browser.stopTracing()).toString());
    const over = xs.filter((x) => x > FRAME_FLOOR_MS).length / xs.length;
    const cells = COLUMNS.map((c) => (times[c] ?? 0).toFixed(0));
    const p95 = quantile(xs, 0.95).toFixed(1);
    console.log([hidden, p95, `${(100 * over).toFixed(0)}%`, ...cells].join(' | '));
  });
}

/** Step latency (→ on the page; rapid presses show each step at once) and its parts, medians. */
async function stepCosts(page: Page): Promise<void> {
  const head = ['hidden', 'p50', 'p95', ...PARTS];
  console.log(`\nstep: key to presentation, ms (${PRESSES} presses):\n${head.join(' | ')}`);
  await eachHidden(page, async (hidden) => {
    await setPlayback(page, 4, true);
    const { presented } = await pressRight(page, PRESSES);
    const q = (xs: number[], p: number) => quantile(xs, p).toFixed(1);
    const parts = PARTS.map((p) =>
      q(
        presented.parts.map((x) => x[p]),
        0.5,
      ),
    );
    console.log([hidden, q(presented.total, 0.5), q(presented.total, 0.95), ...parts].join(' | '));
  });
}

/** DOM changes per step while playing, by panel and attribute, the 15 most frequent. */
async function census(page: Page): Promise<void> {
  const slider = page.getByRole('slider', { name: 'Time step' });
  const step = async () => Number(await slider.getAttribute('aria-valuenow'));
  const [counts, steps] = await playing(page, async () => {
    const t0 = await step();
    const counts = await mutationCensus(page, MS);
    return [counts, (await step()) - t0] as const;
  });
  console.log(`\nDOM mutation records per step (${steps} steps):\n${censusLines(counts, steps)}`);
}

async function profile(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await playing(page, () => page.waitForTimeout(MS));
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const { self, components } = summariseProfile(profile);
  console.log('\nself time, ms/s:\n' + self.join('\n'));
  console.log('\nReact components, inclusive, ms/s:\n' + components.join('\n'));
}

async function main(): Promise<void> {
  build(DIR, 'bench', ['--minify', 'false']);
  const server = await serve(DIR, 4176);
  const browser = await chromium.launch({ ...chromiumLaunch, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await addNameShim(page);
    await openLab(page, server.url);
    await loadBench(page, kind, benchEvents());
    const width = size ? Number(size[1]) : 1400;
    const height = size
      ? Number(size[2])
      : await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height });
    console.log(`${kind}, viewport ${width}×${height}, playing 30 steps/s`);
    await playingCosts(page);
    await stepCosts(page);
    await census(page);
    await profile(page);
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
