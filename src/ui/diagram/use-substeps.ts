/**
 * The sub-step animation of one time step: when t changes, the stage runs Inputs → Gates →
 * Memory update → Output on the frame clock, then rests at DONE. Off (always DONE) when the user
 * turned it off, prefers reduced motion, or steps come too fast to follow.
 */
import { useEffect, useState } from 'react';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { useFrameClock, usePrefersReducedMotion } from '../clock-context';
import { STAGES } from './nodes';

/** Every stage shown: the resting state. */
export const DONE: number = STAGES.length;
/** The longest a step's animation takes, and the shortest worth playing. */
const MAX_MS = 900;
const MIN_MS = 300;

const selectT = (s: LabStore) => s.t;
const selectAnimate = (s: LabStore) => s.animate;
const selectStepMs = (s: LabStore) => (s.playing ? 1000 / s.speed : Infinity);

/** The stage to draw now, and a way to jump to the end of this step's animation. */
export function useSubsteps(): { stage: number; skip(): void } {
  const t = useLab(selectT);
  const animate = useLab(selectAnimate);
  const stepMs = useLab(selectStepMs);
  const reduced = usePrefersReducedMotion();
  const clock = useFrameClock();
  const [run, setRun] = useState<{ t: number; stage: number }>({ t, stage: DONE });
  const duration = Math.min(MAX_MS, 0.8 * stepMs);
  const on = animate && !reduced && duration >= MIN_MS;

  // a new step starts its animation at the first stage (adjusting state while rendering)
  if (run.t !== t) setRun({ t, stage: on ? 0 : DONE });

  const stage = on ? run.stage : DONE;
  useEffect(() => {
    if (stage >= DONE) return;
    let start: number | null = null;
    const unsubscribe = clock.subscribe((now) => {
      start ??= now;
      const next = Math.min(DONE, Math.floor(((now - start) / duration) * DONE) + stage);
      if (next !== stage) setRun((r) => (r.t === t ? { t, stage: next } : r));
    });
    return unsubscribe;
  }, [clock, duration, stage, t]);

  return { stage, skip: () => setRun({ t, stage: DONE }) };
}
