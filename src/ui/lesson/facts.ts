/**
 * The numbers the lesson quotes, computed by the core at the moment they are shown: a lesson's
 * text never carries a result of its own, so it cannot drift from what the lab draws.
 */
import type { CellKind, GateOverride, Model } from '../../core';
import { scenario, type ScenarioId } from '../../data';
import { derive } from '../../state/derive';
import type { LabState } from '../../state/lab-state';
import { format } from 'd3-format';
import { fmtPercent } from '../format';

/**
 * Risks already computed, per model: a step's text is read on every store update (a playing lab
 * updates 30 times a second), but its facts change only with the model.
 */
const known = new WeakMap<Model, Map<string, number>>();

/** The jam risk at the last reading of a curated scenario, or null before the model loads. */
export function finalRisk(
  s: Pick<LabState, 'models'>,
  kind: CellKind,
  id: ScenarioId,
  overrides: readonly GateOverride[] = [],
): number | null {
  const model = s.models[kind];
  if (!model) return null;
  let cache = known.get(model);
  if (!cache) known.set(model, (cache = new Map()));
  const key = `${id} ${JSON.stringify(overrides)}`;
  let risk = cache.get(key);
  if (risk === undefined) {
    const { events } = scenario(id);
    const { risks } = derive({ models: s.models, kind, events, overrides, original: events, compare: false }); // prettier-ignore
    risk = risks![risks!.length - 1];
    cache.set(key, risk);
  }
  return risk;
}

/** A risk as the lab writes it ("87%"), or "…" while the model loads. */
export const pct = (p: number | null): string => (p === null ? '…' : fmtPercent(p));

/** The jam risk the lab shows now, at t, written as a percentage. */
export const riskNow = (s: Pick<LabState, 'risks' | 't'>): string => pct(s.risks?.[s.t] ?? null);

/** The jam risk at the last reading of the run as learned (no forced gate), as a percentage. */
export const learnedEnd = (s: Pick<LabState, 'baseline' | 'risks'>): string => {
  const risks = s.baseline?.risks ?? s.risks;
  return pct(risks ? risks[risks.length - 1] : null);
};

/** Whether two risks read as the same percentage on screen. */
export const samePct = (a: number | null, b: number | null): boolean => pct(a) === pct(b);

const fmtSize = format('.3f');

/** The largest |value| in a state vector, to three decimals, or "…". */
export function largest(v: Float64Array | undefined): string {
  if (!v) return '…';
  return fmtSize(v.reduce((m, x) => Math.max(m, Math.abs(x)), 0));
}
