/**
 * Saves the lab kept aside rather than lose (state/kept-slots.ts): one it could not read, one with
 * parts it could not read, one another tab wrote. Each is offered as a download, with when it was
 * kept, and can be discarded once the learner has it. A save held in place (no copy fitted) is
 * saved over only once it is downloaded or discarded.
 */
import { readKept, type KeptKind, type KeptSlot } from '../state/kept-slots';
import type { LabStore } from '../state/lab-state';
import { useLab } from '../state/use-lab';
import { saveBlob } from './export/save-blob';

const selectKept = (s: LabStore) => s.keptSaves;
const selectDownloaded = (s: LabStore) => s.keptDownloaded;
const selectDiscard = (s: LabStore) => s.discardKept;

/** What each kind of kept save is called, in its sentence and on its button. */
const WORDS: Record<KeptKind, { what: string; download: string; file: string }> = {
  unreadable: { what: 'A save this lab could not read', download: 'Download the unreadable save', file: 'gate-lab-unreadable-save' }, // prettier-ignore
  parts: { what: 'A save with parts this lab could not read', download: 'Download the save as it was', file: 'gate-lab-damaged-save' }, // prettier-ignore
  tab: { what: 'Work another tab saved', download: 'Download the other tab’s save', file: 'gate-lab-other-tab-save' }, // prettier-ignore
};

const when = (at: number | null) => (at === null ? '' : ` (${new Date(at).toLocaleString()})`);

function Slot({ slot }: { slot: KeptSlot }) {
  const downloaded = useLab(selectDownloaded);
  const discard = useLab(selectDiscard);
  const words = WORDS[slot.kind];
  const download = () => {
    const text = readKept(slot.key);
    if (text === null) return discard(slot.key); // gone (another tab discarded it)
    saveBlob(new Blob([text], { type: 'application/json' }), `${words.file}.json`);
    downloaded(slot.key);
  };
  return (
    <li>
      {words.what}
      {when(slot.at)} is kept in this browser
      {slot.held ? ', and nothing is saved over it until you download or discard it' : ''}.{' '}
      <button type="button" onClick={download}>
        {words.download}
      </button>{' '}
      <button type="button" onClick={() => discard(slot.key)}>
        Discard it
      </button>
    </li>
  );
}

export function SaveRecovery() {
  const kept = useLab(selectKept);
  if (kept.length === 0) return null;
  return (
    <ul className="save-recovery" aria-label="Saves kept aside">
      {kept.map((slot) => (
        <Slot key={slot.key} slot={slot} />
      ))}
    </ul>
  );
}
