/** The experiment: the grid, the shared budget, reproducible runs and the summary. */
import { describe, expect, it } from 'vitest';
import type { LstmCell } from '../../src/core';
import { DEFAULT_PARAMS, generateDataset } from '../../src/data';
import {
  DEFAULT_BUDGET,
  grid,
  paramsForGap,
  runOne,
  summarise,
  type RunResult,
} from '../../src/sim/experiment';
import { createTrainer } from '../../src/sim/train';
import { parseVariant, removedOverrides, variantParams } from '../../src/sim/variant';

const TINY = { ...DEFAULT_BUDGET, updates: 20, trainSize: 50, testSize: 40 };
const clock = () => 0;

describe('grid', () => {
  it('lists every kind × gap × seed once, seeds from 1', () => {
    const g = grid(['rnn', 'gru'], [5, 40], 2);
    expect(g).toHaveLength(8);
    expect(new Set(g.map((r) => `${r.kind}|${r.gap}|${r.seed}`)).size).toBe(8);
    expect(g.map((r) => r.seed).sort()).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
  });
});

describe('paramsForGap', () => {
  it('fixes the gap and leaves room for it in every sequence', () => {
    const p = paramsForGap(40);
    expect(p.gap).toEqual([40, 40]);
    const d = generateDataset(p, 200, 3);
    expect(
      d.sequences.filter((s) => s.cls === 'jam').every((s) => s.driftAt - s.wobbleAt === 40),
    ).toBe(true);
    expect({ ...p, gap: DEFAULT_PARAMS.gap, length: DEFAULT_PARAMS.length }).toEqual(
      DEFAULT_PARAMS,
    );
  });
});

describe('runOne', () => {
  it('is reproducible, and gives every kind the same budget', () => {
    const a = runOne({ kind: 'lstm', gap: 5, seed: 2 }, TINY, clock);
    const b = runOne({ kind: 'lstm', gap: 5, seed: 2 }, TINY, clock);
    expect(a).toEqual(b);
    const r = runOne({ kind: 'rnn', gap: 5, seed: 2 }, TINY, clock);
    expect([a.updates, r.updates]).toEqual([20, 20]);
    expect(a.testAccuracy).toBeGreaterThanOrEqual(0);
    expect(a.testAccuracy).toBeLessThanOrEqual(1);
  });
});

describe('designs with a gate removed', () => {
  it('name a kind and one of its gates, or nothing', () => {
    expect(['lstm-no-f', 'gru-no-r', 'rnn', 'lstm-no-g', 'rnn-no-h', 'gru-no-f', 'lstm-', 'x-no-f'].map(parseVariant)).toEqual([
      { kind: 'lstm', removed: 'f' }, { kind: 'gru', removed: 'r' }, { kind: 'rnn', removed: null },
      null, null, null, null, null,
    ]); // prettier-ignore
  });

  it('train with the gate held at 1: its weights never move, and its parameters are not counted', () => {
    const r = runOne({ kind: 'lstm-no-f', gap: 5, seed: 2 }, TINY, clock);
    const full = runOne({ kind: 'lstm', gap: 5, seed: 2 }, TINY, clock);
    // the LSTM at H = 8, D = 6: 4 blocks of 8·(6 + 8 + 2) = 128, and the readout's 9
    expect([full.params, r.params]).toEqual([4 * 128 + 9, 3 * 128 + 9]);
    expect(r.testLoss).not.toBe(full.testLoss);
    // trained directly: the forget gate's block is exactly as initialised
    const p = paramsForGap(5);
    const data = generateDataset(p, 40, 7);
    const v = parseVariant('lstm-no-f')!;
    const trainer = createTrainer({ kind: 'lstm', H: 4, updates: 20, seed: 3, overrides: removedOverrides(v) }, data, data); // prettier-ignore
    const before = Float64Array.from((trainer.model.cell as LstmCell).p.W_hf.data);
    const moved = Float64Array.from((trainer.model.cell as LstmCell).p.W_hi.data);
    trainer.run(20);
    expect(Array.from((trainer.model.cell as LstmCell).p.W_hf.data)).toEqual(Array.from(before));
    expect(Array.from((trainer.model.cell as LstmCell).p.W_hi.data)).not.toEqual(Array.from(moved));
    expect(variantParams(v, 6, 4)).toBe(3 * 4 * 12 + 5);
  });
});

describe('summarise', () => {
  it('averages and takes the worst seed per kind and gap', () => {
    const r = (kind: 'rnn' | 'gru', gap: number, seed: number, testAccuracy: number): RunResult => ({
      kind, params: kind === 'rnn' ? 137 : 393, gap, seed, testAccuracy, testLoss: 0, trainSeconds: 0, updates: 1, status: 'done', curve: [],
    }); // prettier-ignore
    expect(summarise([r('rnn', 5, 1, 1), r('rnn', 5, 2, 0.8), r('gru', 40, 1, 0.9)])).toEqual([
      { kind: 'rnn', params: 137, gap: 5, meanAccuracy: 0.9, minAccuracy: 0.8, seeds: 2 },
      { kind: 'gru', params: 393, gap: 40, meanAccuracy: 0.9, minAccuracy: 0.9, seeds: 1 },
    ]);
  });
});
