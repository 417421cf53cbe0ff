/**
 * The history of edited sequences put aside (by a link that opened its own, by the lesson, by
 * another tab's save): `aside`, the one offered back first, then `earlierAsides`, newest first —
 * ASIDE_LIMIT in all. Putting one aside never drops a newer one; one already there is not put
 * twice.
 */
import { sameEvents } from './derive';
import type { LabState, SetAside } from './lab-state';

/** How many put-aside sequences are kept. */
export const ASIDE_LIMIT = 12;

export type Asides = Pick<LabState, 'aside' | 'earlierAsides'>;

const same = (a: SetAside, b: SetAside) =>
  sameEvents(a.events, b.events) && sameEvents(a.original, b.original);

/** All put-aside sequences, the first offered first. */
export const asidesOf = (s: Partial<Asides>): SetAside[] =>
  s.aside ? [s.aside, ...(s.earlierAsides ?? [])] : [...(s.earlierAsides ?? [])];

const fromList = (list: readonly SetAside[]): Asides => {
  const [aside = null, ...earlierAsides] = list.slice(0, ASIDE_LIMIT);
  return { aside, earlierAsides };
};

/**
 * Puts `entry` aside, first — or, with `under`, second, behind the one offered now (the open
 * lesson gives that one back when it ends).
 */
export function putAside(s: Partial<Asides>, entry: SetAside, under = false): Asides {
  const all = asidesOf(s);
  if (all.some((a) => same(a, entry))) return fromList(all);
  return fromList(under && all.length > 0 ? [all[0], entry, ...all.slice(1)] : [entry, ...all]);
}

/** The k-th put-aside sequence (0: the one offered first), and the history without it. */
export function takeAside(s: Asides, k: number): { taken: SetAside | null; rest: Asides } {
  const all = asidesOf(s);
  return { taken: all[k] ?? null, rest: fromList(all.toSpliced(k, 1)) };
}

/** The edited sequence shown, as it would be put aside (null: a curated scenario is shown). */
export const editedOf = (s: Partial<LabState>): SetAside | null =>
  s.scenarioId === 'custom' && s.events && s.original
    ? { events: s.events, original: s.original }
    : null;
