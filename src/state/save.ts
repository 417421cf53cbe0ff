/**
 * Autosave: what a reload must not lose — the edited sequence (and those set aside), trained models
 * and the settings — as one versioned JSON document for the browser's local storage. The view
 * itself is stored as a shareable link (link.ts), so one reader checks both; what else it keeps is
 * in kept.ts. Reading never throws: a document that cannot be read comes back as nothing, with a
 * notice; one only partly readable keeps what is.
 */
import * as v from 'valibot';
import { isCellKind, modelFromFile, modelToFile, type CellKind, type Model } from '../core';
import { SAVE_FIELDS } from './kept';
import type { LabState } from './lab-state';
import { linkOf, readLink } from './link';

/** The local-storage key, and where an unreadable save is kept so it is never silently lost. */
export const SAVE_KEY = 'gate-lab:save';
export const UNREADABLE_KEY = 'gate-lab:unreadable-save';
export const SAVE_FORMAT = 'gate-lab-save';
export const SAVE_VERSION = 1;
/** Largest save read, in characters (three H = 32 LSTMs are about 1 MB of JSON). */
export const MAX_SAVE_CHARS = 4_000_000;

/** What a save restores: state for the store, and trained models to load over the shipped ones. */
export interface Restored {
  state: Partial<LabState>;
  trained: Partial<Record<CellKind, Model>>;
  notice: string | null;
  /** the save could not be read at all: keep it aside, never delete it */
  unreadable: boolean;
}

const Save = v.object({
  rev: v.optional(v.number()),
  tab: v.optional(v.string()),
  format: v.literal(SAVE_FORMAT),
  version: v.number(),
  link: v.string(),
  ...Object.fromEntries(SAVE_FIELDS.map((f) => [f.key, v.optional(v.unknown())])),
  trained: v.optional(v.record(v.string(), v.unknown())),
});

/**
 * Which write a save is, and by which tab: the autosave stamps each one it writes (write.ts), so a
 * tab can tell a save another tab wrote since. Older saves have none.
 */
export interface Stamp {
  /** counts up with every write, whichever tab makes it */
  rev: number;
  /** the tab that wrote it */
  tab: string;
}

/** A save's revision, read from its first characters (0: none, or not a save). */
export const revOf = (text: string | null): number =>
  Number(/^\{"rev":(\d{1,15}),/.exec(text?.slice(0, 40) ?? '')?.[1] ?? 0);

/**
 * The save document for a state. `trained`: the kinds whose shown model was trained in the lab;
 * `stamp`, written first, says which write it is.
 */
export function saveOf(s: LabState, trained: readonly CellKind[], stamp?: Stamp): string {
  return JSON.stringify({
    ...stamp,
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    link: linkOf(s),
    ...Object.fromEntries(SAVE_FIELDS.map((f) => [f.key, f.write(s)])),
    trained: Object.fromEntries(
      trained.flatMap((k) => (s.models[k] ? [[k, modelToFile(s.models[k]!)]] : [])),
    ),
  });
}

const NOTHING: Restored = { state: {}, trained: {}, notice: null, unreadable: false };
/**
 * A save that cannot be read at all. The notice is what builds before #14 said (the golden tests
 * hold readSave to it); loadSave (load-save.ts) says where the save really went.
 */
const unreadable = (why: string): Restored => ({
  ...NOTHING,
  unreadable: true,
  notice: `Your saved work could not be read (${why}). The lab opened fresh; the old save is kept in this browser (${UNREADABLE_KEY}) and can be downloaded below.`,
});

/** Reads a save document (null: there is none). */
export function readSave(text: string | null): Restored {
  return openSave(text).restored;
}

/** Reads a save document, saying why (null: it could be read, perhaps in part) it could not. */
export function openSave(text: string | null): { why: string | null; restored: Restored } {
  const fail = (why: string) => ({ why, restored: unreadable(why) });
  if (text === null) return { why: null, restored: NOTHING };
  if (text.length > MAX_SAVE_CHARS) return fail(`it is over ${MAX_SAVE_CHARS} characters`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('it is not JSON');
  }
  const r = v.safeParse(Save, data);
  if (!r.success) return fail('it is not a Gate Lab save');
  const save = r.output as Record<string, unknown> & { version: number; link: string; trained?: Record<string, unknown> }; // prettier-ignore
  if (save.version !== SAVE_VERSION)
    return fail(`it is version ${save.version}; this lab reads version ${SAVE_VERSION}`);

  const bad: string[] = [];
  const { state, notice } = readLink(save.link);
  if (notice) bad.push('the view');
  const out: Partial<LabState> = { ...state };
  for (const f of SAVE_FIELDS) {
    if (save[f.key] === undefined) continue;
    const read = f.read(save[f.key]);
    if (read) Object.assign(out, read);
    else if (f.what) bad.push(f.what);
  }

  const trained: Partial<Record<CellKind, Model>> = {};
  for (const [k, file] of Object.entries(save.trained ?? {})) {
    try {
      const { model } = modelFromFile(file);
      if (!isCellKind(k) || model.cell.kind !== k) throw new Error();
      trained[k] = model;
    } catch {
      bad.push(`the trained ${k} model`);
    }
  }
  const restored: Restored = {
    state: out,
    trained,
    notice: bad.length ? `Parts of your saved work could not be read and were reset: ${bad.join(', ')}.` : null, // prettier-ignore
    unreadable: false,
  };
  return { why: null, restored };
}
