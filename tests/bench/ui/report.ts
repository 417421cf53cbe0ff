/** The UI benchmark's numbers as a markdown table, the floors met or not, and the README block. */
import * as prettier from 'prettier';
import { PARTS, type Part } from './latency-trace';
import type { JsSizes } from './size';

/** Frame intervals over this mean a frame was missed at 60 Hz. */
export const FRAME_FLOOR_MS = 17.5;
export const STEP_FLOOR_MS = 50;
export const INITIAL_JS_FLOOR_KB = 160;

/** One measurement of one configuration: samples in ms, what they are, and the floor that applies. */
export interface Row {
  /** the kind, and the viewport when it is not the whole page */
  config: string;
  what: string;
  samples: number[];
  /** extra facts for the notes column */
  notes: string;
  /** the floor on p95, ms, if one applies */
  floor?: number;
  /** for inputs: each input's latency in parts, ms (Chromium's EventLatency stages) */
  parts?: Record<Part, number>[];
}

/** The q-quantile (0…1) of xs, interpolating between order statistics. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const at = q * (s.length - 1);
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
}

const ms = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(1));
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const met = (r: Row) => r.floor === undefined || quantile(r.samples, 0.95) <= r.floor;

/** The table: one line per measurement and configuration. */
export function table(rows: readonly Row[]): string {
  const lines = rows.map((r) => {
    const floor = r.floor === undefined ? '' : `${met(r) ? '✓' : '✗'} p95 ≤ ${r.floor}`;
    const max = Math.max(...r.samples);
    const cells = [r.config, r.what, r.samples.length, ms(quantile(r.samples, 0.5))];
    return `| ${[...cells, ms(quantile(r.samples, 0.95)), ms(max), r.notes, floor].join(' | ')} |`;
  });
  const head = '| model | measurement | n | p50 ms | p95 ms | max ms | notes | floor |';
  return [head, '|---|---|--:|--:|--:|--:|---|---|', ...lines].join('\n');
}

/** The initial-JS table and its floor line. */
export function sizeTable(sizes: JsSizes): { text: string; met: boolean } {
  const total = sizes.initial.reduce((a, c) => a + c.gzip, 0);
  const ok = total / 1000 <= INITIAL_JS_FLOOR_KB;
  const row = (when: string) => (c: JsSizes['initial'][number]) =>
    `| ${when} | ${c.file.replace(/-[\w-]{8}\.js$/, '-*.js')} | ${kb(c.raw)} | ${kb(c.gzip)} |`;
  const text = [
    '| loaded | chunk | raw kB | gzip kB |',
    '|---|---|--:|--:|',
    ...sizes.initial.map(row('initially')),
    ...sizes.lazy.map(row('lazily')),
    '',
    `- ${ok ? '✓' : '✗'} initial JavaScript **${kb(total)} kB gzip** ≤ ${INITIAL_JS_FLOOR_KB} kB`,
  ].join('\n');
  return { text, met: ok };
}

/** One line per floor, across kinds: met or not, with the worst p95. */
export function floorLines(rows: readonly Row[]): { lines: string[]; allMet: boolean } {
  const groups = new Map<string, Row[]>();
  for (const r of rows)
    if (r.floor !== undefined) groups.set(r.what, [...(groups.get(r.what) ?? []), r]);
  const lines = [...groups].map(([what, rs]) => {
    const worst = rs.reduce((a, b) =>
      quantile(b.samples, 0.95) > quantile(a.samples, 0.95) ? b : a,
    );
    const failed = rs.filter((r) => !met(r)).map((r) => r.config);
    const p95 = ms(quantile(worst.samples, 0.95));
    const missed = failed.length ? `; missed by ${failed.join('; ')}` : '';
    const sign = failed.length ? '✗' : '✓';
    return `- ${sign} ${what}: p95 ≤ ${worst.floor} ms (worst ${p95} ms, ${worst.config}${missed})`;
  });
  return { lines, allMet: rows.every(met) };
}

/** Whether rAF ran at 60 Hz: every frame row's median interval within 16.2–17.2 ms. */
export function refreshLine(rows: readonly Row[]): string {
  const medians = rows
    .filter((r) => r.what.startsWith('frames'))
    .map((r) => quantile(r.samples, 0.5));
  const lo = Math.min(...medians);
  const hi = Math.max(...medians);
  const at60 = lo >= 16.2 && hi <= 17.2;
  const range = `${lo.toFixed(1)}–${hi.toFixed(1)} ms`;
  return at60
    ? `requestAnimationFrame ran at 60 Hz (median frame intervals ${range}).`
    : `**requestAnimationFrame did not hold 60 Hz** (median frame intervals ${range}).`;
}

/** Per input row: the median of each part of the latency, and their sum next to the median total. */
export function stageLines(rows: readonly Row[]): string[] {
  return rows
    .filter((r) => r.parts && r.parts.length > 0)
    .map((r) => {
      const medians = PARTS.map((p) =>
        quantile(
          r.parts!.map((x) => x[p]),
          0.5,
        ),
      );
      const parts = PARTS.map((p, k) => `${p} ${medians[k].toFixed(1)}`).join(', ');
      return `- ${r.config}, ${r.what.replace(/,.*/, '')}: ${parts}`;
    });
}

/**
 * The block as markdown with its prose wrapped at the print width like the rest of the README
 * (tables are left whole); `prettier --check` keeps the line breaks as they are.
 */
export async function formatBlock(text: string, file: string): Promise<string> {
  const config = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...config, parser: 'markdown', proseWrap: 'always' });
}
