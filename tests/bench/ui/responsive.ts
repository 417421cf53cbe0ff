/**
 * What the UI benchmarks that train in the page share: the main thread's long tasks recorded from
 * the first script on, and a learner stepping the lab meanwhile (every STEP_EVERY_MS a step
 * button, timed until the slider shows the new step) — the page stays responsive or it does not.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import os from 'node:os';
import { chromiumLaunch } from '../../e2e/chromium-launch';
import { machine } from './describe';
import { build, serve } from './serve';

/** The floor: no main-thread task over this while work runs in the workers. */
export const FLOOR_MS = 200;
/** How often the benchmark presses a step button while the work runs. */
const STEP_EVERY_MS = 250;

declare global {
  interface Window {
    /** long tasks seen since the page opened: [startTime, duration] in ms */
    longTasks?: [number, number][];
  }
}

/** Records every long task from the start, before the page's own scripts run. */
export const recordLongTasks = () => {
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.longTasks!.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};

/** Steps forward (to the start at the end) every STEP_EVERY_MS until `done`; the round trips. */
export async function stepUntil(
  page: Page,
  done: () => Promise<boolean>,
  timeoutMs: number,
): Promise<number[]> {
  const slider = page.getByRole('slider', { name: 'Time step' });
  const max = Number(await slider.getAttribute('max'));
  const roundTrips: number[] = [];
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('the work did not finish within the timeout');
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
export async function longTasksBetween(page: Page, from: number, to: number): Promise<number[]> {
  const tasks = await page.evaluate(() => window.longTasks ?? []);
  return tasks.filter(([t]) => t >= from && t <= to).map(([, d]) => d);
}

export const pageNow = (page: Page) => page.evaluate(() => performance.now());

/** One line on the long tasks and step round trips of a phase. */
export function phaseLine(what: string, durations: number[], roundTrips: number[]): string {
  const max = durations.length ? Math.max(...durations) : 0;
  return (
    `${what}: ${durations.length} long tasks, max ${max.toFixed(0)} ms, ` +
    `${durations.filter((d) => d > FLOOR_MS).length} over ${FLOOR_MS} ms; ` +
    `${roundTrips.length} steps, click → slider updated (as Playwright sees it) ` +
    `p50 ${quantile(roundTrips, 0.5).toFixed(0)} ms, p95 ${quantile(roundTrips, 0.95).toFixed(0)} ms`
  );
}

export const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/**
 * Mounts every panel the page defers until it is scrolled near: a click on a panel still arriving
 * can land on the element it replaces and be lost (the training bench's Train press was).
 */
export async function showEveryPanel(page: Page): Promise<void> {
  const next = () =>
    page.evaluate(() => document.querySelector('[data-deferred]')?.getAttribute('data-deferred'));
  for (let id = await next(), n = 0; id && n < 50; id = await next(), n++) {
    await page.evaluate(
      (id) =>
        document.querySelector(`[data-deferred="${id}"]`)?.scrollIntoView({ block: 'center' }),
      id,
    );
    await page.waitForTimeout(300);
  }
}

/**
 * Builds the page into `outDir`, serves it on `port` and opens it in headless Chromium with every
 * panel shown and long tasks recorded; `measure` gets the page and returns its report's lines, to
 * which the machine's line is added. Prints the report; cleans up whatever happens.
 */
export async function benchInPage(
  outDir: string,
  port: number,
  measure: (page: Page, browser: Browser) => Promise<string[]>,
): Promise<void> {
  build(outDir);
  const server = await serve(outDir, port);
  const stop = () => (server.stop(), process.exit(130));
  process.once('SIGINT', stop).once('SIGTERM', stop);
  const load = [os.loadavg()[0]];
  const browser = await chromium.launch({ ...chromiumLaunch, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.addInitScript(recordLongTasks);
    await page.goto(server.url);
    await page.getByRole('status', { name: 'Jam risk' }).getByText(/\d+%/).waitFor();
    await showEveryPanel(page);
    const lines = await measure(page, browser);
    load.push(os.loadavg()[0]);
    process.stdout.write(`${[...lines, machine(browser.version(), load)].join('\n')}\n`);
  } finally {
    await browser.close();
    server.stop();
  }
}
