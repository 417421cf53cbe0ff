/**
 * The knowledge check as data: three multiple-choice questions, each with an explanation (its
 * numbers read from the core when shown) and the lab state that proves the answer, as a link.
 */
import { FORCEABLE, type CellKind, type GateOverride } from '../../core';
import { CANONICAL, scenario, type ScenarioId } from '../../data';
import type { LabState } from '../../state/lab-state';
import type { LinkState } from '../../state/link';
import { finalRisk, pct } from './facts';
import { stepOf } from './steps';

export interface Question {
  ask: string;
  options: readonly string[];
  /** the index of the right option */
  answer: number;
  /** why, right or wrong, with the numbers the proof shows */
  /** the explanation, its numbers from the core; kind: the proof's model */
  explain(s: Pick<LabState, 'models'>, kind: CellKind): string;
  /** the lab state that shows the answer */
  proof: ProofState;
}

/** What a proof link shows; the lesson, its answers and lecture mode stay as the learner has them. */
export type ProofState = Omit<
  LinkState,
  'lecture' | 'hiddenPanels' | 'hiddenControls' | 'lesson' | 'answers'
>;

/** The lab state a proof link opens: a curated scenario at one step, with gates forced. */
export function proofState(
  kind: CellKind,
  scenarioId: ScenarioId,
  overrides: readonly GateOverride[] = [],
  t: number | 'end' = 'end',
): ProofState {
  return {
    kind,
    scenarioId,
    events: scenario(scenarioId).events,
    t: stepOf(t, scenarioId),
    overrides,
    customGates: [],
    forceScope: { units: null, steps: null },
    unit: 0,
  };
}

const SHUT_FORGET: GateOverride[] = [{ gate: 'f', value: 0 }];
const FROZEN_UPDATE: GateOverride[] = [{ gate: 'z', value: 1 }];

export const QUESTIONS: readonly Question[] = [
  {
    ask: 'Why does the vanilla RNN give about the same final jam risk with and without the early wobble?',
    options: [
      'The readings after the wobble overwrote it in its hidden state',
      'Its designers wrote a rule that ignores wobbles',
      'It never reads the early readings',
    ],
    answer: 0,
    explain: (s, kind) =>
      `It reads every reading and follows no hand-written rule, but every step rewrites its one hidden state, so the calm wipes out the wobble: the final risk is ${pct(finalRisk(s, kind, CANONICAL))} with the wobble and ${pct(finalRisk(s, kind, 'drift-no-wobble'))} without it. The link opens the run without the wobble.`,
    proof: proofState('rnn', 'drift-no-wobble'),
  },
  {
    ask: 'In an LSTM, what carries the wobble across the calm readings?',
    options: [
      'The hidden state h, on its own',
      'The cell state c, kept while the forget gate stays near 1',
      'The output gate',
    ],
    answer: 1,
    explain: (s, kind) =>
      `The cell state is the memory: the forget gate multiplies it at every step, and near 1 it passes forward almost untouched; the hidden state is only what the output gate lets out of it. Shut the forget gate and the cell forgets at every step: the final risk falls from ${pct(finalRisk(s, kind, CANONICAL))} to ${pct(finalRisk(s, kind, CANONICAL, SHUT_FORGET))}.`,
    proof: proofState('lstm', CANONICAL, SHUT_FORGET),
  },
  {
    ask: 'What is a GRU?',
    options: [
      'An LSTM with fewer hidden units',
      'A different design: an update gate mixes the old state and the new, and there is no cell state',
      'A vanilla RNN with a forget gate added',
    ],
    answer: 1,
    explain: (s, kind) =>
      `A GRU has ${FORCEABLE.gru.length} gates (update and reset) and no cell state; its update gate z keeps the old state in proportion z and writes the new candidate in proportion 1 − z, one gate for what the LSTM does with two. Force z to 1 and the state freezes: the final risk goes from ${pct(finalRisk(s, kind, CANONICAL))} to ${pct(finalRisk(s, kind, CANONICAL, FROZEN_UPDATE))}.`,
    proof: proofState('gru', CANONICAL, FROZEN_UPDATE),
  },
];
