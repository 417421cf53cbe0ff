/**
 * One vector of the diagram as a stack of valves, one row per unit. A gate's valve opens as wide
 * as its activation; a state's cell is coloured by its sign and size. Focusable: ↑/↓ choose the
 * unit, and the diagram's readout says the value.
 */
import { memo, type KeyboardEvent, type PointerEvent } from 'react';
import { fmtValue } from '../format';
import { gateColor, stateColor } from '../scales';
import { STACK, type Scale } from './nodes';
import { Sym } from './Sym';

export interface StackProps {
  x: number;
  y: number;
  values: Float64Array;
  scale: Scale;
  symbol: readonly [string, string];
  name: string;
  /** per unit, whether a hand-forced value replaced the gate */
  forced: Uint8Array | null;
  /** the unit row to outline, or −1 */
  unit: number;
  dim: boolean;
  /** top-row names go above the symbol, clear of the wires between the rows */
  nameAbove: boolean;
  label: string;
  onProbe(unit: number): void;
  onKey(e: KeyboardEvent<SVGGElement>): void;
}

const clamp01 = (v: number) => Math.max(0, Math.min(1, v));

export const Stack = memo(function Stack(p: StackProps) {
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
      onFocus={() => p.onProbe(Math.min(Math.max(p.unit, 0), n - 1))}
      onKeyDown={p.onKey}
    >
      <Sym x={p.x} y={p.y - 8} symbol={p.symbol} />
      <rect x={left} y={p.y} width={STACK.width} height={STACK.height} className="track" />
      {Array.from(p.values, (v, j) => {
        const y = p.y + j * rowH;
        const gate = p.scale !== 'state';
        return (
          <rect
            key={j}
            x={left}
            y={y + (rowH > 4 ? 0.5 : 0)}
            width={gate ? STACK.width * clamp01(v) : STACK.width}
            height={rowH > 4 ? rowH - 1 : rowH}
            fill={gate ? gateColor(clamp01(v)) : stateColor(v)}
            className={p.forced?.[j] ? 'forced' : undefined}
          />
        );
      })}
      {p.unit >= 0 && p.unit < n && (
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
      <text
        x={p.x}
        y={p.nameAbove ? p.y - 26 : p.y + STACK.height + 15}
        className="node-name"
        textAnchor="middle"
      >
        {p.name}
      </text>
    </g>
  );
});
