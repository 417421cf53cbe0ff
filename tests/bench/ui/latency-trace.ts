/**
 * Input to presentation as Chromium measures it: its EventLatency trace events run from the
 * input's timestamp to the presentation of the first frame that includes its effects (the same
 * span Event Timing reports, but to the microsecond, for every input, pointermove included), and
 * their first-level children split that span into stages (main-thread handling, waiting for the
 * frame, the frame's main-thread work, commit, raster and activation, drawing).
 */
import type { Browser, Page } from '@playwright/test';

/** EventLatency's names for the inputs the benchmark sends. */
export type LatencyType = 'KEY_PRESSED' | 'MOUSE_DRAGGED';

/** Where an input's latency goes: Chromium's stages, summed into the README's five parts. */
export const PARTS = [
  'delivery',
  'handlers + React',
  'to frame end (wait, main-thread frame)',
  'commit + raster',
  'draw + present',
] as const;
export type Part = (typeof PARTS)[number];

/** The part a first-level EventLatency stage belongs to. */
function partOf(stage: string): Part {
  if (stage === 'RendererMainProcessing') return 'handlers + React';
  if (/^(Generation|BrowserMain|RendererCompositor)/.test(stage)) return 'delivery';
  if (/^(RendererMainFinished|BeginImplFrame|SendBeginMainFrame)To/.test(stage))
    return 'to frame end (wait, main-thread frame)';
  if (stage.startsWith('SubmitCompositorFrame')) return 'draw + present';
  return 'commit + raster'; // Commit, EndCommitToActivation, Activation, EndActivateToSubmit…
}

export interface Latencies {
  /** input to presentation, ms, in input order */
  total: number[];
  /** per input, ms in each part */
  parts: Record<Part, number>[];
}

interface AsyncEvent {
  name: string;
  ph: string;
  pid: number;
  ts: number;
  id2?: { local?: string; global?: string };
  id?: string;
  args?: { event_latency?: { event_type?: string } };
}

/** Starts tracing only what EventLatency needs (category "input": a few events per input). */
export const startLatencyTrace = (browser: Browser, page: Page) =>
  browser.startTracing(page, { categories: ['input'] });

/** Stops tracing and returns the latencies of inputs of `type`. */
export async function stopLatencyTrace(browser: Browser, type: LatencyType): Promise<Latencies> {
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: AsyncEvent[];
  };
  const events = traceEvents
    .filter((e) => e.ph === 'b' || e.ph === 'e')
    .sort((a, b) => a.ts - b.ts);
  type Open = { root: AsyncEvent; stack: AsyncEvent[]; parts: Record<Part, number> };
  const open = new Map<string, Open>();
  const out: Latencies = { total: [], parts: [] };
  const zero = () => Object.fromEntries(PARTS.map((p) => [p, 0])) as Record<Part, number>;
  for (const e of events) {
    const key = `${e.pid}:${e.id2?.local ?? e.id2?.global ?? e.id}`;
    const item = open.get(key);
    if (e.ph === 'b' && e.name === 'EventLatency') {
      open.set(key, { root: e, stack: [], parts: zero() });
    } else if (item && e.ph === 'b') {
      item.stack.push(e);
    } else if (item && e.name === 'EventLatency') {
      open.delete(key);
      if (item.root.args?.event_latency?.event_type !== type) continue;
      out.total.push((e.ts - item.root.ts) / 1000);
      out.parts.push(item.parts);
    } else if (item) {
      // a stage ends; only first-level stages count (their children split them further)
      const begin = item.stack.pop();
      if (begin && item.stack.length === 0)
        item.parts[partOf(begin.name)] += (e.ts - begin.ts) / 1000;
    }
  }
  return out;
}
