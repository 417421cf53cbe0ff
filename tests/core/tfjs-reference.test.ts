/**
 * The independent-engine check: the core's forward states and BPTT gradients against TF.js, for
 * all three kinds, over random shapes and seeds, with and without random gate overrides, from
 * non-zero h0 (and c0). The loss is L = Σ_t ⟨dhs[t], h_t⟩ with random dhs, whose gradients are
 * exactly what runBackward returns.
 *
 * TF.js runs cells built from its ops in PyTorch's conventions (tests/reference/tfjs-cells.ts),
 * differentiated by its own autodiff (tf.grads): its GRU layer applies the reset gate before the
 * recurrent product (Keras's convention, not PyTorch's) and its layers default to hard sigmoid, so
 * tf.layers would not compute the same function.
 *
 * TF.js computes in float32. Each case is rounded to float32 first, so both engines solve the same
 * problem and what differs is float32 arithmetic: states must agree within 1e-5, and each gradient
 * g within 2e-5·max(1, max|g|) + 1e-4·|g|, with max|g| taken over its tensor.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CELL_KINDS,
  FORCEABLE,
  cellToStateDict,
  createRng,
  runBackward,
  runForward,
  type CellKind,
  type GateOverride,
  type Rng,
} from '../../src/core';
import { tfForcing, tfForward, type TfParams } from '../reference/tfjs-cells';
import { randomCase, type Case } from './helpers';

const STATE_TOL = 1e-5;
const GRAD_ABS = 2e-5;
const GRAD_REL = 1e-4;

interface Spec {
  D: number;
  H: number;
  T: number;
  seed: number;
  forced: boolean;
}

/**
 * Random gate overrides: every forceable gate once, then up to two more on random gates (which may
 * overlap earlier ones: the later wins); some units or all, some step ranges (open, or past T).
 */
function randomOverrides(rng: Rng, kind: CellKind, H: number, T: number): GateOverride[] {
  const gates = FORCEABLE[kind];
  return Array.from({ length: gates.length + rng.int(3) }, (_, k) => {
    const o: GateOverride = {
      gate: gates[k] ?? gates[rng.int(gates.length)],
      // shut or open a third of the time; otherwise in between, where σ' = s(1 − s) does not
      // vanish, so a gradient leaking through a forced unit would show
      value: rng.int(3) === 0 ? rng.int(2) : Math.fround(rng.next()),
    };
    if (rng.next() < 0.6) {
      o.units = [...Array(H).keys()].filter(() => rng.next() < 0.5);
      if (o.units.length === 0) o.units = [rng.int(H)];
    }
    if (rng.next() < 0.6) o.from = rng.int(T);
    if (rng.next() < 0.6) o.to = (o.from ?? 0) + rng.int(T);
    return o;
  });
}

/** Per kind: the smallest and largest shapes, then random ones; gated kinds again under overrides. */
function specsOf(kind: CellKind): Spec[] {
  const rng = createRng(CELL_KINDS.indexOf(kind) + 1);
  const random = (n: number, forced: boolean): Spec[] =>
    Array.from({ length: n }, () => ({
      D: 1 + rng.int(8),
      H: 1 + rng.int(12),
      T: 1 + rng.int(20),
      seed: rng.int(1e9),
      forced,
    }));
  const specs = [
    { D: 1, H: 1, T: 1, seed: 11, forced: false },
    { D: 8, H: 12, T: 20, seed: 12, forced: false },
    ...random(8, false),
  ];
  if (FORCEABLE[kind].length === 0) return specs;
  return [...specs, { D: 8, H: 12, T: 20, seed: 13, forced: true }, ...random(8, true)];
}

const roundToF32 = (a: Float64Array) => a.set(Float32Array.from(a));

/** randomCase rounded to float32 (so TF.js sees exactly the same numbers), with overrides. */
function caseOf(kind: CellKind, s: Spec): Case {
  const c = randomCase(kind, s.D, s.H, s.T, s.seed);
  for (const a of [c.cell.theta, ...c.xs, c.h0, ...c.dhs]) roundToF32(a);
  if (c.c0) roundToF32(c.c0);
  if (s.forced) c.overrides = randomOverrides(createRng(s.seed + 1), kind, s.H, s.T);
  return c;
}

/** What TF.js computes for the case: states [T][H], and gradients of L as plain arrays. */
interface TfResult {
  hs: number[][];
  cs: number[][];
  dW_ih: number[][];
  dW_hh: number[][];
  db_ih: number[];
  db_hh: number[];
  dxs: number[][];
  dh0: number[];
  dc0: number[];
}

