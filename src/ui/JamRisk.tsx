/**
 * The "Jam risk" status: the model's p_t at the current step, and what really happens to the
 * package (the ground-truth rule), so a wrong prediction is visible as wrong.
 */
import { useId } from 'react';
import { jams } from '../data';
import type { LabStore } from '../state/lab-state';
import { selectJamRisk } from '../state/selectors';
import { useLab } from '../state/use-lab';
import { fmtPercent } from './format';

const selectPlaying = (s: LabStore) => s.playing;
const selectEvents = (s: LabStore) => s.events;

export function JamRisk() {
  const id = useId();
  const risk = useLab(selectJamRisk);
  const playing = useLab(selectPlaying);
  const truth = jams(useLab(selectEvents));
  return (
    <div className="jam-risk">
      {/* while playing, announcing every step would drown a screen reader */}
      <div role="status" aria-labelledby={id} aria-live={playing ? 'off' : 'polite'}>
        <span id={id}>Jam risk</span>{' '}
        <strong className="risk-value">{risk === null ? '…' : fmtPercent(risk)}</strong>
      </div>
      <p className="truth">
        Ground truth: {truth ? 'this package jams at the end' : 'this package runs through'}
      </p>
    </div>
  );
}
