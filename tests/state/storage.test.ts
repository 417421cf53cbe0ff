// @vitest-environment jsdom
/**
 * The save in local storage never loses what it could not keep (#14): an unreadable save, or a
 * save with an unreadable part, is kept aside whole, each in a slot of its own; one that cannot be
 * copied stays where it is.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { autosave } from '../../src/autosave';
import { ASIDE_LIMIT, asidesOf, putAside } from '../../src/state/asides';
import { loadSave } from '../../src/state/load-save';
import { readSave, saveOf, SAVE_KEY } from '../../src/state/save';
import { createLabStore } from '../../src/state/store';
import { createWriter, writeSave } from '../../src/state/write';
import { MODELS as models } from '../shipped';

const everything = () => Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)!]);
/** Keys other than the save's that hold `text`. */
const keptAs = (text: string) =>
  everything()
    .filter(([k, v]) => k !== SAVE_KEY && v === text)
    .map(([k]) => k);

/** A save of the shipped LSTM as trained, with one number in it changed to a string. */
function oneBadNumber(): string {
  const store = createLabStore({ models });
  const save = JSON.parse(saveOf(store.getState(), ['lstm']));
  save.trained.lstm.stateDict.bias_hh_l0[3] = 'NaN?';
  return JSON.stringify(save);
}

beforeEach(() => localStorage.clear());

describe('an unreadable save', () => {
  it('is copied aside before the original goes, and each one keeps a slot of its own', () => {
    localStorage.setItem(SAVE_KEY, '{"first":');
    expect(loadSave().unreadable).toBe(true);
    localStorage.setItem(SAVE_KEY, '{"second":');
    expect(loadSave().unreadable).toBe(true);
    expect(keptAs('{"first":')).toHaveLength(1);
    expect(keptAs('{"second":')).toHaveLength(1);
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
  });

  it('stays where it is when the copy does not fit, and the notice does not say it was kept', () => {
    const text = `{${'x'.repeat(1_000_000)}`;
    localStorage.setItem(SAVE_KEY, text);
    // fill the rest of the quota with another key
    for (let n = 4_000_000; n > 1000; n = Math.floor(n / 2))
      try {
        localStorage.setItem(`other:${n}`, 'x'.repeat(n));
      } catch {
        // too big: try half
      }
    const loaded = loadSave();
    expect(localStorage.getItem(SAVE_KEY)).toBe(text);
    expect(loaded.notice).not.toMatch(/is kept in this browser \(gate-lab:unreadable-save\)/);
  });
});

describe('a save with one unreadable trained model', () => {
  it('is kept aside whole before anything is written over it', () => {
    const text = oneBadNumber();
    localStorage.setItem(SAVE_KEY, text);
    const loaded = loadSave();
    expect(loaded.notice).toMatch(/the trained lstm model/);
    expect(loaded.trained).toEqual({});
    expect(keptAs(text)).toHaveLength(1);
  });
});

describe('writing the save', () => {
  it('keeps another tab’s newer save, and its edited sequence, before writing over it', () => {
    const a = createLabStore({ models });
    const b = createLabStore({ models });
    const [wa, wb] = [createWriter('a'), createWriter('b')]; // both tabs open on no save
    a.getState().deleteEvent(3);
    a.getState().setTrainSettings({ lr: 0.3 });
    writeSave(a, wa, 1000);
    const fromA = localStorage.getItem(SAVE_KEY)!;
    b.getState().insertEvent(0, { kind: 'ok', magnitude: 0.1 });
    writeSave(b, wb, 2000);
    // A's whole save is kept in a slot; B offers back A's sequence; B's save is the save
    expect(keptAs(fromA)).toHaveLength(1);
    expect(b.getState().keptSaves.map((k) => k.kind)).toEqual(['tab']);
    expect(b.getState().aside?.events).toEqual(a.getState().events);
    const now = readSave(localStorage.getItem(SAVE_KEY));
    expect(now.state.events).toEqual(b.getState().events);
    expect(now.state.aside?.events).toEqual(a.getState().events);
    // and B, writing again, sees its own save: nothing more is kept
    b.getState().setSpeed(8);
    writeSave(b, wb, 3000);
    expect(everything().filter(([k]) => k.startsWith('gate-lab:kept:'))).toHaveLength(1);
  });

  it('says "not saved" for as long as the storage refuses, and clears it once a write succeeds', () => {
    const store = createLabStore({ models });
    const writer = createWriter('t');
    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    writeSave(store, writer);
    expect(store.getState().unsaved).toBe(true);
    store.getState().deleteEvent(0); // an edit clears the notice, not the status
    writeSave(store, writer);
    expect(store.getState().unsaved).toBe(true);
    refuse.mockRestore();
    writeSave(store, writer);
    expect(store.getState().unsaved).toBe(false);
    expect(readSave(localStorage.getItem(SAVE_KEY)).state.events).toEqual(store.getState().events);
  });

  it('writes at once when the page goes away, not half a second later', () => {
    const store = createLabStore({ models });
    const stop = autosave(store);
    store.getState().deleteEvent(0);
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    expect(readSave(localStorage.getItem(SAVE_KEY)).state.events).toEqual(store.getState().events);
    stop();
  });
});

describe('the put-aside history', () => {
  it(`keeps the newest ${ASIDE_LIMIT}, newest first, each once`, () => {
    const { events } = createLabStore({ models }).getState();
    const edits = Array.from({ length: ASIDE_LIMIT + 2 }, (_, k) => ({ events: events.slice(k), original: events })); // prettier-ignore
    const history = edits.reduce((s, e) => putAside(s, e), putAside({}, edits[0]));
    expect(asidesOf(history)).toEqual(edits.toReversed().slice(0, ASIDE_LIMIT));
    expect(ASIDE_LIMIT).toBeGreaterThanOrEqual(10);
  });
});
