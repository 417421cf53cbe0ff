/** The training engine: it learns, reproduces from a seed, rolls back divergence, stops on request. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, generateDataset, type GeneratorParams } from '../../src/data';
import { createTrainer, evaluate, type TrainConfig } from '../../src/sim/train';
import { relError } from '../core/helpers';

const EASY: GeneratorParams = {
  ...DEFAULT_PARAMS,
  length: [12, 20],
  gap: [3, 6],
  K: 4,
  driftExtra: 2,
};
const train = generateDataset(EASY, 400, 1);
const test = generateDataset(EASY, 200, 2);
const base: TrainConfig = { kind: 'gru', H: 6, updates: 60, evalEvery: 20, seed: 7 };
const fixedClock = () => 0;

describe('createTrainer', () => {
  it('learns the easy task: held-out accuracy rises well above the majority class', () => {
    const tr = createTrainer({ ...base, updates: 300, lr: 0.02 }, train, test, fixedClock);
    const before = evaluate(tr.model, test).accuracy;
    expect(tr.run(300)).toBe('done');
    const after = tr.history[tr.history.length - 1];
    expect(after.testAccuracy).toBeGreaterThan(0.9);
    expect(after.testAccuracy).toBeGreaterThan(before + 0.2);
    expect(after.step).toBe(300);
  });

  it('reproduces exactly from the seed, and differs with another seed', () => {
    const a = createTrainer(base, train, test, fixedClock);
    const b = createTrainer(base, train, test, fixedClock);
    a.run(60);
    b.run(60);
    expect(Array.from(a.model.cell.theta)).toEqual(Array.from(b.model.cell.theta));
    expect(a.history).toEqual(b.history);
    const c = createTrainer({ ...base, seed: 8 }, train, test, fixedClock);
    c.run(60);
    expect(Array.from(c.model.cell.theta)).not.toEqual(Array.from(a.model.cell.theta));
  });

  it('reports progress every evalEvery updates', () => {
    const tr = createTrainer(base, train, test, fixedClock);
    tr.run(60);
    expect(tr.history.map((h) => h.step)).toEqual([20, 40, 60]);
    expect(tr.history.every((h) => h.loss > 0 && h.testAccuracy >= 0 && h.testAccuracy <= 1)).toBe(
      true,
    );
  });

  it('runs in chunks exactly as in one go', () => {
    const once = createTrainer(base, train, test, fixedClock);
    once.run(60);
    const chunks = createTrainer(base, train, test, fixedClock);
    for (let k = 0; k < 6; k++) chunks.run(10);
    expect(Array.from(chunks.model.cell.theta)).toEqual(Array.from(once.model.cell.theta));
  });

  it.each<[string, Partial<TrainConfig>]>([
    ['Adam at learning rate 10', { lr: 10 }],
    ['SGD at learning rate 1e6 without clipping', { optimizer: 'sgd', lr: 1e6, clip: Infinity }],
  ])('detects divergence (%s), stops and restores the last good weights', (_name, change) => {
    const tr = createTrainer({ ...base, updates: 200, ...change }, train, test, fixedClock);
    const snapshots = [Array.from(tr.model.cell.theta)]; // snapshots[k]: the weights after k updates
    while (tr.run(1) === 'running') snapshots.push(Array.from(tr.model.cell.theta));
    expect(tr.status).toBe('diverged');
    const [, good] =
      /restored the weights after update (\d+), the last with a sound loss$/.exec(
        tr.reason ?? '',
      ) ?? [];
    expect(Array.from(tr.model.cell.theta)).toEqual(snapshots[Number(good)]);
    expect(Number.isFinite(evaluate(tr.model, test).loss)).toBe(true);
    expect(tr.run(10)).toBe('diverged');
  });

  it('can be cancelled between chunks and then makes no more updates', () => {
    const tr = createTrainer(base, train, test, fixedClock);
    tr.run(10);
    tr.cancel();
    const theta = Array.from(tr.model.cell.theta);
    expect(tr.run(50)).toBe('cancelled');
    expect(Array.from(tr.model.cell.theta)).toEqual(theta);
  });

  it('stops early once the target accuracy is reached', () => {
    const tr = createTrainer(
      { ...base, updates: 1000, lr: 0.02, targetAccuracy: 0.8 },
      train,
      test,
      fixedClock,
    );
    expect(tr.run(1000)).toBe('reached target');
    expect(tr.history[tr.history.length - 1].step).toBeLessThan(1000);
  });

  // Recorded from the trainer before #16, which ran each sequence of a minibatch on its own
  // (accumulateLossGrad); the batched path sums in the same order, so today they agree exactly.
  it.each<[string, TrainConfig, number[], number[][]]>([
    [
      'gru',
      base,
      [0.16557597235941315, -1.0419045463381067, -0.038512248912367736, -0.16753499566113011],
      [
        [0.5624971711104315, 0.6858866257390234, 0.64],
        [0.5864274907388066, 0.5892284412127147, 0.64],
        [0.5140546035541742, 0.5051879079062842, 0.685],
      ],
    ],
    [
      'lstm with forced gates',
      {
        kind: 'lstm', H: 5, updates: 60, evalEvery: 30, seed: 3,
        overrides: [{ gate: 'f', value: 1 }, { gate: 'o', value: 0.5, units: [1], from: 2, to: 9 }],
      }, // prettier-ignore
      [-0.10767752464263959, -0.38664046638174115, 0.4962347451840264, -0.4697785350478257],
      [
        [0.6170831450005085, 0.6555526360641332, 0.64],
        [0.585917554922413, 0.6486502796988836, 0.64],
      ],
    ],
  ])('follows the per-sample trainer’s trajectory (%s)', (_name, cfg, weights, history) => {
    const tr = createTrainer(cfg, train, test, fixedClock);
    tr.run(cfg.updates);
    const th = tr.model.cell.theta;
    expect(relError(weights, [th[0], th[7], th[th.length - 1], tr.model.readout.w[0]])).toBeLessThanOrEqual(1e-12); // prettier-ignore
    const got = tr.history.map((h) => [h.loss, h.testLoss, h.testAccuracy]);
    expect(relError(history.flat(), got.flat())).toBeLessThanOrEqual(1e-12);
  });

  it('refuses a bad configuration or bad data', () => {
    expect(() => createTrainer({ ...base, lr: -1 }, train, test)).toThrow(
      /lr must be a positive number/,
    );
    expect(() => createTrainer({ ...base, updates: 0 }, train, test)).toThrow(
      /updates must be a positive integer/,
    );
    expect(() => createTrainer(base, { xs: [], ys: [] }, test)).toThrow(
      /train: need as many labels/,
    );
  });
});
