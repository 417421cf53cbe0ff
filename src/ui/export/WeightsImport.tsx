/**
 * "Import weights (PyTorch JSON)": a model trained in PyTorch (or exported from the lab) shown in
 * place of the lab's of its kind; "Restore the shipped …" puts the shipped one back. docs/pytorch.md
 * shows how to write the file from torch. A refused file is the lab's notice; a loaded one is
 * said here, while the lab still shows it.
 */
import { useState, type ChangeEvent } from 'react';
import type { Model } from '../../core';
import type { LabStore } from '../../state/lab-state';
import { MAX_WEIGHTS_CHARS } from '../../state/torch-import';
import { useLab, useLabStore } from '../../state/use-lab';
import { MODEL_NAMES } from '../cell-kinds';
import { readPickedFile } from '../read-picked-file';

const selectRefuse = (s: LabStore) => s.refuseWeights;
const selectModels = (s: LabStore) => s.models;

export function WeightsImport() {
  const store = useLabStore();
  const refuse = useLab(selectRefuse);
  const models = useLab(selectModels);
  const [loaded, setLoaded] = useState<{ file: string; model: Model } | null>(null);
  const take = (text: string, file: string) => {
    if (!store.getState().importWeights(text, file)) return;
    const { models, kind } = store.getState();
    setLoaded({ file, model: models[kind]! });
  };
  const pick = (e: ChangeEvent<HTMLInputElement>) =>
    readPickedFile(e, MAX_WEIGHTS_CHARS, take, refuse);
  const shown = loaded && models[loaded.model.cell.kind] === loaded.model ? loaded : null;
  return (
    <>
      <label className="file-pick">
        <input type="file" accept=".json,application/json" onChange={pick} />
        Import weights (PyTorch JSON)
      </label>{' '}
      <span role="status">
        {shown &&
          `The lab now shows the ${MODEL_NAMES[shown.model.cell.kind]} from ${shown.file} (H = ${shown.model.cell.H}).`}
      </span>
    </>
  );
}
