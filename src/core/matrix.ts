/**
 * Float64 matrices and the kernels that hold the core's only index arithmetic: here the forward
 * products, in matrix-grads.ts the products of backprop.
 *
 * A matrix is row-major: element (r, c) of an R×C matrix sits at data[r·C + c]. Kernels write into
 * an `out` argument, read their other inputs, and allocate nothing: they run inside the time loop.
 * They work four rows (or columns) at a time with the partial sums in locals — register blocking,
 * which roughly halves the time of these loops in V8 — then finish the remainder one by one.
 *
 * A minibatch puts B sequences side by side: where one sequence has a vector of length H, the
 * batch has B blocks of H back to back (block b is sequence b). The kernels take the number of
 * blocks from their buffers' lengths, so one cell step serves one sequence and a whole batch, and
 * every block's sums run in the same order as for its sequence alone.
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

/**
 * out_b[r] += Σ_c W[r, c]·v_b[c] for every row r of every block b: out holds n blocks of R values
 * back to back, v n blocks of C (n = out.length / R; one block for one sequence). Each group of
 * four weight rows is read once for all n blocks.
 */
function matVecAcc(out: Float64Array, W: Matrix, v: Float64Array): void {
  const { rows: R, cols: C, data: w } = W;
  const n = out.length / R;
  let r = 0;
  for (; r + 3 < R; r += 4) {
    const o0 = r * C;
    const o1 = o0 + C;
    const o2 = o1 + C;
    const o3 = o2 + C;
    for (let b = 0; b < n; b++) {
      const ob = b * R + r;
      const vb = b * C;
      let s0 = out[ob];
      let s1 = out[ob + 1];
      let s2 = out[ob + 2];
      let s3 = out[ob + 3];
      for (let c = 0; c < C; c++) {
        const vc = v[vb + c];
        s0 += w[o0 + c] * vc;
        s1 += w[o1 + c] * vc;
        s2 += w[o2 + c] * vc;
        s3 += w[o3 + c] * vc;
      }
      out[ob] = s0;
      out[ob + 1] = s1;
      out[ob + 2] = s2;
      out[ob + 3] = s3;
    }
  }
  for (; r < R; r++) {
    const o = r * C;
    for (let b = 0; b < n; b++) {
      const vb = b * C;
      let s = out[b * R + r];
      for (let c = 0; c < C; c++) s += w[o + c] * v[vb + c];
      out[b * R + r] = s;
    }
  }
}

/**
 * out = W1·x + b1 + W2·h + b2 — the pre-activation of one gate from the input and the state. For a
 * minibatch, x, h and out hold n blocks side by side (block b is sequence b; n = out.length / R),
 * and each block gets its own product with the same weights: four weight rows at a time for two
 * sequences at a time, eight sums in locals, each weight read once for both.
 */
export function affine2(
  out: Float64Array,
  W1: Matrix,
  x: Float64Array,
  b1: Float64Array,
  W2: Matrix,
  h: Float64Array,
  b2: Float64Array,
): void {
  const { rows: R, cols: C1, data: w1 } = W1;
  const { cols: C2, data: w2 } = W2;
  const n = out.length / R;
  let r = 0;
  for (; r + 3 < R; r += 4) {
    // the biases, the start of every sum of these rows
    const c0 = b1[r] + b2[r];
    const c1 = b1[r + 1] + b2[r + 1];
    const c2 = b1[r + 2] + b2[r + 2];
    const c3 = b1[r + 3] + b2[r + 3];
    const i0 = r * C1;
    const h0 = r * C2;
    let b = 0;
    for (; b + 1 < n; b += 2) {
      let s0 = c0, s1 = c1, s2 = c2, s3 = c3; // prettier-ignore
      let u0 = c0, u1 = c1, u2 = c2, u3 = c3; // prettier-ignore
      const xa = b * C1;
      const xb = xa + C1;
      for (let c = 0; c < C1; c++) {
        const va = x[xa + c];
        const vb = x[xb + c];
        const wa = w1[i0 + c];
        const wb = w1[i0 + C1 + c];
        const wc = w1[i0 + 2 * C1 + c];
        const wd = w1[i0 + 3 * C1 + c];
        s0 += wa * va;
        s1 += wb * va;
        s2 += wc * va;
        s3 += wd * va;
        u0 += wa * vb;
        u1 += wb * vb;
        u2 += wc * vb;
        u3 += wd * vb;
      }
      const ha = b * C2;
      const hb = ha + C2;
      for (let c = 0; c < C2; c++) {
        const va = h[ha + c];
        const vb = h[hb + c];
        const wa = w2[h0 + c];
        const wb = w2[h0 + C2 + c];
        const wc = w2[h0 + 2 * C2 + c];
        const wd = w2[h0 + 3 * C2 + c];
        s0 += wa * va;
        s1 += wb * va;
        s2 += wc * va;
        s3 += wd * va;
        u0 += wa * vb;
        u1 += wb * vb;
        u2 += wc * vb;
        u3 += wd * vb;
      }
      const oa = b * R + r;
      const ob = oa + R;
      out[oa] = s0;
      out[oa + 1] = s1;
      out[oa + 2] = s2;
      out[oa + 3] = s3;
      out[ob] = u0;
      out[ob + 1] = u1;
      out[ob + 2] = u2;
      out[ob + 3] = u3;
    }
    for (; b < n; b++) {
      let s0 = c0, s1 = c1, s2 = c2, s3 = c3; // prettier-ignore
      const xb = b * C1;
      for (let c = 0; c < C1; c++) {
        const v = x[xb + c];
        s0 += w1[i0 + c] * v;
        s1 += w1[i0 + C1 + c] * v;
        s2 += w1[i0 + 2 * C1 + c] * v;
        s3 += w1[i0 + 3 * C1 + c] * v;
      }
      const hb = b * C2;
      for (let c = 0; c < C2; c++) {
        const v = h[hb + c];
        s0 += w2[h0 + c] * v;
        s1 += w2[h0 + C2 + c] * v;
        s2 += w2[h0 + 2 * C2 + c] * v;
        s3 += w2[h0 + 3 * C2 + c] * v;
      }
      const ob = b * R + r;
      out[ob] = s0;
      out[ob + 1] = s1;
      out[ob + 2] = s2;
      out[ob + 3] = s3;
    }
  }
  for (; r < R; r++) {
    for (let b = 0; b < n; b++) {
      let s = b1[r] + b2[r];
      for (let c = 0; c < C1; c++) s += w1[r * C1 + c] * x[b * C1 + c];
      for (let c = 0; c < C2; c++) s += w2[r * C2 + c] * h[b * C2 + c];
      out[b * R + r] = s;
    }
  }
}

/** out = W·x + b (for a minibatch, per block as in affine2). */
export function affine(out: Float64Array, W: Matrix, x: Float64Array, b: Float64Array): void {
  for (let o = 0; o < out.length; o += b.length) out.set(b, o);
  matVecAcc(out, W, x);
}

/** Dot product ⟨a, b⟩ over the first a.length entries (of b from b[o] on: a minibatch's block). */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>, o = 0): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[o + k];
  return s;
}
