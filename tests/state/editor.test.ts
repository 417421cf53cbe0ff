/** The sequence editor in the store: edits, undo / redo, files in and out, the comparison run. */
import { describe, expect, it } from 'vitest';
import { jamRisk, runForward, type CellKind } from '../../src/core';
import {
  CANONICAL,
  MAX_EVENTS,
  MAX_FILE_CHARS,
  encodeSequence,
  scenario,
  sequenceToCsv,
  sequenceToJson,
  type ScanEvent,
} from '../../src/data';
import { HISTORY_LIMIT } from '../../src/state/slices/editor';
import { createLabStore, type LabState } from '../../src/state/store';
import { MODELS } from '../shipped';

const CANON = scenario(CANONICAL).events;
const WOBBLE = CANON.findIndex((e) => e.kind === 'wobble');

const loaded = (initial: Partial<LabState> = {}) => createLabStore({ models: MODELS, ...initial });

/** The core's jam-risk line for a sequence, computed here independently of the store. */
const coreRisks = (events: readonly ScanEvent[], kind: CellKind = 'lstm') => {
  const m = MODELS[kind];
  return Array.from(jamRisk(m.readout, runForward(m.cell, encodeSequence(events)).hs));
};

/** The data part of the state, without the notice: what a refused action must leave as it was. */
const dataOf = (s: object) =>
  Object.fromEntries(
    Object.entries(s).filter(([k, v]) => typeof v !== 'function' && k !== 'notice'),
  );

