/**
 * Gradients of a scalar loss with respect to a cell's parameters, its inputs and its states, laid
 * out like the cell: a flat dθ in PyTorch's order with the same named views (dp.W_if, …), plus
 * what flowed through each step.
 */
import type { Cell } from './cell';
import type { GradientsBase } from './cell-spec';
import { CELLS, type CellKind, type GradientFieldsOf } from './kinds';
import { blockViews, paramCount, torchViews, type ParamsOf } from './layout';
import type { Matrix } from './matrix';
import { series } from './series';

/** The parameter gradients in PyTorch's state-dict layout (rows are views of dθ). */
export interface StateDictGrads {
  weight_ih_l0: Float64Array[];
  weight_hh_l0: Float64Array[];
  bias_ih_l0: Float64Array;
  bias_hh_l0: Float64Array;
}

/**
 * The gradients of a kind; for the whole union CellKind, the union Gradients. Every kind has
 * GradientsBase and dp, named views of dθ (dp.W_if = ∂L/∂W_if, …); its cell file adds its own.
 */
export type GradientsFor<K extends CellKind> = K extends CellKind
  ? GradientsBase & { readonly kind: K; readonly dp: ParamsOf<K> } & GradientFieldsOf<K>
  : never;
export type Gradients = GradientsFor<CellKind>;

const rowsOf = (m: Matrix) =>
  Array.from({ length: m.rows }, (_, r) => m.data.subarray(r * m.cols, (r + 1) * m.cols));

/**
 * Zeroed gradients for a T-step run of this cell. Pass dtheta to accumulate into a buffer shared
 * with gradients for other lengths (one minibatch gradient over sequences of several lengths).
 * With B, for a run of B sequences side by side (a minibatch's trace, see TraceBase).
 */
export function allocGradients(
  cell: Cell,
  T: number,
  dtheta: Float64Array = new Float64Array(paramCount(cell.kind, cell.D, cell.H)),
  B = 1,
): Gradients {
  const { kind, D, H } = cell;
  if (dtheta.length !== paramCount(kind, D, H))
    throw new Error(`gradients: dθ must hold ${paramCount(kind, D, H)} values`);
  const tv = torchViews(kind, dtheta, D, H);
  const params = {
    weight_ih_l0: rowsOf(tv.weight_ih_l0),
    weight_hh_l0: rowsOf(tv.weight_hh_l0),
    bias_ih_l0: tv.bias_ih_l0,
    bias_hh_l0: tv.bias_hh_l0,
  };
  const base: GradientsBase = {
    D, H, T, B, dtheta, params, dxs: series(T, B * D).at, dhs: series(T, B * H).at,
    dh0: new Float64Array(B * H),
  }; // prettier-ignore
  const dp = blockViews(kind, dtheta, D, H);
  // The kind's own fields come from its cell file; the union cannot be built field by field.
  return { ...base, kind, dp, ...CELLS[kind].grads(T, B * H) } as Gradients;
}
