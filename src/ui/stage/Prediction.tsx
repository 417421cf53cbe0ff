/**
 * The prediction going out, beside the cell: the jam risk at t (the pinned "Jam risk" status) on a
 * gauge against the 50% line and the ground truth, and what the reader's changes did to it — the
 * what-if of forced gates and of edits, each with both runs' final risks from the core.
 */
import { jams } from '../../data';
import type { LabStore } from '../../state/lab-state';
import { selectJamRisk } from '../../state/selectors';
import { useLab } from '../../state/use-lab';
import { editEffect } from '../editor/compare';
import { selectWhatIf } from '../gates/select-what-if';
import { JamRisk } from '../JamRisk';

const last = (a: Float64Array) => a[a.length - 1];
const selectEdited = (s: LabStore) =>
  s.originalRun && s.risks ? editEffect(last(s.originalRun.risks), last(s.risks)) : null;
const selectTruth = (s: LabStore) => jams(s.events);

/** A bar from 0 to 100% with the 50% decision line: the risk at t, and where it should end. */
function Gauge() {
  const risk = useLab(selectJamRisk);
  const truth = useLab(selectTruth);
  // a scale, not a width: no layout on every step
  const transform = `scaleX(${risk ?? 0})`;
  return (
    <div className="gauge" aria-hidden="true">
      <div className={`gauge-fill ${(risk ?? 0) >= 0.5 ? 'high' : ''}`} style={{ transform }} />
      <div className="gauge-line" />
      <div className={`gauge-truth ${truth ? 'jams' : 'runs'}`}>
        {truth ? 'jams' : 'runs through'}
      </div>
    </div>
  );
}

export function Prediction() {
  const forced = useLab(selectWhatIf);
  const edited = useLab(selectEdited);
  return (
    <aside className="prediction" aria-label="Prediction">
      <JamRisk />
      <Gauge />
      {forced && <p className="what-if-line forced">{forced}</p>}
      {edited && <p className="what-if-line edited">{edited}</p>}
    </aside>
  );
}
