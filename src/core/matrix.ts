/**
 * Float64 matrices and the kernels that hold the core's only index arithmetic.
 *
 * A matrix is row-major: element (r, c) of an R×C matrix sits at data[r·C + c]. Kernels write into
 * an `out` argument, read their other inputs, and allocate nothing: they run inside the time loop.
 */

/** A row-major matrix of float64 values; `data` may be a view into a larger parameter buffer. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** A matrix over `data` (a fresh zero buffer when omitted); throws when the sizes disagree. */
export function matrix(rows: number, cols: number, data?: Float64Array): Matrix {
  const buf = data ?? new Float64Array(rows * cols);
  if (buf.length !== rows * cols) {
    throw new Error(`matrix: ${rows}×${cols} needs ${rows * cols} values, got ${buf.length}`);
  }
  return { rows, cols, data: buf };
}

/** out = W1·x + b1 + W2·h + b2 — the pre-activation of one gate from the input and the state. */
export function affine2(
  out: Float64Array,
  W1: Matrix,
  x: Float64Array,
  b1: Float64Array,
  W2: Matrix,
  h: Float64Array,
  b2: Float64Array,
): void {
  const D = W1.cols;
  const H = W2.cols;
  const w1 = W1.data;
  const w2 = W2.data;
  for (let r = 0; r < out.length; r++) {
    let s = b1[r] + b2[r];
    const o1 = r * D;
    for (let c = 0; c < D; c++) s += w1[o1 + c] * x[c];
    const o2 = r * H;
    for (let c = 0; c < H; c++) s += w2[o2 + c] * h[c];
    out[r] = s;
  }
}

/** out = W·x + b. */
export function affine(out: Float64Array, W: Matrix, x: Float64Array, b: Float64Array): void {
  const C = W.cols;
  const w = W.data;
  for (let r = 0; r < out.length; r++) {
    let s = b[r];
    const o = r * C;
    for (let c = 0; c < C; c++) s += w[o + c] * x[c];
    out[r] = s;
  }
}

/**
 * Backprop through y = W·x + b, given dy: dW += dy·xᵀ, db += dy, and dx += Wᵀ·dy unless dx is
 * null. One pass over the rows of W serves all three.
 */
export function affineBackward(
  dy: Float64Array,
  x: Float64Array,
  W: Matrix,
  dW: Matrix,
  db: Float64Array,
  dx: Float64Array | null,
): void {
  const C = W.cols;
  const w = W.data;
  const dw = dW.data;
  for (let r = 0; r < dy.length; r++) {
    const g = dy[r];
    if (g === 0) continue;
    db[r] += g;
    const o = r * C;
    if (dx === null) {
      for (let c = 0; c < C; c++) dw[o + c] += g * x[c];
    } else {
      for (let c = 0; c < C; c++) {
        dw[o + c] += g * x[c];
        dx[c] += w[o + c] * g;
      }
    }
  }
}

/** Dot product ⟨a, b⟩ over the first a.length entries. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
}
