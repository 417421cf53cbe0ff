/**
 * The shareable link: the view's settings in the URL's fragment, e.g.
 * `#v=1&k=gru&s=wobble-drift-jam&t=7&g=z0` — model, scenario (a curated id, or the edited
 * readings), step, forced gates and their scope, the equations' unit, lecture mode and the panels
 * and controls it hides, the open lesson's step and answers. Reading is all-forgiving:
 * each field is checked on its own, a bad one falls back to its default, and the notice says
 * which were ignored. Nothing here throws.
 */
import * as v from 'valibot';
import { CELL_KINDS, FORCEABLE, type CellKind, type GateName, type GateOverride } from '../core';
import { MAX_EVENTS, SCENARIOS, parseSequenceJson, type ScanEvent } from '../data';
import { scoped } from './force-scope';
import { LESSON_LENGTH, QUIZ_LENGTH } from './slices/lesson';
import { CONTROL_IDS, LECTURE_HIDDEN_CONTROLS, PANEL_IDS } from './slices/view';
import type { ForceScope, LabState } from './lab-state';

/** The link format's version; a link of another version opens the defaults. */
export const LINK_VERSION = '1';

/**
 * Longest fragment read: MAX_EVENTS readings of about a dozen characters, trained weights packed
 * by weights-code.ts (under MAX_PACKED_CHARS), and the rest.
 */
export const MAX_LINK_CHARS = 150_000;

/** The part of the lab a link carries. */
export type LinkState = Pick<
  LabState,
  | 'kind'
  | 'scenarioId'
  | 'events'
  | 't'
  | 'overrides'
  | 'customGates'
  | 'forceScope'
  | 'unit'
  | 'lecture'
  | 'hiddenPanels'
  | 'hiddenControls'
  | 'lesson'
  | 'answers'
>;

const KIND_LETTER = { ok: 'o', wobble: 'w', stable: 's', drift: 'd', blip: 'b' } as const;
const LETTER_KIND = Object.fromEntries(Object.entries(KIND_LETTER).map(([k, l]) => [l, k]));

const Index = v.pipe(v.string(), v.regex(/^\d{1,4}$/), v.transform(Number));
const Indices = v.pipe(
  v.string(),
  v.regex(/^\d{1,4}(,\d{1,4}){0,127}$/),
  v.transform((s) => s.split(',').map(Number)),
);
const Kind = v.picklist(CELL_KINDS);
const Scenario = v.picklist(SCENARIOS.map((s) => s.id));

/** "w0.9" → a reading, or null. */
function readingOf(token: string): ScanEvent | null {
  const kind = LETTER_KIND[token[0]];
  const magnitude = Number(token.slice(1));
  return kind && token.length > 1 ? ({ kind, magnitude } as ScanEvent) : null;
}

/** "o0.05_w0.9_…" → readings validated as a sequence file would be, or null. */
function eventsOf(text: string): ScanEvent[] | null {
  const tokens = text.split('_');
  if (tokens.length > MAX_EVENTS) return null;
  const events = tokens.map(readingOf);
  if (events.some((e) => e === null)) return null;
  try {
    return parseSequenceJson(JSON.stringify({ format: 'gate-lab-sequence', version: 1, events }));
  } catch {
    return null;
  }
}

/** "f0_i0.5" → the forced values of gates the kind has, or null. */
function gatesOf(text: string, kind: CellKind): [GateName, number][] | null {
  const pairs = text.split('_').map((p) => [p[0], Number(p.slice(1))] as const);
  const ok = pairs.every(
    ([g, x], k) =>
      (FORCEABLE[kind] as readonly string[]).includes(g) &&
      pairs.findIndex(([h]) => h === g) === k &&
      Number.isFinite(x) &&
      x >= 0 &&
      x <= 1,
  );
  return ok ? (pairs as [GateName, number][]) : null;
}

/** "a.b" ('-': none) → those of `all` (in its order) if every one is, or null. */
function idsOf<T extends string>(text: string, all: readonly T[]): T[] | null {
  const ids = text === '-' ? [] : text.split('.');
  return ids.every((id) => (all as readonly string[]).includes(id))
    ? all.filter((id) => ids.includes(id))
    : null;
}

