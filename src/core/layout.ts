/**
 * The one place that maps a cell's flat parameter buffer to and from PyTorch's layout and to named
 * per-gate views. Nothing else in the core slices a fused matrix by offsets.
 *
 * θ holds, in order, PyTorch's weight_ih_l0 [G·H, D], weight_hh_l0 [G·H, H], bias_ih_l0 [G·H] and
 * bias_hh_l0 [G·H], each row-major, with the row blocks in PyTorch's gate order (each cell file
 * lists its kind's blocks: the LSTM's G = 4 are i, f, g, o).
 * A block's rows are contiguous, so every named view (W_if, b_hz, …) is a subarray of θ, not a copy:
 * an optimiser updating θ updates every view.
 */
import { CELL_KINDS, CELLS, type BlockOf, type CellKind } from './kinds';
import { matrix, type Matrix } from './matrix';

/** Row blocks of each kind, in PyTorch's order (from the registry). */
export const BLOCKS = Object.fromEntries(CELL_KINDS.map((k) => [k, CELLS[k].blocks])) as {
  readonly [K in CellKind]: (typeof CELLS)[K]['blocks'];
};

/** Named per-block views: W_i· (input weights), W_h· (recurrent weights), b_i·, b_h· (biases). */
export type BlockParams<B extends string> = {
  readonly [N in B as `W_i${N}` | `W_h${N}`]: Matrix;
} & {
  readonly [N in B as `b_i${N}` | `b_h${N}`]: Float64Array;
};

/** The named views of a kind's θ. */
export type ParamsOf<K extends CellKind> = BlockParams<BlockOf<K>>;

/** PyTorch's four tensors as matrices / vectors viewing θ. */
export interface TorchViews {
  readonly weight_ih_l0: Matrix;
  readonly weight_hh_l0: Matrix;
  readonly bias_ih_l0: Float64Array;
  readonly bias_hh_l0: Float64Array;
}

/** G, the number of row blocks of a kind. */
export function blockCount(kind: CellKind): number {
  return CELLS[kind].blocks.length;
}

/** Length of θ: G·H·(D + H + 2). */
export function paramCount(kind: CellKind, D: number, H: number): number {
  return blockCount(kind) * H * (D + H + 2);
}

/**
 * Multiply-adds of one step's matrix products, W_i·x and W_h·h for every block: G·H·(D + H). The
 * elementwise gate arithmetic (O(G·H)) is left out: it is small beside them.
 */
export function macCount(kind: CellKind, D: number, H: number): number {
  return blockCount(kind) * H * (D + H);
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
  CELLS[kind].blocks.forEach((B: string, k: number) => {
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
