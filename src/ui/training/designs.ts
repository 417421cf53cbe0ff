/**
 * How the training panel names and draws a design: a full kind as its own name and line, a
 * design without a gate as "LSTM without forget gate" in its kind's colour, with a dash of its own
 * (each removed gate has one), so the curves of one kind's designs stay apart.
 */
import type { GateName } from '../../core';
import { designVariant, type Design } from '../../sim/variant';
import { CELL_UI, MODEL_NAMES } from '../cell-kinds';
import { SERIES } from '../names';

/** The dash of a design without this gate (full designs keep their kind's). */
const REMOVED_DASH: Readonly<Record<GateName, string>> = {
  f: '1 3',
  i: '5 3',
  o: '9 3 1 3',
  r: '1 3',
  z: '5 3',
};

/** "LSTM", "LSTM without forget gate". */
export function designName(d: Design): string {
  const { kind, removed } = designVariant(d);
  return removed
    ? `${MODEL_NAMES[kind]} without ${SERIES[removed].name.toLowerCase()}`
    : MODEL_NAMES[kind];
}

/** The short name a narrow screen shows: "RNN", "LSTM − f". */
export function designShort(d: Design): string {
  const { kind, removed } = designVariant(d);
  const short = CELL_UI[kind].short ?? MODEL_NAMES[kind];
  return removed ? `${short} − ${removed}` : short;
}

/** The colour and dash of its lines. */
export function designStyle(d: Design): { color: string; dash?: string } {
  const { kind, removed } = designVariant(d);
  const { color, dash } = CELL_UI[kind].style;
  return { color, dash: removed ? REMOVED_DASH[removed] : dash };
}
