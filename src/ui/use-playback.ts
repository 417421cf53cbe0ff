/**
 * Drives playback from the frame clock: while the store says playing, each frame takes the steps
 * that are due at the chosen speed. The clock and the timing live here, never in the store.
 */
import { useEffect } from 'react';
import { createStepper } from '../sim/clock';
import type { LabStore } from '../state/lab-state';
import { useLab, useLabStore } from '../state/use-lab';
import { useFrameClock } from './clock-context';

const selectPlaying = (s: LabStore) => s.playing;

export function usePlayback(): void {
  const store = useLabStore();
  const clock = useFrameClock();
  const playing = useLab(selectPlaying);
  useEffect(() => {
    if (!playing) return;
    const stepper = createStepper(() => store.getState().speed);
    return clock.subscribe((now) => {
      const n = stepper.due(now);
      if (n > 0) {
        const s = store.getState();
        s.seek(s.t + n);
        if (store.getState().t >= s.events.length - 1) s.pause();
      }
    });
  }, [playing, store, clock]);
}
