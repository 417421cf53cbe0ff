/** Per-time storage: vectors of one length, back to back in one buffer, handed out as views. */

/** A run of per-step vectors: `flat` holds them back to back, `at[t]` views step t. */
export interface Series {
  readonly flat: Float64Array;
  readonly at: Float64Array[];
}

/**
 * T zeroed vectors of length n. With `initial`, one more vector comes first in the buffer (h0 or
 * c0), so flat.subarray(0, T·n) is the run of previous states h_{t−1} for t = 0 … T−1.
 */
export function series(T: number, n: number, initial = false): Series {
  const lead = initial ? 1 : 0;
  const flat = new Float64Array((T + lead) * n);
  const at = Array.from({ length: T }, (_, t) => flat.subarray((t + lead) * n, (t + lead + 1) * n));
  return { flat, at };
}

/** The state step t reads: the initial state at t = 0, step t−1's after (a view, no copy). */
export const before = (at: readonly Float64Array[], initial: Float64Array, t: number) =>
  t === 0 ? initial : at[t - 1];

/** One Series of T vectors of length n per name (per-gate gradients, …). */
export function seriesOf<N extends string>(
  names: readonly N[],
  T: number,
  n: number,
): Record<N, Series> {
  return Object.fromEntries(names.map((name) => [name, series(T, n)])) as Record<N, Series>;
}

/** One run of T per-step vectors of length n per name (per-gate activations, …). */
export function stepsOf<N extends string>(
  names: readonly N[],
  T: number,
  n: number,
): Record<N, Float64Array[]> {
  return Object.fromEntries(names.map((name) => [name, series(T, n).at])) as Record<
    N,
    Float64Array[]
  >;
}

/** True when every entry is finite: x·0 is 0 for finite x and NaN for NaN or ±Infinity. */
function allFinite(a: ArrayLike<number>): boolean {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * 0;
  return s === 0;
}

/** True when v is a list or typed array of `n` finite numbers (checkVector says what is wrong). */
export function isVectorOf(v: unknown, n: number): v is ArrayLike<number> {
  const typed = ArrayBuffer.isView(v) && !(v instanceof DataView);
  if (!typed && !Array.isArray(v)) return false;
  const a = v as ArrayLike<unknown>;
  if (a.length !== n) return false;
  if (typed) return allFinite(a as ArrayLike<number>);
  for (let k = 0; k < n; k++) if (!Number.isFinite(a[k])) return false;
  return true;
}

/** Throws unless v is a list/typed array of `n` finite numbers; names it `what` in the message. */
export function checkVector(v: unknown, n: number, what: string): asserts v is ArrayLike<number> {
  const typed = ArrayBuffer.isView(v) && !(v instanceof DataView);
  if (!Array.isArray(v) && !typed) throw new Error(`${what}: expected an array of ${n} numbers`);
  const a = v as ArrayLike<unknown>;
  if (a.length !== n) throw new Error(`${what}: expected length ${n}, got ${a.length}`);
  // typed arrays hold numbers: one cheap pass suffices unless it finds a bad one
  if (typed && allFinite(a as ArrayLike<number>)) return;
  for (let k = 0; k < n; k++) {
    const x = a[k];
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      throw new Error(`${what}[${k}]: expected a finite number, got ${String(x)}`);
    }
  }
}

/** Where a minibatch's value k of a step sits: unit j of sequence b (B blocks of n). */
const inBatch = (k: number, n: number, B: number) =>
  B === 1 ? `[${k % n}]` : `[${k % n}] (sequence ${Math.floor(k / n)} of the batch)`;

function overflowed(what: string, value: number): never {
  throw new Error(
    `${what} is ${value}: the computation overflowed float64 (weights or inputs too large)`,
  );
}

/**
 * Throws if any value is NaN or ±Infinity, naming the first one as what[t][j] (n per step; with B,
 * a minibatch's B blocks of n per step, and the sequence is named too).
 */
export function assertFinite(flat: Float64Array, n: number, what: string, B = 1): void {
  if (allFinite(flat)) return;
  const k = flat.findIndex((x) => !Number.isFinite(x));
  const at = n > 0 ? `[${Math.floor(k / (n * B))}]${inBatch(k % (n * B), n, B)}` : `[${k}]`;
  overflowed(`${what}${at}`, flat[k]);
}

/**
 * Throws if any of the first T steps' vectors holds NaN or ±Infinity, naming the first one as
 * what[t][j] (with B, a minibatch's B blocks per step, and the sequence is named too).
 */
export function assertFiniteSteps(
  at: readonly Float64Array[],
  what: string,
  T = at.length,
  B = 1,
): void {
  for (let t = 0; t < T; t++) {
    const v = at[t];
    if (allFinite(v)) continue;
    const k = v.findIndex((x) => !Number.isFinite(x));
    overflowed(`${what}[${t}]${inBatch(k, v.length / B, B)}`, v[k]);
  }
}
