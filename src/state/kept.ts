/**
 * The kept fields, written once: every setting the shareable link carries and everything else the
 * autosave keeps. Each row says where it goes (its link key or its save key), how it is written
 * and read, and which parts of the state it holds. linkOf, readLink, saveOf, readSave and the two
 * change watchers (the address bar's and the autosave's) all derive from these tables. To keep
 * a new setting, add a row.
 */
import * as v from 'valibot';
import type { GateName, GateOverride } from '../core';
import { readEvents, SCENARIOS } from '../data';
import { scoped } from './force-scope';
import { ASIDE_LIMIT } from './asides';
import type { LabState, SetAside } from './lab-state';
import { PANEL_IDS } from './panels';
import { LESSON_LENGTH, QUIZ_LENGTH } from './slices/lesson';
import { FIRST_KIND } from './slices/model';
import { CONTROL_IDS, LECTURE_HIDDEN_CONTROLS } from './slices/view';
import {
  eventsOf, eventsText, gatesOf, idsOf, indexOf, indicesOf, kindOf, scenarioOf,
} from './link-text'; // prettier-ignore
import { checkTrainSettings } from './train-settings';
import { ABLATIONS } from '../sim/variant';
import { checkSweepSettings, sweepSpecs } from '../sim/sweep';

/**
 * One setting in the link: its key, what a notice calls it, the state it holds, and how it is
 * written and read. Rows are read in table order, each given what the rows before it read.
 */
interface LinkField<K extends keyof LabState, T> {
  key: string;
  /** what the notice calls it when it cannot be read */
  what: string;
  /** the parts of the state it holds */
  holds: readonly K[];
  /** its text in the link, or null to leave it out (it reads only what the link's rows hold) */
  write(s: LabState): string | null;
  /** the value its text means, or null if the text is not valid */
  parse(text: string, read: Partial<LabState>): T | null;
  /** what it sets from its value (null: absent or not valid) */
  set(value: T | null, read: Partial<LabState>): Partial<LabState>;
  /** read only when this holds of what was read before (default: always) */
  when?(read: Partial<LabState>): boolean;
}

/** A row, with its value type inferred and then forgotten (the table holds rows of every type). */
const field = <K extends keyof LabState, T>(f: LinkField<K, T>) =>
  f as unknown as LinkField<K, unknown>;

const UNANSWERED: readonly null[] = Array<null>(QUIZ_LENGTH).fill(null);