/** The fragment (without '#') for this state, with a trained model's packed weights if given. */
export function linkOf(s: LinkState, weights?: string): string {
  const p = new URLSearchParams({ v: LINK_VERSION, k: s.kind });
  if (s.scenarioId === 'custom')
    p.set('e', s.events.map((e) => `${KIND_LETTER[e.kind]}${e.magnitude}`).join('_'));
  else p.set('s', s.scenarioId);
  p.set('t', String(s.t));
  if (s.overrides.length) p.set('g', s.overrides.map((o) => `${o.gate}${o.value}`).join('_'));
  if (s.customGates.length) p.set('c', s.customGates.join(''));
  if (s.forceScope.units) p.set('u', s.forceScope.units.join(','));
  if (s.forceScope.steps) p.set('r', s.forceScope.steps.join(','));
  if (s.unit !== 0) p.set('j', String(s.unit));
  if (s.lecture) {
    p.set('l', s.hiddenPanels.join('.') || '-');
    p.set('h', s.hiddenControls.join('.') || '-');
  }
  if (s.lesson !== null) {
    p.set('n', String(s.lesson));
    if (s.answers.some((a) => a !== null)) p.set('a', s.answers.map((a) => a ?? '-').join(''));
  }
  if (weights) p.set('w', weights);
  return p.toString();
}

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
  if (p.get('v') !== LINK_VERSION) return fail('it is not a Gate Lab link of this version');
  const bad: string[] = [];
  const state: Partial<LinkState> = {};
  /** the field's value if present and valid; a present, invalid one is named in the notice */
  const read = <T>(key: string, what: string, parse: (s: string) => T | null): T | null => {
    const raw = p.get(key);
    if (raw === null) return null;
    const value = parse(raw);
    if (value === null) bad.push(what);
    return value;
  };
  const safe =
    <T>(schema: v.GenericSchema<string, T>) =>
    (s: string) => {
      const r = v.safeParse(schema, s);
      return r.success ? r.output : null;
    };

  const kind = read('k', 'the model', safe(Kind)) ?? 'lstm';
  state.kind = kind;
  const id = read('s', 'the scenario', safe(Scenario));
  const events = read('e', 'the readings', eventsOf);
  if (events) Object.assign(state, { scenarioId: 'custom', events });
  else if (id) Object.assign(state, { scenarioId: id, events: SCENARIOS.find((s) => s.id === id)!.events }); // prettier-ignore
  const t = read('t', 'the step', safe(Index));
  if (t !== null) state.t = t;
  state.unit = read('j', 'the unit', safe(Index)) ?? 0;

  const units = read('u', 'the forced units', safe(Indices));
  const range = read('r', 'the forced steps', (s) => {
    const r = safe(Indices)(s);
    return r && r.length === 2 ? ([Math.min(...r), Math.max(...r)] as const) : null;
  });
  const scope: ForceScope = {
    units: units ? [...new Set(units)].sort((a, b) => a - b) : null,
    steps: range,
  };
  state.forceScope = scope;
  const gates = read('g', 'the forced gates', (s) => gatesOf(s, kind));
  const overrides: GateOverride[] = (gates ?? []).map(([g, x]) => scoped(g, x, scope));
  state.overrides = overrides;
  const custom = read('c', 'the custom gates', (s) =>
    [...s].every((g) => overrides.some((o) => o.gate === g)) ? ([...s] as GateName[]) : null,
  );
  state.customGates = custom ?? [];

  // lecture mode, with the panels and the controls it hides ('-': none)
  // (a link outside lecture mode leaves the picks as this browser has them)
  const hidden = read('l', 'lecture mode', (x) => idsOf(x, PANEL_IDS));
  state.lecture = hidden !== null;
  if (hidden) {
    state.hiddenPanels = hidden;
    const controls = read('h', 'the hidden controls', (x) => idsOf(x, CONTROL_IDS));
    state.hiddenControls = controls ?? LECTURE_HIDDEN_CONTROLS;
  }

  // the open lesson's step, and the knowledge check's answers ('-': not answered)
  const lesson = read('n', 'the lesson step', (x) => {
    const at = safe(Index)(x);
    return at !== null && at <= LESSON_LENGTH ? at : null;
  });
  state.lesson = lesson;
  const answers = read('a', 'the answers', (x) =>
    new RegExp(`^[0-9-]{${QUIZ_LENGTH}}$`).test(x)
      ? [...x].map((c) => (c === '-' ? null : Number(c)))
      : null,
  );
  state.answers = lesson !== null && answers ? answers : Array<null>(QUIZ_LENGTH).fill(null);

  const notice = bad.length
    ? `Parts of this link could not be read and were left at their defaults: ${bad.join(', ')}.`
    : null;
  return { state, weights: p.get('w'), notice };
}
