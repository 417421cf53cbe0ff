/** Per-time storage: T vectors of length H in one buffer, handed out as views. */

/** T zeroed views of length n over one contiguous Float64Array(T·n). */
export function series(T: number, n: number): Float64Array[] {
  const buf = new Float64Array(T * n);
  return Array.from({ length: T }, (_, t) => buf.subarray(t * n, (t + 1) * n));
}

/** Throws unless v is a list/typed array of `n` finite numbers; names it `what` in the message. */
export function checkVector(v: unknown, n: number, what: string): asserts v is ArrayLike<number> {
  if (!Array.isArray(v) && !ArrayBuffer.isView(v)) {
    throw new Error(`${what}: expected an array of ${n} numbers`);
  }
  const a = v as ArrayLike<unknown>;
  if (a.length !== n) throw new Error(`${what}: expected length ${n}, got ${a.length}`);
  for (let k = 0; k < n; k++) {
    const x = a[k];
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      throw new Error(`${what}[${k}]: expected a finite number, got ${String(x)}`);
    }
  }
}

/** Throws if any value of the per-step vectors is NaN or ±Infinity, naming the first one. */
export function assertFinite(vs: readonly Float64Array[], what: string): void {
  for (let t = 0; t < vs.length; t++) {
    const v = vs[t];
    for (let j = 0; j < v.length; j++) {
      if (!Number.isFinite(v[j])) {
        throw new Error(
          `${what}[${t}][${j}] is ${v[j]}: the computation overflowed float64 (weights or inputs too large)`,
        );
      }
    }
  }
}
