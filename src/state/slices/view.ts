/**
 * The view slice: the unit the equations follow, animation on/off, the help overlay, lecture mode
 * and the panels it leaves out.
 */
import type { PanelId, ViewSlice } from '../lab-state';
import type { Get, Set } from './commit';

/** Every panel, in page order. */
export const PANEL_IDS: readonly PanelId[] = [
  'timeline',
  'gates',
  'editor',
  'diagram',
  'equations',
  'heatmaps',
  'gradients',
  'training',
];

/** Lecture mode's first selection: the timeline and the cell diagram, which fit a 1280×720 projector. */
export const LECTURE_HIDDEN: readonly PanelId[] = PANEL_IDS.filter(
  (id) => id !== 'timeline' && id !== 'diagram',
);

export const viewSlice = (set: Set, get: Get): ViewSlice => ({
  unit: 0,
  animate: true,
  helpOpen: false,
  lecture: false,
  hiddenPanels: LECTURE_HIDDEN,
  setUnit: (j) => {
    const H = get().trace?.H ?? Infinity;
    if (Number.isInteger(j) && j >= 0 && j < H) set({ unit: j });
  },
  setAnimate: (on) => set({ animate: on }),
  setHelpOpen: (open) => set({ helpOpen: open }),
  setLecture: (on) => set({ lecture: on }),
  setPanelHidden: (id, hidden) => {
    if (!PANEL_IDS.includes(id)) return;
    const rest = get().hiddenPanels.filter((p) => p !== id);
    // a new array in page order, so equal selections read the same (links, saved settings)
    const next = hidden ? PANEL_IDS.filter((p) => p === id || rest.includes(p)) : rest;
    set({ hiddenPanels: next });
  },
});
