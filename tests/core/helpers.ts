/** Shared test helpers: random cases and the scalar loss L = Σ_t ⟨dhs[t], h_t⟩. */
import {
  createRng,
  initCell,
  runForward,
  type Cell,
  type CellKind,
  type GateOverride,
  type Rng,
  cellSpec,
} from '../../src/core';

export interface Case {
  cell: Cell;
  xs: Float64Array[];
  h0: Float64Array;
  c0?: Float64Array;
  dhs: Float64Array[];
  overrides: GateOverride[];
}

const randVec = (rng: Rng, n: number, scale = 1) =>
  Float64Array.from({ length: n }, () => scale * rng.normal());

/** A random cell (weights scaled up so gates saturate some), sequence, initial state and dhs. */
export function randomCase(kind: CellKind, D: number, H: number, T: number, seed: number): Case {
  const rng = createRng(seed);
  const cell = initCell(kind, D, H, rng);
  for (let n = 0; n < cell.theta.length; n++) cell.theta[n] *= 2;
  return {
    cell,
    xs: Array.from({ length: T }, () => randVec(rng, D)),
    h0: randVec(rng, H, 0.5),
    c0: cellSpec(kind).states.includes('c') ? randVec(rng, H, 0.5) : undefined,
    dhs: Array.from({ length: T }, () => randVec(rng, H)),
    overrides: [],
  };
}

/** L = Σ_t ⟨dhs[t], h_t⟩ for the case as it stands (forward only). */
export function lossOf(c: Case): number {
  const trace = runForward(c.cell, c.xs, { h0: c.h0, c0: c.c0, overrides: c.overrides });
  let L = 0;
  trace.hs.forEach((h, t) => h.forEach((v, j) => (L += v * c.dhs[t][j])));
  return L;
}

/**
 * ∂L/∂arr[k] by the five-point central difference [8(L(+h) − L(−h)) − (L(+2h) − L(−2h))] / 12h,
 * whose error is O(h⁴): far below the 1e-6 tolerance, where the two-point O(h²) formula is not
 * always. Perturbs arr in place and restores it.
 */
export function numericGrad(c: Case, arr: Float64Array, k: number, h = 1e-4): number {
  const keep = arr[k];
  const at = (d: number) => {
    arr[k] = keep + d;
    return lossOf(c);
  };
  const g = (8 * (at(h) - at(-h)) - (at(2 * h) - at(-2 * h))) / (12 * h);
  arr[k] = keep;
  return g;
}

/**
 * Largest relative error between analytic and numeric gradients, |a − n| / max(|a|, |n|), where
 * entries whose magnitudes are both below `floor` count by absolute error / floor instead (a
 * relative error of two values that are zero up to rounding means nothing).
 */
export function maxRelError(
  analytic: ArrayLike<number>,
  numeric: ArrayLike<number>,
  floor = 1e-7,
): number {
  let worst = 0;
  for (let k = 0; k < analytic.length; k++) {
    const a = analytic[k];
    const n = numeric[k];
    worst = Math.max(worst, Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), floor));
  }
  return worst;
}

/**
 * Error of b against a, normwise: max_k |a_k − b_k| / max_k |a_k| (|a − b| / |a| for one number).
 * Normwise, because an entry that is a small difference of large terms carries rounding error
 * of the size of its terms, not of itself: summing in another order (as a change to the core
 * may) moves it by far more than 1e-12 of itself, yet the array by ~1e-16 of its largest entry.
 */
export function relError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let scale = 0;
  let worst = 0;
  for (let k = 0; k < a.length; k++) {
    scale = Math.max(scale, Math.abs(a[k]));
    const err = Math.abs(a[k] - b[k]);
    worst = Number.isNaN(err) ? Infinity : Math.max(worst, err);
  }
  return worst === 0 ? 0 : worst / scale;
}
