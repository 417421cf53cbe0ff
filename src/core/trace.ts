/**
 * A trace: everything a forward run over a sequence computed, kept for the panels and for BPTT.
 * Every per-time field is an array of T views (index t = step t, 0-based) into one buffer.
 */
import type { GruForcing, GruSlot } from './gru';
import type { CellKind } from './layout';
import type { LstmForcing, LstmSlot } from './lstm';
import type { GateOverride } from './overrides';
import type { RnnSlot } from './rnn';
import { series, type Series } from './series';

interface TraceBase {
  readonly D: number;
  readonly H: number;
  readonly T: number;
  /** the inputs x_t [D], copied */
  readonly xs: Float64Array[];
  /** the initial hidden state [H] */
  readonly h0: Float64Array;
  /** h_t [H], the hidden state after step t */
  readonly hs: Float64Array[];
  /** the overrides this run applied, as given */
  overrides: readonly GateOverride[];
  /** back-to-back buffers for the kernels: every x_t; every h_{t−1} (h0 first); every h_t */
  readonly flat: {
    readonly xs: Float64Array;
    readonly hPrevs: Float64Array;
    readonly hs: Float64Array;
  };
}

export interface LstmTrace extends TraceBase {
  readonly kind: 'lstm';
  /** the initial cell state [H] */
  readonly c0: Float64Array;
  /** c_t [H], the cell state after step t */
  readonly cs: Float64Array[];
  /** gate activations by name (after any forcing); g is the candidate */
  readonly gates: Readonly<Record<'i' | 'f' | 'g' | 'o', Float64Array[]>>;
  /** pre-activations by gate: what each gate computed before σ / tanh (and before forcing) */
  readonly pre: Readonly<Record<'i' | 'f' | 'g' | 'o', Float64Array[]>>;
  /** tanh(c_t), what the output gate exposes */
  readonly tanhCs: Float64Array[];
  readonly slots: LstmSlot[];
  forcing: LstmForcing[];
}

export interface GruTrace extends TraceBase {
  readonly kind: 'gru';
  /** gate activations by name (after any forcing); n is the candidate */
  readonly gates: Readonly<Record<'r' | 'z' | 'n', Float64Array[]>>;
  /** pre-activations; pre.n includes the reset-gated recurrent term */
  readonly pre: Readonly<Record<'r' | 'z' | 'n', Float64Array[]>>;
  /** W_hn·h_{t−1} + b_hn, the recurrent term the reset gate scales */
  readonly hns: Float64Array[];
  readonly slots: GruSlot[];
  forcing: GruForcing[];
}

export interface RnnTrace extends TraceBase {
  readonly kind: 'rnn';
  /** no gates */
  readonly gates: Readonly<Record<never, Float64Array[]>>;
  /** the pre-activation of h */
  readonly pre: Readonly<{ h: Float64Array[] }>;
  readonly slots: RnnSlot[];
}

export type Trace = RnnTrace | LstmTrace | GruTrace;
/** The trace type of a kind; for the whole union CellKind, the union Trace. */
export type TraceFor<K extends CellKind> = Extract<Trace, { kind: K }>;

/** A zeroed trace for T steps of a cell of this kind and size. */
export function allocTrace<K extends CellKind>(
  kind: K,
  D: number,
  H: number,
  T: number,
): TraceFor<K> {
  return buildTrace(kind, D, H, T) as TraceFor<K>;
}

/** The per-step fields of a trace: one Series each, by name. */
function seriesOf<N extends string>(
  names: readonly N[],
  T: number,
  H: number,
): Record<N, Float64Array[]> {
  return Object.fromEntries(names.map((n) => [n, series(T, H).at])) as Record<N, Float64Array[]>;
}

function buildTrace(kind: CellKind, D: number, H: number, T: number): Trace {
  const x: Series = series(T, D);
  const h: Series = series(T, H, true); // h0, then h_0 … h_{T−1}
  const base = {
    D, H, T, xs: x.at, h0: h.flat.subarray(0, H), hs: h.at, overrides: [],
    flat: { xs: x.flat, hPrevs: h.flat.subarray(0, T * H), hs: h.flat.subarray(H) },
  }; // prettier-ignore
  switch (kind) {
    case 'lstm': {
      const c = series(T, H, true);
      const a = seriesOf(['i', 'f', 'g', 'o'], T, H);
      const act = seriesOf(['i', 'f', 'g', 'o'], T, H);
      const tanhCs = series(T, H).at;
      const slots = h.at.map((ht, t) => ({
        a_i: a.i[t], a_f: a.f[t], a_g: a.g[t], a_o: a.o[t],
        i: act.i[t], f: act.f[t], g: act.g[t], o: act.o[t], c: c.at[t], tanhC: tanhCs[t], h: ht,
      })); // prettier-ignore
      const forcing = slots.map(() => ({ i: null, f: null, o: null }));
      const c0 = c.flat.subarray(0, H);
      return { ...base, kind, c0, cs: c.at, gates: act, pre: a, tanhCs, slots, forcing };
    }
    case 'gru': {
      const a = seriesOf(['r', 'z', 'n'], T, H);
      const act = seriesOf(['r', 'z', 'n'], T, H);
      const hns = series(T, H).at;
      const slots = h.at.map((ht, t) => ({
        a_r: a.r[t], a_z: a.z[t], a_n: a.n[t], r: act.r[t], z: act.z[t], n: act.n[t], hn: hns[t], h: ht,
      })); // prettier-ignore
      const forcing = slots.map(() => ({ r: null, z: null }));
      return { ...base, kind, gates: act, pre: a, hns, slots, forcing };
    }
    case 'rnn': {
      const a = series(T, H).at;
      const slots = h.at.map((ht, t) => ({ a: a[t], h: ht }));
      return { ...base, kind, gates: {}, pre: { h: a }, slots };
    }
  }
}
