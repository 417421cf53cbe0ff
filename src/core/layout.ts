/**
 * The one place that maps a cell's flat parameter buffer to and from PyTorch's layout and to named
 * per-gate views. Nothing else in the core slices a fused matrix by offsets.
 *
 * θ holds, in order, PyTorch's weight_ih_l0 [G·H, D], weight_hh_l0 [G·H, H], bias_ih_l0 [G·H] and
 * bias_hh_l0 [G·H], each row-major, with the row blocks in PyTorch's gate order:
 *   rnn  G = 1: the single block (named h, so its views are PyTorch's W_ih, W_hh, b_ih, b_hh)
 *   lstm G = 4: i, f, g, o
 *   gru  G = 3: r, z, n
 * A block's rows are contiguous, so every named view (W_if, b_hz, …) is a subarray of θ, not a copy:
 * an optimiser updating θ updates every view.
 */
import { matrix, type Matrix } from './matrix';

/** Which recurrent cell: these strings go into URLs and files. */
export type CellKind = 'rnn' | 'lstm' | 'gru';

export const CELL_KINDS: readonly CellKind[] = ['rnn', 'lstm', 'gru'];

/** Row blocks of each kind, in PyTorch's order. */
export const BLOCKS = {
  rnn: ['h'],
  lstm: ['i', 'f', 'g', 'o'],
  gru: ['r', 'z', 'n'],
} as const;

export type BlockOf<K extends CellKind> = (typeof BLOCKS)[K][number];

/** Named per-block views: W_i· (input weights), W_h· (recurrent weights), b_i·, b_h· (biases). */
export type BlockParams<B extends string> = {
  readonly [N in B as `W_i${N}` | `W_h${N}`]: Matrix;
} & {
  readonly [N in B as `b_i${N}` | `b_h${N}`]: Float64Array;
};

/** h' = tanh(W_ih·x + b_ih + W_hh·h + b_hh). */
export type RnnParams = BlockParams<'h'>;
/** Gates i, f, g, o, each with input weights, recurrent weights and two biases. */
export type LstmParams = BlockParams<'i' | 'f' | 'g' | 'o'>;
/** Gates r, z and candidate n. */
export type GruParams = BlockParams<'r' | 'z' | 'n'>;

export type ParamsOf<K extends CellKind> = K extends 'lstm'
  ? LstmParams
  : K extends 'gru'
    ? GruParams
    : RnnParams;

/** PyTorch's four tensors as matrices / vectors viewing θ. */
export interface TorchViews {
  readonly weight_ih_l0: Matrix;
  readonly weight_hh_l0: Matrix;
  readonly bias_ih_l0: Float64Array;
  readonly bias_hh_l0: Float64Array;
}

/** G, the number of row blocks of a kind. */
export function blockCount(kind: CellKind): number {
  return BLOCKS[kind].length;
}

/** Length of θ: G·H·(D + H + 2). */
export function paramCount(kind: CellKind, D: number, H: number): number {
  return blockCount(kind) * H * (D + H + 2);
}

/** PyTorch's four tensors as views of θ. */
export function torchViews(kind: CellKind, theta: Float64Array, D: number, H: number): TorchViews {
  const GH = blockCount(kind) * H;
  const ih = GH * D;
  const hh = ih + GH * H;
  const bih = hh + GH;
  return {
    weight_ih_l0: matrix(GH, D, theta.subarray(0, ih)),
    weight_hh_l0: matrix(GH, H, theta.subarray(ih, hh)),
    bias_ih_l0: theta.subarray(hh, bih),
    bias_hh_l0: theta.subarray(bih, bih + GH),
  };
}

/** The named per-block views of θ (W_if, b_hz, …); the rows of block k are rows k·H…(k+1)·H−1. */
export function blockViews<K extends CellKind>(
  kind: K,
  theta: Float64Array,
  D: number,
  H: number,
): ParamsOf<K> {
  const t = torchViews(kind, theta, D, H);
  const named: Record<string, Matrix | Float64Array> = {};
  BLOCKS[kind].forEach((B, k) => {
    const rows = (m: Matrix) =>
      matrix(H, m.cols, m.data.subarray(k * H * m.cols, (k + 1) * H * m.cols));
    named[`W_i${B}`] = rows(t.weight_ih_l0);
    named[`W_h${B}`] = rows(t.weight_hh_l0);
    named[`b_i${B}`] = t.bias_ih_l0.subarray(k * H, (k + 1) * H);
    named[`b_h${B}`] = t.bias_hh_l0.subarray(k * H, (k + 1) * H);
  });
  // The template-literal record type cannot be built key by key without this one assertion.
  return named as ParamsOf<K>;
}