describe('editing the sequence', () => {
  it('insert, change and delete, then undo and redo, restore each sequence exactly', () => {
    const store = loaded();
    const { insertEvent, changeEvent, deleteEvent, undo, redo } = store.getState();
    const seen: (readonly ScanEvent[])[] = [store.getState().events];
    insertEvent(5, { kind: 'blip', magnitude: 0.3 });
    seen.push(store.getState().events);
    changeEvent(0, { kind: 'drift' });
    seen.push(store.getState().events);
    deleteEvent(WOBBLE);
    seen.push(store.getState().events);

    expect(seen[1]).toHaveLength(CANON.length + 1);
    expect(seen[1][5]).toEqual({ kind: 'blip', magnitude: 0.3 });
    expect(seen[2][0]).toEqual({ kind: 'drift', magnitude: CANON[0].magnitude });
    expect(seen[3].some((e) => e.kind === 'wobble')).toBe(false);
    expect(store.getState().past).toHaveLength(3);
    expect(store.getState().scenarioId).toBe('custom');

    for (let k = 2; k >= 0; k--) {
      undo();
      expect(store.getState().events).toEqual(seen[k]);
      expect(Array.from(store.getState().risks!)).toEqual(coreRisks(seen[k]));
    }
    expect(store.getState().events).toEqual(CANON);
    // back at the curated sequence, it is named again
    expect(store.getState().scenarioId).toBe(CANONICAL);
    undo(); // nothing left: no change
    expect(store.getState().events).toEqual(CANON);
    for (let k = 1; k <= 3; k++) {
      redo();
      expect(store.getState().events).toEqual(seen[k]);
    }
    expect(store.getState().future).toHaveLength(0);
    expect(store.getState().past).toHaveLength(3);
  });

  it('the trace follows every edit, and a new edit clears what was undone', () => {
    const store = loaded();
    store.getState().changeEvent(WOBBLE, { kind: 'ok', magnitude: 0.05 });
    expect(Array.from(store.getState().risks!)).toEqual(coreRisks(store.getState().events));
    store.getState().undo();
    expect(store.getState().future).toHaveLength(1);
    store.getState().insertEvent(0, { kind: 'ok', magnitude: 0.1 });
    expect(store.getState().future).toHaveLength(0);
  });

  it('keeps t on the reading being worked on', () => {
    const store = loaded();
    store.getState().seek(10);
    store.getState().insertEvent(11, { kind: 'ok', magnitude: 0.1 });
    expect(store.getState().t).toBe(11);
    store.getState().deleteEvent(2); // before the cursor: the same reading moves left
    expect(store.getState().t).toBe(10);
    store.getState().goToEnd();
    store.getState().deleteEvent(store.getState().events.length - 1);
    expect(store.getState().t).toBe(store.getState().events.length - 1);
  });

  it('never deletes the last reading, and never grows past MAX_EVENTS', () => {
    const one = loaded({ events: [{ kind: 'ok', magnitude: 0.1 }] });
    one.getState().deleteEvent(0);
    expect(one.getState().events).toHaveLength(1);
    expect(one.getState().notice?.text).toMatch(/at least one reading/);
    const full = Array.from({ length: MAX_EVENTS }, () => ({ kind: 'ok' as const, magnitude: 0 }));
    const big = loaded({ events: full });
    big.getState().insertEvent(0, { kind: 'ok', magnitude: 0 });
    expect(big.getState().events).toHaveLength(MAX_EVENTS);
    expect(big.getState().notice?.text).toMatch(`at most ${MAX_EVENTS}`);
  });

  it('ignores edits that are out of range or not a reading', () => {
    const store = loaded();
    const before = store.getState();
    store.getState().changeEvent(CANON.length, { magnitude: 0.5 });
    store.getState().changeEvent(0, { magnitude: 1.5 });
    store.getState().changeEvent(0, { magnitude: NaN });
    store.getState().changeEvent(0, { magnitude: CANON[0].magnitude }); // no change at all
    store.getState().deleteEvent(-1);
    store.getState().insertEvent(CANON.length + 1, { kind: 'ok', magnitude: 0 });
    expect(store.getState()).toBe(before);
  });

  it('a run of magnitude changes on one reading is one undo step; a kind change is its own', () => {
    const store = loaded();
    for (const m of [0.5, 0.4, 0.3]) store.getState().changeEvent(WOBBLE, { magnitude: m });
    expect(store.getState().past).toHaveLength(1);
    store.getState().changeEvent(WOBBLE, { kind: 'blip' });
    store.getState().changeEvent(WOBBLE, { magnitude: 0.2 });
    expect(store.getState().past).toHaveLength(3);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().events[WOBBLE]).toEqual({ kind: 'wobble', magnitude: 0.3 });
    store.getState().undo();
    expect(store.getState().events).toEqual(CANON);
  });

  it(`remembers at most ${HISTORY_LIMIT} sequences`, () => {
    const store = loaded();
    const after: (readonly ScanEvent[])[] = [];
    for (let k = 0; k < HISTORY_LIMIT + 20; k++) {
      store.getState().changeEvent(0, { kind: k % 2 ? 'ok' : 'blip', magnitude: k / 200 });
      after.push(store.getState().events);
    }
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
    for (let k = 0; k < HISTORY_LIMIT + 5; k++) store.getState().undo();
    // the oldest 20 are forgotten: undo stops at the sequence after edit 20
    expect(store.getState().events).toEqual(after[19]);
    expect(store.getState().future).toHaveLength(HISTORY_LIMIT);
  });

  it('a new scenario is a new original with no history; revert goes back as an undoable edit', () => {
    const store = loaded();
    store.getState().deleteEvent(WOBBLE);
    store.getState().setScenario('long-gap-jam');
    const s = store.getState();
    expect(s.original).toEqual(scenario('long-gap-jam').events);
    expect([s.past, s.future]).toEqual([[], []]);
    s.deleteEvent(WOBBLE);
    store.getState().revertToOriginal();
    expect(store.getState().events).toEqual(s.original);
    expect(store.getState().past).toHaveLength(2);
  });
});

