/**
 * One vector of the diagram: its symbol, name and outline over the valves the canvas draws, the
 * chosen unit's ring and value, and a veil while the step's flow has not reached it. Focusable:
 * ↑/↓ choose the unit, and the diagram's readout says the value. A mouse reads the unit it hovers,
 * a finger the unit it presses (a touch has no hover).
 */
import { memo, type KeyboardEvent, type PointerEvent } from 'react';
import { TURN, useTurn } from '../turns';
import { fmtValue } from '../format';
import { NAME_LINE, type NameText } from './lecture-names';
import { STACK } from './nodes';
import { Sym } from './Sym';

export interface StackProps {
  x: number;
  y: number;
  values: Float64Array;
  symbol: readonly [string, string];
  /** the node's name, placed: under the stack, or where lecture mode's large type has room */
  name: NameText;
  /** the unit row to outline, or −1 */
  unit: number;
  dim: boolean;
  label: string;
  onProbe(unit: number): void;
  onKey(e: KeyboardEvent<SVGGElement>): void;
}

export const Stack = memo(function Stack(p: StackProps) {
  const named = useTurn(TURN.names);
  const n = p.values.length;
  const rowH = STACK.height / n;
  const left = p.x - STACK.width / 2;
  const unitAt = (e: PointerEvent<SVGGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return Math.min(n - 1, Math.max(0, Math.floor(((e.clientY - r.top) / r.height) * n)));
  };
  return (
    <g
      className={`stack ${p.dim ? 'dim' : ''}`}
      tabIndex={0}
      role="img"
      aria-label={p.label}
      onPointerMove={(e) => p.onProbe(unitAt(e))}
      onPointerDown={(e) => p.onProbe(unitAt(e))}
      onFocus={() => p.onProbe(Math.min(Math.max(p.unit, 0), n - 1))}
      onKeyDown={p.onKey}
    >
      <Sym x={p.x} y={p.y - 8} symbol={p.symbol} />
      <rect x={left} y={p.y} width={STACK.width} height={STACK.height} className="track" />
      {/* not reached yet in this step's flow: veiled by one plain rect (an opacity group would
          make the browser repaint the whole stack off-screen on every stage change) */}
      {p.dim && (
        <rect
          x={left - 1}
          y={p.y - 1}
          width={STACK.width + 2}
          height={STACK.height + 2}
          className="veil"
        />
      )}
      {p.unit >= 0 && p.unit < n && !p.dim && (
        <>
          <rect
            x={left - 2}
            y={p.y + p.unit * rowH}
            width={STACK.width + 4}
            height={rowH}
            className="unit-ring"
          />
          {/* the chosen unit's value, readable at a glance (and projected) without hovering */}
          <text
            x={left + STACK.width + 4}
            y={p.y + (p.unit + 0.5) * rowH + 3.5}
            className="unit-value"
            aria-hidden="true"
          >
            {fmtValue(p.values[p.unit])}
          </text>
        </>
      )}
      {named && (
        <text x={p.name.x} y={p.name.y} className="node-name" textAnchor={p.name.anchor}>
          {p.name.lines[0]}
          {p.name.lines.slice(1).map((line) => (
            <tspan key={line} x={p.name.x} dy={NAME_LINE}>
              {line}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
});