function runTf(kind: CellKind, c: Case): TfResult {
  return tf.tidy(() => {
    const { D, H } = c.cell;
    const T = c.xs.length;
    const sd = cellToStateDict(c.cell);
    const rows = (vs: Float64Array[], n: number) =>
      tf.tensor2d(
        vs.map((v) => Array.from(v)),
        [vs.length, n],
      );
    const inputs = [
      tf.tensor2d(sd.weight_ih_l0),
      tf.tensor2d(sd.weight_hh_l0),
      tf.tensor2d([sd.bias_ih_l0]),
      tf.tensor2d([sd.bias_hh_l0]),
      rows(c.xs, D),
      rows([c.h0], H),
      // c0 enters only the LSTM (tf.grads refuses an input the loss does not depend on)
      ...(c.c0 ? [rows([c.c0], H)] : []),
    ];
    const dhs = rows(c.dhs, H);
    const forcing = tfForcing(tf, c.overrides, T, H);
    const forward = (args: tf.Tensor2D[]) => {
      const [weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0, xs, h0, c0] = args;
      const p: TfParams = { weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0 };
      return tfForward(tf, kind, p, xs, h0, c0 ?? null, forcing);
    };
    // L = Σ_t ⟨dhs[t], h_t⟩
    const loss = (...args: tf.Tensor[]) =>
      tf.sum(tf.mul(tf.concat(forward(args as tf.Tensor2D[]).hs, 0), dhs));
    const g = tf
      .grads(loss)(inputs)
      .map((t) => t.arraySync() as number[][]);
    const states = forward(inputs);
    return {
      hs: tf.concat(states.hs, 0).arraySync(),
      cs: states.cs.length ? tf.concat(states.cs, 0).arraySync() : [],
      dW_ih: g[0],
      dW_hh: g[1],
      db_ih: g[2][0],
      db_hh: g[3][0],
      dxs: g[4],
      dh0: g[5][0],
      dc0: g[6]?.[0] ?? [],
    };
  });
}

const flat = (a: ArrayLike<number>[] | ArrayLike<number>): number[] =>
  Array.from(a as ArrayLike<number | ArrayLike<number>>).flatMap((v) =>
    typeof v === 'number' ? [v] : Array.from(v),
  );

/** The index of the largest score, a NaN counting as largest (so a NaN can never pass). */
function worstIndex(scores: number[]): number {
  const s = scores.map((x) => (Number.isNaN(x) ? Infinity : x));
  return s.indexOf(Math.max(...s));
}

/** Fails naming the worst entry unless |core − tf| ≤ 1e-5 everywhere. */
function expectStatesClose(what: string, core: Float64Array[], ref: number[][]): void {
  const a = flat(core);
  const b = flat(ref);
  expect(a.length, what).toBe(b.length);
  const k = worstIndex(a.map((v, n) => Math.abs(v - b[n])));
  expect(Math.abs(a[k] - b[k]), `${what}[${k}]: core ${a[k]}, tf ${b[k]}`).toBeLessThanOrEqual(
    STATE_TOL,
  );
}

/**
 * Fails naming the worst entry unless |g_core − g_tf| ≤ 2e-5·max(1, max|g|) + 1e-4·|g| everywhere;
 * max|g| and |g| are TF.js's, so the tolerance does not depend on the side under test.
 */
function expectGradClose(
  what: string,
  core: ArrayLike<number>[] | ArrayLike<number>,
  ref: number[][] | number[],
): void {
  const a = flat(core);
  const b = flat(ref);
  expect(a.length, what).toBe(b.length);
  const scale = Math.max(1, ...b.map(Math.abs));
  const tol = (g: number) => GRAD_ABS * scale + GRAD_REL * Math.abs(g);
  const k = worstIndex(b.map((g, n) => Math.abs(a[n] - g) / tol(g)));
  expect(
    Math.abs(a[k] - b[k]),
    `${what}[${k}]: core ${a[k]}, tf ${b[k]} (max|g| ${scale})`,
  ).toBeLessThanOrEqual(tol(b[k]));
}

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

describe.each(CELL_KINDS)('%s against TF.js autodiff', (kind) => {
  it.each(specsOf(kind))('D=$D H=$H T=$T seed=$seed overrides=$forced', (spec) => {
    const c = caseOf(kind, spec);
    const tensorsBefore = tf.memory().numTensors;
    const ref = runTf(kind, c);
    expect(tf.memory().numTensors, 'TF.js tensors leaked').toBe(tensorsBefore);

    const trace = runForward(c.cell, c.xs, { h0: c.h0, c0: c.c0, overrides: c.overrides });
    const g = runBackward(c.cell, trace, c.dhs);

    expectStatesClose('h', trace.hs, ref.hs);
    if (trace.states.c) expectStatesClose('c', trace.states.c.at, ref.cs);
    expectGradClose('weight_ih_l0', g.params.weight_ih_l0, ref.dW_ih);
    expectGradClose('weight_hh_l0', g.params.weight_hh_l0, ref.dW_hh);
    expectGradClose('bias_ih_l0', g.params.bias_ih_l0, ref.db_ih);
    expectGradClose('bias_hh_l0', g.params.bias_hh_l0, ref.db_hh);
    expectGradClose('x', g.dxs, ref.dxs);
    expectGradClose('h0', g.dh0, ref.dh0);
    if ('dc0' in g) expectGradClose('c0', g.dc0, ref.dc0);
  });
});
