/**
 * "Export weights (PyTorch JSON)": the model the lab shows, in PyTorch's state-dict layout plus its
 * readout, for torch.nn.RNN / LSTM / GRU and torch.nn.Linear (see docs/pytorch.md); "Export as
 * PyTorch script": a runnable .py that rebuilds it and checks it against the lab — and beside them
 * the import of such a file. For a kind PyTorch has no module for (the MGU), both PyTorch buttons
 * give way to "Export model file (Gate Lab JSON)": the lab's own model file (core/model-file.ts).
 */
import { CELL_KINDS, CELLS, modelToFile } from '../../core';
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
/** the kinds a PyTorch file can be: "RNN, LSTM or GRU" */
const TORCH_NAMES = CELL_KINDS.flatMap((k) => CELLS[k].torch ?? [])
  .join(', ')
  .replace(/, ([^,]*)$/, ' or $1');

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
  const saveModelFile = () => {
    const { models, kind } = store.getState();
    const model = models[kind];
    if (!model) return;
    const text = JSON.stringify(modelToFile(model));
    saveBlob(new Blob([text], { type: 'application/json' }), `gate-lab-${kind}-model.json`);
  };
  if (torch === null)
    return (
      <p className="weights-export">
        <button type="button" onClick={saveModelFile} disabled={!loaded}>
          Export model file (Gate Lab JSON)
        </button>{' '}
        <WeightsImport />{' '}
        <span className="caption">
          Export: PyTorch has no {MODEL_NAMES[kind]} module, so the lab offers its own model file
          instead: the {MODEL_NAMES[kind]} the lab shows, its weights in PyTorch&apos;s layout
          (blocks {CELLS[kind].blocks.join(', ')}) and its readout. Import: a PyTorch file replaces
          the lab&apos;s model of its kind (torch.nn.{TORCH_NAMES}).
        </span>
      </p>
    );
  return (
    <p className="weights-export">
      <button type="button" onClick={save} disabled={!loaded}>
        Export weights (PyTorch JSON)
      </button>{' '}
      <button type="button" onClick={saveScript} disabled={!loaded}>
        Export as PyTorch script
      </button>{' '}
      <WeightsImport />{' '}
      <span className="caption">
        Export: the {MODEL_NAMES[kind]} the lab shows, for torch.nn.{torch} (input_size = {D}). The
        script rebuilds it in PyTorch, runs it on this sequence and checks the jam risk against the
        lab&apos;s. Import: such a file, trained anywhere, replaces the lab&apos;s model of its
        kind.
      </span>
    </p>
  );
}
