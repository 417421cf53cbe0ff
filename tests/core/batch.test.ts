/**
 * Minibatches against the per-sample path: for every kind, with and without forced gates, over
 * sequences of mixed lengths, the batch's loss and every parameter gradient must equal those of
 * accumulateLossGrad run on each sequence in turn (float64, to 1e-12 — and in fact bit for bit,
 * since every sum runs in the same order), and its jam risks those of runForward.
 */
import { describe, expect, it } from 'vitest';
import {
  CELL_KINDS,
  FORCEABLE,
  accumulateBatchLossGrad,
  accumulateLossGrad,
  allocBatch,
  allocWorkspace,
  batchJamRisk,
  createRng,
  initModel,
  jamRisk,
  runForward,
  workspaceGrads,
  zeroGrads,
  type CellKind,
  type GateOverride,
  type Model,
  type Workspace,
} from '../../src/core';
import { relError } from './helpers';

const D = 3;
const H = 5;
/** Mixed lengths, the longest not first, one of a single step. */
const LENGTHS = [6, 1, 9, 4, 9, 7, 2];

function makeModel(kind: CellKind, seed: number): Model {
  const model = initModel(kind, D, H, createRng(seed));
  // larger weights, so gates saturate some and the numbers are not all alike
  for (let n = 0; n < model.cell.theta.length; n++) model.cell.theta[n] *= 2;
  return model;
}

function makeData(seed: number, lengths: readonly number[] = LENGTHS) {
  const rng = createRng(seed);
  const xss = lengths.map((T) =>
    Array.from({ length: T }, () => Float64Array.from({ length: D }, () => rng.normal())),
  );
  const ys = lengths.map((_, b) => b % 2);
  return { xss, ys };
}

/** The per-sample path: one workspace per length, all adding into one gradient. */
function perSample(model: Model, xss: Float64Array[][], ys: number[], overrides: GateOverride[]) {
  const workspaces = new Map<number, Workspace>();
  const first = allocWorkspace(model, xss[0].length);
  workspaces.set(first.T, first);
  zeroGrads(first);
  let loss = 0;
  xss.forEach((xs, b) => {
    let ws = workspaces.get(xs.length);
    if (!ws) workspaces.set(xs.length, (ws = allocWorkspace(model, xs.length, first)));
    loss += accumulateLossGrad(model, ws, xs, ys[b], { overrides });
  });
  return { loss, grads: workspaceGrads(first).map((g) => g.slice()) };
}

/** Overrides on every gate the kind may force: on some units and steps, at 0, at 1 and between. */
const overridesOf = (kind: CellKind): GateOverride[] =>
  FORCEABLE[kind].map(
    (gate, k) =>
      [
        { gate, value: 0, units: [0, 3], from: 1, to: 5 },
        { gate, value: 1, units: [1], from: 2 },
        { gate, value: 0.3, units: [4, 0], to: 0 },
      ][k % 3],
  );
const GATED = CELL_KINDS.filter((k) => FORCEABLE[k].length > 0);

const cases: [CellKind, string, GateOverride[]][] = [
  ...CELL_KINDS.map((k): [CellKind, string, GateOverride[]] => [k, 'as learned', []]),
  ...GATED.map((k): [CellKind, string, GateOverride[]] => [k, 'gates forced', overridesOf(k)]),
];

