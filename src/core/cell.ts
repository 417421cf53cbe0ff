/**
 * A recurrent cell: its kind, sizes D (input) and H (hidden), the flat parameter buffer θ in
 * PyTorch's layout, and named per-gate views of θ (see layout.ts).
 */
import { CELL_KINDS, isCellKind, type CellKind } from './kinds';
import { blockViews, paramCount, type ParamsOf } from './layout';

export interface CellOf<K extends CellKind> {
  readonly kind: K;
  /** input size */
  readonly D: number;
  /** hidden size */
  readonly H: number;
  /** every parameter, flat, in PyTorch's order; optimisers update it in place */
  readonly theta: Float64Array;
  /** named views of θ: W_if, b_hz, … */
  readonly p: ParamsOf<K>;
}

/** The cell type of a kind; for the whole union CellKind, the union Cell. */
export type CellFor<K extends CellKind> = K extends CellKind ? CellOf<K> : never;
/** A cell of any kind, discriminated by its kind. */
export type Cell = CellFor<CellKind>;

/** A cell of this kind and size over θ (zeros when omitted). */
export function makeCell<K extends CellKind>(
  kind: K,
  D: number,
  H: number,
  theta?: Float64Array,
): CellFor<K> {
  return buildCell(kind, D, H, theta) as CellFor<K>;
}

function buildCell(kind: CellKind, D: number, H: number, theta?: Float64Array): Cell {
  if (!isCellKind(kind)) {
    throw new Error(
      `cell: unknown kind ${JSON.stringify(kind)}; kinds are ${CELL_KINDS.join(', ')}`,
    );
  }
  if (!Number.isInteger(D) || D < 1 || !Number.isInteger(H) || H < 1) {
    throw new Error(`cell: sizes must be positive integers, got D = ${D}, H = ${H}`);
  }
  const n = paramCount(kind, D, H);
  const th = theta ?? new Float64Array(n);
  if (th.length !== n) {
    throw new Error(
      `cell: a ${kind} cell with D = ${D}, H = ${H} has ${n} parameters, got ${th.length}`,
    );
  }
  return { kind, D, H, theta: th, p: blockViews(kind, th, D, H) } as Cell;
}

/** A deep copy: same kind and sizes, its own θ. */
export function cloneCell<C extends Cell>(cell: C): C {
  return buildCell(cell.kind, cell.D, cell.H, cell.theta.slice()) as C;
}
