/** The "Model" radio group: which trained cell the lab shows. */
import { CELL_KINDS, type CellKind } from '../../core';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { CELL_UI, MODEL_NAMES } from '../cell-kinds';

const selectKind = (s: LabStore) => s.kind;
const selectSetKind = (s: LabStore) => s.setKind;

/** The name, with the part before its short form ("Vanilla ") for screen readers only where the bar is narrow. */
function ModelName({ kind }: { kind: CellKind }) {
  const { name, short = name } = CELL_UI[kind];
  const [lead, rest] = [name.slice(0, name.length - short.length), short];
  return (
    <>
      {lead && <span className="narrow-sr">{lead}</span>}
      {rest}
    </>
  );
}

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
            aria-label={MODEL_NAMES[k]}
          />
          <ModelName kind={k} />
        </label>
      ))}
    </fieldset>
  );
}