describe('importing a file', () => {
  const edited = () => {
    const store = loaded({ compare: true });
    store.getState().deleteEvent(WOBBLE);
    store.getState().insertEvent(3, { kind: 'blip', magnitude: 0.2 });
    store.getState().undo();
    store.getState().seek(7);
    store.getState().setGateMode('f', 'zero');
    return store;
  };
  const csv = (rows: string) => `kind,magnitude\n${rows}`;
  const json = (events: unknown) =>
    JSON.stringify({ format: 'gate-lab-sequence', version: 1, events });

  it.each([
    ['wrong header', 'a.csv', 'type,size\nok,0.1', /header must be "kind,magnitude"/],
    ['magnitude out of range', 'a.csv', csv('ok,0.1\nok,0.2\ndrift,1.5'), /row 4, field magnitude/],
    ['magnitude not a number', 'a.csv', csv('ok,abc'), /row 2, field magnitude.*"abc"/],
    ['unknown kind', 'a.json', json([{ kind: 'ok', magnitude: 0 }, { kind: 'x', magnitude: 0 }]), /event 2, field kind/],
    ['bad JSON', 'a.json', '{"format": "gate-lab-sequence", ', /not valid JSON/],
    ['too big', 'a.csv', csv('ok,0.1\n'.repeat(MAX_FILE_CHARS / 7)), new RegExp(`limit is ${MAX_FILE_CHARS}`)],
    ['empty', 'a.csv', '', /the file is empty/],
    ['no readings', 'a.json', json([]), /at least one event/],
  ])('%s: changes nothing but the notice, which names the file and the fault', (_, name, text, why) => {
    const store = edited();
    const before = dataOf(store.getState());
    store.getState().importSequence(text, name);
    const after = store.getState();
    expect(after.notice?.text).toMatch(why);
    expect(after.notice?.text).toMatch(`Could not import "${name}"`);
    expect(after.notice?.text).toMatch(/The sequence is unchanged\.$/);
    const kept = dataOf(after);
    expect(Object.keys(kept)).toEqual(Object.keys(before));
    for (const k of Object.keys(before)) expect([k, kept[k]]).toEqual([k, before[k]]);
    // not merely equal: the very same objects, so nothing downstream redraws
    expect(after.events).toBe(before.events);
    expect(after.trace).toBe(before.trace);
  }); // prettier-ignore

  it('a file refused before reading changes nothing but the notice', () => {
    const store = edited();
    const before = dataOf(store.getState());
    store.getState().rejectImport('huge.csv', 'the file is 9000000 bytes');
    expect(store.getState().notice?.text).toBe(
      'Could not import "huge.csv": the file is 9000000 bytes. The sequence is unchanged.',
    );
    expect(dataOf(store.getState())).toEqual(before);
  });

  it('a good file replaces the sequence, becomes the original and starts a fresh history', () => {
    const store = edited();
    const events: ScanEvent[] = [
      { kind: 'wobble', magnitude: 0.7 },
      { kind: 'stable', magnitude: 0.02 },
      { kind: 'drift', magnitude: 0.45 },
    ];
    store.getState().importSequence(sequenceToCsv(events), 'mine.csv');
    const s = store.getState();
    expect([s.events, s.original, s.past, s.future]).toEqual([events, events, [], []]);
    expect([s.t, s.scenarioId, s.notice]).toEqual([0, 'custom', null]);
    expect(s.risks).toHaveLength(3);
  });

  it.each([
    ['JSON', 'seq.json', sequenceToJson],
    ['CSV', 'seq.csv', sequenceToCsv],
    ['JSON without an extension', 'seq', sequenceToJson],
  ])('export then import (%s) gives back the same sequence', (_, name, write) => {
    const store = loaded();
    store.getState().changeEvent(2, { kind: 'blip', magnitude: 0.123456789 });
    store.getState().insertEvent(0, { kind: 'drift', magnitude: 1 });
    const events = store.getState().events;
    const other = loaded();
    other.getState().importSequence(write(events), name);
    expect(other.getState().notice).toBeNull();
    expect(other.getState().events).toEqual(events);
  });
});

describe('comparing with the original', () => {
  it('runs the current model over the original only while comparing an edited sequence', () => {
    const store = loaded();
    store.getState().setCompare(true);
    expect(store.getState().originalRun).toBeNull(); // nothing edited yet
    store.getState().deleteEvent(WOBBLE);
    const run = store.getState().originalRun!;
    expect(Array.from(run.risks)).toEqual(coreRisks(CANON));
    expect(Array.from(store.getState().risks!)).toEqual(coreRisks(store.getState().events));
    store.getState().setKind('gru');
    expect(Array.from(store.getState().originalRun!.risks)).toEqual(coreRisks(CANON, 'gru'));
    store.getState().setCompare(false);
    expect(store.getState().originalRun).toBeNull();
  });

  it('applies the current overrides to the original too', () => {
    const store = loaded({ compare: true });
    store.getState().setGateMode('f', 'zero');
    store.getState().deleteEvent(WOBBLE);
    const m = MODELS.lstm;
    const forced = runForward(m.cell, encodeSequence(CANON), {
      overrides: [...store.getState().overrides],
    });
    expect(Array.from(store.getState().originalRun!.risks)).toEqual(
      Array.from(jamRisk(m.readout, forced.hs)),
    );
  });
});
