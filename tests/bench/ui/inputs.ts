/**
 * What the UI benchmark plays: an untrained H = 32 model of each kind (PyTorch's init, seeded) and
 * one T = 200 jam sequence from the data generator, both fixed by their seeds. With these seeds the
 * sequence is calm readings with 16 blips, the wobble at t = 129 and a drift run from t = 195.
 */
import {
  createRng,
  initModel,
  modelToFile,
  type CellKind,
  type ModelFile,
} from '../../../src/core';
import { D, DEFAULT_PARAMS, generateDataset, type ScanEvent } from '../../../src/data';

export const H = 32;
export const T = 200;
const MODEL_SEED = 32;
const SEQUENCE_SEED = 200;

/** The model file the page's bench hook loads for `kind` (D = 6, H = 32). */
export function benchModel(kind: CellKind): ModelFile {
  const model = initModel(kind, D, H, createRng(MODEL_SEED), { forgetBias: 1 });
  return modelToFile(model, { madeBy: 'tests/bench/ui/inputs.ts', seed: MODEL_SEED });
}

/** The T = 200 sequence: one jam sequence with every length fixed at T. */
export function benchEvents(): ScanEvent[] {
  const params = {
    ...DEFAULT_PARAMS,
    length: [T, T] as const,
    gap: [60, 150] as const,
    balance: { jam: 1, driftOnly: 0, wobbleOnly: 0, calm: 0 },
  };
  const { sequences } = generateDataset(params, 1, SEQUENCE_SEED);
  const { events } = sequences[0];
  if (events.length !== T) throw new Error(`bench sequence has ${events.length} steps, not ${T}`);
  return events;
}
