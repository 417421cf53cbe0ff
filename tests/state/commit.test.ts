/**
 * Atomic store updates: every action that reruns the core publishes once, with the lab's
 * invariants already applied (the forced units and the equations' unit exist in the shown model; a
 * custom gate is a forced gate).
 */
import { describe, expect, it } from 'vitest';
import { createRng, initModel, type CellKind } from '../../src/core';
import { D, scenario } from '../../src/data';
import { createLabStore } from '../../src/state/store';
import type { LabStore } from '../../src/state/lab-state';
import { torchWeights } from '../../src/ui/export/torch-weights';
import { MODELS } from '../shipped';

function loaded() {
  const store = createLabStore();
  store.getState().setModels(MODELS);
  return store;
}

/** How many times the store publishes while `act` runs. */
function publishes(store: ReturnType<typeof createLabStore>, act: (s: LabStore) => void): number {
  let n = 0;
  const unsubscribe = store.subscribe(() => n++);
  act(store.getState());
  unsubscribe();
  return n;
}

describe('commit', () => {
  it('publishes each action that reruns the core exactly once', () => {
    const store = loaded();
    const small = (kind: CellKind) => initModel(kind, D, 4, createRng(3));
    const weights = JSON.stringify(torchWeights(small('gru')));
    const cases: [string, (s: LabStore) => void][] = [
      ['setModels', (s) => s.setModels({ gru: MODELS.gru })],
      ['setGateMode', (s) => s.setGateMode('f', 'custom')],
      ['setGateValue', (s) => s.setGateValue('f', 0.25)],
      ['setForceScope', (s) => s.setForceScope({ units: [1, 2] })],
      ['setKind', (s) => s.setKind('gru')],
      ['setScenario', (s) => s.setScenario('long-gap-jam')],
      ['deleteEvent', (s) => s.deleteEvent(2)],
      ['importSequence', (s) => s.importSequence('{"format":"gate-lab-sequence","version":1,"events":[{"kind":"ok","magnitude":0.1},{"kind":"drift","magnitude":0.5}]}', 'a.json')], // prettier-ignore
      ['startLesson', (s) => s.startLesson()],
      ['showLessonView', (s) => s.showLessonView({ kind: 'lstm', scenarioId: 'wobble-drift-jam', overrides: [{ gate: 'f', value: 0 }], t: 5 })], // prettier-ignore
      ['bringBackAside', (s) => s.bringBackAside()],
      ['importWeights', (s) => s.importWeights(weights, 'gru.json')],
      ['restoreModel', (s) => s.restoreModel('gru')],
      ['restoreTrainedModels', (s) => s.restoreTrainedModels({ rnn: small('rnn'), lstm: small('lstm') })], // prettier-ignore
      ['restoreModel, other kind', (s) => s.restoreModel('lstm')],
    ];
    for (const [name, act] of cases) expect(publishes(store, act), name).toBe(1);
    // and each was taken: the last restored the shipped LSTM the trained one replaced
    expect(store.getState().models.lstm).toBe(MODELS.lstm);
    expect(store.getState().replacedModels).toEqual({ rnn: MODELS.rnn });
  });

  it('a step of the lesson is one change: model, fresh scenario, forced gates over every unit, t, paused', () => {
    const store = loaded();
    const s = store.getState();
    s.setForceScope({ units: [0], steps: [2, 4] });
    s.setGateMode('f', 'custom');
    s.play();
    s.showLessonView({ kind: 'gru', scenarioId: 'long-gap-jam', overrides: [{ gate: 'z', value: 1 }], t: 7 }); // prettier-ignore
    const after = store.getState();
    expect([after.kind, after.scenarioId, after.t, after.playing]).toEqual(['gru', 'long-gap-jam', 7, false]); // prettier-ignore
    expect(after.events).toBe(scenario('long-gap-jam').events);
    expect(after.overrides).toEqual([{ gate: 'z', value: 1 }]);
    expect(after.forceScope).toEqual({ units: null, steps: null });
    expect(after.customGates).toEqual([]);
    expect(after.past).toEqual([]);
  });

  it('keeps the equations’ unit and the forced units inside the shown model, whatever the action', () => {
    const rng = createRng(5);
    const small = initModel('gru', D, 4, rng);
    const store = loaded();
    const s = store.getState();
    s.setUnit(7);
    s.setForceScope({ units: [2, 7] });
    s.setGateMode('f', 'zero');
    // setKind: another kind with fewer units (this clamp was missing before the commit did it)
    s.setModels({ gru: small });
    s.setKind('gru');
    expect(store.getState().unit).toBe(3);
    expect(store.getState().forceScope.units).toBeNull();
    // setModels: the shown model replaced by a smaller one rescopes its forced gates too
    store.getState().setKind('lstm');
    store.getState().setUnit(7);
    store.getState().setForceScope({ units: [2, 7] });
    store.getState().setGateMode('i', 'one');
    store.getState().setModels({ lstm: initModel('lstm', D, 4, rng) });
    const after = store.getState();
    expect(after.unit).toBe(3);
    expect(after.forceScope.units).toBeNull();
    expect(after.overrides).toEqual([{ gate: 'i', value: 1 }]);
  });

  it('drops a custom gate whose override is gone', () => {
    const store = loaded();
    store.getState().setGateMode('f', 'custom');
    expect(store.getState().customGates).toEqual(['f']);
    store.getState().setOverrides([]);
    expect(store.getState().customGates).toEqual([]);
  });

  it('keeps what already holds by identity, so subscribers comparing by identity see no change', () => {
    const store = loaded();
    store.getState().setGateMode('f', 'custom');
    const before = store.getState();
    store.getState().seek(4);
    store.getState().setModels({ gru: MODELS.gru });
    const after = store.getState();
    for (const k of ['overrides', 'forceScope', 'customGates'] as const)
      expect(after[k], k).toBe(before[k]);
  });
});
