/**
 * The guided lesson as data: each step names the lab state that shows its point (model, scenario,
 * step, forced gates, the panel to look at) and says what to look at. Every number in the text is
 * read from the core when it is shown (facts.ts), never written here.
 */
import { FORCEABLE, type CellKind, type GateOverride } from '../../core';
import { CANONICAL, scenario, type ScenarioId } from '../../data';
import type { LabState, LabStore, PanelId } from '../../state/lab-state';
import { gapBands } from '../../sim/sweep';
import { readBreaks } from '../sweep/read';
import { finalRisk, largest, learnedEnd, pct, riskNow, samePct } from './facts';

/** One step of the lesson: the state to put the lab in, and what to say about it. */
export interface LessonStep {
  title: string;
  kind: CellKind;
  scenarioId: ScenarioId;
  /** the step to show, 0-based; 'end' is the last reading */
  t: number | 'end';
  overrides: readonly GateOverride[];
  /** the panel the step points at (outlined while the step shows) */
  panel: PanelId;
  /** two or three sentences about the lab as it is now (after the step applied); kind: the step's */
  say(s: LabState, kind: CellKind): string;
  /** what the step offers to do beyond looking (a button under its text): the panel it shows, the
   *  part of it (a selector) it brings into view, and what it runs */
  offer?: { label: string; panel: PanelId; target?: string; run(s: LabStore): void };
}

/** The step index a lesson step or question means within its scenario. */
export const stepOf = (t: number | 'end', id: ScenarioId): number =>
  t === 'end' ? scenario(id).events.length - 1 : t;

/** The readings between a scenario's wobble and its first drift: the gap memory must bridge. */
export function gapOf(id: ScenarioId): number {
  const { events } = scenario(id);
  const wobble = events.findIndex((e) => e.kind === 'wobble');
  return events.findIndex((e) => e.kind === 'drift') - wobble - 1;
}

/** What the learner's sweep found, once it has numbers; until then, what it would measure. */
function sweepSays({ sweep }: LabState): string {
  const found = sweep && readBreaks(gapBands(sweep.results, sweep.settings.kinds), sweep.settings.kinds); // prettier-ignore
  return found
    ? `Your sweep measured it (held-out accuracy, mean over seeds): ${found}`
    : 'Run the sweep to measure it: every model trained at growing gaps, to see where each falls below 75%.';
}

const NO_WOBBLE: ScenarioId = 'drift-no-wobble';
const WOBBLE_AT = scenario(CANONICAL).events.findIndex((e) => e.kind === 'wobble');
/** how far the forget gate is held on the long gap: mostly open, not quite 1 */
export const LEAKY_FORGET = 0.9;

