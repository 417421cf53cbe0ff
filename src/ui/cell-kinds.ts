/**
 * The UI half of the cell-kind registry (core/kinds.ts is the other): how the lab shows each
 * kind, one object per kind in src/ui/cells/. Every panel that differs by kind reads it here.
 */
import { perKind, type CellKind, type Trace } from '../core';
import { GRU_UI } from './cells/gru';
import { LSTM_UI } from './cells/lstm';
import { MGU_UI } from './cells/mgu';
import { RNN_UI } from './cells/rnn';
import type { LecturePlan } from './diagram/lecture-names';
import type { Layout } from './diagram/nodes';
import type { EquationLine } from './equations/lines';
import type { SeriesName } from './names';

/** How one kind is shown. */
export interface CellUi {
  /** its name on every control and heading ("Vanilla RNN") */
  readonly name: string;
  /** the end of the name that a narrow top bar shows (the rest is for screen readers only) */
  readonly short?: string;
  /** its series, in the order the heatmaps and readouts show them (PyTorch's gate order first) */
  readonly series: readonly SeriesName[];
  /**
   * its line in the training curves: the --color-kind-* token (tokens.css; Okabe–Ito, safe for the
   * common colour-vision deficiencies) and a dash pattern, so the lines differ without colour too
   */
  readonly style: { readonly color: string; readonly dash?: string };
  /** the cell diagram, and where lecture mode puts the large names */
  readonly layout: Layout;
  readonly lecture: LecturePlan;
  /** a gate's role where this kind's differs from SERIES's (the MGU's f replaces, the LSTM's keeps) */
  readonly roles?: Partial<Readonly<Record<SeriesName, string>>>;
  /** what each panel says about it, in plain words */
  readonly captions: {
    readonly diagram: string;
    /** after "Each row is one unit …, each column one step: " */
    readonly heatmaps: string;
    readonly equations: string;
  };
  /** its equations with unit j's numbers at step t (a trace of this kind) */
  lines(trace: Trace, t: number, j: number): EquationLine[];
}

export const CELL_UI: Readonly<Record<CellKind, CellUi>> = {
  rnn: RNN_UI,
  lstm: LSTM_UI,
  gru: GRU_UI,
  mgu: MGU_UI,
};

/** Each kind's name ("Vanilla RNN", "LSTM", "GRU", "MGU"). */
export const MODEL_NAMES = perKind((k) => CELL_UI[k].name);
/** The series each kind has, in the order the panels show them. */
export const SERIES_OF = perKind((k) => CELL_UI[k].series);
