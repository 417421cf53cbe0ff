/**
 * The lesson's curated scenarios (DESIGN §3), written out reading by reading so each one tells its
 * story exactly. Their labels come from the ground-truth rule, not from here.
 */
import type { EventKind, ScanEvent } from './events';
import { DEFAULT_K, jams } from './label';

export type ScenarioId =
  'wobble-drift-jam' | 'drift-no-wobble' | 'wobble-then-calm' | 'blips-then-drift' | 'long-gap-jam';

export interface Scenario {
  id: ScenarioId;
  name: string;
  /** the story in one line */
  story: string;
  events: ScanEvent[];
}

/** The scenario the lab opens on. */
export const CANONICAL: ScenarioId = 'wobble-drift-jam';

/** n calm readings: mostly stable, an ok every third step. */
function calm(n: number): ScanEvent[] {
  return Array.from({ length: n }, (_, k) =>
    k % 3 === 2 ? { kind: 'ok', magnitude: 0.06 } : { kind: 'stable', magnitude: 0.02 },
  );
}

const one = (kind: EventKind, magnitude: number): ScanEvent[] => [{ kind, magnitude }];
const ok = (n: number): ScanEvent[] =>
  Array.from({ length: n }, () => ({ kind: 'ok', magnitude: 0.05 }));

/** n drift readings whose offset grows from 0.2 to 0.8. */
function drift(n: number): ScanEvent[] {
  return Array.from({ length: n }, (_, k) => ({
    kind: 'drift',
    magnitude: Math.round((0.2 + (0.6 * k) / (n - 1)) * 100) / 100,
  }));
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'wobble-drift-jam',
    name: 'Wobble, calm, long drift: jam',
    story: 'The package wobbles early, settles for 20 readings, then drifts for 6: it jams.',
    events: [...ok(3), ...one('wobble', 0.9), ...calm(20), ...drift(6)],
  },
  {
    id: 'drift-no-wobble',
    name: 'Drift without a wobble: no jam',
    story: 'The same long drift, but nothing wobbled early: it runs through.',
    events: [...ok(3), ...one('ok', 0.05), ...calm(20), ...drift(6)],
  },
  {
    id: 'wobble-then-calm',
    name: 'Wobble, then calm: no jam',
    story: 'The package wobbles early and never drifts: it runs through.',
    events: [...ok(3), ...one('wobble', 0.9), ...calm(28)],
  },
  {
    id: 'blips-then-drift',
    name: 'Blips, then drift: no jam',
    story: 'Tiny sensor blips where a wobble would be, then a long drift: blips are noise, no jam.',
    events: [
      ...ok(2),
      ...one('blip', 0.2),
      ...ok(1),
      ...one('blip', 0.15),
      ...calm(19),
      ...drift(6),
    ],
  },
  {
    id: 'long-gap-jam',
    name: 'Very long gap: jam',
    story:
      'A wobble, then 44 calm readings before the drift: the vanilla RNN has forgotten; gated cells remember.',
    events: [...ok(3), ...one('wobble', 0.9), ...calm(44), ...drift(6)],
  },
];

/** The scenario with this id; throws when there is none. */
export function scenario(id: ScenarioId): Scenario {
  const s = SCENARIOS.find((x) => x.id === id);
  if (!s) throw new Error(`unknown scenario ${JSON.stringify(id)}`);
  return s;
}

/** The ground-truth label of a scenario (1 = jam). */
export function scenarioLabel(s: Scenario, K = DEFAULT_K): 0 | 1 {
  return jams(s.events, K) ? 1 : 0;
}
