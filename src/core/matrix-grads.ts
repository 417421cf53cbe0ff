/**
 * The kernels of backprop through a product y = W·v + b: into v (matTVecAcc, at every step) and
 * into W and b (outerSumAcc, summed over every step after the sweep). Conventions as in matrix.ts:
 * row-major matrices, an `out` argument, no allocation, a minibatch's B sequences side by side.
 */
import type { Matrix } from './matrix';

/**
 * out += Wᵀ·y — backprop through W·v into v. For a minibatch, out holds n blocks of C values and y
 * n blocks of R (n = y.length / R), each block its own product: four weight columns at a time for
 * two sequences at a time, eight sums in locals, each weight read once for both.
 */
export function matTVecAcc(out: Float64Array, W: Matrix, y: Float64Array): void {
  const { rows: R, cols: C, data: w } = W;
  const n = y.length / R;
  let c = 0;
  for (; c + 3 < C; c += 4) {
    let b = 0;
    for (; b + 1 < n; b += 2) {
      const oa = b * C + c; // sequence b's four sums; sequence b + 1's at ob
      const ob = oa + C;
      const ya = b * R;
      const yb = ya + R;
      let s0 = out[oa], s1 = out[oa + 1], s2 = out[oa + 2], s3 = out[oa + 3]; // prettier-ignore
      let u0 = out[ob], u1 = out[ob + 1], u2 = out[ob + 2], u3 = out[ob + 3]; // prettier-ignore
      for (let r = 0, o = c; r < R; r++, o += C) {
        const p = y[ya + r];
        const q = y[yb + r];
        const w0 = w[o];
        const w1 = w[o + 1];
        const w2 = w[o + 2];
        const w3 = w[o + 3];
        s0 += w0 * p;
        s1 += w1 * p;
        s2 += w2 * p;
        s3 += w3 * p;
        u0 += w0 * q;
        u1 += w1 * q;
        u2 += w2 * q;
        u3 += w3 * q;
      }
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
      const ob = b * C + c;
      const yb = b * R;
      let s0 = out[ob], s1 = out[ob + 1], s2 = out[ob + 2], s3 = out[ob + 3]; // prettier-ignore
      for (let r = 0, o = c; r < R; r++, o += C) {
        const yr = y[yb + r];
        s0 += w[o] * yr;
        s1 += w[o + 1] * yr;
        s2 += w[o + 2] * yr;
        s3 += w[o + 3] * yr;
      }
      out[ob] = s0;
      out[ob + 1] = s1;
      out[ob + 2] = s2;
      out[ob + 3] = s3;
    }
  }
  for (; c < C; c++) {
    for (let b = 0; b < n; b++) {
      const yb = b * R;
      let s = out[b * C + c];
      for (let r = 0; r < R; r++) s += w[r * C + c] * y[yb + r];
      out[b * C + c] = s;
    }
  }
}

/**
 * dW += Σ_t dy_t·v_tᵀ and, unless db is null, db += Σ_t dy_t — the gradient of y_t = W·v_t + b
 * summed over T steps at once. dys holds T vectors of length R back to back, vs T of length C.
 * Each entry of dW stays in a local while t runs, so dW is written once, not once per step.
 *
 * A minibatch holds B sequences side by side: step t's vectors are B blocks (row t·B + b is
 * sequence b). The sum runs sequence by sequence, each over its steps, so it adds the terms in the
 * order that B single-sequence calls, one after another, would (a padded step past a sequence's
 * end has dy = 0 and adds nothing).
 */
export function outerSumAcc(
  dW: Matrix,
  db: Float64Array | null,
  dys: Float64Array,
  vs: Float64Array,
  T: number,
  B = 1,
): void {
  // one sequence at a time: its steps stay in cache while every entry of dW takes its share
  for (let b = 0; b < B; b++) sequenceSum(dW, db, dys, vs, T, B, b);
}

