/** The lab store: every number it holds is the core's, inputs it refuses change nothing. */
import { describe, expect, it } from 'vitest';
import { jamRisk, runForward } from '../../src/core';
import { CANONICAL, encodeSequence, scenario } from '../../src/data';
import { selectCell, selectHidden, selectJamRisk, selectT } from '../../src/state/selectors';
import { createLabStore } from '../../src/state/store';
import { MODELS } from '../shipped';

function loaded() {
  const store = createLabStore();
  store.getState().setModels(MODELS);
  return store;
}

describe('createLabStore', () => {
  it('opens on the LSTM and the canonical scenario at step 0, with no trace until models load', () => {
    const s = createLabStore().getState();
    expect([s.kind, s.scenarioId, s.t, s.playing]).toEqual(['lstm', CANONICAL, 0, false]);
    expect(s.trace).toBeNull();
    expect(selectJamRisk(s)).toBeNull();
  });

  it('holds exactly the trace and jam risks the core computes', () => {
    const s = loaded().getState();
    const xs = encodeSequence(scenario(CANONICAL).events);
    const trace = runForward(MODELS.lstm.cell, xs);
    expect(s.trace?.hs.map((h) => Array.from(h))).toEqual(trace.hs.map((h) => Array.from(h)));
    expect(Array.from(s.risks ?? [])).toEqual(Array.from(jamRisk(MODELS.lstm.readout, trace.hs)));
    expect(Array.from(selectCell(s) ?? [])).toEqual(
      Array.from(trace.kind === 'lstm' ? trace.cs[0] : []),
    );
  });

  it('steps, seeks and clamps to the sequence', () => {
    const store = loaded();
    const { stepForward, stepBack, goToEnd, goToStart, seek } = store.getState();
    stepBack();
    expect(store.getState().t).toBe(0);
    stepForward();
    stepForward();
    expect(store.getState().t).toBe(2);
    goToEnd();
    expect(store.getState().t).toBe(selectT(store.getState()) - 1);
    stepForward();
    expect(store.getState().t).toBe(selectT(store.getState()) - 1);
    seek(1e9);
    expect(store.getState().t).toBe(selectT(store.getState()) - 1);
    goToStart();
    seek(3.6);
    expect(store.getState().t).toBe(4);
    expect(Array.from(selectHidden(store.getState()) ?? [])).toEqual(
      Array.from(store.getState().trace!.hs[4]),
    );
  });

  it('plays and pauses; playing from the end starts over', () => {
    const store = loaded();
    store.getState().goToEnd();
    store.getState().togglePlay();
    expect([store.getState().playing, store.getState().t]).toEqual([true, 0]);
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(false);
  });

  it('switches model: a new trace of that kind, and the old kind’s overrides dropped', () => {
    const store = loaded();
    store.getState().setOverrides([{ gate: 'f', value: 0 }]);
    const before = store.getState().trace;
    store.getState().setKind('gru');
    const s = store.getState();
    expect(s.trace?.kind).toBe('gru');
    expect(s.overrides).toEqual([]);
    expect(s.trace).not.toBe(before);
  });

  it('applies overrides through the core: forcing f = 0 drops the final jam risk below 50%', () => {
    const store = loaded();
    const last = (s = store.getState()) => s.risks![s.risks!.length - 1];
    expect(last()).toBeGreaterThanOrEqual(0.5);
    store.getState().setOverrides([{ gate: 'f', value: 0 }]);
    expect(last()).toBeLessThan(0.5);
    store.getState().setOverrides([]);
    expect(last()).toBeGreaterThanOrEqual(0.5);
  });

  it('refuses an override the model cannot take, keeps everything as it was, and says why', () => {
    const store = loaded();
    const before = store.getState();
    store.getState().setOverrides([{ gate: 'z', value: 1 }]);
    const after = store.getState();
    expect(after.notice?.text).toMatch(/a lstm cell has no gate 'z'/);
    expect(after.trace).toBe(before.trace);
    expect(after.overrides).toBe(before.overrides);
  });

  it('switches scenario back to step 0 and marks edited sequences custom', () => {
    const store = loaded();
    store.getState().seek(10);
    store.getState().setScenario('drift-no-wobble');
    expect([store.getState().scenarioId, store.getState().t]).toEqual(['drift-no-wobble', 0]);
    store.getState().setEvents(scenario('drift-no-wobble').events.slice(0, 5));
    expect([store.getState().scenarioId, selectT(store.getState())]).toEqual(['custom', 5]);
  });

  it('gives each store its own state', () => {
    const a = loaded();
    const b = loaded();
    a.getState().seek(5);
    expect(b.getState().t).toBe(0);
  });
});
