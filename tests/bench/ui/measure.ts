/**
 * In-page recorders. Frames: requestAnimationFrame timestamps (the start of each frame). Input to
 * paint: an input's `event.timeStamp` (when the browser received it) to the first frame after the
 * DOM shows the new step, taken as a MessageChannel task posted from that frame's rAF callback —
 * it runs right after the frame's style, layout and paint. Chromium's Event Timing entries (its
 * own input-to-next-paint, reported only from 16 ms up) are kept as a cross-check.
 */
import type { Page } from '@playwright/test';

export interface InputSamples {
  /** input to paint, ms, one per input that moved the step */
  paint: number[];
  /** input to the DOM showing the new step (handlers and React's commit), ms */
  dom: number[];
  /** inputs that did not move the step (none expected) */
  missed: number;
  /** Event Timing durations ≥ 16 ms of this input type, ms (8 ms granularity) */
  eventTiming: number[];
}

declare global {
  interface Window {
    __benchInput?: InputSamples;
    __benchDisarm?: () => void;
  }
}

/**
 * tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(…)`; the functions
 * passed to page.evaluate run in the page, so the page needs that helper too.
 */
export async function addNameShim(page: Page): Promise<void> {
  const shim = 'window.__name = (f) => f;';
  await page.addInitScript(shim);
  await page.evaluate(shim);
}

/** Records rAF timestamps for `ms` milliseconds; returns the intervals between frames, ms. */
export async function frameIntervals(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(
    (duration) =>
      new Promise<number[]>((resolve) => {
        const stamps: number[] = [];
        const tick = (now: number) => {
          stamps.push(now);
          if (now - stamps[0] < duration) requestAnimationFrame(tick);
          else resolve(stamps.slice(1).map((s, k) => s - stamps[k]));
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

/**
 * Starts recording `type` events (captured on window, before any handler) against the "Time
 * step" slider's aria-valuenow. A step counts as shown when the slider and every heading that
 * names a step ("… at step t") agree.
 */
export async function armInput(page: Page, type: 'keydown' | 'pointermove'): Promise<void> {
  await page.evaluate((type) => {
    const rec: InputSamples = { paint: [], dom: [], missed: 0, eventTiming: [] };
    window.__benchInput = rec;
    const label = [...document.querySelectorAll('label')].find(
      (l) => l.textContent === 'Time step',
    );
    const slider = (label?.control ?? document.querySelector('[aria-label="Time step"]'))!;
    const now = () => slider.getAttribute('aria-valuenow');
    const headingsAgree = (t: string) =>
      [...document.querySelectorAll('main h2')].every((h) => {
        const m = /at step (\d+)$/.exec(h.textContent ?? '');
        return !m || m[1] === t;
      });
    let pending: { start: number; before: string | null; dom: number | null } | null = null;
    const onInput = (e: Event) => {
      if (pending && pending.dom === null) rec.missed++;
      pending = { start: e.timeStamp, before: now(), dom: null };
    };
    const channel = new MessageChannel();
    let painted: (() => void) | null = null;
    channel.port1.onmessage = () => painted?.();
    const waitForFrame = (p: NonNullable<typeof pending>) =>
      requestAnimationFrame(() => {
        if (!headingsAgree(now() ?? '')) return waitForFrame(p);
        painted = () => {
          rec.paint.push(performance.now() - p.start);
          rec.dom.push(p.dom! - p.start);
          painted = null;
        };
        channel.port2.postMessage(0);
      });
    const mutations = new MutationObserver(() => {
      const p = pending;
      if (!p || p.dom !== null || now() === p.before) return;
      p.dom = performance.now();
      waitForFrame(p);
    });
    mutations.observe(slider, { attributes: true, attributeFilter: ['aria-valuenow'] });
    const timing = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === type) rec.eventTiming.push(e.duration);
    });
    timing.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    window.addEventListener(type, onInput, { capture: true });
    window.__benchDisarm = () => {
      window.removeEventListener(type, onInput, { capture: true });
      mutations.disconnect();
      timing.disconnect();
    };
  }, type);
}

/** Waits until `n` inputs have been painted (or 2 s pass: that input is then a miss). */
export async function waitPainted(page: Page, n: number): Promise<void> {
  // polled by timer, not in rAF: a rAF poll would itself keep frames coming
  const painted = (n: number) => (window.__benchInput?.paint.length ?? 0) >= n;
  await page.waitForFunction(painted, n, { timeout: 2000, polling: 10 }).catch(() => undefined);
}

/** Stops recording and returns the samples. */
export async function disarmInput(page: Page): Promise<InputSamples> {
  await page.waitForTimeout(300); // the last paint and Event Timing's late entries
  return page.evaluate(() => {
    window.__benchDisarm?.();
    return window.__benchInput!;
  });
}
