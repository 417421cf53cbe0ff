/**
 * A design to train: a cell kind, or a kind with one gate removed — `lstm-no-f` is the LSTM
 * without its forget gate (f ≡ 1, the 1997 LSTM). A removed gate is the core's override to 1, held
 * in training and in use: no gradient flows into its weights, which stay as initialised and play
 * no part, so they are not counted among the design's parameters.
 */
import {
  CELL_KINDS,
  FORCEABLE,
  isCellKind,
  paramCount,
  type CellKind,
  type GateName,
  type GateOverride,
} from '../core';

export interface Variant {
  kind: CellKind;
  /** the gate held at 1, or null for the full cell */
  removed: GateName | null;
}

/** A variant's name: "lstm", "lstm-no-f". */
export const variantName = ({ kind, removed }: Variant): string =>
  removed ? `${kind}-no-${removed}` : kind;

/** "gru-no-r" → the GRU without its reset gate; null if the kind or gate does not exist. */
export function parseVariant(text: string): Variant | null {
  const [, kind, removed] = /^([a-z]+)(?:-no-([a-z]))?$/.exec(text) ?? [];
  if (!kind || !isCellKind(kind)) return null;
  if (removed === undefined) return { kind, removed: null };
  return (FORCEABLE[kind] as readonly string[]).includes(removed)
    ? { kind, removed: removed as GateName }
    : null;
}

/** Every variant name there is: each kind, and each kind without each of its gates. */
export const VARIANT_NAMES: readonly string[] = CELL_KINDS.flatMap((kind) => [
  kind,
  ...FORCEABLE[kind].map((g) => `${kind}-no-${g}`),
]);

/** The overrides that remove the variant's gate: held at 1 on every unit and step. */
export const removedOverrides = ({ removed }: Variant): GateOverride[] =>
  removed ? [{ gate: removed, value: 1 }] : [];

/** Parameters that play a part: the cell's, less the removed gate's block, plus the readout's. */
export function variantParams({ kind, removed }: Variant, D: number, H: number): number {
  const block = H * (D + H + 2);
  return paramCount(kind, D, H) - (removed ? block : 0) + H + 1;
}