/** outerSumAcc's terms of sequence b: its T steps' rows t·B + b. */
function sequenceSum(
  dW: Matrix,
  db: Float64Array | null,
  dys: Float64Array,
  vs: Float64Array,
  T: number,
  B: number,
  b: number,
): void {
  const { rows: R, cols: C, data: dw } = dW;
  const stepR = B * R; // from step t to t + 1 in dys
  const stepC = B * C; // … and in vs
  let r = 0;
  // two rows by four columns at a time: eight sums in locals, six loads for eight products
  for (; r + 1 < R; r += 2) {
    const o = r * C; // row r of dW; row r + 1 at p
    const p = o + C;
    let c = 0;
    for (; c + 3 < C; c += 4) {
      let s0 = dw[o + c];
      let s1 = dw[o + c + 1];
      let s2 = dw[o + c + 2];
      let s3 = dw[o + c + 3];
      let u0 = dw[p + c];
      let u1 = dw[p + c + 1];
      let u2 = dw[p + c + 2];
      let u3 = dw[p + c + 3];
      for (let t = 0, g = b * R + r, v = b * C + c; t < T; t++, g += stepR, v += stepC) {
        const ga = dys[g];
        const gb = dys[g + 1];
        const v0 = vs[v];
        const v1 = vs[v + 1];
        const v2 = vs[v + 2];
        const v3 = vs[v + 3];
        s0 += ga * v0;
        s1 += ga * v1;
        s2 += ga * v2;
        s3 += ga * v3;
        u0 += gb * v0;
        u1 += gb * v1;
        u2 += gb * v2;
        u3 += gb * v3;
      }
      dw[o + c] = s0;
      dw[o + c + 1] = s1;
      dw[o + c + 2] = s2;
      dw[o + c + 3] = s3;
      dw[p + c] = u0;
      dw[p + c + 1] = u1;
      dw[p + c + 2] = u2;
      dw[p + c + 3] = u3;
    }
    // two columns left (D = 6, the scanner's input size, leaves two after four)
    for (; c + 1 < C; c += 2) {
      let s0 = dw[o + c];
      let s1 = dw[o + c + 1];
      let u0 = dw[p + c];
      let u1 = dw[p + c + 1];
      for (let t = 0, g = b * R + r, v = b * C + c; t < T; t++, g += stepR, v += stepC) {
        const ga = dys[g];
        const gb = dys[g + 1];
        const v0 = vs[v];
        const v1 = vs[v + 1];
        s0 += ga * v0;
        s1 += ga * v1;
        u0 += gb * v0;
        u1 += gb * v1;
      }
      dw[o + c] = s0;
      dw[o + c + 1] = s1;
      dw[p + c] = u0;
      dw[p + c + 1] = u1;
    }
    for (; c < C; c++) {
      entrySum(dw, o + c, dys, vs, T, stepR, b * R + r, stepC, b * C + c);
      entrySum(dw, p + c, dys, vs, T, stepR, b * R + r + 1, stepC, b * C + c);
    }
  }
  for (; r < R; r++) {
    for (let c = 0; c < C; c++) entrySum(dw, r * C + c, dys, vs, T, stepR, b * R + r, stepC, b * C + c); // prettier-ignore
  }
  if (db !== null) {
    for (let r = 0; r < R; r++) {
      let s = db[r];
      for (let t = 0, g = b * R + r; t < T; t++, g += stepR) s += dys[g];
      db[r] = s;
    }
  }
}

/** dw[k] += Σ_t dys[g + t·stepG]·vs[v + t·stepV]: one entry (the rows and columns left over). */
function entrySum(
  dw: Float64Array,
  k: number,
  dys: Float64Array,
  vs: Float64Array,
  T: number,
  stepG: number,
  g: number,
  stepV: number,
  v: number,
): void {
  let s = dw[k];
  for (let t = 0; t < T; t++, g += stepG, v += stepV) s += dys[g] * vs[v];
  dw[k] = s;
}
