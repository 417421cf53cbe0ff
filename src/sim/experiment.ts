/**
 * The honest experiment: for every kind × gap × seed, train from scratch with the same hidden size,
 * optimiser, learning rate, number of updates and data, then measure held-out accuracy. Only the
 * cell differs, so the table shows what the cell can learn, not how it was tuned.
 */
import { D, DEFAULT_PARAMS, generateDataset, type GeneratorParams } from '../data';
import { createTrainer, type TrainConfig } from './train';
import { parseVariant, removedOverrides, variantParams } from './variant';

/** The budget every run shares. */
export interface ExperimentBudget {
  H: number;
  lr: number;
  batchSize: number;
  updates: number;
  clip: number;
  /** training and held-out set sizes */
  trainSize: number;
  testSize: number;
}

export const DEFAULT_BUDGET: ExperimentBudget = {
  H: 8,
  lr: 0.01,
  batchSize: 32,
  updates: 2500,
  clip: 1,
  trainSize: 2000,
  testSize: 1000,
};

/** One run of the grid. */
export interface RunSpec {
  /** a kind, or a kind with a gate removed ("lstm-no-f", see variant.ts) */
  kind: string;
  gap: number;
  seed: number;
}

export interface RunResult extends RunSpec {
  /** the parameters that play a part (a removed gate's do not), readout included */
  params: number;
  testAccuracy: number;
  testLoss: number;
  trainSeconds: number;
  updates: number;
  status: string;
  /** held-out accuracy at each evaluation */
  curve: number[];
}

/** Generator settings for one gap: the wobble exactly `gap` steps before the drift. */
export function paramsForGap(gap: number, base: GeneratorParams = DEFAULT_PARAMS): GeneratorParams {
  const shortest = gap + base.K + base.driftExtra + 2;
  return { ...base, gap: [gap, gap], length: [shortest, shortest + 8] };
}

/** The grid in a fixed order: gap, then seed, then kind. */
export function grid(kinds: readonly string[], gaps: number[], seeds: number): RunSpec[] {
  return gaps.flatMap((gap) =>
    Array.from({ length: seeds }, (_, s) => s + 1).flatMap((seed) =>
      kinds.map((kind) => ({ kind, gap, seed })),
    ),
  );
}

/**
 * Trains one run. The data depend only on (gap, seed) and the init only on seed, so every kind sees
 * the same sequences in the same order.
 */
export function runOne(
  spec: RunSpec,
  budget: ExperimentBudget = DEFAULT_BUDGET,
  clock = () => performance.now(),
): RunResult {
  const variant = parseVariant(spec.kind);
  if (!variant) throw new Error(`experiment: unknown kind "${spec.kind}"`);
  const p = paramsForGap(spec.gap);
  const train = generateDataset(p, budget.trainSize, 1000 * spec.seed + spec.gap);
  const test = generateDataset(p, budget.testSize, 1000 * spec.seed + spec.gap + 500);
  const cfg: TrainConfig = {
    kind: variant.kind,
    overrides: removedOverrides(variant),
    H: budget.H,
    lr: budget.lr,
    batchSize: budget.batchSize,
    updates: budget.updates,
    clip: budget.clip,
    evalEvery: Math.max(1, Math.floor(budget.updates / 10)),
    seed: spec.seed,
  };
  const t0 = clock();
  const trainer = createTrainer(cfg, train, test, clock);
  trainer.run(budget.updates);
  const last = trainer.history[trainer.history.length - 1];
  return {
    ...spec,
    params: variantParams(variant, D, budget.H),
    testAccuracy: last?.testAccuracy ?? NaN,
    testLoss: last?.testLoss ?? NaN,
    trainSeconds: (clock() - t0) / 1000,
    updates: last?.step ?? 0,
    status: trainer.status,
    curve: trainer.history.map((h) => h.testAccuracy),
  };
}

export interface SummaryRow {
  kind: string;
  params: number;
  gap: number;
  meanAccuracy: number;
  minAccuracy: number;
  seeds: number;
}

/** Mean and worst held-out accuracy over seeds, per kind and gap. */
export function summarise(results: RunResult[]): SummaryRow[] {
  const rows = new Map<string, RunResult[]>();
  for (const r of results)
    rows.set(`${r.kind}|${r.gap}`, [...(rows.get(`${r.kind}|${r.gap}`) ?? []), r]);
  return [...rows.values()].map((rs) => ({
    kind: rs[0].kind,
    params: rs[0].params,
    gap: rs[0].gap,
    meanAccuracy: rs.reduce((a, r) => a + r.testAccuracy, 0) / rs.length,
    minAccuracy: Math.min(...rs.map((r) => r.testAccuracy)),
    seeds: rs.length,
  }));
}
