/**
 * A trace: everything a forward run over a sequence computed, kept for the panels and for BPTT.
 * Every per-time field is an array of T views (index t = step t, 0-based) into one buffer. What
 * every trace holds is TraceBase (cell-spec.ts); each kind adds its own fields (its cell file).
 */
import type { StateName, TraceBase } from './cell-spec';
import { CELLS, cellSpec, type CellKind, type TraceFieldsOf } from './kinds';
import { series, type Series } from './series';

/** The trace of a kind; for the whole union CellKind, the union Trace (discriminated by kind). */
export type TraceFor<K extends CellKind> = K extends CellKind
  ? TraceBase & { readonly kind: K } & TraceFieldsOf<K>
  : never;
export type Trace = TraceFor<CellKind>;

/**
 * A zeroed trace for T steps of a cell of this kind and size; with B, for T steps of B sequences
 * side by side (a minibatch: every per-step vector is B blocks, see TraceBase).
 */
export function allocTrace<K extends CellKind>(
  kind: K,
  D: number,
  H: number,
  T: number,
  B = 1,
): TraceFor<K> {
  const spec = cellSpec(kind);
  const x: Series = series(T, B * D);
  // every carried state, its initial value first: h0, then h_0 … h_{T−1} (and so for c)
  const states = Object.fromEntries(spec.states.map((s) => [s, series(T, B * H, true)])) as Record<
    StateName,
    Series
  >;
  const h = states.h;
  // the pre-activations are the kind's own (named by its blocks)
  const base: Omit<TraceBase, 'pre'> = {
    D, H, T, B, xs: x.at, h0: h.flat.subarray(0, B * H), hs: h.at, states, overrides: [],
    forcing: h.at.map(() => Object.fromEntries(spec.forceable.map((g) => [g, null]))),
    flat: { xs: x.flat, hPrevs: h.flat.subarray(0, T * B * H), hs: h.flat.subarray(B * H) },
  }; // prettier-ignore
  // The kind's own fields come from its cell file; the union cannot be built field by field.
  return { ...base, kind, ...CELLS[kind].trace(T, B * H, states) } as TraceFor<K>;
}
