/**
 * Where the time of a Chrome trace went, in ms per second of trace: the page's main thread by
 * phase (script, style and layout, paint and commit), raster, and the busy time of the
 * compositor threads. diagnose.ts compares these with each panel hidden in turn.
 */

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Trace event names whose merged time is reported under each label. */
const GROUPS: Readonly<Record<string, readonly string[]>> = {
  script: ['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'v8.callFunction', 'V8.Execute'],
  'style+layout': ['UpdateLayoutTree', 'Layout'],
  'paint+commit': ['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer'],
  raster: ['RasterTask'],
  task: ['ThreadControllerImpl::RunTask', 'RunTask'],
};

export type TraceTimes = Record<string, number>;

/** Total length of the union of intervals (so nested events count once), µs. */
function union(spans: [number, number][]): number {
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** ms/s: main thread (`main` and its phases), `raster` on any thread, and each busy thread. */
export function summarise(json: string): TraceTimes {
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args!.name!);
  const timed = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const stamps = timed.map((e) => e.ts);
  const seconds = (Math.max(...stamps) - Math.min(...stamps)) / 1e6;
  const perSecond = (us: number) => us / 1000 / seconds;
  const time = (es: TraceEvent[], group: string) =>
    perSecond(
      union(es.filter((e) => GROUPS[group].includes(e.name)).map((e) => [e.ts, e.ts + e.dur!])),
    );
  // the page's main thread is the renderer main thread that paints
  const paint = timed.find((e) => e.name === 'Paint');
  const mainKey = paint ? `${paint.pid}:${paint.tid}` : '';
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of timed) {
    const key = `${e.pid}:${e.tid}`;
    const thread = key === mainKey ? 'main' : (names.get(key) ?? 'unnamed');
    const list = byThread.get(thread);
    if (list) list.push(e);
    else byThread.set(thread, [e]);
  }
  const out: TraceTimes = { raster: time(timed, 'raster') };
  const main = byThread.get('main') ?? [];
  for (const group of ['script', 'style+layout', 'paint+commit']) out[group] = time(main, group);
  for (const [thread, es] of byThread) out[`${thread} busy`] = time(es, 'task');
  return out;
}
