/**
 * Element-wise activations. Derivatives are taken from the outputs (σ' = s(1−s), tanh' = 1−t²),
 * so backward never recomputes an exponential.
 */

/** The logistic sigmoid σ(a) = 1 / (1 + e^(−a)), written so neither branch overflows. */
export function sigmoid(a: number): number {
  if (a >= 0) return 1 / (1 + Math.exp(-a));
  const e = Math.exp(a);
  return e / (1 + e);
}

/** out[k] = σ(a[k]). */
export function sigmoidInto(out: Float64Array, a: Float64Array): void {
  for (let k = 0; k < out.length; k++) out[k] = sigmoid(a[k]);
}

/** out[k] = tanh(a[k]). */
export function tanhInto(out: Float64Array, a: Float64Array): void {
  for (let k = 0; k < out.length; k++) out[k] = Math.tanh(a[k]);
}

/** da[k] = dy[k] · y[k](1 − y[k]) — backprop through y = σ(a), from the output y. */
export function sigmoidBackward(da: Float64Array, dy: Float64Array, y: Float64Array): void {
  for (let k = 0; k < da.length; k++) da[k] = dy[k] * y[k] * (1 - y[k]);
}

/** da[k] = dy[k] · (1 − y[k]²) — backprop through y = tanh(a), from the output y. */
export function tanhBackward(da: Float64Array, dy: Float64Array, y: Float64Array): void {
  for (let k = 0; k < da.length; k++) da[k] = dy[k] * (1 - y[k] * y[k]);
}
