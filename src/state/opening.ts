/**
 * What the lab opens with: a shared link's view over the work saved in this browser. The link
 * wins for whatever it names. An edited sequence it would replace is put aside (asides.ts), to
 * bring back, never silently lost.
 */
import { editedOf, putAside } from './asides';
import { sameEvents } from './derive';
import type { LabState, Notice } from './lab-state';
import type { Forcing } from './slices/training';

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

/** What of the opening state depends on the shown model's hidden size (the forcing and the unit). */
const FORCING = ['overrides', 'forceScope', 'unit', 'customGates'] as const;

/**
 * The opening state without its forcing, and the forcing. A link with a trained model holds its
 * forcing back until that model is in: a unit beyond the shipped model's H (unit 12 of an H = 16
 * model) is real only then.
 */
export function holdForcing(state: Partial<LabState>): [Partial<LabState>, Forcing] {
  const rest = { ...state };
  const forcing: Forcing = {};
  for (const key of FORCING) {
    if (state[key] === undefined) continue;
    Object.assign(forcing, { [key]: state[key] });
    delete rest[key];
  }
  return [rest, forcing];
}

const range = (r: readonly number[] | null) => (r ? r.join('–') : 'all');
const list = (r: readonly number[] | null) => (r ? r.join(', ') : 'all');

/**
 * What a link asked for that the lab could not show as asked, in words: a step, unit, forced unit
 * or forced step beyond the sequence or the model, brought within it. Null when all fit.
 */
export function clampNotice(asked: Partial<LabState>, s: LabState): string | null {
  const T = s.events.length;
  const H = s.models[s.kind]?.cell.H;
  const moved: string[] = [];
  if (asked.t !== undefined && asked.t !== s.t)
    moved.push(`the step ${asked.t} (the sequence has ${T} readings) is now ${s.t}`);
  if (asked.unit !== undefined && asked.unit !== s.unit)
    moved.push(`the unit ${asked.unit} (the model has ${H} units) is now ${s.unit}`);
  const [a, got] = [asked.forceScope, s.forceScope];
  if (a && a.units && String(a.units) !== String(got.units))
    moved.push(`the forced units ${list(a.units)} (the model has ${H} units) are now ${list(got.units)}`); // prettier-ignore
  if (a && a.steps && String(a.steps) !== String(got.steps))
    moved.push(`the forced steps ${range(a.steps)} (the sequence has ${T} readings) are now ${range(got.steps)}`); // prettier-ignore
  return moved.length ? `This link names more than the lab has: ${moved.join('; ')}.` : null;
}
