/**
 * `npm run bench`: one training step (forward over T steps, final-step cross-entropy, BPTT, Adam)
 * of the core against a tight reference loop and TF.js's cpu and wasm backends on the same model,
 * interleaved in one process; then a training step on a minibatch of 32 sequences through the
 * core's per-sample path against its batched path. Prints markdown tables and the floors to
 * stdout, progress to stderr. Flags: --quick (a few small configurations, a smoke check),
 * --batch (the minibatch rows only, printed), --readme (also write the tables between the
 * bench:core markers of docs/benchmarks.md).
 */
import * as tf from '@tensorflow/tfjs';
import * as tfWasm from '@tensorflow/tfjs-backend-wasm';
import { CELL_KINDS, type CellKind } from '../../src/core';
import {
  batchedContender,
  batchedVsPerSample,
  makeBatchCase,
  perSampleContender,
} from './batch-case';
import { batchSection, type BatchRow } from './batch-report';
import { makeCase } from './bench-case';
import { tightVsCore, tfVsCore } from './checks';
import { coreContender, tfContender, tightContender } from './contenders';
import { formatMarkdown, machine, renderBlock, BENCH_DOC, writeReadme, type Row } from './report';
import { TIGHT_KINDS } from './tight';
import { interleave, type Plan } from './timing';

const args = process.argv.slice(2);
for (const a of args) {
  if (a !== '--quick' && a !== '--readme' && a !== '--batch') {
    throw new Error(`bench: unknown argument ${a}; flags are --quick, --batch and --readme`);
  }
}
const quick = args.includes('--quick');
const batchOnly = args.includes('--batch');
if (batchOnly && args.includes('--readme')) {
  throw new Error('bench: --batch runs part of the bench, so it cannot write the --readme block');
}
const log = (line: string) => process.stderr.write(`${line}\n`);

const D = 8;
const CONFIGS: { kind: CellKind; H: number; T: number }[] = quick
  ? [
      { kind: 'rnn', H: 8, T: 50 },
      { kind: 'lstm', H: 8, T: 50 },
      { kind: 'gru', H: 8, T: 50 },
      { kind: 'lstm', H: 32, T: 50 },
    ]
  : TIGHT_KINDS.flatMap((kind) =>
      [8, 32, 128].flatMap((H) => [50, 200].map((T) => ({ kind, H, T }))),
    );

/** The minibatch rows: sequences of up to T steps, B at a time, per-sample against batched. */
const BATCH = { T: 50, B: 32 };
const BATCH_CONFIGS: { kind: CellKind; H: number }[] = quick
  ? [{ kind: 'lstm', H: 8 }]
  : CELL_KINDS.flatMap((kind) => [8, 32].map((H) => ({ kind, H })));

// About 10 s per configuration in full: the TF.js steps dominate (up to ~1 s each at H = 128,
// T = 200), so slow configurations get the minimum of rounds and fast ones the maximum.
const PLAN: Plan = quick
  ? { warmupMs: 150, minWarmupSteps: 2, sampleMs: 20, budgetMs: 1500, minRounds: 3, maxRounds: 9 }
  : { warmupMs: 300, minWarmupSteps: 2, sampleMs: 30, budgetMs: 9000, minRounds: 5, maxRounds: 25 };

/** Tight loop vs core to ~1e-12, TF.js vs core to float32 precision; throws if any disagree. */
async function checkSameWork(): Promise<void> {
  for (const kind of TIGHT_KINDS) {
    const err = tightVsCore(makeCase(kind, D, 32, 50));
    log(`check ${kind}: tight vs core, 3 steps, worst relative error ${err.toExponential(1)}`);
    if (!(err <= 1e-12)) throw new Error(`bench: the tight ${kind} loop disagrees with the core`);
    for (const backend of ['cpu', 'wasm'] as const) {
      await tf.setBackend(backend);
      const e = tfVsCore(tf, makeCase(kind, D, 8, 50));
      log(
        `check ${kind}: tf-${backend} vs core, loss ${e.loss.toExponential(1)}, gradients ${e.grads.toExponential(1)}`,
      );
      if (!(e.loss <= 1e-4 && e.grads <= 1e-3)) {
        throw new Error(
          `bench: TF.js (${backend}) computes a different ${kind} step than the core`,
        );
      }
    }
  }
}

