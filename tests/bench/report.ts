/** The benchmark's results as markdown: the table, the floors met or not, and the README block. */
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import * as prettier from 'prettier';
import type { CellKind } from '../../src/core';
import { stepFlops } from './bench-case';

/** One configuration's medians, ms per training step. */
export interface Row {
  readonly kind: CellKind;
  readonly D: number;
  readonly H: number;
  readonly T: number;
  /** the core's median when interleaved with tight alone */
  readonly core: number;
  readonly tight: number;
  /** the core's median when interleaved with the TF.js contenders: the base of their ratios */
  readonly coreWithTf: number;
  readonly tfCpu: number;
  readonly tfWasm: number;
  /** samples (rounds) behind each median */
  readonly rounds: number;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toPrecision(2));
const times = (x: number) => (x >= 100 ? `${x.toFixed(0)}×` : `${x.toPrecision(2)}×`);
const gflops = (r: Row, t: number) => (stepFlops(r.kind, r.D, r.H, r.T) / (t * 1e6)).toFixed(2);
const label = (r: Row) => `${r.kind} H=${r.H} T=${r.T}`;

/** The results table, one row per configuration. */
export function table(rows: readonly Row[]): string {
  const head =
    '| kind | H | T | core ms | core GFLOP/s | tight ms | core/tight | tf-cpu ms | tf-wasm ms | cpu/core | wasm/core |\n' +
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|';
  const body = rows.map((r) =>
    [
      r.kind,
      r.H,
      r.T,
      ms(r.core),
      gflops(r, r.core),
      ms(r.tight),
      (r.core / r.tight).toFixed(2),
      ms(r.tfCpu),
      ms(r.tfWasm),
      times(r.tfCpu / r.coreWithTf),
      times(r.tfWasm / r.coreWithTf),
    ].join(' | '),
  );
  return [head, ...body.map((line) => `| ${line} |`)].join('\n');
}

interface Floor {
  readonly what: string;
  readonly applies: (r: Row) => boolean;
  /** the measured ratio and whether it meets the floor */
  readonly ratio: (r: Row) => number;
  readonly ok: (ratio: number) => boolean;
  /** which row is the worst: the smallest ratio (speed-ups) or the largest (slow-downs) */
  readonly worstIsMax: boolean;
}

const FLOORS: readonly Floor[] = [
  {
    what: 'tf-wasm/core ≥ 20× at H ≤ 32',
    applies: (r) => r.H <= 32,
    ratio: (r) => r.tfWasm / r.coreWithTf,
    ok: (x) => x >= 20,
    worstIsMax: false,
  },
  {
    what: 'tf-wasm/core ≥ 1× at H = 128',
    applies: (r) => r.H === 128,
    ratio: (r) => r.tfWasm / r.coreWithTf,
    ok: (x) => x >= 1,
    worstIsMax: false,
  },
  {
    what: 'core/tight ≤ 1.25 at H ≥ 32',
    applies: (r) => r.H >= 32,
    ratio: (r) => r.core / r.tight,
    ok: (x) => x <= 1.25,
    worstIsMax: true,
  },
  {
    what: 'core/tight ≤ 2 at H = 8',
    applies: (r) => r.H === 8,
    ratio: (r) => r.core / r.tight,
    ok: (x) => x <= 2,
    worstIsMax: true,
  },
];

/** One line per floor: met (✓) or not (✗), with the worst configuration; and whether all are met. */
export function floors(rows: readonly Row[]): { lines: string[]; allMet: boolean } {
  let allMet = true;
  const lines: string[] = [];
  for (const f of FLOORS) {
    const mine = rows.filter(f.applies);
    if (mine.length === 0) continue;
    const sign = f.worstIsMax ? 1 : -1;
    const worst = mine.reduce((a, b) => (sign * f.ratio(b) > sign * f.ratio(a) ? b : a));
    const failed = mine.filter((r) => !f.ok(f.ratio(r)));
    allMet &&= failed.length === 0;
    const x = f.ratio(worst);
    const shown = f.worstIsMax ? x.toFixed(3) : times(x);
    const missed = failed.length === mine.length ? 'every row' : failed.map(label).join(', ');
    const fails = failed.length ? `; missed by ${missed}` : '';
    lines.push(
      `- ${failed.length ? '✗' : '✓'} ${f.what} (worst: ${shown}, ${label(worst)}${fails})`,
    );
  }
  return { lines, allMet };
}

