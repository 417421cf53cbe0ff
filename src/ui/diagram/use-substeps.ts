/**
 * The sub-step animation of one time step: when t changes, the stage runs Inputs → Gates →
 * Memory update → Output on the frame clock, then rests at DONE. Off (always DONE) when the user
 * turned it off, prefers reduced motion, or steps come too fast to follow — while playing fast,
 * and while stepping or scrubbing quickly by hand (a step that comes before the last one's
 * animation would have ended is shown at once). A learner may also hold the diagram at one
 * stage, to walk through the step gate by gate.
 */
import { useEffect, useState } from 'react';
import type { LabStore } from '../../state/lab-state';
import { selectStep } from '../../state/selectors';
import { useLab } from '../../state/use-lab';
import { useFrameClock, usePrefersReducedMotion } from '../clock-context';
import { STAGES } from './nodes';

/** Every stage shown: the resting state. */
export const DONE: number = STAGES.length;
/** The longest a step's animation takes, and the shortest worth playing. */
const MAX_MS = 900;
const MIN_MS = 300;

const selectAnimate = (s: LabStore) => s.animate;
const selectStepMs = (s: LabStore) => (s.playing ? 1000 / s.speed : Infinity);

interface Run {
  t: number;
  stage: number;
  /** held by the learner at this stage: the clock does not move it */
  held: boolean;
  /** when t last changed, on the frame clock */
  changedAt: number;
}

export interface Substeps {
  /** the stage to draw: 0 … DONE − 1 while animating or held, DONE when resting */
  stage: number;
  /** jump to the end of this step's animation */
  skip(): void;
  /** show the step up to stage k and stay there until the step changes */
  hold(k: number): void;
}

export function useSubsteps(): Substeps {
  const t = useLab(selectStep);
  const animate = useLab(selectAnimate);
  const stepMs = useLab(selectStepMs);
  const reduced = usePrefersReducedMotion();
  const clock = useFrameClock();
  const [run, setRun] = useState<Run>({ t, stage: DONE, held: false, changedAt: -Infinity });
  const duration = Math.min(MAX_MS, 0.8 * stepMs);
  const on = animate && !reduced && duration >= MIN_MS;

  // a new step starts its animation at the first stage (adjusting state while rendering),
  // unless it came hard on the heels of the last one
  if (run.t !== t) {
    const now = clock.now();
    const rapid = now - run.changedAt < MAX_MS;
    setRun({ t, stage: on && !rapid ? 0 : DONE, held: false, changedAt: now });
  }

  const stage = on || run.held ? run.stage : DONE;
  const moving = on && !run.held && stage < DONE;
  useEffect(() => {
    if (!moving) return;
    let start: number | null = null;
    return clock.subscribe((now) => {
      start ??= now;
      const next = Math.min(DONE, Math.floor(((now - start) / duration) * DONE) + stage);
      if (next !== stage) setRun((r) => (r.t === t && !r.held ? { ...r, stage: next } : r));
    });
  }, [clock, duration, stage, t, moving]);

  return {
    stage,
    skip: () => setRun((r) => ({ ...r, stage: DONE, held: false })),
    hold: (k) => setRun((r) => ({ ...r, stage: k, held: k < DONE })),
  };
}
