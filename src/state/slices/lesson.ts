/**
 * The lesson slice: whether the guided lesson is open and at which step, the knowledge check's
 * answers, and the edited sequences put aside while the lesson (or a link) shows another. What each
 * step shows lives with the lesson's text (ui/lesson/steps.ts); here it is only a number, so a
 * link and the autosave can carry it.
 */
import { scenario } from '../../data';
import { editedOf, putAside, takeAside } from '../asides';
import { sameEvents } from '../derive';
import { ALL } from '../force-scope';
import type { LessonSlice } from '../lab-state';
import { commit, type Get, type Set } from './commit';

/** How many steps the guided lesson has; step LESSON_LENGTH is its knowledge check. */
export const LESSON_LENGTH = 8;
/** How many questions the knowledge check asks. */
export const QUIZ_LENGTH = 3;

const UNANSWERED: readonly null[] = Array<null>(QUIZ_LENGTH).fill(null);

export const lessonSlice = (set: Set, get: Get): LessonSlice => ({
  lesson: null,
  answers: UNANSWERED,
  aside: null,
  earlierAsides: [],
  startLesson: () => {
    const s = get();
    const edited = editedOf(s);
    // the steps replace the sequence: an edited one waits aside. The lesson gives back the one it
    // put aside when it ends: restarted, it keeps that one first, and a newer edit goes under it
    set({ lesson: 0, answers: UNANSWERED, ...(edited && putAside(s, edited, s.lesson !== null)) });
  },
  setLessonStep: (at) => {
    if (get().lesson !== null && Number.isInteger(at) && at >= 0 && at <= LESSON_LENGTH)
      set({ lesson: at });
  },
  showLessonView: ({ kind, scenarioId, overrides, t }) => {
    const { events } = scenario(scenarioId);
    const fresh = { events, original: events, past: [], future: [], lastEdit: null };
    void commit(set, get, {
      kind, scenarioId, ...fresh, overrides: [...overrides], customGates: [], forceScope: ALL, t, playing: false,
    }); // prettier-ignore
  },
  answerQuestion: (q, option) => {
    if (!Number.isInteger(q) || q < 0 || q >= QUIZ_LENGTH || !Number.isInteger(option)) return;
    set({ answers: get().answers.map((a, k) => (k === q ? option : a)) });
  },
  endLesson: () => {
    set({ lesson: null, answers: UNANSWERED });
    get().bringBackAside();
  },
  bringBackAside: (k = 0) => {
    const s = get();
    const { taken, rest } = takeAside(s, k);
    if (!taken) return;
    // an edited sequence it replaces takes its place in the history: a swap, nothing lost
    const edited = editedOf(s);
    const swap = edited && !sameEvents(edited.events, taken.events);
    const asides = swap ? putAside(rest, edited) : rest;
    const back = { events: taken.events, original: taken.original, past: [], future: [] };
    void commit(set, get, { scenarioId: 'custom', ...back, lastEdit: null, ...asides });
  },
  discardAside: (k = 0) => set(takeAside(get(), k).rest),
});
