/**
 * What the gradient panel says in words, computed from the core's numbers: a norm as printed,
 * each chart's summary for assistive tech, and the sentence that compares the three models.
 */
import { format } from 'd3-format';
import { CELL_KINDS, type CellKind } from '../../core';
import type { ScanEvent } from '../../data';
import type { GradientFlow } from '../../state/gradient-flow';
import { MODEL_NAMES } from '../cell-kinds';
import { powerOfTen } from './flow-scale';

const sci = format('.2e');
const plain = format('.2~r');

/** A norm with three significant digits: "3.21e−5"; zero prints as "0". */
export function fmtNorm(v: number): string {
  if (v === 0) return '0';
  return sci(v).replace('e+', 'e').replace('e-', 'e−');
}

/** The first wobble's step: the early cue the gradient has to reach. Null when nothing wobbles. */
export function firstWobble(events: readonly ScanEvent[]): number | null {
  const w = events.findIndex((e) => e.kind === 'wobble');
  return w < 0 ? null : w;
}

/** How many steps have no gradient at all (a forced gate can cut every path). */
const zeroCount = (norms: Float64Array) => norms.filter((v) => v === 0).length;

/** One chart in words: where its lines start and end, and where they vanish. */
export function chartSummary(flow: GradientFlow, target: number, targetName: string): string {
  const T = flow.dh.length;
  const line = (sym: string, norms: Float64Array) => {
    const zeros = zeroCount(norms);
    const cut = zeros > 0 ? `, exactly 0 at ${zeros} of ${T} steps` : '';
    return (
      `‖∂L/∂${sym}_t‖ is ${fmtNorm(norms[T - 1])} at the last step (${T - 1}), ` +
      `${fmtNorm(norms[target])} at ${targetName}${cut}`
    );
  };
  const c = flow.dc ? `; ${line('c', flow.dc)}` : '';
  return `${MODEL_NAMES[flow.kind]}, log scale: ${line('h', flow.dh)}${c}.`;
}

/** How a norm changes between two steps: a verb and a factor ("shrinks", "10⁸-fold"). */
function fold(from: number, to: number): { verb: string; times: string } {
  if (from === 0) return { verb: 'has', times: 'nothing to carry' };
  if (to === 0) return { verb: 'never arrives', times: '(exactly 0)' };
  const ratio = from / to;
  const r = ratio >= 1 ? ratio : 1 / ratio;
  const times = r >= 100 ? powerOfTen(Math.round(Math.log10(r))) : plain(r);
  return { verb: ratio >= 1 ? 'shrinks' : 'grows', times: `${times}-fold` };
}

/** "the wobble at step 3" or "step 0": what the gradient has to reach. */
export const targetName = (wobble: number | null): string =>
  wobble === null ? 'step 0' : `the wobble (step ${wobble})`;

/**
 * The lesson in one sentence, from the numbers: how much ‖∂L/∂h‖ shrinks from the last step back
 * to the first wobble (or step 0) in each model, current model first.
 */
export function teachingSentence(flows: readonly GradientFlow[], wobble: number | null): string {
  if (flows.length === 0) return '';
  const T = flows[0].dh.length;
  const target = wobble ?? 0;
  if (target === T - 1) return 'The gradient starts at the last step, so it has no steps to cross.';
  const folds = flows.map((f) => ({ ...fold(f.dh[T - 1], f.dh[target]), kind: f.kind }));
  // one verb for all when they agree: "shrinks 10⁸-fold in the RNN, 10²-fold in the LSTM …"
  const same = folds.every((x) => x.verb === folds[0].verb);
  const parts = folds.map(
    (x, k) => `${same && k > 0 ? '' : `${x.verb} `}${x.times} in the ${MODEL_NAMES[x.kind]}`,
  );
  const list =
    parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  const where = wobble === null ? 'step 0' : `the wobble at step ${wobble}`;
  return `From the last step back to ${where}, the gradient ${list}.`;
}

/** Whose gates are forced and who runs as learned, for the note beside the charts. */
export function overridesNote(kind: CellKind): string {
  const others = CELL_KINDS.filter((k) => k !== kind).map((k) => `the ${MODEL_NAMES[k]}`);
  const list =
    others.length > 1 ? `${others.slice(0, -1).join(', ')} and ${others.at(-1)}` : others[0];
  return `Forced gates belong to the ${MODEL_NAMES[kind]}; ${list} run as learned.`;
}
