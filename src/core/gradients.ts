/**
 * Gradients of a scalar loss with respect to a cell's parameters, its inputs and its states, laid
 * out like the cell: a flat dθ in PyTorch's order with the same named views (dp.W_if, …), plus
 * what flowed through each step.
 */
import type { Cell } from './cell';
import type { GruPreGrads, GruScratch } from './gru';
import { blockViews, paramCount, torchViews, type CellKind, type ParamsOf } from './layout';
import type { LstmPreGrads, LstmScratch } from './lstm';
import type { Matrix } from './matrix';
import { series, type Series } from './series';

/** The parameter gradients in PyTorch's state-dict layout (rows are views of dθ). */
export interface StateDictGrads {
  weight_ih_l0: Float64Array[];
  weight_hh_l0: Float64Array[];
  bias_ih_l0: Float64Array;
  bias_hh_l0: Float64Array;
}

interface GradientsOf<K extends CellKind> {
  readonly kind: K;
  readonly D: number;
  readonly H: number;
  readonly T: number;
  /** ∂L/∂θ, flat, same order as cell.theta */
  readonly dtheta: Float64Array;
  /** named views of dθ: dp.W_if = ∂L/∂W_if, … */
  readonly dp: ParamsOf<K>;
  /** ∂L/∂θ as PyTorch's four tensors */
  readonly params: StateDictGrads;
  /** ∂L/∂x_t */
  readonly dxs: Float64Array[];
  /** ∂L/∂h_t through every path (directly and through later steps): the gradient flowing back */
  readonly dhs: Float64Array[];
  /** ∂L/∂h0 */
  readonly dh0: Float64Array;
}

export interface LstmGradients extends GradientsOf<'lstm'> {
  /** ∂L/∂c_t through every path */
  readonly dcs: Float64Array[];
  /** ∂L/∂c0 */
  readonly dc0: Float64Array;
  /** ∂L/∂(pre-activation) of each gate, per step */
  readonly dpre: Readonly<Record<'i' | 'f' | 'g' | 'o', Series>>;
  /** dpre's views at each step, for the step-backward */
  readonly slots: LstmPreGrads[];
  readonly scratch: LstmScratch;
}
export interface GruGradients extends GradientsOf<'gru'> {
  /** ∂L/∂(pre-activation) of r, z, n per step; hn: ∂L/∂(W_hn·h_{t−1} + b_hn) */
  readonly dpre: Readonly<Record<'r' | 'z' | 'n' | 'hn', Series>>;
  /** dpre's views at each step, for the step-backward */
  readonly slots: GruPreGrads[];
  readonly scratch: GruScratch;
}
export interface RnnGradients extends GradientsOf<'rnn'> {
  /** ∂L/∂a_t, the pre-activation of h_t */
  readonly dpre: Readonly<{ h: Series }>;
}
export type Gradients = RnnGradients | LstmGradients | GruGradients;

const rowsOf = (m: Matrix) =>
  Array.from({ length: m.rows }, (_, r) => m.data.subarray(r * m.cols, (r + 1) * m.cols));

function seriesOf<N extends string>(names: readonly N[], T: number, H: number): Record<N, Series> {
  return Object.fromEntries(names.map((n) => [n, series(T, H)])) as Record<N, Series>;
}

/**
 * Zeroed gradients for a T-step run of this cell. Pass dtheta to accumulate into a buffer shared
 * with gradients for other lengths (one minibatch gradient over sequences of several lengths).
 */
export function allocGradients(
  cell: Cell,
  T: number,
  dtheta: Float64Array = new Float64Array(paramCount(cell.kind, cell.D, cell.H)),
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
  const base = {
    D,
    H,
    T,
    dtheta,
    params,
    dxs: series(T, D).at,
    dhs: series(T, H).at,
    dh0: new Float64Array(H),
  };
  const vec = () => new Float64Array(H);
  switch (kind) {
    case 'lstm': {
      const scratch = { di: vec(), df: vec(), dg: vec(), do: vec() };
      const dpre = seriesOf(['i', 'f', 'g', 'o'], T, H);
      const dp = blockViews(kind, dtheta, D, H);
      const slots = dpre.i.at.map((_, t) => ({
        da_i: dpre.i.at[t], da_f: dpre.f.at[t], da_g: dpre.g.at[t], da_o: dpre.o.at[t],
      })); // prettier-ignore
      return { ...base, kind, dp, dcs: series(T, H).at, dc0: vec(), dpre, slots, scratch };
    }
    case 'gru': {
      const scratch = { dr: vec(), dz: vec(), dn: vec() };
      const dpre = seriesOf(['r', 'z', 'n', 'hn'], T, H);
      const slots = dpre.r.at.map((_, t) => ({
        da_r: dpre.r.at[t], da_z: dpre.z.at[t], da_n: dpre.n.at[t], dhn: dpre.hn.at[t],
      })); // prettier-ignore
      return { ...base, kind, dp: blockViews(kind, dtheta, D, H), dpre, slots, scratch };
    }
    case 'rnn':
      return { ...base, kind, dp: blockViews(kind, dtheta, D, H), dpre: { h: series(T, H) } };
  }
}