export const LESSON_STEPS: readonly LessonStep[] = [
  {
    title: 'The vanilla RNN reads a wobble',
    kind: 'rnn',
    scenarioId: CANONICAL,
    t: WOBBLE_AT,
    overrides: [],
    panel: 'heatmaps',
    say: (s) =>
      `At step ${s.t} the package wobbles. This one reading decides whether it jams at the very end, ${gapOf(CANONICAL)} calm readings and a drift later. Step forward (→) and watch what the vanilla RNN's hidden-state row in the heatmaps does with it.`,
  },
  {
    title: '…and overwrites its memory',
    kind: 'rnn',
    scenarioId: CANONICAL,
    t: 'end',
    overrides: [],
    panel: 'timeline',
    say: (s, kind) => {
      const without = finalRisk(s, kind, NO_WOBBLE);
      const verdict = samePct(s.risks?.[s.t] ?? null, without)
        ? 'It cannot tell the two apart: every step rewrites its one hidden state, and the calm readings overwrote the wobble.'
        : 'The closer the two numbers, the less of the wobble survived the calm: every step rewrites its one hidden state.';
      return `At the last reading the vanilla RNN gives a jam risk of ${riskNow(s)}; on the same readings without the wobble it gives ${pct(without)}. ${verdict}`;
    },
  },
  {
    title: 'Gates protect useful information',
    kind: 'lstm',
    scenarioId: CANONICAL,
    t: 'end',
    overrides: [],
    panel: 'heatmaps',
    say: (s, kind) =>
      `The LSTM gives ${riskNow(s)} here and ${pct(finalRisk(s, kind, NO_WOBBLE))} without the wobble. In the heatmaps, follow the forget gate's rows through the calm: where a unit's forget gate stays near 1, its cell state is carried forward almost untouched. That is how a gate protects what is worth keeping.`,
  },
  {
    title: 'Cell state and hidden state are different',
    kind: 'lstm',
    scenarioId: CANONICAL,
    t: 15,
    overrides: [],
    panel: 'diagram',
    say: (s) =>
      `At step ${s.t}, in the calm, the largest |c| (cell state) is ${largest(s.trace?.states.c?.at[s.t])} and the largest |h| (hidden state) is ${largest(s.trace?.hs[s.t])}. The cell state c is the memory, the belt through the diagram; the hidden state h = o ⊙ tanh(c) is only what the output gate lets out of it, to the next step and the readout.`,
  },
  {
    title: 'Confusion: gates are rules someone wrote',
    kind: 'lstm',
    scenarioId: CANONICAL,
    t: 'end',
    overrides: [{ gate: 'f', value: 0 }],
    panel: 'gates',
    say: (s) =>
      `Nobody wrote "remember wobbles" into this LSTM: each gate is computed from the reading and the last hidden state with weights learned from example sequences by gradient descent. Here the forget gate is forced shut by hand, replacing what training learned, and the final jam risk goes from ${learnedEnd(s)} (as learned) to ${riskNow(s)}. Forcing a gate is an experiment on the model, not how it works.`,
  },
  {
    title: 'The GRU keeps the idea with fewer parts',
    kind: 'gru',
    scenarioId: CANONICAL,
    t: 'end',
    overrides: [],
    panel: 'diagram',
    say: (s, kind) =>
      `The GRU has ${FORCEABLE.gru.length} gates where the LSTM has ${FORCEABLE.lstm.length}, and no separate cell state: its hidden state is the memory. It still carries the wobble through the calm: ${riskNow(s)} with it, ${pct(finalRisk(s, kind, NO_WOBBLE))} without it. Between it and the vanilla RNN sits the MGU (the fourth model, key 4): a single gate that does the GRU's two jobs.`,
  },
  {
    title: 'Confusion: a GRU is a small LSTM',
    kind: 'gru',
    scenarioId: CANONICAL,
    t: 'end',
    overrides: [{ gate: 'z', value: 1 }],
    panel: 'diagram',
    say: (s) =>
      `The GRU's update gate z does two jobs at once: the new state is z times the old one plus (1 − z) times the candidate, so keeping and writing are tied together, where the LSTM decides them with separate gates. Forced to 1 here, z keeps the old state and ignores every reading: the final risk goes from ${learnedEnd(s)} (as learned) to ${riskNow(s)}. It is a different wiring, not an LSTM with parts removed.`,
  },
  {
    title: 'Confusion: gates solve every long dependency',
    kind: 'lstm',
    scenarioId: 'long-gap-jam',
    t: 'end',
    overrides: [{ gate: 'f', value: LEAKY_FORGET }],
    panel: 'gates',
    say: (s) =>
      `Here the wobble comes ${gapOf('long-gap-jam')} readings before the drift. As learned, the LSTM still bridges it (${learnedEnd(s)}), but that needs its forget gate to stay very close to 1 at every step; held at ${LEAKY_FORGET}, still mostly open, the memory shrinks at every step and the final risk is ${riskNow(s)}. Gates make long memories learnable, not free: the longer the gap, the closer to 1 a gate must stay, and the harder that is to learn. ${sweepSays(s)}`,
    offer: {
      label: 'Run the sweep',
      panel: 'training',
      target: '.sweep',
      run: (s) => s.runSweep(),
    },
  },
];
