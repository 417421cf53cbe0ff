/**
 * A save the lab could not read is kept aside, never silently lost: this offers it as a download,
 * and lets the learner discard it once they have it.
 */
import { useState } from 'react';
import { UNREADABLE_KEY } from '../state/save';
import { saveBlob } from './export/save-blob';

const read = (): string | null => {
  try {
    return window.localStorage.getItem(UNREADABLE_KEY);
  } catch {
    return null;
  }
};

export function SaveRecovery() {
  const [text, setText] = useState(read);
  if (text === null) return null;
  const discard = () => {
    try {
      window.localStorage.removeItem(UNREADABLE_KEY);
    } catch {
      // the storage went away: nothing left to discard
    }
    setText(null);
  };
  return (
    <p className="save-recovery">
      An older save this lab could not read is kept in this browser.{' '}
      <button
        type="button"
        onClick={() => saveBlob(new Blob([text], { type: 'application/json' }), 'gate-lab-unreadable-save.json')} // prettier-ignore
      >
        Download the unreadable save
      </button>{' '}
      <button type="button" onClick={discard}>
        Discard it
      </button>
    </p>
  );
}
