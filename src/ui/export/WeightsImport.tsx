/**
 * "Import weights (PyTorch JSON)": a model trained in PyTorch (or exported from the lab) shown in
 * place of the lab's of its kind; "Restore the shipped …" puts the shipped one back. The README
 * shows how to write the file from torch.
 */
import type { ChangeEvent } from 'react';
import type { LabStore } from '../../state/lab-state';
import { MAX_WEIGHTS_CHARS } from '../../state/torch-import';
import { useLab } from '../../state/use-lab';
import { readPickedFile } from '../read-picked-file';

const selectImport = (s: LabStore) => s.importWeights;
const selectRefuse = (s: LabStore) => s.refuseWeights;

export function WeightsImport() {
  const importWeights = useLab(selectImport);
  const refuse = useLab(selectRefuse);
  const pick = (e: ChangeEvent<HTMLInputElement>) =>
    readPickedFile(e, MAX_WEIGHTS_CHARS, importWeights, refuse);
  return (
    <label className="file-pick">
      <input type="file" accept=".json,application/json" onChange={pick} />
      Import weights (PyTorch JSON)
    </label>
  );
}
