/** The words under a heatmap: the value of the cell being read, or how to read one. */
import { fmtValue } from '../format';
import type { SeriesName } from '../names';
import { SERIES } from '../names';
import type { Cell } from './heatmap-nav';
import { useActiveCell } from './use-active-cell';

interface Props {
  id: string;
  series: SeriesName;
  rows: readonly Float64Array[];
  /** the series as learned, while gates are forced */
  ghost?: readonly Float64Array[] | null;
  H: number;
  hover: Cell | null;
  focused: boolean;
}

export function Readout({ id, series, rows, ghost, H, hover, focused }: Props) {
  const active = useActiveCell(hover, focused, H, rows.length);
  const text = active
    ? `${SERIES[series].name}, unit ${active.j}, step ${active.t}: ${fmtValue(rows[active.t][active.j])}` +
      (ghost?.[active.t] ? ` (as learned ${fmtValue(ghost[active.t][active.j])})` : '')
    : 'Point at a cell, or focus the map and use the arrow keys, to read a value.';
  return (
    <p id={id} role="status" className="heatmap-readout">
      {text}
    </p>
  );
}