/** Node, CPU and date, for the README block. */
export function machine(tfVersion: string, wasmInfo: string): string {
  const cpus = os.cpus();
  const date = new Date().toISOString().slice(0, 10);
  return (
    `Node ${process.version}, ${cpus[0]?.model.trim() ?? 'unknown CPU'} (${cpus.length} logical CPUs), ` +
    `${os.platform()} ${os.arch()}, ${date}; TF.js ${tfVersion} (float32; ${wasmInfo}); core and tight float64.`
  );
}

/** Breaks prose into lines of at most `width` characters at spaces (not inside `code`). */
export function wrap(text: string, width = 100): string {
  const words = text.match(/(?:`[^`]*`|[^ `])+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line].join('\n');
}

/** The whole block: what was timed and how, the table, the floors, the minibatches, the machine. */
export function renderBlock(o: {
  rows: readonly Row[];
  D: number;
  quick: boolean;
  /** the minibatch section (batch-report.ts) */
  batch: string;
  /** kinds without a tight loop, left out of the table */
  untimed: readonly string[];
  machine: string;
  seconds: number;
}): string {
  const { rows } = o;
  const { lines, allMet } = floors(rows);
  const least = Math.min(...rows.map((r) => r.rounds));
  const most = Math.max(...rows.map((r) => r.rounds));
  return [
    wrap(
      `One training step (forward over T steps, final-step cross-entropy, BPTT, Adam) at input ` +
        `size D = ${o.D}, batch 1${o.quick ? ' (--quick: a few configurations only)' : ''}; median ` +
        `ms per step. **core**: src/core as a trainer calls it (zeroGrads, accumulateLossGrad, ` +
        `adamStep, one workspace reused). **tight**: the same step as fused, allocation-free ` +
        `Float64Array loops (tests/bench/tight-*.ts), checked equal to the core to 1e-12 before ` +
        `timing. **tf-cpu**, **tf-wasm**: TF.js autodiff of the same cells ` +
        `(tests/reference/tfjs-cells.ts) with tf.train.adam, checked against the core to float32 ` +
        `precision. Interleaved in one process, ${least === most ? least : `${least}–${most}`} ` +
        `rounds per row: core with tight first, then core with the TF.js contenders (their ratios ` +
        `divide by that second core median), so TF.js's garbage collections do not land on tight.` +
        (o.untimed.length
          ? ` ${o.untimed.join(', ')}: no tight loop, so timed in the minibatch rows only.`
          : ''),
    ),
    '',
    table(rows),
    '',
    `Floors${allMet ? ' (all met)' : ''}:`,
    '',
    ...lines,
    '',
    o.batch,
    '',
    wrap(
      `${o.machine} Bench time ${o.seconds.toFixed(0)} s. Regenerate with ` +
        '`npm run bench -- --readme`.',
    ),
  ].join('\n');
}

/** The markdown as `prettier --write` would leave it in this file (padded table columns). */
export async function formatMarkdown(text: string, file: string): Promise<string> {
  const config = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...config, parser: 'markdown' });
}

/** Where every benchmark's `--readme` block goes (the flag keeps its name from when it was the README). */
export const BENCH_DOC = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));

/**
 * Replaces the text between the doc's `<!-- bench:NAME:start -->` and `…:end -->` markers with
 * the block (formatted markdown, ending in a newline); warns and leaves the file alone if it or
 * the markers are missing.
 */
export function writeReadme(
  path: string,
  block: string,
  warn: (line: string) => void,
  name = 'core',
): boolean {
  const START = `<!-- bench:${name}:start -->`;
  const END = `<!-- bench:${name}:end -->`;
  if (!existsSync(path)) {
    warn(`--readme: ${path} does not exist; not written`);
    return false;
  }
  const text = readFileSync(path, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) {
    warn(`--readme: ${path} has no ${START} … ${END} markers; not written`);
    return false;
  }
  writeFileSync(path, `${text.slice(0, a + START.length)}\n\n${block}${text.slice(b)}`);
  return true;
}
