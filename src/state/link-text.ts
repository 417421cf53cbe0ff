/** The link's small languages: readings, gate values, lists of ids and indices as URL text. */
import * as v from 'valibot';
import { CELL_KINDS, FORCEABLE, type CellKind, type GateName } from '../core';
import { readEvents, SCENARIOS, type ScanEvent } from '../data';

const KIND_LETTER = { ok: 'o', wobble: 'w', stable: 's', drift: 'd', blip: 'b' } as const;
const LETTER_KIND = Object.fromEntries(Object.entries(KIND_LETTER).map(([k, l]) => [l, k]));

const Index = v.pipe(v.string(), v.regex(/^\d{1,4}$/), v.transform(Number));
const Indices = v.pipe(
  v.string(),
  v.regex(/^\d{1,4}(,\d{1,4}){0,127}$/),
  v.transform((s) => s.split(',').map(Number)),
);
const safe =
  <T>(schema: v.GenericSchema<string, T>) =>
  (s: string): T | null => {
    const r = v.safeParse(schema, s);
    return r.success ? r.output : null;
  };

/** A cell kind, a curated scenario's id, an index ("7") and a list of indices ("1,3"), or null. */
export const kindOf = safe(v.picklist(CELL_KINDS));
export const scenarioOf = safe(v.picklist(SCENARIOS.map((s) => s.id)));
export const indexOf = safe(Index);
export const indicesOf = safe(Indices);

/** Readings as link text: "o0.05_w0.9_…" (a letter for the kind, then the magnitude). */
export const eventsText = (events: readonly ScanEvent[]): string =>
  events.map((e) => `${KIND_LETTER[e.kind]}${e.magnitude}`).join('_');

/** "o0.05_w0.9_…" → readings validated as a sequence file's are, or null. */
export function eventsOf(text: string): ScanEvent[] | null {
  const events = text.split('_').map((token) => ({
    kind: LETTER_KIND[token[0]],
    magnitude: token.length > 1 ? Number(token.slice(1)) : NaN,
  }));
  return readEvents(events);
}

/** A gate's value as the link writes it: a plain decimal, maybe with an exponent ("0.5", "1e-7"). */
const DECIMAL = /^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/;

/** "f0_i0.5" → the forced values of gates the kind has, each once, or null ("f", cut off: null). */
export function gatesOf(text: string, kind: CellKind): [GateName, number][] | null {
  const pairs = text.split('_').map((p) => [p[0], DECIMAL.test(p.slice(1)) ? Number(p.slice(1)) : NaN] as const); // prettier-ignore
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
export function idsOf<T extends string>(text: string, all: readonly T[]): T[] | null {
  const ids = text === '-' ? [] : text.split('.');
  return ids.every((id) => (all as readonly string[]).includes(id))
    ? all.filter((id) => ids.includes(id))
    : null;
}
