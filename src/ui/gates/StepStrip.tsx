/**
 * A strip of the sequence's readings, one column per step as on the timeline, with the forced
 * range shaded: press and drag across it to choose the range. (The step fields beside it do the
 * same from the keyboard.)
 */
import { useMemo, useRef, type PointerEvent } from 'react';
import { EVENT_INFO } from '../../data';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { KIND_FILL } from '../timeline/Conveyor';
import { geometry, stepAt } from '../timeline/geometry';
import { useWidth } from '../use-width';

const STRIP_H = 30;
const selectEvents = (s: LabStore) => s.events;

interface Props {
  steps: readonly [number, number];
  onChoose(range: [number, number]): void;
}

export function StepStrip({ steps, onChoose }: Props) {
  const events = useLab(selectEvents);
  const [width, box] = useWidth();
  const T = events.length;
  const geo = useMemo(() => geometry(T, width), [T, width]);
  const anchor = useRef<number | null>(null);
  const stepOf = (e: PointerEvent<SVGSVGElement>) =>
    stepAt(e.clientX, e.currentTarget.getBoundingClientRect(), T);
  const extend = (e: PointerEvent<SVGSVGElement>) => {
    if (anchor.current === null) return;
    const t = stepOf(e);
    onChoose([Math.min(anchor.current, t), Math.max(anchor.current, t)]);
  };
  const [from, to] = steps;
  return (
    <div ref={box} className="step-strip">
      <svg
        width={width}
        height={STRIP_H}
        role="img"
        aria-label={`Forced steps ${from} to ${to} of 0 to ${T - 1}; drag across the readings to choose`}
        onPointerDown={(e) => {
          anchor.current = stepOf(e);
          e.currentTarget.setPointerCapture?.(e.pointerId);
          extend(e);
        }}
        onPointerMove={extend}
        onPointerUp={() => (anchor.current = null)}
        onPointerCancel={() => (anchor.current = null)}
      >
        <rect width={width} height={STRIP_H} className="strip-bg" />
        <rect
          x={geo.x(from)}
          width={geo.x(to + 1) - geo.x(from)}
          height={STRIP_H}
          className="strip-band"
        />
        {geo.col >= 9 &&
          events.map((e, t) => (
            <text
              key={t}
              x={geo.x(t) + geo.col / 2}
              y={STRIP_H / 2 + 5}
              textAnchor="middle"
              // a token: a style, as var() in a presentation attribute is not read everywhere
              style={{ fill: KIND_FILL[e.kind] }}
              className="strip-glyph"
            >
              {EVENT_INFO[e.kind].glyph}
            </text>
          ))}
      </svg>
    </div>
  );
}
