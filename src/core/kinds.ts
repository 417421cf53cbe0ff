/**
 * The cell-kind registry: one line per kind, each kind's facts in its own cell file (CellSpec).
 * Everything that differs by kind — layout, allocation, the time loop, forcing, init, PyTorch
 * names — reads it from here. To add a kind: write its cell file, add it below (docs/add-a-cell-kind.md).
 */
import type { CellSpec } from './cell-spec';
import { GRU } from './gru';
import { LSTM } from './lstm';
import { MGU } from './mgu';
import { RNN } from './rnn';

/** Every cell kind, in the order the lab lists them (simplest first). */
export const CELLS = {
  rnn: RNN,
  lstm: LSTM,
  gru: GRU,
  mgu: MGU,
} as const satisfies Readonly<Record<string, CellSpec>>;

/** Which recurrent cell: these strings go into URLs and files. */
export type CellKind = keyof typeof CELLS;

export const CELL_KINDS = Object.keys(CELLS) as readonly CellKind[];

/** A table with one entry per kind. */
export function perKind<T>(f: (kind: CellKind) => T): Readonly<Record<CellKind, T>> {
  return Object.fromEntries(CELL_KINDS.map((k) => [k, f(k)])) as Record<CellKind, T>;
}

/** A kind's registry entry, typed as the generic code sees it. */
export function cellSpec(kind: CellKind): CellSpec {
  return CELLS[kind];
}

/** Row blocks of a kind, in PyTorch's order. */
export type BlockOf<K extends CellKind> = (typeof CELLS)[K]['blocks'][number];

/** The gates a learner may force: LSTM i, f, o; GRU r, z; MGU f; none for the RNN. */
export type GateName = (typeof CELLS)[CellKind]['forceable'][number];

/** The kind's own trace fields and gradient fields (its cell file declares them). */
export type TraceFieldsOf<K extends CellKind> = ReturnType<(typeof CELLS)[K]['trace']>;
export type GradientFieldsOf<K extends CellKind> = ReturnType<(typeof CELLS)[K]['grads']>;

/** True for the strings that name a cell kind (a URL, a file, a state dict's kind). */
export function isCellKind(x: unknown): x is CellKind {
  return typeof x === 'string' && Object.hasOwn(CELLS, x);
}
