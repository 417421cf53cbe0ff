/** The view slice: the unit the equations follow, animation on/off, the help overlay. */
import type { ViewSlice } from '../lab-state';
import type { Get, Set } from './commit';

export const viewSlice = (set: Set, get: Get): ViewSlice => ({
  unit: 0,
  animate: true,
  helpOpen: false,
  setUnit: (j) => {
    const H = get().trace?.H ?? Infinity;
    if (Number.isInteger(j) && j >= 0 && j < H) set({ unit: j });
  },
  setAnimate: (on) => set({ animate: on }),
  setHelpOpen: (open) => set({ helpOpen: open }),
});