/** The link's settings, in the order they are written and read. */
// prettier-ignore
export const LINK_FIELDS = [
  field({
    key: 'k', what: 'the model', holds: ['kind'],
    write: (s) => s.kind,
    parse: kindOf,
    set: (kind) => ({ kind: kind ?? FIRST_KIND }),
  }),
  field({
    key: 's', what: 'the scenario', holds: ['scenarioId', 'events'],
    write: (s) => (s.scenarioId === 'custom' ? null : s.scenarioId),
    parse: scenarioOf,
    set: (id) => (id ? { scenarioId: id, events: SCENARIOS.find((s) => s.id === id)!.events } : {}),
  }),
  field({
    // an edited sequence's readings; they win over a scenario
    key: 'e', what: 'the readings', holds: ['scenarioId', 'events'],
    write: (s) => (s.scenarioId === 'custom' ? eventsText(s.events) : null),
    parse: eventsOf,
    set: (events) => (events ? { scenarioId: 'custom', events } : {}),
  }),
  field({
    key: 't', what: 'the step', holds: ['t'],
    write: (s) => String(s.t),
    parse: indexOf,
    set: (t) => (t === null ? {} : { t }),
  }),
  field({
    key: 'j', what: 'the unit', holds: ['unit'],
    write: (s) => (s.unit === 0 ? null : String(s.unit)),
    parse: indexOf,
    set: (unit) => ({ unit: unit ?? 0 }),
  }),
  field({
    key: 'u', what: 'the forced units', holds: ['forceScope'],
    write: (s) => s.forceScope.units?.join(',') ?? null,
    parse: indicesOf,
    set: (units) => ({ forceScope: { units: units ? [...new Set(units)].sort((a, b) => a - b) : null, steps: null } }),
  }),
  field({
    key: 'r', what: 'the forced steps', holds: ['forceScope'],
    write: (s) => s.forceScope.steps?.join(',') ?? null,
    parse: (x) => {
      const r = indicesOf(x);
      return r && r.length === 2 ? ([Math.min(...r), Math.max(...r)] as const) : null;
    },
    set: (steps, read) => ({ forceScope: { units: read.forceScope!.units, steps } }),
  }),
  field({
    // each forced gate's value; the scope (u, r) says where
    key: 'g', what: 'the forced gates', holds: ['overrides'],
    write: (s) => s.overrides.map((o) => `${o.gate}${o.value}`).join('_') || null,
    parse: (x, read) => gatesOf(x, read.kind!),
    set: (gates, read): { overrides: GateOverride[] } => ({ overrides: (gates ?? []).map(([g, x]) => scoped(g, x, read.forceScope!)) }),
  }),
  field({
    key: 'c', what: 'the custom gates', holds: ['customGates'],
    write: (s) => s.customGates.join('') || null,
    parse: (x, read) => ([...x].every((g) => read.overrides!.some((o) => o.gate === g)) ? ([...x] as GateName[]) : null),
    set: (customGates) => ({ customGates: customGates ?? [] }),
  }),
  field({
    // lecture mode, with the panels it hides ('-': none); a link outside lecture mode leaves
    // the picks as this browser has them
    key: 'l', what: 'lecture mode', holds: ['lecture', 'hiddenPanels'],
    write: (s) => (s.lecture ? s.hiddenPanels.join('.') || '-' : null),
    parse: (x) => idsOf(x, PANEL_IDS),
    set: (hidden) => (hidden ? { lecture: true, hiddenPanels: hidden } : { lecture: false }),
  }),
  field({
    key: 'h', what: 'the hidden controls', holds: ['hiddenControls'],
    when: (read) => read.lecture === true,
    write: (s) => (s.lecture ? s.hiddenControls.join('.') || '-' : null),
    parse: (x) => idsOf(x, CONTROL_IDS),
    set: (controls) => ({ hiddenControls: controls ?? LECTURE_HIDDEN_CONTROLS }),
  }),
  field({
    key: 'n', what: 'the lesson step', holds: ['lesson'],
    write: (s) => (s.lesson === null ? null : String(s.lesson)),
    parse: (x) => {
      const at = indexOf(x);
      return at !== null && at <= LESSON_LENGTH ? at : null;
    },
    set: (lesson) => ({ lesson }),
  }),
  field({
    // the knowledge check's answers ('-': not answered), with the lesson only
    key: 'a', what: 'the answers', holds: ['answers'],
    write: (s) => (s.lesson !== null && s.answers.some((a) => a !== null) ? s.answers.map((a) => a ?? '-').join('') : null),
    parse: (x) => (new RegExp(`^[0-9-]{${QUIZ_LENGTH}}$`).test(x) ? [...x].map((c) => (c === '-' ? null : Number(c))) : null),
    set: (answers, read) => ({ answers: read.lesson !== null && answers ? answers : UNANSWERED }),
  }),
];

/** One more thing the save keeps, beside the link: its key, the state it holds, write and read. */
interface SaveField<K extends keyof LabState> {
  key: string;
  /** what the notice calls it when it cannot be read; null: an unreadable one is dropped quietly */
  what: string | null;
  holds: readonly K[];
  write(s: Pick<LabState, K>): unknown;
  /** what it sets from its stored value (never undefined), or null if that cannot be read */
  read(value: unknown): Partial<LabState> | null;
}

const saveField = <K extends keyof LabState>(f: SaveField<K>) =>
  f as unknown as SaveField<keyof LabState>;

const Picks = v.object({
  panels: v.pipe(v.array(v.picklist(PANEL_IDS)), v.transform((ids) => PANEL_IDS.filter((id) => ids.includes(id)))), // prettier-ignore
  controls: v.pipe(v.array(v.picklist(CONTROL_IDS)), v.transform((ids) => CONTROL_IDS.filter((id) => ids.includes(id)))), // prettier-ignore
});

const unit = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A sweep as the save keeps it: its settings and the runs it finished (RunResult). */
const SavedSweep = v.object({
  settings: v.object({
    kinds: v.array(v.string()),
    gaps: v.array(v.number()),
    seeds: v.number(),
  }),
  results: v.pipe(
    v.array(
      v.object({
        kind: v.string(),
        gap: count,
        seed: count,
        params: count,
        testAccuracy: unit,
        testLoss: v.number(),
        trainSeconds: v.number(),
        updates: count,
        status: v.string(),
        curve: v.array(unit),
      }),
    ),
    v.maxLength(2000),
  ),
});

/** A sequence set aside, with its original (null: not one). */
const readAside = (x: unknown): SetAside | null => {
  const aside = x as { events?: unknown; original?: unknown } | null;
  const [events, original] = [readEvents(aside?.events), readEvents(aside?.original)];
  return events && original ? { events, original } : null;
};

