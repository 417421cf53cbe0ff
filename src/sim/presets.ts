/**
 * The models the lab ships (public/models/{rnn,lstm,gru,mgu}.json): each kind trained the same way on
 * the default scanner data, H = 8 so every unit fits on screen. Deterministic, so a rerun writes
 * the same bytes.
 */
import { modelToFile, type CellKind, type ModelFile } from '../core';
import { DEFAULT_PARAMS, generateDataset } from '../data';
import { createTrainer, evaluate, type TrainConfig } from './train';

export const PRESET = {
  generator: DEFAULT_PARAMS,
  trainSize: 4000,
  testSize: 2000,
  trainSeed: 101,
  testSeed: 202,
  training: { H: 8, optimizer: 'adam', lr: 0.01, batchSize: 32, updates: 4000, clip: 1, seed: 1 },
} as const;

/** Trains one preset and returns it as a model file with its held-out accuracy in meta. */
export function trainPreset(
  kind: CellKind,
  onProgress?: (step: number, accuracy: number) => void,
): ModelFile {
  const train = generateDataset(PRESET.generator, PRESET.trainSize, PRESET.trainSeed);
  const test = generateDataset(PRESET.generator, PRESET.testSize, PRESET.testSeed);
  const cfg: TrainConfig = { ...PRESET.training, kind, evalEvery: 500 };
  const trainer = createTrainer(cfg, train, test, () => 0);
  while (trainer.run(cfg.evalEvery ?? 500) === 'running') {
    const last = trainer.history[trainer.history.length - 1];
    onProgress?.(last.step, last.testAccuracy);
  }
  if (trainer.status !== 'done')
    throw new Error(`training the ${kind} preset ended: ${trainer.reason ?? trainer.status}`);
  const { accuracy, loss } = evaluate(trainer.model, test);
  return modelToFile(trainer.model, {
    generator: PRESET.generator,
    data: {
      trainSize: PRESET.trainSize,
      trainSeed: PRESET.trainSeed,
      testSize: PRESET.testSize,
      testSeed: PRESET.testSeed,
    },
    training: PRESET.training,
    heldOutAccuracy: accuracy,
    heldOutLoss: loss,
  });
}
