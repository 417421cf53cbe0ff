/** The prose of the README block: what was measured and how, and on what machine. */
import os from 'node:os';
import { H, T } from './inputs';
import type { KindResult } from './run-kind';

/** What was measured and how. */
export function describe(o: { kinds: KindResult[]; frameMs: number; inputs: number }): string {
  const { viewport, panels } = o.kinds[0];
  return (
    `The page built with \`vite build --mode bench\`, in headless Chromium, showing an untrained ` +
    `H = ${H} model of each kind (seeded) on one generated T = ${T} jam sequence. The viewport is ` +
    `${viewport.width} × ${viewport.height} px, the whole page, so every panel is on screen and ` +
    `painted (${panels.join(', ')}); the "lstm, 1400×1000" rows repeat the LSTM in an ordinary ` +
    `window scrolled to the top, the "lstm, phone 390×844" rows on a phone (touch, device pixel ` +
    `ratio 2, mobile viewport; no timeline drags, which scroll the timeline there), and the ` +
    `"empty page" rows time the same key presses on a page ` +
    `holding nothing but a slider: the browser's own share. **Frames**: intervals between ` +
    `requestAnimationFrame timestamps, ${o.frameMs / 1000} s from step 0. **Key (pointermove) ` +
    `to paint**: from the input's timestamp to the presentation of the first frame that shows ` +
    `its effect, as Chromium's EventLatency trace events measure it; ${o.inputs} inputs, ` +
    `80–120 ms apart so they never queue. "Animate sub-steps" is on throughout; the lab runs the ` +
    `tweens only when a step lasts at least 300 ms and follows the last one by at least 900 ms, ` +
    `so they run while playing at 2 steps/s but not at 30, nor for these rapid inputs. ` +
    `Notes, p50/p95 in ms measured ` +
    `in the page from \`event.timeStamp\`: "to DOM" until the "Time step" slider shows the new ` +
    `step; "main-thread paint" until a task posted from the next rAF callback runs, i.e. the ` +
    `main thread has painted that frame (raster and drawing come after); Event Timing, ` +
    `Chromium's input-to-presentation time in 8 ms steps, reported only from 16 ms (inputs it ` +
    `did not report count as below).`
  );
}

/** Browser, Node, CPU, date, and the machine's load (other work shares its cores). */
export function machine(browser: string, load: readonly number[]): string {
  const cpus = os.cpus();
  return (
    `Chromium ${browser} headless (--disable-gpu: software raster and compositing), Node ` +
    `${process.version}, ${cpus[0]?.model.trim() ?? 'unknown CPU'} (${cpus.length} logical ` +
    `CPUs; 1-minute load average ${load.map((l) => l.toFixed(1)).join(' → ')}), ` +
    `${new Date().toISOString().slice(0, 10)}.`
  );
}
