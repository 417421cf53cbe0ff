/**
 * The shareable link: the view's settings in the URL's fragment, e.g.
 * `#v=2&k=gru&s=wobble-drift-jam&t=7&g=z0&z=1c2d3e4f` — model, scenario (a curated id, or the edited
 * readings), step, forced gates and their scope, the equations' unit, lecture mode and the panels
 * and controls it hides, the open lesson's step and answers, and its seal. A link whose seal is
 * missing (cut short) or does not match (changed) opens nothing of it, with a notice. Otherwise
 * each field is checked on its own, a bad one falls back to its default, and the notice says
 * which were ignored. Nothing here throws.
 */
import { cut } from '../core';
import { LINK_FIELDS, type LinkState } from './kept';
import { seal, SEAL_KEY, unseal } from './link-seal';
import type { LabState } from './lab-state';

export type { LinkState };

/**
 * The link format's version. Version 2 ends in a seal (link-seal.ts: a checksum that marks the end)
 * and packs trained weights with their kind, H and checksum; version 1 links, written before, still
 * read as they did. A link of another version opens the defaults.
 */
export const LINK_VERSION = '2';
const VERSIONS = ['1', '2'];

/**
 * Longest fragment read: MAX_EVENTS readings of about a dozen characters, trained weights packed
 * by weights-code.ts (under MAX_PACKED_CHARS), and the rest.
 */
export const MAX_LINK_CHARS = 150_000;

/** The fragment (without '#') for this state, with a trained model's packed weights if given. */
export function linkOf(s: LinkState, weights?: string): string {
  const p = new URLSearchParams({ v: LINK_VERSION });
  for (const f of LINK_FIELDS) {
    // a row writes only what the link's rows hold: LinkState is all it reads
    const text = f.write(s as LabState);
    if (text !== null) p.set(f.key, text);
  }
  if (weights) p.set(WEIGHTS_KEY, weights);
  return seal(p.toString());
}

/** The key of the shown model's packed weights. */
const WEIGHTS_KEY = 'w';

/** What a notice calls the setting under each key (the last one present is where a cut link ends). */
const WHAT: Readonly<Record<string, string>> = {
  v: 'the version',
  ...Object.fromEntries(LINK_FIELDS.map((f) => [f.key, f.what])),
  [WEIGHTS_KEY]: 'the trained weights',
  [SEAL_KEY]: 'the seal',
};

/** What a link says: settings for the store, trained weights still packed, a notice if need be. */
export interface ReadLink {
  state: Partial<LinkState>;
  /** the shown model's weights, packed (weights-code.ts unpacks them, asynchronously) */
  weights: string | null;
  notice: string | null;
}

/** Reads a fragment: the settings it carries validly, and a notice naming what it could not. */
export function readLink(fragment: string): ReadLink {
  const text = fragment.replace(/^#/, '');
  if (text === '') return { state: {}, weights: null, notice: null };
  const fail = (why: string) => ({ state: {}, weights: null, notice: `This link could not be read (${why}); the lab opened with its defaults.` }); // prettier-ignore
  if (text.length > MAX_LINK_CHARS) return fail(`it is over ${MAX_LINK_CHARS} characters`);
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(text);
  } catch {
    return fail('it is not a list of settings');
  }
  const version = p.get('v');
  if (version === null || !VERSIONS.includes(version))
    return fail('it is not a Gate Lab link of this version');
  if (version !== '1') {
    // a sealed link: read only what the seal vouches for
    const { damage } = unseal(text);
    if (damage === 'changed') return fail('it was changed after it was made: its checksum does not match'); // prettier-ignore
    if (damage === 'cut') {
      const last = [...p.keys()].at(-1) ?? 'v';
      return fail(`it is cut short, inside ${WHAT[last] ?? `“${cut(last, 12)}”`}`);
    }
    p.delete(SEAL_KEY);
  }
  // each setting on its own: a present, invalid one falls back and is named in the notice
  const bad: string[] = [];
  const state: Partial<LabState> = {};
  for (const f of LINK_FIELDS) {
    if (f.when && !f.when(state)) continue;
    const raw = p.get(f.key);
    const value = raw === null ? null : f.parse(raw, state);
    if (raw !== null && value === null) bad.push(f.what);
    Object.assign(state, f.set(value, state));
  }
  const notice = bad.length
    ? `Parts of this link could not be read and were left at their defaults: ${bad.join(', ')}.`
    : null;
  return { state, weights: p.get(WEIGHTS_KEY), notice };
}
