/**
 * The training panel's settings: their defaults, the values a learner may pick, and the check every
 * change goes through. The defaults make the lesson visible in seconds on a laptop: at gap 20 the
 * vanilla RNN stays at the majority answer while the LSTM and the GRU reach 100% held-out.
 */
import type { TrainSettings } from '../sim/train-protocol';

export const DEFAULT_TRAIN_SETTINGS: TrainSettings = { gap: 20, H: 8, lr: 0.01, updates: 800 };

/** The range of each numeric setting, and the choices of the others. */
export const TRAIN_LIMITS = {
  gap: { min: 2, max: 60, step: 1 },
  updates: { min: 50, max: 3000, step: 50 },
  H: [4, 8, 16, 32],
  // Adam with clipping shrugs off 1; 3 and 10 show the divergence and the rollback
  lr: [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10],
} as const;

/** The seed of every run's init and minibatch order: the same for every kind. */
export const TRAIN_SEED = 1;

const inRange = (x: number, r: { min: number; max: number }) =>
  Number.isInteger(x) && x >= r.min && x <= r.max;

/** Why a settings change cannot be taken, or null when it can. */
export function checkTrainSettings(s: Partial<TrainSettings>): string | null {
  const { gap, updates, H } = TRAIN_LIMITS;
  if (s.gap !== undefined && !inRange(s.gap, gap))
    return `The gap must be a whole number from ${gap.min} to ${gap.max}.`;
  if (s.updates !== undefined && !inRange(s.updates, updates))
    return `Updates must be a whole number from ${updates.min} to ${updates.max}.`;
  if (s.H !== undefined && !(H as readonly number[]).includes(s.H))
    return `The hidden size must be one of ${H.join(', ')}.`;
  if (s.lr !== undefined && !(Number.isFinite(s.lr) && s.lr > 0 && s.lr <= 10))
    return 'The learning rate must be a number above 0 and at most 10.';
  return null;
}