async function run(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [n, { kind, H, T }] of CONFIGS.entries()) {
    log(`[${n + 1}/${CONFIGS.length}] ${kind} H=${H} T=${T}`);
    const c = makeCase(kind, D, H, T);
    // core against tight on their own first: TF.js allocates heavily, and the garbage collections
    // it causes land on whichever contender runs next, which blurs a ratio near 1
    const [core, tight] = await interleave([coreContender(c), tightContender(c)], PLAN, log);
    const tfCpu = await tfContender(tf, 'cpu', c);
    const tfW = await tfContender(tf, 'wasm', c);
    const [coreWithTf, cpu, wasm] = await interleave([coreContender(c), tfCpu, tfW], PLAN, log);
    tfCpu.dispose();
    tfW.dispose();
    const row = {
      kind,
      D,
      H,
      T,
      core: core.median,
      tight: tight.median,
      coreWithTf: coreWithTf.median,
      tfCpu: cpu.median,
      tfWasm: wasm.median,
      rounds: core.samples.length,
    };
    log(
      `  core ${row.core.toPrecision(3)} ms, tight ${row.tight.toPrecision(3)} ms, ` +
        `tf-cpu ${row.tfCpu.toPrecision(3)} ms, tf-wasm ${row.tfWasm.toPrecision(3)} ms`,
    );
    rows.push(row);
  }
  return rows;
}

/** Per-sample against batched on one minibatch: checked equal to 1e-12, then interleaved. */
async function runBatch(): Promise<BatchRow[]> {
  const rows: BatchRow[] = [];
  for (const [n, { kind, H }] of BATCH_CONFIGS.entries()) {
    log(`[batch ${n + 1}/${BATCH_CONFIGS.length}] ${kind} H=${H} B=${BATCH.B} T≤${BATCH.T}`);
    const c = makeBatchCase(kind, D, H, BATCH.T, BATCH.B);
    const err = batchedVsPerSample(c);
    log(`  check: batched vs per-sample, 3 steps, worst relative error ${err.toExponential(1)}`);
    if (!(err <= 1e-12)) throw new Error(`bench: the batched ${kind} step disagrees`);
    const [perSample, batched] = await interleave(
      [perSampleContender(c), batchedContender(c)],
      PLAN,
      log,
    );
    const row = { kind, D, H, T: c.T, B: c.B, perSample: perSample.median, batched: batched.median, rounds: perSample.samples.length }; // prettier-ignore
    log(
      `  per-sample ${row.perSample.toPrecision(3)} ms, batched ${row.batched.toPrecision(3)} ms`,
    );
    rows.push(row);
  }
  return rows;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  if (batchOnly) {
    process.stdout.write(await formatMarkdown(batchSection(await runBatch()), BENCH_DOC));
    return;
  }
  // Production mode silences TF.js's warnings, among them the "install tfjs-node" banner.
  tf.enableProdMode();
  for (const backend of ['cpu', 'wasm']) {
    if (!(await tf.setBackend(backend))) throw new Error(`bench: TF.js backend ${backend} failed`);
  }
  const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
  const threads = tfWasm.getThreadsCount();
  const wasmInfo = `wasm ${simd ? 'with' : 'without'} SIMD, ${threads} thread${threads === 1 ? '' : 's'}`;
  await checkSameWork();
  const rows = await run();
  const batch = batchSection(await runBatch());
  const seconds = (performance.now() - t0) / 1000;
  const readme = BENCH_DOC;
  const block = await formatMarkdown(
    renderBlock({
      rows,
      D,
      quick,
      batch,
      untimed: CELL_KINDS.filter((k) => !TIGHT_KINDS.includes(k)).map((k) => k.toUpperCase()),
      machine: machine(tf.version.tfjs, wasmInfo),
      seconds,
    }),
    readme,
  );
  process.stdout.write(block);
  if (args.includes('--readme')) {
    if (writeReadme(readme, block, log)) log(`wrote the table into ${readme}`);
  }
  log(`done in ${seconds.toFixed(0)} s`);
}

main().catch((e: unknown) => {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
