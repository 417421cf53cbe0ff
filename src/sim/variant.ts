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
  macCount,
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

/** The cell's parameters that play a part: the kind's, less the removed gate's block. */
export const variantCellParams = ({ kind, removed }: Variant, D: number, H: number): number =>
  paramCount(kind, D, H) - (removed ? H * (D + H + 2) : 0);

/** Multiply-adds per step: the kind's, less the removed gate's block (its products are not made). */
export const variantMacs = ({ kind, removed }: Variant, D: number, H: number): number =>
  macCount(kind, D, H) - (removed ? H * (D + H) : 0);

/** Parameters that play a part: the cell's, less the removed gate's block, plus the readout's. */
export const variantParams = (v: Variant, D: number, H: number): number =>
  variantCellParams(v, D, H) + H + 1;

/**
 * The designs without a gate that the training panel offers beside the full models: each of the
 * LSTM's gates in turn (without f it is the LSTM of 1997), and the GRU's reset gate.
 */
export const ABLATIONS = ['lstm-no-f', 'lstm-no-i', 'lstm-no-o', 'gru-no-r'] as const;
export type Ablation = (typeof ABLATIONS)[number];

/** A design the lab trains: a full kind, or one of the ABLATIONS. */
export type Design = CellKind | Ablation;

/** The variant a design names. */
export const designVariant = (d: Design): Variant => parseVariant(d)!;

/** A model's design: its kind, and the gate it was built without. */
export const designOf = (model: { cell: { kind: CellKind }; removed?: readonly GateName[] }) =>
  variantName({ kind: model.cell.kind, removed: model.removed?.[0] ?? null }) as Design;
