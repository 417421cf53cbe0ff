/**
 * One units × steps heatmap of one series: a figure named by the series, a canvas body that draws
 * only when the trace changes, an overlay and a readout that follow the step. The map is one tab
 * stop: arrows move the read cell (left/right and Home/End also move the lab's step, up/down its
 * unit), a click goes to the step under the pointer, hovering reads a cell without moving.
 */
import { memo, useId, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useLabStore } from '../../state/use-lab';
import type { SeriesName } from '../names';
import { SERIES } from '../names';
import { HeatmapCanvas } from './HeatmapCanvas';
import { HeatmapOverlay } from './HeatmapOverlay';
import { cellAt, nextCell, plotHeight, type Cell } from './heatmap-nav';
import { Legend } from './Legend';
import { Readout } from './Readout';

interface Props {
  series: SeriesName;
  /** the series' values by step: rows[t][j] */
  rows: readonly Float64Array[];
  H: number;
  /** the series as learned, while gates are forced (drawn under each unit's row) */
  ghost?: readonly Float64Array[] | null;
}

function HeatmapImpl({ series, rows, H, ghost = null }: Props) {
  const store = useLabStore();
  const captionId = useId();
  const readoutId = useId();
  const [hover, setHover] = useState<Cell | null>(null);
  const [focused, setFocused] = useState(false);
  const T = rows.length;
  const name = SERIES[series].name;

  /** the cell under a pointer event (pointer events are mouse events too) */
  const cellOf = (e: MouseEvent<HTMLElement>) =>
    cellAt(e.currentTarget.getBoundingClientRect(), e.clientX, e.clientY, H, T);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const { t, unit, seek, setUnit } = store.getState();
    const next = nextCell(e.key, { j: unit, t }, H, T);
    if (!next) return;
    // the map owns its arrows while focused: no page scroll, no app-wide step shortcut as well
    e.preventDefault();
    e.stopPropagation();
    setHover(null);
    if (next.t !== t) seek(next.t);
    if (next.j !== unit) setUnit(next.j);
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const cell = cellOf(e);
    if (!cell) return;
    store.getState().seek(cell.t);
    store.getState().setUnit(cell.j);
  };

  return (
    <figure className="heatmap" aria-labelledby={captionId}>
      <figcaption className="heatmap-caption">
        <span id={captionId}>{name}</span>{' '}
        <span className="heatmap-symbol" aria-hidden="true">
          {SERIES[series].symbol}
        </span>
      </figcaption>
      <div
        className="heatmap-plot"
        role="group"
        tabIndex={0}
        aria-label={`${name} heatmap, units × steps`}
        aria-describedby={readoutId}
        style={{ height: plotHeight(H) }}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onPointerMove={(e) => {
          const cell = cellOf(e);
          // re-render only when the pointer crosses into another cell
          setHover((was) => (was?.j === cell?.j && was?.t === cell?.t ? was : cell));
        }}
        onPointerLeave={() => setHover(null)}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      >
        <HeatmapCanvas series={series} rows={rows} H={H} ghost={ghost} />
        <HeatmapOverlay H={H} T={T} hover={hover} focused={focused} />
      </div>
      <div className="heatmap-foot">
        <Readout
          id={readoutId}
          series={series}
          rows={rows}
          ghost={ghost}
          H={H}
          hover={hover}
          focused={focused}
        />
        <Legend series={series} />
      </div>
    </figure>
  );
}

export const Heatmap = memo(HeatmapImpl);
