/**
 * Each gate a reader may force, as a real button over its symbol in the diagram, named by the gate
 * ("Forget gate"): it opens the gate's dialog. A forced gate wears a badge with the value it is
 * forced to, in the colour forced gates have everywhere. HTML over the SVG, placed in the view's
 * coordinates as percentages, so it scales with the figure and stays ≥ a touch target.
 */
import { useId, type CSSProperties } from 'react';
import type { GateName } from '../../core';
import { selectGateMode, selectGateRemoved, selectGateValue } from '../../state/selectors';
import { useLab } from '../../state/use-lab';
import { SERIES } from '../names';
import type { GateDialogState } from './use-gate-dialog';
import type { ViewRows } from './lecture-names';
import { VIEW, type Layout, type VectorNode } from './nodes';
import { stackTop } from './valves';
import './gate-buttons.css';

/** The button's foot sits this far (view units) above its stack, clear of the stack's outline. */
const FOOT = 2;
/** Gates closer than this (view units) are neighbours: their buttons lean apart (see the CSS). */
const NEAR = 120;

/** "0", "1", or a custom value to two places. */
const badgeText = (value: number) =>
  value === 0 || value === 1 ? String(value) : value.toFixed(2);

interface ButtonProps {
  gate: GateName;
  node: VectorNode;
  /** −1 leans left, 1 right: a neighbour on a phone's narrow figure is nearer than a touch target */
  lean: -1 | 0 | 1;
  rows: ViewRows;
  dialogId: string;
  dialog: GateDialogState;
}

function GateButton({ gate, node, lean, rows, dialogId, dialog }: ButtonProps) {
  const id = useId();
  const forced = useLab((s) => selectGateMode(s, gate)) !== 'learned';
  const removed = useLab((s) => selectGateRemoved(s, gate));
  const value = useLab((s) => selectGateValue(s, gate));
  const open = dialog.open === gate;
  const { name } = SERIES[gate];
  const style = {
    left: `${(node.x / VIEW.width) * 100}%`,
    top: `${((stackTop(node) - FOOT - rows.y) / rows.height) * 100}%`,
    '--lean': lean,
  } as CSSProperties;
  return (
    <button
      ref={dialog.buttonRef(gate)}
      type="button"
      className={`gate-button ${removed ? 'removed' : forced ? 'forced' : ''}`}
      style={style}
      aria-label={name}
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-controls={open ? dialogId : undefined}
      aria-describedby={forced || removed ? `${id}-badge` : undefined}
      title={removed ? `${name}: removed, held at 1` : `${name}: force it by hand`}
      onClick={() => dialog.press(gate)}
      onKeyDown={(e) => open && e.key === 'Escape' && dialog.close()}
    >
      {removed && (
        <>
          <span className="gate-badge" aria-hidden="true">
            removed
          </span>
          <span id={`${id}-badge`} className="sr-only">
            removed: the model was trained without it, held at 1
          </span>
        </>
      )}
      {!removed && forced && value !== null && (
        <>
          <span className="gate-badge" aria-hidden="true">
            {badgeText(value)}
          </span>
          <span id={`${id}-badge`} className="sr-only">
            {`forced to ${badgeText(value)}`}
          </span>
        </>
      )}
    </button>
  );
}

interface Props {
  layout: Layout;
  /** the gates this kind may force (FORCEABLE) */
  gates: readonly GateName[];
  rows: ViewRows;
  dialogId: string;
  dialog: GateDialogState;
}

/** The buttons of a layout's forceable gates, left to right as drawn (none for the vanilla RNN). */
export function GateButtons({ layout, gates, rows, dialogId, dialog }: Props) {
  const forceable = (node: VectorNode): node is VectorNode & { series: GateName } =>
    (gates as readonly string[]).includes(node.series ?? '');
  const nodes = layout.nodes.filter(forceable);
  const near = (node: VectorNode, side: -1 | 1) =>
    nodes.some((m) => m !== node && side * (m.x - node.x) > 0 && Math.abs(m.x - node.x) < NEAR);
  return nodes.map((node) => (
    <GateButton
      key={node.id}
      gate={node.series}
      node={node}
      lean={near(node, 1) ? -1 : near(node, -1) ? 1 : 0}
      rows={rows}
      dialogId={dialogId}
      dialog={dialog}
    />
  ));
}
