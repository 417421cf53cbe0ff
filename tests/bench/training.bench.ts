/**
 * `npm run bench:training`: the built lab in headless Chromium trains the vanilla RNN, the LSTM
 * and the GRU side by side with the panel's default settings (three Web Workers) while the
 * benchmark keeps stepping the lab. Prints the main thread's long tasks during training
 * (PerformanceObserver 'longtask': tasks over 50 ms; the floor is none over 200 ms), the wall time
 * of training, how fast a step showed, and each run's held-out accuracy. A benchmark: it exits 0
 * whether or not the floor is met.
 */
import { chromium, type Page } from '@playwright/test';
import os from 'node:os';
import { chromiumLaunch } from '../e2e/chromium-launch';
import { machine } from './ui/describe';
import { build, serve } from './ui/serve';

const OUT_DIR = '.ci/out/training-bench-dist';
const PORT = 4176;
const FLOOR_MS = 200;
/** How often the benchmark presses a step button while training. */
const STEP_EVERY_MS = 250;
const TIMEOUT_MS = 300_000;
/** How long to step with nothing training first, as the reference. */
const IDLE_MS = 8_000;
const log = (line: string) => process.stderr.write(`${line}\n`);

declare global {
  interface Window {
    /** long tasks seen since the page opened: [startTime, duration] in ms */
    longTasks?: [number, number][];
  }
}

/** Records every long task from the start, before the page's own scripts run. */
const recordLongTasks = () => {
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.longTasks!.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};

const overallNow = async (page: Page) =>
  Number(
    await page
      .getByRole('progressbar', { name: 'Training progress' })
      .getAttribute('aria-valuenow'),
  );

/** Steps forward (to the start at the end) every STEP_EVERY_MS until `done`; the round trips. */
async function stepUntil(page: Page, done: () => Promise<boolean>): Promise<number[]> {
  const slider = page.getByRole('slider', { name: 'Time step' });
  const max = Number(await slider.getAttribute('max'));
  const roundTrips: number[] = [];
  const deadline = Date.now() + TIMEOUT_MS;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('training did not finish within the timeout');
    const t = Number(await slider.getAttribute('aria-valuenow'));
    const t0 = performance.now();
    await page.getByRole('button', { name: t < max ? 'Step forward' : 'Go to start' }).click();
    await slider.and(page.locator(`:not([aria-valuenow="${t}"])`)).waitFor();
    roundTrips.push(performance.now() - t0);
    await page.waitForTimeout(STEP_EVERY_MS);
  }
  return roundTrips;
}

/** Long tasks that started between from and to (page clock, ms): their durations. */
async function longTasksBetween(page: Page, from: number, to: number): Promise<number[]> {
  const tasks = await page.evaluate(() => window.longTasks ?? []);
  return tasks.filter(([t]) => t >= from && t <= to).map(([, d]) => d);
}

const pageNow = (page: Page) => page.evaluate(() => performance.now());

/** One line on the long tasks and step round trips of a phase. */
function phaseLine(what: string, durations: number[], roundTrips: number[]): string {
  const max = durations.length ? Math.max(...durations) : 0;
  return (
    `${what}: ${durations.length} long tasks, max ${max.toFixed(0)} ms, ` +
    `${durations.filter((d) => d > FLOOR_MS).length} over ${FLOOR_MS} ms; ` +
    `${roundTrips.length} steps, click → slider updated (as Playwright sees it) ` +
    `p50 ${quantile(roundTrips, 0.5).toFixed(0)} ms, p95 ${quantile(roundTrips, 0.95).toFixed(0)} ms`
  );
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function main(): Promise<void> {
  build(OUT_DIR);
  const server = await serve(OUT_DIR, PORT);
  const stop = () => (server.stop(), process.exit(130));
  process.once('SIGINT', stop).once('SIGTERM', stop);
  const load = [os.loadavg()[0]];
  const browser = await chromium.launch({ ...chromiumLaunch, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.addInitScript(recordLongTasks);
    await page.goto(server.url);
    await page.getByRole('status', { name: 'Jam risk' }).getByText(/\d+%/).waitFor();
    const settings = await page.evaluate(() =>
      [...document.querySelectorAll('.train-setting')]
        .map((el) => {
          const control = el.querySelector('input, select') as HTMLInputElement;
          return `${el.querySelector('label')?.textContent} ${control.value}`;
        })
        .join(', '),
    );
    // the reference: the same stepping with nothing training
    const idleFrom = await pageNow(page);
    const idleUntil = Date.now() + IDLE_MS;
    const idleTrips = await stepUntil(page, async () => Date.now() > idleUntil);
    const idle = await longTasksBetween(page, idleFrom, await pageNow(page));

    const start = await pageNow(page);
    await page.getByRole('button', { name: 'Train' }).click();
    const trips = await stepUntil(page, async () => (await overallNow(page)) >= 100);
    const end = await pageNow(page);
    const training = await longTasksBetween(page, start, end);
    const cards = await page.locator('.run-card').allInnerTexts();
    load.push(os.loadavg()[0]);
    const maxTask = training.length ? Math.max(...training) : 0;
    const lines = [
      `Settings: ${settings}`,
      `Training wall time (Train → all three done): ${((end - start) / 1000).toFixed(1)} s`,
      phaseLine('While training', training, trips) +
        ` (floor: no long task over ${FLOOR_MS} ms — ${maxTask <= FLOOR_MS ? 'met' : 'NOT met'})`,
      phaseLine(`Stepping for ${IDLE_MS / 1000} s before training, for reference`, idle, idleTrips),
      ...cards.map((c) => `  ${c.replace(/\s+/g, ' ').trim()}`),
      machine(browser.version(), load),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((e: unknown) => {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
});