describe.each(cases)('%s minibatch (%s)', (kind, _what, overrides) => {
  const model = makeModel(kind, 17);
  const { xss, ys } = makeData(23);

  it('gives the per-sample loss and gradients, sequences of mixed lengths', () => {
    const want = perSample(model, xss, ys, overrides);
    const ws = allocBatch(model, xss.length, 9);
    zeroGrads(ws);
    const loss = accumulateBatchLossGrad(model, ws, xss, ys, { overrides });
    expect(relError([want.loss], [loss])).toBeLessThanOrEqual(1e-12);
    workspaceGrads(ws).forEach((g, k) => {
      expect(relError(want.grads[k], g), ['dθ', 'dw', 'db'][k]).toBeLessThanOrEqual(1e-12);
      expect(g, 'bit for bit').toEqual(want.grads[k]);
    });
    expect(loss).toBe(want.loss);
  });

  it('runs part-full, in a longer workspace, and again after another batch', () => {
    const want = perSample(model, xss.slice(0, 3), ys.slice(0, 3), overrides);
    const ws = allocBatch(model, 8, 12);
    const other = makeData(5, [12, 3, 8, 12, 1, 5, 7, 2]);
    zeroGrads(ws);
    accumulateBatchLossGrad(model, ws, other.xss, other.ys, { overrides });
    zeroGrads(ws);
    const loss = accumulateBatchLossGrad(model, ws, xss.slice(0, 3), ys.slice(0, 3), {
      overrides,
    });
    expect(loss).toBe(want.loss);
    workspaceGrads(ws).forEach((g, k) => expect(g).toEqual(want.grads[k]));
  });

  it('gives each sequence’s final jam risk as runForward does', () => {
    const ws = allocBatch(model, 4, 9);
    const ps = new Float64Array(4);
    for (let from = 0; from < xss.length; from += 4) {
      const chunk = xss.slice(from, from + 4);
      batchJamRisk(model, ws, chunk, ps, { overrides });
      chunk.forEach((xs, b) => {
        const trace = runForward(model.cell, xs, { overrides });
        expect(ps[b]).toBe(jamRisk(model.readout, trace.hs)[xs.length - 1]);
      });
    }
  });
});

describe.each(GATED)('%s minibatch with a gate removed', (kind) => {
  it('passes no gradient into the forced gate’s weights', () => {
    const model = makeModel(kind, 3);
    const { xss, ys } = makeData(4);
    const gate = FORCEABLE[kind][0];
    const ws = allocBatch(model, xss.length, 9);
    zeroGrads(ws);
    accumulateBatchLossGrad(model, ws, xss, ys, { overrides: [{ gate, value: 1 }] });
    const p = ws.grads.dp as Record<string, { data: Float64Array } | Float64Array>;
    for (const name of [`W_i${gate}`, `W_h${gate}`, `b_i${gate}`, `b_h${gate}`]) {
      const v = p[name];
      const values = v instanceof Float64Array ? v : v.data;
      expect(
        values.every((x) => x === 0),
        name,
      ).toBe(true);
    }
    expect(ws.grads.dtheta.some((x) => x !== 0)).toBe(true);
  });
});

describe('minibatch input checks', () => {
  const model = makeModel('lstm', 1);
  const ws = allocBatch(model, 2, 4);
  const seq = (T: number) => Array.from({ length: T }, () => new Float64Array(D));

  it('refuses a sequence longer than the workspace, too many sequences, or a bad input', () => {
    expect(() => accumulateBatchLossGrad(model, ws, [seq(5)], [1])).toThrow(
      /sequence 0 has 5 steps; the workspace holds 1 to 4/,
    );
    expect(() => accumulateBatchLossGrad(model, ws, [seq(2), seq(2), seq(2)], [1, 0, 1])).toThrow(
      /holds 1 to 2 sequences, got 3/,
    );
    const bad = seq(3);
    bad[2] = Float64Array.of(0, NaN, 0);
    expect(() => accumulateBatchLossGrad(model, ws, [seq(1), bad], [1, 0])).toThrow(
      /sequence 1, x\[2\]\[1\]: expected a finite number/,
    );
    expect(() => accumulateBatchLossGrad(model, ws, [seq(1)], [1, 0])).toThrow(/as many labels/);
  });

  it('names the sequence whose numbers overflowed', () => {
    const huge = makeModel('lstm', 1);
    huge.cell.theta.fill(1e308);
    const big = allocBatch(huge, 2, 3);
    const xs = [seq(2), [Float64Array.of(1, 1, 1)]];
    expect(() => accumulateBatchLossGrad(huge, big, xs, [1, 0])).toThrow(
      /pre-activation i\[0\]\[0\] \(sequence 0 of the batch\) is Infinity/,
    );
  });
});
