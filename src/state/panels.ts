/**
 * The lab's panels as the state knows them, written once: each panel's id (links and saves list
 * panels in this order, so it never changes) and whether lecture mode's first selection shows it.
 * Lecture mode may hide any panel. The UI's panel table (ui/panels.tsx) gives each id its title,
 * chooser name, place on the page and component.
 */
const TABLE = [
  { id: 'timeline', lecture: 'shown' },
  { id: 'gates', lecture: 'hidden' },
  { id: 'editor', lecture: 'hidden' },
  { id: 'diagram', lecture: 'shown' },
  { id: 'equations', lecture: 'hidden' },
  { id: 'heatmaps', lecture: 'hidden' },
  { id: 'gradients', lecture: 'hidden' },
  { id: 'training', lecture: 'hidden' },
] as const;

export type PanelId = (typeof TABLE)[number]['id'];

/** Every panel, in the order links and saves list them. */
export const PANEL_IDS: readonly PanelId[] = TABLE.map((p) => p.id);

/** Lecture mode's first selection hides these: the timeline and the cell diagram fit a 1280×720 projector. */
export const LECTURE_HIDDEN: readonly PanelId[] = TABLE.filter((p) => p.lecture === 'hidden').map(
  (p) => p.id,
);
