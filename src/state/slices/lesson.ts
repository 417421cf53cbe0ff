/**
 * The lesson slice: whether the guided lesson is open and at which step, the knowledge check's
 * answers, and an edited sequence put aside while the lesson (or a link) shows another. What each
 * step shows lives with the lesson's text (ui/lesson/steps.ts); here it is only a number, so a
 * link and the autosave can carry it.
 */
import { scenario } from '../../data';
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
  startLesson: () => {
    const { scenarioId, events, original, aside } = get();
    // the steps replace the sequence: an edited one waits aside (an older one already there stays)
    const keep = scenarioId === 'custom' && !aside ? { events, original } : aside;
    set({ lesson: 0, answers: UNANSWERED, aside: keep });
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
  bringBackAside: () => {
    const { aside } = get();
    if (!aside) return;
    const back = { events: aside.events, original: aside.original, past: [], future: [] };
    void commit(set, get, { scenarioId: 'custom', ...back, lastEdit: null, aside: null });
  },
  discardAside: () => set({ aside: null }),
});
