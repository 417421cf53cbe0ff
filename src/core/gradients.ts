/**
 * Gradients of a scalar loss with respect to a cell's parameters, its inputs and its states, laid
 * out like the cell: a flat dθ in PyTorch's order with the same named views (dp.W_if, …).
 */
import type { Cell } from './cell';
import type { GruScratch } from './gru';
import { blockViews, paramCount, torchViews, type CellKind, type ParamsOf } from './layout';
import type { LstmScratch } from './lstm';
import type { Matrix } from './matrix';
import type { RnnScratch } from './rnn';
import { series } from './series';

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
  readonly scratch: LstmScratch;
}
export interface GruGradients extends GradientsOf<'gru'> {
  readonly scratch: GruScratch;
}
export interface RnnGradients extends GradientsOf<'rnn'> {
  readonly scratch: RnnScratch;
}
export type Gradients = RnnGradients | LstmGradients | GruGradients;

const rowsOf = (m: Matrix) =>
  Array.from({ length: m.rows }, (_, r) => m.data.subarray(r * m.cols, (r + 1) * m.cols));

/** Zeroed gradients for a T-step run of this cell. */
export function allocGradients(cell: Cell, T: number): Gradients {
  const { kind, D, H } = cell;
  const dtheta = new Float64Array(paramCount(kind, D, H));
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
    dxs: series(T, D),
    dhs: series(T, H),
    dh0: new Float64Array(H),
  };
  const vec = () => new Float64Array(H);
  switch (kind) {
    case 'lstm': {
      const scratch = {
        di: vec(),
        df: vec(),
        dg: vec(),
        do: vec(),
        da_i: vec(),
        da_f: vec(),
        da_g: vec(),
        da_o: vec(),
      };
      const dp = blockViews(kind, dtheta, D, H);
      return { ...base, kind, dp, dcs: series(T, H), dc0: vec(), scratch };
    }
    case 'gru': {
      const scratch = {
        dr: vec(),
        dz: vec(),
        dn: vec(),
        dhn: vec(),
        da_r: vec(),
        da_z: vec(),
        da_n: vec(),
      };
      return { ...base, kind, dp: blockViews(kind, dtheta, D, H), scratch };
    }
    case 'rnn':
      return { ...base, kind, dp: blockViews(kind, dtheta, D, H), scratch: { da: vec() } };
  }
}
