/**
 * How each kind is drawn in the training curves: a colour from the Okabe–Ito palette (safe for the
 * common colour-vision deficiencies; the --color-kind-* tokens, lighter in the dark theme) and a
 * dash pattern, so the lines differ without colour too.
 */
import type { CellKind } from '../../core';

export interface KindStyle {
  color: string;
  /** SVG stroke-dasharray; undefined: solid */
  dash?: string;
}

export const KIND_STYLE: Readonly<Record<CellKind, KindStyle>> = {
  rnn: { color: 'var(--color-kind-rnn)', dash: '7 4' },
  lstm: { color: 'var(--color-kind-lstm)' },
  gru: { color: 'var(--color-kind-gru)', dash: '2 3' },
};

/** The order the panel lists the kinds in: the plain cell first, then the gated ones. */
export const TRAIN_ORDER: readonly CellKind[] = ['rnn', 'lstm', 'gru'];
