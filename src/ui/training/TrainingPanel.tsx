/**
 * Train side by side: the vanilla RNN, the LSTM and the GRU learn the same generated scanner data
 * from scratch, each in its own worker, with live loss and held-out accuracy curves — so a learner
 * sees which cell remembers across the gap, and can load any trained model into the lab.
 */
import { format } from 'd3-format';
import { JOB_DATA } from '../../sim/train-protocol';
import type { LabStore } from '../../state/lab-state';
import { designsOf } from '../../state/slices/training';
import { useLab, useLabStore } from '../../state/use-lab';
import { ExportControl } from '../export/ExportControl';
import { WeightsExport } from '../export/WeightsExport';
import { SweepPanel } from '../sweep/SweepPanel';
import { CompareDesigns } from './CompareDesigns';
import { Curves } from './Curves';
import { overallPercent } from './progress';
import { ProgressBar } from './ProgressBar';
import { RunCard } from './RunCard';
import { TrainSettingsForm } from './TrainSettingsForm';
import './training.css';

const fmtCount = format(',');

const selectOverall = (s: LabStore) => overallPercent(designsOf(s.runs).map((d) => s.runs[d]!));
const selectRunning = (s: LabStore) => designsOf(s.runs).some((d) => s.runs[d]!.status === 'running'); // prettier-ignore
const selectRuns = (s: LabStore) => s.runs;

export function TrainingPanel() {
  const percent = useLab(selectOverall);
  const running = useLab(selectRunning);
  const designs = designsOf(useLab(selectRuns));
  const { startTraining, stopTraining } = useLabStore().getState();
  return (
    <section className="panel training" aria-labelledby="training-heading">
      <ExportControl name="learning curves" figure=".train-curves" />
      <h2 id="training-heading">Train side by side</h2>
      <p className="caption">
        Each model learns from scratch on the same {fmtCount(JOB_DATA.trainSize)} generated
        sequences, every jam cued by a wobble exactly <em>gap</em> steps before the drift, and is
        scored on {fmtCount(JOB_DATA.testSize)} sequences it never saw. Long gaps defeat the vanilla
        RNN; the gates carry the wobble across. Settings apply from the next Train.
      </p>
      <TrainSettingsForm />
      <div className="train-controls">
        <button type="button" className="primary" onClick={startTraining}>
          Train
        </button>
        <button type="button" onClick={stopTraining} disabled={!running}>
          Stop
        </button>
        <ProgressBar label="Training progress" percent={percent} text={`${percent}%`} />
      </div>
      <Curves />
      <ul className="run-cards">
        {designs.map((d) => (
          <RunCard key={d} design={d} />
        ))}
      </ul>
      <CompareDesigns />
      <WeightsExport />
      <SweepPanel />
    </section>
  );
}
