/**
 * The playback slice: the current step and whether the clock runs. The clock itself (a
 * requestAnimationFrame loop) lives outside the store and calls stepForward.
 */
import type { PlaybackSlice } from '../lab-state';
import { clampStep, type Get, type Set } from './commit';

export const playbackSlice = (set: Set, get: Get): PlaybackSlice => {
  const seek = (t: number) => {
    if (Number.isFinite(t)) set({ t: clampStep(t, get().events.length) });
  };
  const last = () => get().events.length - 1;
  return {
    t: 0,
    playing: false,
    speed: 4,
    seek,
    stepForward: () => {
      seek(get().t + 1);
      // playback stops by itself at the last reading
      if (get().playing && get().t >= last()) set({ playing: false });
    },
    stepBack: () => seek(get().t - 1),
    goToStart: () => seek(0),
    goToEnd: () => seek(last()),
    play: () => set({ playing: true, t: get().t >= last() ? 0 : get().t }),
    pause: () => set({ playing: false }),
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    setSpeed: (stepsPerSecond) => {
      if (stepsPerSecond > 0 && Number.isFinite(stepsPerSecond)) set({ speed: stepsPerSecond });
    },
  };
};
