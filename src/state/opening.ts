/**
 * What the lab opens with: a shared link's view over the work saved in this browser. The link
 * wins for whatever it names. An edited sequence it would replace is put aside (asides.ts), to
 * bring back, never silently lost.
 */
import { editedOf, putAside } from './asides';
import { sameEvents } from './derive';
import type { LabState, Notice } from './lab-state';

/** The initial state from the saved work and the link (each already read and validated). */
export function openingState(saved: Partial<LabState>, link: Partial<LabState>): Partial<LabState> {
  if (!link.events) return { ...saved, ...link };
  // after a reload the page's own link names the saved sequence: it keeps its saved original
  if (saved.events && sameEvents(saved.events, link.events)) return { ...saved, ...link };
  const edited = editedOf(saved);
  // a link's own sequence is its original. The edited one goes first into the put-aside history,
  // or second while a lesson is open (the lesson gives back the one it put aside when it ends)
  const under = { ...saved, ...link }.lesson != null;
  const asides = edited ? putAside(saved, edited, under) : {};
  return { ...saved, original: undefined, ...link, ...asides };
}

/** What the lab says as it opens: about the link if it could not all be read, else about the save. */
export function openingNotice(link: string | null, saved: string | null): Notice | null {
  if (link) return { kind: 'link', text: link };
  return saved ? { kind: 'save', text: saved } : null;
}
