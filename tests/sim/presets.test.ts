/**
 * The shipped models (public/models): they load, their held-out accuracy is what their metadata
 * says (recomputed here from the generator settings and seeds they record), and they tell the
 * curated stories: LSTM, GRU and MGU catch both jams and reject the three look-alikes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CELL_KINDS,
  jamRisk,
  modelFromFile,
  runForward,
  type CellKind,
  type GateOverride,
  type Model,
} from '../../src/core';
import {
  SCENARIOS,
  encodeSequence,
  generateDataset,
  scenario,
  scenarioLabel,
  type GeneratorParams,
  type ScenarioId,
} from '../../src/data';
import { evaluate } from '../../src/sim/train';

function load(kind: CellKind) {
  const text = readFileSync(new URL(`../../public/models/${kind}.json`, import.meta.url), 'utf8');
  return modelFromFile(JSON.parse(text));
}

function finalRisk(model: Model, id: ScenarioId, overrides: GateOverride[] = []): number {
  const ps = jamRisk(
    model.readout,
    runForward(model.cell, encodeSequence(scenario(id).events), { overrides }).hs,
  );
  return ps[ps.length - 1];
}

describe.each(CELL_KINDS)('the shipped %s', (kind) => {
  const { model, meta } = load(kind);

  it('is a cell of that kind with H = 8 over the D = 6 scanner inputs', () => {
    expect([model.cell.kind, model.cell.D, model.cell.H]).toEqual([kind, 6, 8]);
  });

  it('has the held-out accuracy its metadata records, recomputed from its generator settings', () => {
    const data = meta.data as { testSize: number; testSeed: number };
    const test = generateDataset(meta.generator as GeneratorParams, data.testSize, data.testSeed);
    const { accuracy } = evaluate(model, test);
    expect(accuracy).toBe(meta.heldOutAccuracy);
  });
});

/** The gated kinds: each must catch both jams and reject the look-alikes. */
const GATED = ['lstm', 'gru', 'mgu'] as const;

describe.each(GATED)('the shipped %s tells the curated stories', (kind) => {
  const { model } = load(kind);

  it('reaches at least 99% held-out accuracy', () => {
    expect(load(kind).meta.heldOutAccuracy).toBeGreaterThanOrEqual(0.99);
  });

  it.each(SCENARIOS.map((s) => [s.id, scenarioLabel(s)] as const))(
    '%s: final jam risk on the right side of 50%',
    (id, label) => {
      const p = finalRisk(model, id);
      if (label === 1) expect(p).toBeGreaterThanOrEqual(0.5);
      else expect(p).toBeLessThan(0.5);
    },
  );
});

describe('the shipped LSTM carries the lesson under override', () => {
  const { model } = load('lstm');

  it('catches the canonical jam as learned, and misses it with the forget gate forced to 0 at every step', () => {
    expect(finalRisk(model, 'wobble-drift-jam')).toBeGreaterThanOrEqual(0.5);
    expect(finalRisk(model, 'wobble-drift-jam', [{ gate: 'f', value: 0 }])).toBeLessThan(0.5);
  });

  it('gives back exactly the learned run when the override is lifted', () => {
    const xs = encodeSequence(scenario('wobble-drift-jam').events);
    const learned = jamRisk(model.readout, runForward(model.cell, xs).hs);
    runForward(model.cell, xs, { overrides: [{ gate: 'f', value: 0 }] });
    expect(Array.from(jamRisk(model.readout, runForward(model.cell, xs).hs))).toEqual(
      Array.from(learned),
    );
  });
});

describe('the shipped GRU under override', () => {
  it('with the update gate forced to 1 keeps h = h0 = 0, so the jam risk is σ(b) at every step', () => {
    const { model } = load('gru');
    const xs = encodeSequence(scenario('wobble-drift-jam').events);
    const ps = jamRisk(
      model.readout,
      runForward(model.cell, xs, { overrides: [{ gate: 'z', value: 1 }] }).hs,
    );
    const sigmaB = 1 / (1 + Math.exp(-model.readout.b[0]));
    ps.forEach((p) => expect(p).toBeCloseTo(sigmaB, 15));
  });
});

describe('the shipped MGU under override', () => {
  it('with the forget gate forced to 0 keeps h = h0 = 0, so the jam risk is σ(b) at every step', () => {
    const { model } = load('mgu');
    const xs = encodeSequence(scenario('wobble-drift-jam').events);
    const ps = jamRisk(
      model.readout,
      runForward(model.cell, xs, { overrides: [{ gate: 'f', value: 0 }] }).hs,
    );
    const sigmaB = 1 / (1 + Math.exp(-model.readout.b[0]));
    ps.forEach((p) => expect(p).toBeCloseTo(sigmaB, 15));
  });

  it('catches the canonical jam as learned', () => {
    expect(finalRisk(load('mgu').model, 'wobble-drift-jam')).toBeGreaterThanOrEqual(0.5);
  });
});
