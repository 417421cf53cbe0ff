/**
 * "Import weights (PyTorch JSON)": a model trained in PyTorch (or exported from the lab) shown in
 * place of the lab's of its kind; "Restore the shipped …" puts the shipped one back. The README
 * shows how to write the file from torch.
 */
import type { ChangeEvent } from 'react';
import type { LabStore } from '../../state/lab-state';
import { MAX_WEIGHTS_CHARS } from '../../state/torch-import';
import { useLab } from '../../state/use-lab';

/** UTF-8 spends at most 4 bytes on a character, so a file over this cannot be within the limit. */
const MAX_WEIGHTS_BYTES = 4 * MAX_WEIGHTS_CHARS;

const selectImport = (s: LabStore) => s.importWeights;
const selectRefuse = (s: LabStore) => s.refuseWeights;

export function WeightsImport() {
  const importWeights = useLab(selectImport);
  const refuse = useLab(selectRefuse);
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    // cleared so that choosing the same file again (after fixing it) fires again
    e.currentTarget.value = '';
    if (!file) return;
    if (file.size > MAX_WEIGHTS_BYTES)
      return refuse(file.name, `the file is ${file.size} bytes; the limit is ${MAX_WEIGHTS_CHARS} characters`); // prettier-ignore
    file.text().then(
      (text) => importWeights(text, file.name),
      (err: Error) => refuse(file.name, `it could not be read (${err.message})`),
    );
  };
  return (
    <label className="file-pick">
      <input type="file" accept=".json,application/json" onChange={pick} />
      Import weights (PyTorch JSON)
    </label>
  );
}
