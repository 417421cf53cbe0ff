/** Parameter initialisation, as PyTorch does it. */
import { makeCell, type Cell, type CellFor } from './cell';
import type { AnyParams } from './cell-spec';
import { cellSpec, type CellKind } from './kinds';
import type { Rng } from './rng';

export interface InitOptions {
  /**
   * Value for the forget gate's input bias (the LSTM's b_if; b_hf stays at 0, so with 1 the forget
   * gate starts near σ(1) ≈ 0.73: it keeps most of the cell until it learns otherwise). Default:
   * PyTorch's uniform init like every other bias. Ignored for kinds without a forget gate
   * (CellSpec.forgetBlock).
   */
  forgetBias?: number;
}

/** A fresh cell with PyTorch's default init: every weight and bias from U(−1/√H, 1/√H). */
export function initCell<K extends CellKind>(
  kind: K,
  D: number,
  H: number,
  rng: Rng,
  opts: InitOptions = {},
): CellFor<K> {
  const cell: Cell = makeCell<CellKind>(kind, D, H);
  const k = 1 / Math.sqrt(H);
  for (let n = 0; n < cell.theta.length; n++) cell.theta[n] = rng.uniform(-k, k);
  const B = cellSpec(kind).forgetBlock;
  if (B !== null && opts.forgetBias !== undefined) {
    const p: AnyParams = cell.p;
    (p[`b_i${B}`] as Float64Array).fill(opts.forgetBias);
    (p[`b_h${B}`] as Float64Array).fill(0);
  }
  return cell as CellFor<K>;
}
