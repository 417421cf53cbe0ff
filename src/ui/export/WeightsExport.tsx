/**
 * "Export weights (PyTorch JSON)": the model the lab shows, in PyTorch's state-dict layout plus its
 * readout, for torch.nn.RNN / LSTM / GRU and torch.nn.Linear (see docs/pytorch.md); "Export as
 * PyTorch script": a runnable .py that rebuilds it and checks it against the lab — and beside them
 * the import of such a file.
 */
import { CELLS } from '../../core';
import { D } from '../../data';
import type { LabStore } from '../../state/lab-state';
import { useLab, useLabStore } from '../../state/use-lab';
import { MODEL_NAMES } from '../cell-kinds';
import { saveBlob } from './save-blob';
import { torchScript } from './torch-script';
import { torchWeights } from './torch-weights';
import { WeightsImport } from './WeightsImport';
import './export.css';

const selectKind = (s: LabStore) => s.kind;
const selectLoaded = (s: LabStore) => s.models[s.kind] !== undefined;

export function WeightsExport() {
  const store = useLabStore();
  const kind = useLab(selectKind);
  const loaded = useLab(selectLoaded);
  const { torch } = CELLS[kind];
  const save = () => {
    const { models, kind } = store.getState();
    const model = models[kind];
    if (!model) return;
    const text = JSON.stringify(torchWeights(model));
    saveBlob(new Blob([text], { type: 'application/json' }), `gate-lab-${kind}-weights.json`);
  };
  const saveScript = () => {
    const { models, kind, events, overrides } = store.getState();
    const model = models[kind];
    const text = model && torchScript(model, events, overrides);
    if (text) saveBlob(new Blob([text], { type: 'text/x-python' }), `gate-lab-${kind}.py`);
  };
  return (
    <p className="weights-export">
      <button type="button" onClick={save} disabled={!loaded}>
        Export weights (PyTorch JSON)
      </button>{' '}
      {torch && (
        <>
          <button type="button" onClick={saveScript} disabled={!loaded}>
            Export as PyTorch script
          </button>{' '}
        </>
      )}
      <WeightsImport />{' '}
      <span className="caption">
        Export: the {MODEL_NAMES[kind]} the lab shows,{' '}
        {torch
          ? `for torch.nn.${torch} (input_size = ${D})`
          : 'in PyTorch’s layout (PyTorch has no such module)'}
        . The script rebuilds it in PyTorch, runs it on this sequence and checks the jam risk
        against the lab&apos;s. Import: such a file, trained anywhere, replaces the lab&apos;s model
        of its kind.
      </span>
    </p>
  );
}
