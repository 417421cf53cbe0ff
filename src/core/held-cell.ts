/**
 * A design without a gate, written as plain weights: the removed gate's block gets zero weights
 * and an input bias of 40, so σ(40) = 1/(1 + e⁻⁴⁰) is exactly 1 in float64 (and in float32: e⁻⁴⁰
 * is below half an ulp of 1). Any module that runs the full cell — PyTorch's nn.LSTM among them —
 * then computes exactly what the lab computes with the gate held at 1.
 */
import { cloneCell, type Cell } from './cell';
import type { Matrix } from './matrix';
import type { Model } from './model';

/** The pre-activation that σ turns into exactly 1. */
export const HOLD_BIAS = 40;

/** The model's cell with its removed gates built in (the cell itself when none is removed). */
export function heldCell(model: Model): Cell {
  if (!model.removed?.length) return model.cell;
  const cell = cloneCell(model.cell);
  const p = cell.p as unknown as Readonly<Record<string, Matrix | Float64Array>>;
  const vector = (name: string) => p[name] as Float64Array;
  const weights = (name: string) => (p[name] as Matrix).data;
  for (const g of model.removed) {
    weights(`W_i${g}`).fill(0);
    weights(`W_h${g}`).fill(0);
    vector(`b_i${g}`).fill(HOLD_BIAS);
    vector(`b_h${g}`).fill(0);
  }
  return cell;
}
