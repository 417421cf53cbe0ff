/**
 * The lesson in the store: where it is, its answers and the edited sequence it puts aside — kept
 * by the link and the autosave, and never lost to a link that opens another sequence.
 */
import { describe, expect, it } from 'vitest';
import { scenario } from '../../src/data';
import { linkOf, readLink } from '../../src/state/link';
import { openingState } from '../../src/state/opening';
import { readSave, saveOf } from '../../src/state/save';
import { LESSON_LENGTH, QUIZ_LENGTH } from '../../src/state/slices/lesson';
import { createLabStore } from '../../src/state/store';
import { LESSON_STEPS } from '../../src/ui/lesson/steps';
import { QUESTIONS } from '../../src/ui/lesson/quiz';
import { MODELS as models } from '../shipped';

/** A lab whose sequence was edited: the wobble deleted, one reading changed. */
function edited() {
  const store = createLabStore({ models });
  store.getState().deleteEvent(3);
  store.getState().changeEvent(5, { kind: 'blip', magnitude: 0.33 });
  return store;
}

describe('the lesson slice', () => {
  it('has as many steps and questions as the lesson’s text', () => {
    expect(LESSON_STEPS).toHaveLength(LESSON_LENGTH);
    expect(QUESTIONS).toHaveLength(QUIZ_LENGTH);
  });

  it('puts an edited sequence aside when the lesson starts, and gives it back at the end', () => {
    const store = edited();
    const { events, original } = store.getState();
    store.getState().startLesson();
    expect(store.getState().lesson).toBe(0);
    expect(store.getState().aside).toEqual({ events, original });
    store.getState().setScenario('blips-then-drift');
    store.getState().endLesson();
    const s = store.getState();
    expect([s.lesson, s.aside, s.scenarioId]).toEqual([null, null, 'custom']);
    expect(s.events).toBe(events);
    expect(s.original).toBe(original);
    expect(s.past).toEqual([]);
  });

  it('puts nothing aside for a curated scenario, and keeps an older aside over a newer edit', () => {
    const plain = createLabStore({ models });
    plain.getState().startLesson();
    expect(plain.getState().aside).toBeNull();
    const store = edited();
    const first = store.getState().aside;
    store.getState().startLesson();
    const kept = store.getState().aside;
    expect(first).toBeNull();
    store.getState().deleteEvent(0); // an edit made during the lesson
    store.getState().startLesson();
    expect(store.getState().aside).toBe(kept);
  });

  it('moves only within the lesson, and records answers by question', () => {
    const store = createLabStore({ models });
    store.getState().setLessonStep(2);
    expect(store.getState().lesson).toBeNull(); // no lesson open
    store.getState().startLesson();
    for (const bad of [-1, LESSON_LENGTH + 1, 1.5, NaN]) store.getState().setLessonStep(bad);
    expect(store.getState().lesson).toBe(0);
    store.getState().setLessonStep(LESSON_LENGTH);
    expect(store.getState().lesson).toBe(LESSON_LENGTH);
    store.getState().answerQuestion(1, 2);
    store.getState().answerQuestion(QUIZ_LENGTH, 0);
    expect(store.getState().answers).toEqual([null, 2, null]);
    store.getState().endLesson();
    expect(store.getState().answers).toEqual([null, null, null]);
  });
});

describe('the lesson in links and saves', () => {
  it('travels in the link: its step and its answers', () => {
    const store = createLabStore({ models });
    store.getState().startLesson();
    store.getState().setLessonStep(LESSON_LENGTH);
    store.getState().answerQuestion(0, 1);
    store.getState().answerQuestion(2, 0);
    const fragment = linkOf(store.getState());
    expect(fragment).toContain(`&n=${LESSON_LENGTH}&a=1-0`);
    const { state, notice } = readLink(fragment);
    expect(notice).toBeNull();
    expect([state.lesson, state.answers]).toEqual([LESSON_LENGTH, [1, null, 0]]);
  });

  it('names a lesson step or answers it cannot read, and opens no lesson', () => {
    const base = 'v=1&k=gru&s=wobble-drift-jam&t=7';
    for (const bad of [`n=${LESSON_LENGTH + 1}`, 'n=x', 'n=-1']) {
      const { state, notice } = readLink(`${base}&${bad}`);
      expect(state.lesson, bad).toBeNull();
      expect(notice, bad).toMatch(/the lesson step/);
    }
    const { state, notice } = readLink(`${base}&n=2&a=1x`);
    expect(state.lesson).toBe(2);
    expect(state.answers).toEqual([null, null, null]);
    expect(notice).toMatch(/the answers/);
  });

  it('keeps the sequence set aside in the save', () => {
    const store = edited();
    store.getState().startLesson();
    const { state, notice } = readSave(saveOf(store.getState(), []));
    expect(notice).toBeNull();
    expect(state.aside).toEqual(store.getState().aside);
    expect(state.lesson).toBe(0);
    const broken = JSON.parse(saveOf(store.getState(), []));
    broken.aside.events = [{ kind: 'jam', magnitude: 2 }];
    const partly = readSave(JSON.stringify(broken));
    expect(partly.state.aside).toBeUndefined();
    expect(partly.notice).toMatch(/the sequence set aside/);
  });
});

describe('opening a link over saved work', () => {
  const save = (store: ReturnType<typeof edited>) => readSave(saveOf(store.getState(), [])).state;

  it('keeps the saved original when the link is the page’s own, after a reload', () => {
    const store = edited();
    const saved = save(store);
    const opened = openingState(saved, readLink(linkOf(store.getState())).state);
    expect(opened.original).toEqual(store.getState().original);
    expect(opened.aside ?? null).toBeNull();
  });

  it('puts the saved edited sequence aside when a link opens another', () => {
    const store = edited();
    const saved = save(store);
    const link = readLink('v=1&k=gru&s=blips-then-drift&t=2').state;
    const opened = openingState(saved, link);
    expect(opened.events).toBe(scenario('blips-then-drift').events);
    expect(opened.original).toBeUndefined(); // the link's own sequence is its original
    expect(opened.aside).toEqual({ events: store.getState().events, original: store.getState().original }); // prettier-ignore
    const reopened = createLabStore(opened);
    reopened.getState().bringBackAside();
    expect(reopened.getState().events).toEqual(store.getState().events);
  });

  it('keeps the lesson’s aside when its proof link opens mid-lesson', () => {
    const store = edited();
    const events = store.getState().events;
    store.getState().startLesson(); // the steps then show curated scenarios
    store.getState().setScenario('wobble-drift-jam');
    const proof = `v=1&k=lstm&s=wobble-drift-jam&t=29&g=f0&n=${LESSON_LENGTH}`;
    const opened = openingState(save(store), readLink(proof).state);
    expect(opened.lesson).toBe(LESSON_LENGTH);
    expect(opened.aside?.events).toEqual(events);
  });

  it('changes nothing saved when the link names no sequence', () => {
    const store = edited();
    const saved = save(store);
    const opened = openingState(saved, readLink('v=1&k=gru&t=4').state);
    expect(opened.events).toEqual(store.getState().events);
    expect(opened.original).toEqual(store.getState().original);
  });
});
