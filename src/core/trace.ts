/**
 * A trace: everything a forward run over a sequence computed, kept for the panels and for BPTT.
 * Every per-time field is an array of T views (index t = step t, 0-based) into one buffer.
 */
import type { GruForcing, GruSlot } from './gru';
import type { CellKind } from './layout';
import type { LstmForcing, LstmSlot } from './lstm';
import type { GateOverride } from './overrides';
import type { RnnSlot } from './rnn';
import { series } from './series';

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

function buildTrace(kind: CellKind, D: number, H: number, T: number): Trace {
  const base = {
    D,
    H,
    T,
    xs: series(T, D),
    h0: new Float64Array(H),
    hs: series(T, H),
    overrides: [],
  };
  switch (kind) {
    case 'lstm': {
      const [a_i, a_f, a_g, a_o, i, f, g, o, cs, tanhCs] = Array.from({ length: 10 }, () =>
        series(T, H),
      );
      const slots = base.hs.map((h, t) => ({
        a_i: a_i[t], a_f: a_f[t], a_g: a_g[t], a_o: a_o[t],
        i: i[t], f: f[t], g: g[t], o: o[t], c: cs[t], tanhC: tanhCs[t], h,
      })); // prettier-ignore
      const forcing = slots.map(() => ({ i: null, f: null, o: null }));
      const pre = { i: a_i, f: a_f, g: a_g, o: a_o };
      return {
        ...base,
        kind,
        c0: new Float64Array(H),
        cs,
        gates: { i, f, g, o },
        pre,
        tanhCs,
        slots,
        forcing,
      };
    }
    case 'gru': {
      const [a_r, a_z, a_n, r, z, n, hns] = Array.from({ length: 7 }, () => series(T, H));
      const slots = base.hs.map((h, t) => ({
        a_r: a_r[t], a_z: a_z[t], a_n: a_n[t], r: r[t], z: z[t], n: n[t], hn: hns[t], h,
      })); // prettier-ignore
      const forcing = slots.map(() => ({ r: null, z: null }));
      return {
        ...base,
        kind,
        gates: { r, z, n },
        pre: { r: a_r, z: a_z, n: a_n },
        hns,
        slots,
        forcing,
      };
    }
    case 'rnn': {
      const a = series(T, H);
      const slots = base.hs.map((h, t) => ({ a: a[t], h }));
      return { ...base, kind, gates: {}, pre: { h: a }, slots };
    }
  }
}
