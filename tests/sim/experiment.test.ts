/** The experiment: the grid, the shared budget, reproducible runs and the summary. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, generateDataset } from '../../src/data';
import {
  DEFAULT_BUDGET,
  grid,
  paramsForGap,
  runOne,
  summarise,
  type RunResult,
} from '../../src/sim/experiment';

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

describe('summarise', () => {
  it('averages and takes the worst seed per kind and gap', () => {
    const r = (kind: 'rnn' | 'gru', gap: number, seed: number, testAccuracy: number): RunResult => ({
      kind, gap, seed, testAccuracy, testLoss: 0, trainSeconds: 0, updates: 1, status: 'done', curve: [],
    }); // prettier-ignore
    expect(summarise([r('rnn', 5, 1, 1), r('rnn', 5, 2, 0.8), r('gru', 40, 1, 0.9)])).toEqual([
      { kind: 'rnn', gap: 5, meanAccuracy: 0.9, minAccuracy: 0.8, seeds: 2 },
      { kind: 'gru', gap: 40, meanAccuracy: 0.9, minAccuracy: 0.9, seeds: 1 },
    ]);
  });
});
