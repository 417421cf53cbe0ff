/**
 * Gate overrides: a gate's activation replaced by a constant, per unit and per step range.
 *
 * A forced unit is a constant, so no gradient flows into its pre-activation: backward zeroes the
 * pre-activation gradient of every forced unit (DESIGN §4).
 */
import { CELL_KINDS, CELLS, perKind, type CellKind, type GateName } from './kinds';

export type { GateName };

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

/** The gates each kind may force (from the registry). Candidates (g, n) are not gates. */
export const FORCEABLE = perKind<readonly GateName[]>((k) => CELLS[k].forceable);

/** Every gate some kind may force, and which kinds force it: "i, f, o (lstm) and r, z (gru)". */
const ALL_GATES = [...new Set(CELL_KINDS.flatMap((k) => FORCEABLE[k]))];
const WHO_FORCES = CELL_KINDS.filter((k) => FORCEABLE[k].length > 0)
  .map((k) => `${FORCEABLE[k].join(', ')} (${k})`)
  .join(' and ');

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
    if (!(ALL_GATES as unknown[]).includes(o.gate)) {
      throw new Error(`${at}: unknown gate ${JSON.stringify(o.gate)}; gates are ${WHO_FORCES}`);
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

/** True when two lists of overrides force the same gates, units, steps and values, in order. */
export function sameOverrides(a: readonly GateOverride[], b: readonly GateOverride[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const p = a[k];
    const q = b[k];
    if (p.gate !== q.gate || p.value !== q.value || p.from !== q.from || p.to !== q.to)
      return false;
    if (p.units === undefined || q.units === undefined) {
      if (p.units !== q.units) return false;
    } else if (p.units.length !== q.units.length || p.units.some((j, i) => j !== q.units![i])) {
      return false;
    }
  }
  return true;
}
