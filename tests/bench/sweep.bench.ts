/**
 * `npm run bench:sweep`: the built lab in headless Chromium runs the default accuracy-by-gap sweep
 * (every kind × gaps 5, 10, 20, 40, 80 × 3 seeds, on a pool of Web Workers sized to
 * navigator.hardwareConcurrency) while the benchmark keeps stepping the lab. Prints the wall time
 * from "Run sweep" to the last run (floor: 3 minutes on this 2-core machine), the main thread's long
 * tasks meanwhile (floor: none over 200 ms) and the figure's table. A benchmark: it exits 0 whether
 * or not the floors are met.
 */
import type { Page } from '@playwright/test';
import {
  benchInPage, FLOOR_MS, longTasksBetween, pageNow, phaseLine, stepUntil,
} from './ui/responsive'; // prettier-ignore

const OUT_DIR = '.ci/out/sweep-bench-dist';
const PORT = 4177;
const FLOOR_SECONDS = 180;
const TIMEOUT_MS = 900_000;
const log = (line: string) => process.stderr.write(`${line}\n`);

/** The sweep's progress as [done, of]: from aria-valuenow / -max, or a <progress>'s value / max. */
const progress = (page: Page) =>
  page.getByRole('progressbar', { name: 'Sweep progress' }).evaluate((el) => {
    const bar = el as HTMLProgressElement;
    const now = Number(el.getAttribute('aria-valuenow') ?? bar.value);
    const max = Number(el.getAttribute('aria-valuemax') ?? bar.max ?? 100);
    return [now, max] as const;
  });

const main = () =>
  benchInPage(OUT_DIR, PORT, async (page) => {
    const workers = await page.evaluate(() => navigator.hardwareConcurrency);
    const run = page.getByRole('button', { name: 'Run sweep' });
    await run.scrollIntoViewIfNeeded();
    const start = await pageNow(page);
    await run.click();
    const done = async () => {
      const [now, max] = await progress(page);
      return now >= max && (await run.isEnabled());
    };
    const trips = await stepUntil(page, done, TIMEOUT_MS);
    const end = await pageNow(page);
    const tasks = await longTasksBetween(page, start, end);
    const seconds = (end - start) / 1000;
    const maxTask = tasks.length ? Math.max(...tasks) : 0;
    const table = await page
      .getByRole('figure', { name: 'Accuracy by gap' })
      .locator('xpath=..')
      .getByRole('table')
      .first()
      .innerText()
      .catch(() => '(no table found beside the figure)');
    const lines = [
      `Default sweep on ${workers} workers (navigator.hardwareConcurrency)`,
      `Wall time (Run sweep → last run): ${seconds.toFixed(1)} s (floor: ${FLOOR_SECONDS} s — ${seconds <= FLOOR_SECONDS ? 'met' : 'NOT met'})`, // prettier-ignore
      phaseLine('While sweeping', tasks, trips) +
        ` (floor: no long task over ${FLOOR_MS} ms — ${maxTask <= FLOOR_MS ? 'met' : 'NOT met'})`,
      table.trim(),
    ];
    return lines;
  });

main().catch((e: unknown) => {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
});
