/**
 * The conveyor row: one icon per scanner reading — its kind's glyph, coloured by kind, and a bar
 * whose height is the magnitude. Depends only on the events and the width, so stepping does not
 * redraw it.
 */
import { memo } from 'react';
import { EVENT_INFO, type EventKind, type ScanEvent } from '../../data';
import { BELT_H, barHeight, type Geometry } from './geometry';

/**
 * Kind colours, the --color-event-* tokens: distinct in hue and lightness, each AA-readable on
 * the belt in both themes (≥ 7:1 in lecture mode, which re-points the tokens). Set as a style,
 * so the theme and lecture mode reach them without a re-render.
 */
export const KIND_FILL: Readonly<Record<EventKind, string>> = {
  ok: 'var(--color-event-ok)',
  wobble: 'var(--color-event-wobble)',
  stable: 'var(--color-event-stable)',
  drift: 'var(--color-event-drift)',
  blip: 'var(--color-event-blip)',
};

/** Below this column width glyphs would overlap, so only the bars are drawn. */
const MIN_GLYPH_COL = 11;

export const Conveyor = memo(function Conveyor({
  events,
  geo,
}: {
  events: readonly ScanEvent[];
  geo: Geometry;
}) {
  const { col } = geo;
  return (
    <g className="conveyor">
      <rect x={0} y={0} width={geo.width} height={BELT_H} className="belt" />
      {events.map((e, t) => {
        const info = EVENT_INFO[e.kind];
        const barH = barHeight(e.magnitude);
        const barW = Math.max(1, Math.min(8, col - 2));
        return (
          <g key={t} transform={`translate(${geo.x(t)},0)`} data-kind={e.kind}>
            <title>{`step ${t}: ${info.label}, magnitude ${e.magnitude.toFixed(2)} (${info.meaning})`}</title>
            <rect width={col} height={BELT_H} fill="transparent" />
            {col >= MIN_GLYPH_COL && (
              <text
                x={col / 2}
                y={19}
                textAnchor="middle"
                style={{ fill: KIND_FILL[e.kind] }}
                className="glyph"
              >
                {info.glyph}
              </text>
            )}
            <rect
              x={(col - barW) / 2}
              y={BELT_H - 3 - barH}
              width={barW}
              height={barH}
              style={{ fill: KIND_FILL[e.kind] }}
            />
          </g>
        );
      })}
    </g>
  );
});
