/**
 * Autosave: what a reload must not lose — the edited sequence (and one set aside), trained models
 * and the settings — as one versioned JSON document for the browser's local storage. The view
 * itself is stored as a shareable link (link.ts), so one reader checks both. Reading never throws: a document that
 * cannot be read comes back as nothing, with a notice; one only partly readable keeps what is.
 */
import * as v from 'valibot';
import { CELL_KINDS, modelFromFile, modelToFile, type CellKind, type Model } from '../core';
import { parseSequenceJson, type ScanEvent } from '../data';
import type { LabState } from './lab-state';
import { linkOf, readLink } from './link';
import { CONTROL_IDS, PANEL_IDS } from './slices/view';
import { checkTrainSettings } from './train-settings';

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
}

const Save = v.object({
  format: v.literal(SAVE_FORMAT),
  version: v.number(),
  link: v.string(),
  original: v.optional(v.unknown()),
  aside: v.optional(v.unknown()),
  picks: v.optional(v.unknown()),
  speed: v.optional(v.unknown()),
  animate: v.optional(v.unknown()),
  trainSettings: v.optional(v.unknown()),
  trained: v.optional(v.record(v.string(), v.unknown())),
});

const Picks = v.object({
  panels: v.pipe(v.array(v.picklist(PANEL_IDS)), v.transform((ids) => PANEL_IDS.filter((id) => ids.includes(id)))), // prettier-ignore
  controls: v.pipe(v.array(v.picklist(CONTROL_IDS)), v.transform((ids) => CONTROL_IDS.filter((id) => ids.includes(id)))), // prettier-ignore
});

/** The save document for a state. `trained`: the kinds whose shown model was trained in the lab. */
export function saveOf(s: LabState, trained: readonly CellKind[]): string {
  return JSON.stringify({
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    link: linkOf(s),
    original: s.original,
    aside: s.aside ?? undefined,
    // what lecture mode shows; the link carries it only while lecture mode is on
    picks: { panels: s.hiddenPanels, controls: s.hiddenControls },
    speed: s.speed,
    animate: s.animate,
    trainSettings: s.trainSettings,
    trained: Object.fromEntries(
      trained.flatMap((k) => (s.models[k] ? [[k, modelToFile(s.models[k]!)]] : [])),
    ),
  });
}

const NOTHING: Restored = { state: {}, trained: {}, notice: null };
const unreadable = (why: string): Restored => ({
  ...NOTHING,
  notice: `Your saved work could not be read (${why}). The lab opened fresh; the old save is kept in this browser (${UNREADABLE_KEY}) and can be downloaded below.`,
});

const eventsOf = (x: unknown): ScanEvent[] | null => {
  try {
    return parseSequenceJson(
      JSON.stringify({ format: 'gate-lab-sequence', version: 1, events: x }),
    );
  } catch {
    return null;
  }
};

/** Reads a save document (null: there is none). */
export function readSave(text: string | null): Restored {
  if (text === null) return NOTHING;
  if (text.length > MAX_SAVE_CHARS) return unreadable(`it is over ${MAX_SAVE_CHARS} characters`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return unreadable('it is not JSON');
  }
  const r = v.safeParse(Save, data);
  if (!r.success) return unreadable('it is not a Gate Lab save');
  const save = r.output;
  if (save.version !== SAVE_VERSION)
    return unreadable(`it is version ${save.version}; this lab reads version ${SAVE_VERSION}`);

  const bad: string[] = [];
  const { state, notice } = readLink(save.link);
  if (notice) bad.push('the view');
  const out: Partial<LabState> = { ...state };
  const original = save.original === undefined ? null : eventsOf(save.original);
  if (original) out.original = original;
  else if (save.original !== undefined) bad.push('the original sequence');
  const aside = save.aside as { events?: unknown; original?: unknown } | undefined;
  if (aside !== undefined) {
    const [events, original] = [eventsOf(aside?.events), eventsOf(aside?.original)];
    if (events && original) out.aside = { events, original };
    else bad.push('the sequence set aside');
  }
  if (save.picks !== undefined) {
    const picks = v.safeParse(Picks, save.picks);
    if (picks.success) {
      out.hiddenPanels = picks.output.panels;
      out.hiddenControls = picks.output.controls;
    } else bad.push('the panels and controls lecture mode shows');
  }
  if (typeof save.speed === 'number' && save.speed > 0 && save.speed <= 60) out.speed = save.speed;
  if (typeof save.animate === 'boolean') out.animate = save.animate;
  const ts = save.trainSettings as Partial<Record<string, unknown>> | undefined;
  const complete =
    typeof ts === 'object' &&
    ts !== null &&
    (['gap', 'H', 'lr', 'updates'] as const).every((k) => typeof ts[k] === 'number');
  if (complete && checkTrainSettings(ts) === null) {
    const { gap, H, lr, updates } = ts as unknown as LabState['trainSettings'];
    out.trainSettings = { gap, H, lr, updates };
  } else if (ts !== undefined) bad.push('the training settings');

  const trained: Partial<Record<CellKind, Model>> = {};
  for (const [k, file] of Object.entries(save.trained ?? {})) {
    try {
      const { model } = modelFromFile(file);
      if (!(CELL_KINDS as readonly string[]).includes(k) || model.cell.kind !== k)
        throw new Error();
      trained[k as CellKind] = model;
    } catch {
      bad.push(`the trained ${k} model`);
    }
  }
  return {
    state: out,
    trained,
    notice: bad.length ? `Parts of your saved work could not be read and were reset: ${bad.join(', ')}.` : null, // prettier-ignore
  };
}
