/**
 * The editor slice: insert, delete and change readings, undo and redo, import a file, compare
 * with the original. Every edit goes through commit, so the core reruns at once, and pushes the
 * sequence it replaces onto the undo history.
 */
import {
  EVENT_KINDS,
  MAX_EVENTS,
  SCENARIOS,
  scenario,
  CANONICAL,
  type ScanEvent,
} from '../../data';
import { sameEvents } from '../derive';
import type { EditorSlice } from '../lab-state';
import { importNotice, readSequenceFile } from '../sequence-file';
import { commit, type Get, type Set } from './commit';
import { refused } from './notice';

/** How many sequences undo remembers. */
export const HISTORY_LIMIT = 100;

type Events = readonly ScanEvent[];

/** The curated scenario a sequence is exactly, or 'custom': undoing back to one names it again. */
const idOf = (events: Events) =>
  SCENARIOS.find((s) => sameEvents(s.events, events))?.id ?? 'custom';

const pushed = (stack: readonly Events[], events: Events) =>
  [...stack, events].slice(-HISTORY_LIMIT);

const isEvent = (e: ScanEvent) =>
  EVENT_KINDS.includes(e.kind) &&
  Number.isFinite(e.magnitude) &&
  e.magnitude >= 0 &&
  e.magnitude <= 1;

/**
 * Commits `events` as an edit: the old sequence goes onto the undo history — unless this edit
 * continues the last one (`key` equal, e.g. a magnitude drag), which then stays one undo step.
 */
export function commitEdit(set: Set, get: Get, events: Events, t: number, key: string | null) {
  const s = get();
  const continues = key !== null && key === s.lastEdit;
  return commit(set, get, {
    events,
    scenarioId: idOf(events),
    past: continues ? s.past : pushed(s.past, s.events),
    future: [],
    lastEdit: key,
    t,
  });
}

export const editorSlice = (set: Set, get: Get): EditorSlice => {
  const edit = (events: Events, t: number, key: string | null = null) =>
    commitEdit(set, get, events, t, key);
  /** Moves along the history: takes the last of `from`, puts the current sequence on `to`. */
  const travel = (from: 'past' | 'future', to: 'past' | 'future') => {
    const s = get();
    const events = s[from].at(-1);
    if (!events) return;
    void commit(set, get, {
      events,
      scenarioId: idOf(events),
      [from]: s[from].slice(0, -1),
      [to]: pushed(s[to], s.events),
      lastEdit: null,
    });
  };
  const inRange = (at: number) => Number.isInteger(at) && at >= 0 && at < get().events.length;

  return {
    original: scenario(CANONICAL).events,
    past: [],
    future: [],
    compare: false,
    lastEdit: null,
    insertEvent: (at, event) => {
      const { events } = get();
      if (!Number.isInteger(at) || at < 0 || at > events.length || !isEvent(event)) return;
      if (events.length >= MAX_EVENTS)
        return set({ notice: refused(`A sequence has at most ${MAX_EVENTS} readings.`) });
      void edit([...events.slice(0, at), { ...event }, ...events.slice(at)], at);
    },
    deleteEvent: (at) => {
      const { events, t } = get();
      if (!inRange(at)) return;
      // the core refuses an empty sequence
      if (events.length === 1) return set({ notice: refused('A sequence needs at least one reading.') }); // prettier-ignore
      void edit(events.toSpliced(at, 1), at < t ? t - 1 : t);
    },
    changeEvent: (at, patch) => {
      const { events, t } = get();
      if (!inRange(at)) return;
      const next = { ...events[at], ...patch };
      if (!isEvent(next) || sameEvents([next], [events[at]])) return;
      const onlyMagnitude = next.kind === events[at].kind;
      void edit(events.with(at, next), t, onlyMagnitude ? `magnitude@${at}` : null);
    },
    undo: () => travel('past', 'future'),
    redo: () => travel('future', 'past'),
    importSequence: (text, fileName) => {
      let events: ScanEvent[];
      try {
        events = readSequenceFile(text, fileName);
      } catch (e) {
        return set({ notice: importNotice(fileName, (e as Error).message) });
      }
      // a file is a new story: it becomes the original and starts a fresh history
      const fresh = { original: events, past: [], future: [], lastEdit: null, t: 0 };
      void commit(set, get, { events, scenarioId: idOf(events), ...fresh, playing: false });
    },
    rejectImport: (fileName, reason) => set({ notice: importNotice(fileName, reason) }),
    setCompare: (on) => void commit(set, get, { compare: on }),
    revertToOriginal: () => {
      const { events, original, t } = get();
      if (!sameEvents(events, original)) void edit(original, t);
    },
  };
};
