/**
 * One design's run: its progress, how it stands (or why it diverged), its held-out accuracy, and the
 * button that puts the trained weights into the lab — or the shipped model back.
 */
import { designVariant, type Design } from '../../sim/variant';
import type { LabStore } from '../../state/lab-state';
import type { RunView } from '../../state/slices/training';
import { useLab, useLabStore } from '../../state/use-lab';
import { fmtPercent } from '../format';
import { MODEL_NAMES } from '../cell-kinds';
import { designName, designStyle } from './designs';
import { runFraction } from './progress';
import { ProgressBar } from './ProgressBar';

const selectRun = (s: LabStore, design: Design) => s.runs[design];
/** Whether the lab shows this design's trained model (not the one it had before). */
const selectShowsTrained = (s: LabStore, design: Design) => {
  const model = s.runs[design]?.model;
  return model !== undefined && s.models[model.cell.kind] === model;
};
/** Whether this design's model is the shown one of its kind, in place of the shipped one. */
const selectReplaced = (s: LabStore, design: Design) =>
  s.replacedModels[designVariant(design).kind] !== undefined;

/** What a run's status line says. */
export function statusLine(run: RunView): string {
  const done = `${run.step} of ${run.updates} updates`;
  switch (run.status) {
    case 'idle':
      return 'Not trained yet.';
    case 'running':
      return `Training: ${done}.`;
    case 'done':
      return `Done: ${done}.`;
    case 'stopped':
      return `Stopped after ${done}.`;
    case 'diverged':
      return `Diverged, so training stopped and the weights were rolled back: ${run.reason}.`;
    case 'failed':
      return `Could not train: ${run.reason}`;
  }
}

export function RunCard({ design }: { design: Design }) {
  const run = useLab((s) => selectRun(s, design))!;
  const shown = useLab((s) => selectShowsTrained(s, design));
  const replaced = useLab((s) => selectReplaced(s, design));
  const { loadTrainedModel, restoreModel } = useLabStore().getState();
  const { kind, removed } = designVariant(design);
  const name = designName(design);
  // the weights' own accuracy once the run ended; until then, the last evaluation's
  const accuracy = run.accuracy ?? run.curve[run.curve.length - 1]?.accuracy;
  const bad = run.status === 'diverged' || run.status === 'failed';
  return (
    <li className="run-card" style={{ borderTopColor: designStyle(design).color }}>
      <h3>{name}</h3>
      <ProgressBar
        label={`${name} progress`}
        percent={100 * runFraction(run)}
        text={`${run.step} / ${run.updates || '–'}`}
      />
      <p className={bad ? 'run-status run-alert' : 'run-status'} role={bad ? 'alert' : undefined}>
        {statusLine(run)}
      </p>
      <p className="run-accuracy">
        Held-out accuracy:{' '}
        <strong>
          {accuracy !== undefined && Number.isFinite(accuracy) ? fmtPercent(accuracy) : '–'}
        </strong>
      </p>
      <div className="run-actions">
        <button
          type="button"
          disabled={!run.model || run.status === 'running' || shown}
          onClick={() => loadTrainedModel(design)}
        >
          Use this {name}
        </button>
        {replaced && !removed && (
          <button type="button" onClick={() => restoreModel(kind)}>
            Restore the shipped {MODEL_NAMES[kind]}
          </button>
        )}
      </div>
      {shown && <p className="run-shown">The lab now shows this trained {name}.</p>}
    </li>
  );
}
