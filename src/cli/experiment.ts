/**
 * `npm run experiment -- --kinds rnn,lstm,gru --gaps 5,40 --seeds 3 [--json] [--workers N]`
 *
 * A kind may have one gate removed: `lstm-no-f` is the LSTM without its forget gate (variant.ts).
 * Trains every kind × gap × seed from scratch on the same budget (src/sim/experiment.ts) and prints
 * a table, or with --json one object {"results": [...], "summary": [...], "budget": {...}}. Runs go
 * to worker threads, one per core by default; the results do not depend on how many.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { CELL_KINDS } from '../core';
import { DEFAULT_BUDGET, grid, summarise, type RunResult, type RunSpec } from '../sim/experiment';
import { parseVariant, VARIANT_NAMES } from '../sim/variant';

const USAGE =
  'usage: npm run experiment -- --kinds rnn,lstm,gru --gaps 5,40 --seeds 3 [--json] [--workers N]';

function fail(message: string): never {
  console.error(`experiment: ${message}\n${USAGE}`);
  process.exit(2);
}

function parse() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        kinds: { type: 'string', default: 'rnn,lstm,gru' },
        gaps: { type: 'string', default: '5,40' },
        seeds: { type: 'string', default: '3' },
        json: { type: 'boolean', default: false },
        workers: { type: 'string', default: String(availableParallelism()) },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    fail((e as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const kinds = values.kinds.split(',').map((k) => k.trim());
  const bad = kinds.find((k) => parseVariant(k) === null);
  if (bad !== undefined)
    fail(`unknown kind "${bad}"; kinds are ${CELL_KINDS.join(', ')}, each also as KIND-no-GATE with one of its gates removed (${VARIANT_NAMES.filter((v) => v.includes('-no-')).join(', ')})`); // prettier-ignore
  const gaps = values.gaps.split(',').map(Number);
  if (gaps.some((g) => !Number.isInteger(g) || g < 1 || g > 200))
    fail(`gaps must be integers in 1…200, got "${values.gaps}"`);
  const seeds = Number(values.seeds);
  if (!Number.isInteger(seeds) || seeds < 1 || seeds > 20)
    fail(`seeds must be an integer in 1…20, got "${values.seeds}"`);
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1)
    fail(`workers must be a positive integer, got "${values.workers}"`);
  return { kinds, gaps, seeds, json: values.json, workers };
}

/** Runs the specs on up to n worker threads; results come back in the specs' order. */
async function runAll(
  specs: RunSpec[],
  n: number,
  onDone: (r: RunResult) => void,
): Promise<RunResult[]> {
  const results: RunResult[] = new Array(specs.length);
  let next = 0;
  const lane = async () => {
    const worker = new Worker(TS_WORKER, { eval: true });
    const crashed = new Promise<never>((_, reject) => worker.once('error', reject));
    try {
      while (next < specs.length) {
        const k = next++;
        const done = new Promise<RunResult>((resolve) => worker.once('message', resolve));
        worker.postMessage(specs[k]);
        results[k] = await Promise.race([done, crashed]);
        onDone(results[k]);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, specs.length) }, lane));
  return results;
}

/** A worker that loads the TypeScript worker module through tsx (Node 20 cannot run .ts itself). */
const TS_WORKER = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(
  new URL('./experiment-worker.ts', import.meta.url).href,
)}, ${JSON.stringify(import.meta.url)}))`;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

async function main() {
  const opts = parse();
  const specs = grid(opts.kinds, opts.gaps, opts.seeds);
  const t0 = performance.now();
  const results = await runAll(specs, opts.workers, (r) =>
    console.error(
      `  ${r.kind} gap ${r.gap} seed ${r.seed}: ${pct(r.testAccuracy)} in ${r.trainSeconds.toFixed(1)} s`,
    ),
  );
  const summary = summarise(results);
  const wallSeconds = (performance.now() - t0) / 1000;
  if (opts.json) {
    console.log(JSON.stringify({ results, summary, budget: DEFAULT_BUDGET, wallSeconds }));
    return;
  }
  const b = DEFAULT_BUDGET;
  console.log(
    `Budget for every run: H = ${b.H}, Adam lr ${b.lr}, batch ${b.batchSize}, ${b.updates} updates, clip ${b.clip}, ${b.trainSize} training / ${b.testSize} held-out sequences.\n`,
  );
  console.log('| kind | parameters | gap | mean held-out accuracy | worst seed | seeds |');
  console.log('|---|---|---|---|---|---|');
  for (const row of summary) {
    console.log(
      `| ${row.kind} | ${row.params} | ${row.gap} | ${pct(row.meanAccuracy)} | ${pct(row.minAccuracy)} | ${row.seeds} |`,
    );
  }
  console.log(
    `\n${results.length} runs in ${wallSeconds.toFixed(0)} s on ${opts.workers} worker thread(s).`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
