/**
 * Files in and out: "Import sequence (JSON or CSV)" and "Export JSON" / "Export CSV", in the data
 * layer's validated formats. A refused file changes nothing; its message (the lab's alert) is
 * repeated here, where the learner is looking.
 */
import type { ChangeEvent } from 'react';
import { MAX_FILE_CHARS, sequenceToCsv, sequenceToJson } from '../../data';
import type { LabStore } from '../../state/lab-state';
import { useLab, useLabStore } from '../../state/use-lab';
import { saveBlob } from '../export/save-blob';
import { readPickedFile } from '../read-picked-file';

const selectImportNotice = (s: LabStore) => (s.notice?.kind === 'import' ? s.notice.text : null);

export function FileButtons() {
  const store = useLabStore();
  const refused = useLab(selectImportNotice);
  const { importSequence, rejectImport } = store.getState();

  const pick = (e: ChangeEvent<HTMLInputElement>) =>
    readPickedFile(e, MAX_FILE_CHARS, importSequence, rejectImport);
  const save = (format: 'json' | 'csv') => {
    const { events, scenarioId } = store.getState();
    const name = `gate-lab-${scenarioId}.${format}`;
    if (format === 'json')
      saveBlob(new Blob([sequenceToJson(events)], { type: 'application/json' }), name);
    else saveBlob(new Blob([sequenceToCsv(events)], { type: 'text/csv' }), name);
  };

  return (
    <div className="file-buttons">
      <label className="file-pick">
        <input type="file" accept=".json,.csv,application/json,text/csv" onChange={pick} />
        Import sequence (JSON or CSV)
      </label>
      <button type="button" onClick={() => save('json')}>
        Export JSON
      </button>
      <button type="button" onClick={() => save('csv')}>
        Export CSV
      </button>
      {refused && <p className="notice import-refused">{refused}</p>}
    </div>
  );
}
