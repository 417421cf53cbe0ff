/** The "Model" radio group: which trained cell the lab shows. */
import { CELL_KINDS } from '../../core';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { MODEL_NAMES } from '../names';

const selectKind = (s: LabStore) => s.kind;
const selectSetKind = (s: LabStore) => s.setKind;

export function ModelChoice() {
  const kind = useLab(selectKind);
  const setKind = useLab(selectSetKind);
  return (
    <fieldset className="model-choice" role="radiogroup" aria-label="Model">
      <legend>Model</legend>
      {CELL_KINDS.map((k, n) => (
        <label key={k} className={k === kind ? 'chosen' : undefined}>
          <input
            type="radio"
            name="model"
            value={k}
            checked={k === kind}
            onChange={() => setKind(k)}
            aria-keyshortcuts={String(n + 1)}
          />
          {MODEL_NAMES[k]}
        </label>
      ))}
    </fieldset>
  );
}
