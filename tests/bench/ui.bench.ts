/**
 * `npm run bench:ui [-- --quick] [-- --readme] [-- --port N]`: the lab in headless Chromium with an
 * H = 32 model and a T = 200 sequence, every panel on screen, then in an ordinary window and on a
 * phone (390 × 844, touch, device pixel ratio 2). Records frame intervals while playing and
 * dragging, and input-to-paint latency for stepping and scrubbing; sizes the initial JavaScript
 * of the production build. Floors: p95 frame interval ≤ 17.5 ms while playing, step latency
 * p95 ≤ 50 ms, initial JS ≤ 160 kB gzip. A benchmark: it exits 0 whether or not floors are met.
 */
import { chromium, type Browser } from '@playwright/test';
import os from 'node:os';
import type { CellKind } from '../../src/core';
import { chromiumLaunch } from '../e2e/chromium-launch';
import { BENCH_DOC, writeReadme } from './report';
import { baselineKeys } from './ui/baseline';
import { describe, machine } from './ui/describe';
import { benchEvents } from './ui/inputs';
import {
  floorLines,
  formatBlock,
  refreshLine,
  sizeTable,
  stageLines,
  table,
  type Row,
} from './ui/report';
import { inputNotes, PHONE, runKind, type KindResult, type Viewport } from './ui/run-kind';
import { build, serve, type Server } from './ui/serve';
import { jsSizes } from './ui/size';

const argv = process.argv.slice(2);
const args = new Set(argv);
const QUICK = args.has('--quick');
const PAGE: Viewport = { width: 1400, height: 'page' };
/** Every kind with the whole page on screen; the LSTM again in an ordinary window and on a phone. */
const CONFIGS: readonly [CellKind, Viewport][] = QUICK
  ? [['lstm', PAGE]]
  : [
      ['lstm', PAGE],
      ['gru', PAGE],
      ['rnn', PAGE],
      ['lstm', { width: 1400, height: 1000 }],
      ['lstm', PHONE],
    ];
const portArg = argv.includes('--port') ? Number(argv[argv.indexOf('--port') + 1]) : null;
const PORT = portArg ?? 4175;
// another port gets its own build directories too, so two runs side by side do not clash
const SUFFIX = portArg === null ? '' : `-${PORT}`;
const BENCH_DIR = `.ci/out/bench-dist${SUFFIX}`;
const SIZE_DIR = `.ci/out/size-dist${SUFFIX}`;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function measure(server: Server, frameMs: number, inputs: number) {
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ ...chromiumLaunch, headless: true });
    const version = browser.version();
    const kinds: KindResult[] = [];
    const events = benchEvents();
    for (const [kind, viewport] of CONFIGS) {
      log(`measuring ${kind} (Chromium ${version})`);
      const settings = { url: server.url, events, frameMs, inputs };
      kinds.push(await runKind(browser, kind, viewport, settings));
    }
    // the browser's own latency, in the largest and the smallest desktop window, and on the phone
    const byArea = kinds
      .map((k) => k.viewport)
      .filter((v) => !v.phone)
      .sort((a, b) => a.width * a.height - b.width * b.height);
    const phone = kinds.map((k) => k.viewport).filter((v) => v.phone);
    const windows = new Map(
      [byArea[byArea.length - 1], byArea[0], ...phone].map((v) => [
        `${v.phone ? 'phone ' : ''}${v.width}×${v.height}`,
        v,
      ]),
    );
    const baseline: Row[] = [];
    for (const [size, viewport] of windows) {
      log(`measuring the empty page at ${size}`);
      const r = await baselineKeys(browser, viewport, inputs);
      baseline.push({
        config: `empty page, ${size}`,
        what: 'step: → on the page, key to paint',
        samples: r.presented.total,
        notes: inputNotes(r, true),
        parts: r.presented.parts,
      });
    }
    return { kinds, baseline, version };
  } finally {
    await browser?.close();
  }
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const frameMs = QUICK ? 2000 : 5000;
  const inputs = QUICK ? 30 : 100;
  build(SIZE_DIR);
  const sizes = jsSizes(SIZE_DIR);
  build(BENCH_DIR, 'bench');
  const server = await serve(BENCH_DIR, PORT);
  const stop = () => (server.stop(), process.exit(130));
  process.once('SIGINT', stop).once('SIGTERM', stop);
  const load = [os.loadavg()[0]];
  let measured: Awaited<ReturnType<typeof measure>>;
  try {
    measured = await measure(server, frameMs, inputs);
  } finally {
    server.stop();
  }
  load.push(os.loadavg()[0]);
  const { kinds, baseline, version } = measured;
  const rows: Row[] = [...kinds.flatMap((k) => k.rows), ...baseline];
  const floors = floorLines(rows);
  const size = sizeTable(sizes);
  const allMet = floors.allMet && size.met;
  const seconds = (performance.now() - t0) / 1000;
  const block = [
    describe({ kinds, frameMs, inputs }),
    '',
    table(rows),
    '',
    `Floors${allMet ? ' (all met)' : ''}:`,
    '',
    ...floors.lines,
    '',
    refreshLine(rows),
    '',
    "Where the input latency goes (median ms of each part, from the stages of Chromium's " +
      'EventLatency trace events):',
    '',
    ...stageLines(rows),
    '',
    `Initial JavaScript of \`vite build\` (the chunks index.html loads, and their static ` +
      `imports; gzip level 6):`,
    '',
    size.text,
    '',
    `${machine(version, load)}${QUICK ? ' --quick.' : ''} Bench time ${seconds.toFixed(0)} s. ` +
      'Regenerate with `npm run bench:ui -- --readme`.',
  ].join('\n');
  const readme = BENCH_DOC;
  const formatted = await formatBlock(block, readme);
  process.stdout.write(formatted);
  log(allMet ? 'All floors met.' : 'Some floors are NOT met (✗ above).');
  if (args.has('--readme') && writeReadme(readme, formatted, log, 'ui')) log(`wrote ${readme}`);
}

main().catch((e: unknown) => {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
});
