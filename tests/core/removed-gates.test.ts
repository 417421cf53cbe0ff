/**
 * A design without a gate (Model.removed): the gate held at 1 in every run, read and written by
 * the model file, and built into plain weights (heldCell) that a full cell runs to the same numbers.
 */
import { describe, expect, it } from 'vitest';
import {
  createRng,
  heldCell,
  heldGates,
  HOLD_BIAS,
  initModel,
  jamRisk,
  modelFromFile,
  modelToFile,
  runForward,
  runOverrides,
  type CellKind,
  type GateName,
  type Model,
} from '../../src/core';
import { D, encodeSequence, scenario } from '../../src/data';

const DESIGNS: [CellKind, GateName][] = [
  ['lstm', 'f'],
  ['lstm', 'i'],
  ['lstm', 'o'],
  ['gru', 'r'],
  ['gru', 'z'],
  ['mgu', 'f'],
];
const xs = encodeSequence(scenario('wobble-drift-jam').events);

const without = (kind: CellKind, gate: GateName, seed = 3): Model => ({
  ...initModel(kind, D, 5, createRng(seed)),
  removed: [gate],
});

describe('a model without a gate', () => {
  it.each(DESIGNS)('%s without %s: the gate is 1 at every unit and step, and stays out of reach of forcing', (kind, gate) => {
    const model = without(kind, gate);
    const trace = runForward(model.cell, xs, { overrides: runOverrides(model, [{ gate, value: 0 }]) }); // prettier-ignore
    const steps = (trace.gates as Record<string, Float64Array[]>)[gate];
    expect(steps.every((v) => v.every((x) => x === 1))).toBe(true);
    expect(runOverrides(model, [{ gate, value: 0 }])).toEqual(heldGates(model));
  }); // prettier-ignore

  it.each(DESIGNS)('%s without %s: heldCell runs to exactly the numbers the held gate gives', (kind, gate) => {
    const model = without(kind, gate);
    const held = jamRisk(model.readout, runForward(model.cell, xs, { overrides: heldGates(model) }).hs); // prettier-ignore
    const built = jamRisk(model.readout, runForward(heldCell(model), xs).hs);
    expect(built).toEqual(held);
    // and the model as it stands is untouched
    expect(heldCell(model)).not.toBe(model.cell);
    expect(jamRisk(model.readout, runForward(model.cell, xs).hs)).not.toEqual(held);
  }); // prettier-ignore

  it('σ(HOLD_BIAS) is exactly 1 in float64 and in float32', () => {
    expect(1 / (1 + Math.exp(-HOLD_BIAS))).toBe(1);
    expect(Math.fround(1 / (1 + Math.fround(Math.exp(-HOLD_BIAS))))).toBe(1);
  });

  it('a full model holds nothing and heldCell is its own cell', () => {
    const model = initModel('lstm', D, 4, createRng(1));
    expect(heldGates(model)).toEqual([]);
    expect(heldCell(model)).toBe(model.cell);
  });
});

describe('the model file of a design without a gate', () => {
  it('writes and reads back the removed gate; a full model writes none', () => {
    const model = without('lstm', 'f');
    const file = JSON.parse(JSON.stringify(modelToFile(model)));
    expect(file.removed).toEqual(['f']);
    expect(modelFromFile(file).model.removed).toEqual(['f']);
    const full = modelToFile(initModel('gru', D, 4, createRng(2)));
    expect('removed' in full).toBe(false);
    expect(modelFromFile(full).model.removed).toBeUndefined();
  });

  it.each([
    [['z'], /removed\[0\]: the lstm has no gate "z"; its gates are i, f, o/],
    [['f', 'f'], /removed\[1\]: "f" is named twice/],
    [['g'], /the lstm has no gate "g"/],
    ['f', /removed: expected a list of gates/],
  ])('refuses removed = %j', (removed, message) => {
    const file = { ...modelToFile(without('lstm', 'f')), removed };
    expect(() => modelFromFile(file)).toThrow(message);
  });
});
