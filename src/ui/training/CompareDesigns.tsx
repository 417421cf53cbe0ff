/**
 * "Compare the designs": a row per design (each kind, and each design without a gate trained
 * beside them) at the chosen hidden size — its parameters and
 * multiply-adds per step (counted by the core), and the time per update, held-out accuracy and
 * updates to 95% that the last run measured in this browser — read in one sentence below.
 */
import { useId, useMemo } from 'react';
import { format } from 'd3-format';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { designRows, LEARNED, readDesigns } from './compare';
import { designName, designShort, designStyle } from './designs';

const selectH = (s: LabStore) => s.trainSettings.H;
const selectRuns = (s: LabStore) => s.runs;

const fmtCount = format(',');
const fmtMs = format('.2~r');
const fmtPct = format('.1~%');
const NOT_YET = '–';

/** The columns' headers, in full and as a phone shows them. */
const COLUMNS = [
  ['Model', 'Model'],
  ['Parameters', 'Params'],
  ['Multiply-adds per step', 'MACs'],
  ['Time per update (ms)', 'ms / update'],
  ['Held-out accuracy', 'Held-out'],
  [`Updates to ${fmtPct(LEARNED)}`, `To ${fmtPct(LEARNED)}`],
] as const;

export function CompareDesigns() {
  const noteId = useId();
  const H = useLab(selectH);
  const runs = useLab(selectRuns);
  const rows = useMemo(() => designRows(H, runs), [H, runs]);
  // the measured columns are the last run's, which may have had another H or gap
  const last = Object.values(runs).find((r) => r.settings)?.settings ?? null;
  const measured = last
    ? `time and accuracy from the last run (H = ${last.H}, gap ${last.gap}), measured in this browser with every model training at once`
    : 'time and accuracy once you train'; // prettier-ignore
  return (
    <div className="compare-designs">
      <table aria-describedby={noteId}>
        <caption>Compare the designs</caption>
        <thead>
          <tr>
            {COLUMNS.map(([full, short]) => (
              // a phone shows the short form; screen readers always read the full one
              <th key={full} scope="col">
                <span className="narrow-sr">{full}</span>
                <span className="col-short" aria-hidden="true">
                  {short}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.design}>
              <th scope="row" style={{ borderLeftColor: designStyle(r.design).color }}>
                <span className="narrow-sr">{designName(r.design)}</span>
                <span className="col-short" aria-hidden="true">
                  {designShort(r.design)}
                </span>
              </th>
              <td>{fmtCount(r.params)}</td>
              <td>{fmtCount(r.macs)}</td>
              <td>{r.msPerUpdate === null ? NOT_YET : fmtMs(r.msPerUpdate)}</td>
              <td>{r.accuracy === null ? NOT_YET : fmtPct(r.accuracy)}</td>
              <td>
                {r.updatesToLearn !== null
                  ? fmtCount(r.updatesToLearn)
                  : r.accuracy === null
                    ? NOT_YET
                    : 'never'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="caption" id={noteId}>
        Counts at H = {H}, by the core; {measured}.
      </p>
      <p className="compare-reading">{readDesigns(rows, last?.gap ?? null)}</p>
    </div>
  );
}