/** What the save keeps beside the view's link, in the order it writes and reads them. */
// prettier-ignore
export const SAVE_FIELDS = [
  saveField({
    key: 'original', what: 'the original sequence', holds: ['original'],
    write: (s) => s.original,
    read: (x) => {
      const original = readEvents(x);
      return original && { original };
    },
  }),
  saveField({
    key: 'aside', what: 'the sequence set aside', holds: ['aside'],
    write: (s) => s.aside ?? undefined,
    read: (x) => {
      const aside = readAside(x);
      return aside && { aside };
    },
  }),
  saveField({
    // older sequences set aside, newest first (none: not written, as before #14)
    key: 'earlierAsides', what: 'the earlier sequences set aside', holds: ['earlierAsides'],
    write: (s) => (s.earlierAsides.length > 0 ? s.earlierAsides : undefined),
    read: (x) => {
      const asides = Array.isArray(x) && x.length <= ASIDE_LIMIT ? x.map(readAside) : [null];
      return asides.every((a) => a !== null) ? { earlierAsides: asides } : null;
    },
  }),
  saveField({
    // what lecture mode shows; the link carries it only while lecture mode is on
    key: 'picks', what: 'the panels and controls lecture mode shows', holds: ['hiddenPanels', 'hiddenControls'],
    write: (s) => ({ panels: s.hiddenPanels, controls: s.hiddenControls }),
    read: (x) => {
      const picks = v.safeParse(Picks, x);
      return picks.success ? { hiddenPanels: picks.output.panels, hiddenControls: picks.output.controls } : null;
    },
  }),
  saveField({
    key: 'speed', what: null, holds: ['speed'],
    write: (s) => s.speed,
    read: (x) => (typeof x === 'number' && x > 0 && x <= 60 ? { speed: x } : null),
  }),
  saveField({
    key: 'animate', what: null, holds: ['animate'],
    write: (s) => s.animate,
    read: (x) => (typeof x === 'boolean' ? { animate: x } : null),
  }),
  saveField({
    key: 'trainSettings', what: 'the training settings', holds: ['trainSettings'],
    write: (s) => s.trainSettings,
    read: (x) => {
      const ts = x as Partial<Record<string, unknown>> | null;
      const complete = typeof ts === 'object' && ts !== null &&
        (['gap', 'H', 'lr', 'updates'] as const).every((k) => typeof ts[k] === 'number');
      if (!complete || checkTrainSettings(ts) !== null) return null;
      const { gap, H, lr, updates } = ts as unknown as LabState['trainSettings'];
      return { trainSettings: { gap, H, lr, updates } };
    },
  }),
  saveField({
    key: 'sweep', what: 'the sweep', holds: ['sweep', 'sweepSettings'],
    // left out until a run has finished; a sweep under way comes back as cancelled where it was
    write: (s) =>
      s.sweep?.results.length ? { settings: s.sweep.settings, results: s.sweep.results } : undefined,
    read: (x) => {
      const r = v.safeParse(SavedSweep, x);
      if (!r.success || checkSweepSettings(r.output.settings) !== null) return null;
      const { settings, results } = r.output;
      const total = sweepSpecs(settings).length;
      if (results.length > total) return null;
      const status = results.length === total ? 'done' : 'cancelled';
      return { sweep: { settings, results, total, status }, sweepSettings: settings };
    },
  }),
  saveField({
    key: 'trainWithout', what: 'the designs without a gate to train', holds: ['trainWithout'],
    // left out while empty, so saves without one read and write as before
    write: (s) => (s.trainWithout.length ? s.trainWithout : undefined),
    read: (x) =>
      Array.isArray(x) && x.every((d) => (ABLATIONS as readonly unknown[]).includes(d))
        ? { trainWithout: ABLATIONS.filter((d) => x.includes(d)) }
        : null,
  }),
];

type Holds<F> = F extends { holds: readonly (infer K)[] } ? K : never;

/** The part of the lab a link carries (the parts of the state its settings hold). */
export type LinkState = Pick<LabState, Holds<(typeof LINK_FIELDS)[number]>>;

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

/**
 * What the address bar's link depends on: its settings, and the models (the shown one's weights go
 * into the link when it was trained in the lab).
 */
export const LINKED: readonly (keyof LabState)[] = unique([
  ...LINK_FIELDS.flatMap((f) => f.holds),
  'models',
  'replacedModels',
]);

/** What the autosave depends on: the link's settings, the save's own fields and the models. */
export const SAVED: readonly (keyof LabState)[] = unique([
  ...LINK_FIELDS.flatMap((f) => f.holds),
  ...SAVE_FIELDS.flatMap((f) => f.holds),
  'models',
]);
