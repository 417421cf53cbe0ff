/**
 * Float64 matrices and the kernels that hold the core's only index arithmetic.
 *
 * A matrix is row-major: element (r, c) of an R×C matrix sits at data[r·C + c]. Kernels write into
 * an `out` argument, read their other inputs, and allocate nothing: they run inside the time loop.
 * They work four rows (or columns) at a time with the partial sums in locals — register blocking,
 * which roughly halves the time of these loops in V8 — then finish the remainder one by one.
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

/** out[r] += Σ_c W[r, c]·v[c] for every row r. */
function matVecAcc(out: Float64Array, W: Matrix, v: Float64Array): void {
  const { rows: R, cols: C, data: w } = W;
  let r = 0;
  for (; r + 3 < R; r += 4) {
    let s0 = out[r];
    let s1 = out[r + 1];
    let s2 = out[r + 2];
    let s3 = out[r + 3];
    const o0 = r * C;
    const o1 = o0 + C;
    const o2 = o1 + C;
    const o3 = o2 + C;
    for (let c = 0; c < C; c++) {
      const vc = v[c];
      s0 += w[o0 + c] * vc;
      s1 += w[o1 + c] * vc;
      s2 += w[o2 + c] * vc;
      s3 += w[o3 + c] * vc;
    }
    out[r] = s0;
    out[r + 1] = s1;
    out[r + 2] = s2;
    out[r + 3] = s3;
  }
  for (; r < R; r++) {
    let s = out[r];
    const o = r * C;
    for (let c = 0; c < C; c++) s += w[o + c] * v[c];
    out[r] = s;
  }
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
  const { cols: C1, data: w1 } = W1;
  const { cols: C2, data: w2 } = W2;
  const R = out.length;
  let r = 0;
  // both products in one pass over each block of four rows
  for (; r + 3 < R; r += 4) {
    let s0 = b1[r] + b2[r];
    let s1 = b1[r + 1] + b2[r + 1];
    let s2 = b1[r + 2] + b2[r + 2];
    let s3 = b1[r + 3] + b2[r + 3];
    let o = r * C1;
    for (let c = 0; c < C1; c++) {
      const v = x[c];
      s0 += w1[o + c] * v;
      s1 += w1[o + C1 + c] * v;
      s2 += w1[o + 2 * C1 + c] * v;
      s3 += w1[o + 3 * C1 + c] * v;
    }
    o = r * C2;
    for (let c = 0; c < C2; c++) {
      const v = h[c];
      s0 += w2[o + c] * v;
      s1 += w2[o + C2 + c] * v;
      s2 += w2[o + 2 * C2 + c] * v;
      s3 += w2[o + 3 * C2 + c] * v;
    }
    out[r] = s0;
    out[r + 1] = s1;
    out[r + 2] = s2;
    out[r + 3] = s3;
  }
  for (; r < R; r++) {
    let s = b1[r] + b2[r];
    for (let c = 0; c < C1; c++) s += w1[r * C1 + c] * x[c];
    for (let c = 0; c < C2; c++) s += w2[r * C2 + c] * h[c];
    out[r] = s;
  }
}

/** out = W·x + b. */
export function affine(out: Float64Array, W: Matrix, x: Float64Array, b: Float64Array): void {
  out.set(b);
  matVecAcc(out, W, x);
}

/** out += Wᵀ·y — backprop through W·v into v. */
export function matTVecAcc(out: Float64Array, W: Matrix, y: Float64Array): void {
  const { rows: R, cols: C, data: w } = W;
  let c = 0;
  for (; c + 3 < C; c += 4) {
    let s0 = out[c];
    let s1 = out[c + 1];
    let s2 = out[c + 2];
    let s3 = out[c + 3];
    for (let r = 0; r < R; r++) {
      const yr = y[r];
      const o = r * C + c;
      s0 += w[o] * yr;
      s1 += w[o + 1] * yr;
      s2 += w[o + 2] * yr;
      s3 += w[o + 3] * yr;
    }
    out[c] = s0;
    out[c + 1] = s1;
    out[c + 2] = s2;
    out[c + 3] = s3;
  }
  for (; c < C; c++) {
    let s = out[c];
    for (let r = 0; r < R; r++) s += w[r * C + c] * y[r];
    out[c] = s;
  }
}

/**
 * dW += Σ_t dy_t·v_tᵀ and, unless db is null, db += Σ_t dy_t — the gradient of y_t = W·v_t + b
 * summed over all T steps at once. dys holds T vectors of length R back to back, vs T of length C.
 * Each entry of dW stays in a local while t runs, so dW is written once, not once per step.
 */
export function outerSumAcc(
  dW: Matrix,
  db: Float64Array | null,
  dys: Float64Array,
  vs: Float64Array,
  T: number,
): void {
  const { rows: R, cols: C, data: dw } = dW;
  for (let r = 0; r < R; r++) {
    const o = r * C;
    let c = 0;
    for (; c + 3 < C; c += 4) {
      let s0 = dw[o + c];
      let s1 = dw[o + c + 1];
      let s2 = dw[o + c + 2];
      let s3 = dw[o + c + 3];
      for (let t = 0; t < T; t++) {
        const g = dys[t * R + r];
        const v = t * C + c;
        s0 += g * vs[v];
        s1 += g * vs[v + 1];
        s2 += g * vs[v + 2];
        s3 += g * vs[v + 3];
      }
      dw[o + c] = s0;
      dw[o + c + 1] = s1;
      dw[o + c + 2] = s2;
      dw[o + c + 3] = s3;
    }
    for (; c < C; c++) {
      let s = dw[o + c];
      for (let t = 0; t < T; t++) s += dys[t * R + r] * vs[t * C + c];
      dw[o + c] = s;
    }
    if (db !== null) {
      let s = db[r];
      for (let t = 0; t < T; t++) s += dys[t * R + r];
      db[r] = s;
    }
  }
}

/** Dot product ⟨a, b⟩ over the first a.length entries. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
}
