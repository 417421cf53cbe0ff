/**
 * `npm run bench:training`: the built lab in headless Chromium trains the vanilla RNN, the LSTM,
 * the GRU and the MGU side by side with the panel's default settings (a Web Worker each) while the
 * benchmark keeps stepping the lab. Prints the main thread's long tasks during training
 * (PerformanceObserver 'longtask': tasks over 50 ms; the floor is none over 200 ms), the wall time
 * of training, how fast a step showed, and each run's held-out accuracy. A benchmark: it exits 0
 * whether or not the floor is met.
 */
import type { Page } from '@playwright/test';
import {
  benchInPage, FLOOR_MS, longTasksBetween, pageNow, phaseLine, stepUntil,
} from './ui/responsive'; // prettier-ignore

const OUT_DIR = '.ci/out/training-bench-dist';
const PORT = 4176;
const TIMEOUT_MS = 300_000;
/** How long to step with nothing training first, as the reference. */
const IDLE_MS = 8_000;
const log = (line: string) => process.stderr.write(`${line}\n`);

const overallNow = async (page: Page) =>
  Number(
    await page
      .getByRole('progressbar', { name: 'Training progress' })
      .getAttribute('aria-valuenow'),
  );

const main = () =>
  benchInPage(OUT_DIR, PORT, async (page) => {
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
    const idleTrips = await stepUntil(page, async () => Date.now() > idleUntil, TIMEOUT_MS);
    const idle = await longTasksBetween(page, idleFrom, await pageNow(page));

    const start = await pageNow(page);
    await page.getByRole('button', { name: 'Train' }).click();
    const trips = await stepUntil(page, async () => (await overallNow(page)) >= 100, TIMEOUT_MS);
    const end = await pageNow(page);
    const training = await longTasksBetween(page, start, end);
    const cards = await page.locator('.run-card').allInnerTexts();
    const maxTask = training.length ? Math.max(...training) : 0;
    const lines = [
      `Settings: ${settings}`,
      `Training wall time (Train → every run done): ${((end - start) / 1000).toFixed(1)} s`,
      phaseLine('While training', training, trips) +
        ` (floor: no long task over ${FLOOR_MS} ms — ${maxTask <= FLOOR_MS ? 'met' : 'NOT met'})`,
      phaseLine(`Stepping for ${IDLE_MS / 1000} s before training, for reference`, idle, idleTrips),
      ...cards.map((c) => `  ${c.replace(/\s+/g, ' ').trim()}`),
    ];
    return lines;
  });

main().catch((e: unknown) => {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
});
