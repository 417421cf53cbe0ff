/**
 * `npm run bench:train [-- --readme]`: how long the core takes to train an LSTM to 95% held-out
 * accuracy on the scanner task at gap 30 — wall-clock seconds, evaluations included, median of
 * three seeds — with the experiment's budget (H = 8, Adam 0.01, batch 32, clip 1). Floor: 3 s
 * (#16, since training runs each minibatch through the batched kernels and evaluates in batches;
 * it was 10 s, with 6.3 s measured, when every sequence ran on its own).
 */
import { cpus } from 'node:os';
import { generateDataset } from '../../src/data';
import { DEFAULT_BUDGET, paramsForGap } from '../../src/sim/experiment';
import { createTrainer } from '../../src/sim/train';
import { formatMarkdown, BENCH_DOC, writeReadme } from './report';

const GAP = 30;
const TARGET = 0.95;
const FLOOR_SECONDS = 3;
const SEEDS = [1, 2, 3];
const MAX_UPDATES = 10_000;
const log = (line: string) => process.stderr.write(`${line}\n`);

interface Run {
  seed: number;
  seconds: number;
  updates: number;
  accuracy: number;
}

function timeToTarget(seed: number): Run {
  const p = paramsForGap(GAP);
  const train = generateDataset(p, DEFAULT_BUDGET.trainSize, 1000 * seed + GAP);
  const test = generateDataset(p, 500, 1000 * seed + GAP + 500);
  const b = DEFAULT_BUDGET;
  const t0 = performance.now();
  const cfg = {
    kind: 'lstm' as const,
    H: b.H,
    lr: b.lr,
    batchSize: b.batchSize,
    clip: b.clip,
    seed,
  };
  const trainer = createTrainer(
    { ...cfg, updates: MAX_UPDATES, evalEvery: 50, targetAccuracy: TARGET },
    train,
    test,
  );
  trainer.run(MAX_UPDATES);
  const last = trainer.history[trainer.history.length - 1];
  return {
    seed,
    seconds: (performance.now() - t0) / 1000,
    updates: last.step,
    accuracy: last.testAccuracy,
  };
}

async function main(): Promise<void> {
  const runs = SEEDS.map((seed) => {
    const r = timeToTarget(seed);
    log(
      `seed ${seed}: ${(100 * r.accuracy).toFixed(1)}% after ${r.updates} updates in ${r.seconds.toFixed(1)} s`,
    );
    return r;
  });
  const reached = runs.every((r) => r.accuracy >= TARGET);
  const median = [...runs].sort((a, b) => a.seconds - b.seconds)[1].seconds;
  const met = reached && median <= FLOOR_SECONDS;
  const readme = BENCH_DOC;
  const block = await formatMarkdown(
    [
      `Time for the core to train an LSTM (H = ${DEFAULT_BUDGET.H}, Adam ${DEFAULT_BUDGET.lr}, batch ${DEFAULT_BUDGET.batchSize}) to ${100 * TARGET}% held-out accuracy at gap ${GAP}, evaluating 500 held-out sequences every 50 updates (included in the time):`,
      '',
      '| seed | updates | held-out accuracy | seconds |',
      '| --- | --- | --- | --- |',
      ...runs.map(
        (r) =>
          `| ${r.seed} | ${r.updates} | ${(100 * r.accuracy).toFixed(1)}% | ${r.seconds.toFixed(1)} |`,
      ),
      '',
      `Median **${median.toFixed(1)} s** — ${met ? '✓' : '✗'} floor ${FLOOR_SECONDS} s. Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${new Date().toISOString().slice(0, 10)}. Regenerate with \`npm run bench:train -- --readme\`.`,
      '',
    ].join('\n'),
    readme,
  );
  process.stdout.write(block);
  if (process.argv.includes('--readme') && writeReadme(readme, block, log, 'train'))
    log(`wrote ${readme}`);
  if (!met) process.exitCode = 1;
}

main().catch((e: unknown) => {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
