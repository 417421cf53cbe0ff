/**
 * Forcing, as the cells see it: per step, per forceable gate, which units hold a constant instead
 * of their learned activation. overrides.ts turns a learner's overrides into these; a cell's step
 * applies them after σ, and its step-backward blocks the gradient of every forced unit.
 */
import type { GateOverride } from './overrides';

/** One gate at one step: where mask[j] = 1 the activation of unit j is value[j]. */
export interface Forcing {
  readonly mask: Uint8Array;
  readonly value: Float64Array;
}

/** The forcings of one step, per forceable gate (null: the gate runs as learned). */
export type StepForcing<G extends string = string> = Readonly<Record<G, Forcing | null>>;

/**
 * Resolves overrides (already validated) into one StepForcing per step for the given gates. Later
 * overrides win where two cover the same unit and step. Steps past T − 1 are ignored.
 */
export function resolveForcing(
  gates: readonly string[],
  T: number,
  H: number,
  overrides: readonly GateOverride[],
): StepForcing[] {
  const steps: Record<string, Forcing | null>[] = Array.from({ length: T }, () =>
    Object.fromEntries(gates.map((g) => [g, null])),
  );
  for (const gate of gates) {
    const mine = overrides.filter((o) => o.gate === gate);
    if (mine.length === 0) continue;
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
      if (m.includes(1)) steps[t][gate] = { mask: m, value: value.subarray(t * H, (t + 1) * H) };
    }
  }
  return steps;
}

/**
 * gate[j] = value[j] wherever unit j is forced. A minibatch's gate holds B blocks of H units, one per
 * sequence; the same units are forced in every block (the batch's sequences share the overrides and
 * are aligned at step 0).
 */
export function applyForcing(gate: Float64Array, fc: Forcing | null): void {
  if (fc === null) return;
  const { mask, value } = fc;
  const H = mask.length;
  for (let o = 0; o < gate.length; o += H) {
    for (let j = 0; j < H; j++) if (mask[j]) gate[o + j] = value[j];
  }
}

/**
 * da[j] = 0 wherever unit j is forced (in every block of a minibatch): a constant passes no
 * gradient to its pre-activation.
 */
export function blockForced(da: Float64Array, fc: Forcing | null): void {
  if (fc === null) return;
  const { mask } = fc;
  const H = mask.length;
  for (let o = 0; o < da.length; o += H) {
    for (let j = 0; j < H; j++) if (mask[j]) da[o + j] = 0;
  }
}
