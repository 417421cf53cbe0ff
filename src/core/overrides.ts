/**
 * Gate overrides: a gate's activation replaced by a constant, per unit and per step range.
 *
 * A forced unit is a constant, so no gradient flows into its pre-activation: backward zeroes the
 * pre-activation gradient of every forced unit (DESIGN §4).
 */
import type { CellKind } from './layout';

/** The gates a learner may force: LSTM i, f, o; GRU r, z. Candidates (g, n) are not gates. */
export type GateName = 'i' | 'f' | 'o' | 'r' | 'z';

/** Replace a gate's activation by a constant. */
export interface GateOverride {
  gate: GateName;
  /** the forced activation, in [0, 1] */
  value: number;
  /** which units (0-based); default every unit */
  units?: number[];
  /** first step, inclusive and 0-based; default 0 */
  from?: number;
  /** last step, inclusive and 0-based; default the last step */
  to?: number;
}

/** The gates each kind may force. */
export const FORCEABLE: Readonly<Record<CellKind, readonly GateName[]>> = {
  rnn: [],
  lstm: ['i', 'f', 'o'],
  gru: ['r', 'z'],
};

/** One gate at one step: where mask[j] = 1 the activation of unit j is value[j]. */
export interface Forcing {
  readonly mask: Uint8Array;
  readonly value: Float64Array;
}

/** Per gate, per step: the forcing at that step, or null where the gate runs as learned. */
export type ForcingTable<G extends GateName> = Record<G, (Forcing | null)[]>;

const isIndex = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** Throws an Error saying what is wrong with the first bad override for a cell of this kind. */
export function validateOverrides(
  kind: CellKind,
  H: number,
  overrides: readonly GateOverride[],
): void {
  if (!Array.isArray(overrides)) throw new Error('overrides: expected an array of gate overrides');
  overrides.forEach((o, k) => {
    const at = `overrides[${k}]`;
    if (typeof o !== 'object' || o === null) throw new Error(`${at}: expected an object`);
    if (!(['i', 'f', 'o', 'r', 'z'] as unknown[]).includes(o.gate)) {
      throw new Error(
        `${at}: unknown gate ${JSON.stringify(o.gate)}; gates are i, f, o (lstm) and r, z (gru)`,
      );
    }
    if (!FORCEABLE[kind].includes(o.gate)) {
      const has = FORCEABLE[kind].length ? FORCEABLE[kind].join(', ') : 'none';
      throw new Error(`${at}: a ${kind} cell has no gate '${o.gate}' (its gates: ${has})`);
    }
    if (typeof o.value !== 'number' || !(o.value >= 0 && o.value <= 1)) {
      throw new Error(`${at}: value must be a number in [0, 1], got ${String(o.value)}`);
    }
    if (o.units !== undefined) {
      if (!Array.isArray(o.units)) throw new Error(`${at}: units must be an array of unit indices`);
      const bad = (o.units as unknown[]).find((j) => !isIndex(j) || j >= H);
      if (bad !== undefined) throw new Error(`${at}: unit ${String(bad)} is not in 0…${H - 1}`);
    }
    for (const end of ['from', 'to'] as const) {
      if (o[end] !== undefined && !isIndex(o[end])) {
        throw new Error(`${at}: ${end} must be a step index ≥ 0, got ${String(o[end])}`);
      }
    }
    if (o.from !== undefined && o.to !== undefined && o.from > o.to) {
      throw new Error(`${at}: from (${o.from}) is after to (${o.to})`);
    }
  });
}

/**
 * Resolves overrides into per-step forcings for the given gates (already validated). Later
 * overrides win where two cover the same unit and step. Steps past T − 1 are ignored.
 */
export function resolveForcing<G extends GateName>(
  gates: readonly G[],
  T: number,
  H: number,
  overrides: readonly GateOverride[],
): ForcingTable<G> {
  const table = {} as ForcingTable<G>;
  for (const gate of gates) {
    const mine = overrides.filter((o) => o.gate === gate);
    const steps: (Forcing | null)[] = new Array(T).fill(null);
    if (mine.length > 0) {
      const mask = new Uint8Array(T * H);
      const value = new Float64Array(T * H);
      for (const o of mine) {
        const units = o.units ?? Array.from({ length: H }, (_, j) => j);
        for (let t = o.from ?? 0; t <= Math.min(o.to ?? T - 1, T - 1); t++) {
          for (const j of units) {
            mask[t * H + j] = 1;
            value[t * H + j] = o.value;
          }
        }
      }
      for (let t = 0; t < T; t++) {
        const m = mask.subarray(t * H, (t + 1) * H);
        if (m.includes(1)) steps[t] = { mask: m, value: value.subarray(t * H, (t + 1) * H) };
      }
    }
    table[gate] = steps;
  }
  return table;
}

/** gate[j] = value[j] wherever the unit is forced. */
export function applyForcing(gate: Float64Array, fc: Forcing | null): void {
  if (fc === null) return;
  for (let j = 0; j < gate.length; j++) if (fc.mask[j]) gate[j] = fc.value[j];
}

/** da[j] = 0 wherever the unit is forced: a constant passes no gradient to its pre-activation. */
export function blockForced(da: Float64Array, fc: Forcing | null): void {
  if (fc === null) return;
  for (let j = 0; j < da.length; j++) if (fc.mask[j]) da[j] = 0;
}
