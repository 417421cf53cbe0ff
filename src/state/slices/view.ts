/**
 * The view slice: the unit the equations follow, animation on/off, the help overlay, lecture mode
 * and the panels and controls it leaves out.
 */
import type { ControlId, ViewSlice } from '../lab-state';
import { LECTURE_HIDDEN, PANEL_IDS } from '../panels';
import type { Get, Set } from './commit';

export { LECTURE_HIDDEN, PANEL_IDS } from '../panels';

/** The top bar's controls lecture mode can leave out, in the bar's order. */
export const CONTROL_IDS: readonly ControlId[] = [
  'model',
  'scenario',
  'transport',
  'time',
  'shortcuts',
  'lesson',
];

/** Lecture mode's first selection of controls: every one but the shortcut list ("?" opens it). */
export const LECTURE_HIDDEN_CONTROLS: readonly ControlId[] = ['shortcuts'];

/** `current` with `id` added or removed, as a new array in `all`'s order (equal picks read the same). */
function picked<T>(all: readonly T[], current: readonly T[], id: T, on: boolean): readonly T[] {
  if (!all.includes(id)) return current;
  return all.filter((x) => (x === id ? on : current.includes(x)));
}

export const viewSlice = (set: Set, get: Get): ViewSlice => ({
  unit: 0,
  animate: true,
  helpOpen: false,
  lecture: false,
  hiddenPanels: LECTURE_HIDDEN,
  hiddenControls: LECTURE_HIDDEN_CONTROLS,
  setUnit: (j) => {
    const H = get().trace?.H ?? Infinity;
    if (Number.isInteger(j) && j >= 0 && j < H) set({ unit: j });
  },
  setAnimate: (on) => set({ animate: on }),
  setHelpOpen: (open) => set({ helpOpen: open }),
  setLecture: (on) => set({ lecture: on }),
  setPanelHidden: (id, hidden) =>
    set({ hiddenPanels: picked(PANEL_IDS, get().hiddenPanels, id, hidden) }),
  setControlHidden: (id, hidden) =>
    set({ hiddenControls: picked(CONTROL_IDS, get().hiddenControls, id, hidden) }),
});
