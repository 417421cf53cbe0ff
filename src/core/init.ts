/** Parameter initialisation, as PyTorch does it. */
import { makeCell, type Cell, type CellFor } from './cell';
import type { CellKind } from './layout';
import type { Rng } from './rng';

export interface InitOptions {
  /**
   * Value for the LSTM forget-gate input bias b_if (b_hf stays at 0, so the forget gate starts
   * near σ(1) ≈ 0.73: it keeps most of the cell until it learns otherwise). Default: PyTorch's
   * uniform init like every other bias. Ignored for rnn and gru.
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
  if (cell.kind === 'lstm' && opts.forgetBias !== undefined) {
    cell.p.b_if.fill(opts.forgetBias);
    cell.p.b_hf.fill(0);
  }
  return cell as CellFor<K>;
}
