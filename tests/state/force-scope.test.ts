/** Forcing over chosen units and steps: the scope turns into the core's GateOverride fields. */
import { describe, expect, it } from 'vitest';
import { createRng, initModel, jamRisk, runForward } from '../../src/core';
import { CANONICAL, encodeSequence, scenario } from '../../src/data';
import { ALL, scoped, tidyScope } from '../../src/state/force-scope';
import { createLabStore } from '../../src/state/store';
import { MODELS as models } from '../shipped';

const xs = encodeSequence(scenario(CANONICAL).events);

describe('scoped / tidyScope', () => {
  it('leaves out the fields that cover everything', () => {
    expect(scoped('f', 0, ALL)).toEqual({ gate: 'f', value: 0 });
    expect(scoped('z', 1, { units: [1, 4], steps: [3, 9] })).toEqual({
      gate: 'z',
      value: 1,
      units: [1, 4],
      from: 3,
      to: 9,
    });
  });

  it('sorts units and the range, and refuses units or steps the model lacks', () => {
    expect(tidyScope({ units: [5, 1, 5], steps: [9, 3] }, 8)).toEqual({
      units: [1, 5],
      steps: [3, 9],
    });
    expect(tidyScope({ units: [8], steps: null }, 8)).toBeNull();
    expect(tidyScope({ units: [-1], steps: null }, 8)).toBeNull();
    expect(tidyScope({ units: null, steps: [0.5, 3] }, 8)).toBeNull();
  });
});

describe('the store forces gates over the scope', () => {
  it('applies the scope to a gate forced after it, and the core runs exactly that override', () => {
    const store = createLabStore({ models });
    store.getState().setForceScope({ units: [2, 5], steps: [4, 20] });
    store.getState().setGateMode('f', 'zero');
    const o = { gate: 'f' as const, value: 0, units: [2, 5], from: 4, to: 20 };
    expect(store.getState().overrides).toEqual([o]);
    const risks = jamRisk(models.lstm.readout, runForward(models.lstm.cell, xs, { overrides: [o] }).hs); // prettier-ignore
    expect(Array.from(store.getState().risks!)).toEqual(Array.from(risks));
  });

  it('re-scopes the gates already forced when the scope changes', () => {
    const store = createLabStore({ models });
    store.getState().setGateMode('f', 'zero');
    store.getState().setGateMode('i', 'custom');
    store.getState().setForceScope({ steps: [10, 12] });
    expect(store.getState().overrides).toEqual([
      { gate: 'f', value: 0, from: 10, to: 12 },
      { gate: 'i', value: 0.5, from: 10, to: 12 },
    ]);
    store.getState().setForceScope({ steps: null });
    expect(store.getState().overrides).toEqual([
      { gate: 'f', value: 0 },
      { gate: 'i', value: 0.5 },
    ]);
  });

  it('refuses a unit the model does not have, with a notice and nothing changed', () => {
    const store = createLabStore({ models });
    store.getState().setGateMode('f', 'zero');
    const before = store.getState();
    store.getState().setForceScope({ units: [99] });
    const after = store.getState();
    expect(after.notice?.text).toMatch(/unit or a step/);
    expect(after.forceScope).toBe(before.forceScope);
    expect(after.overrides).toBe(before.overrides);
    expect(after.trace).toBe(before.trace);
  });

  it('frees the chosen units on a switch of model, keeping the steps', () => {
    const store = createLabStore({ models });
    store.getState().setForceScope({ units: [1], steps: [2, 3] });
    store.getState().setKind('gru');
    expect(store.getState().forceScope).toEqual({ units: null, steps: [2, 3] });
  });

  it('forces every unit when a model of a smaller hidden size replaces the shown one', () => {
    const store = createLabStore({ models });
    store.getState().setForceScope({ units: [6] });
    store.getState().setGateMode('f', 'zero');
    // a fresh 4-unit LSTM, as training in the lab may give
    store.getState().setModels({ lstm: initModel('lstm', 6, 4, createRng(1)) });
    expect(store.getState().notice).toBeNull();
    expect(store.getState().trace!.H).toBe(4);
    expect(store.getState().forceScope.units).toBeNull();
    expect(store.getState().overrides).toEqual([{ gate: 'f', value: 0 }]);
  });
});
