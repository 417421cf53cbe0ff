/**
 * Sequence files: JSON (`{ "format": "gate-lab-sequence", "version": 1, "events": [...] }`) and
 * CSV (header `kind,magnitude`, one reading per row), parsed with d3-dsv and validated with
 * valibot. Parsing is all or nothing: it returns a whole valid sequence or throws a
 * SequenceFormatError saying which row and field is wrong.
 */
import { csvFormat, csvParseRows } from 'd3-dsv';
import * as v from 'valibot';
import { EVENT_KINDS, type ScanEvent } from './events';
import { quote } from '../core';

/** Largest file accepted, in characters. */
export const MAX_FILE_CHARS = 200_000;
/** Most readings in one sequence. */
export const MAX_EVENTS = 500;

export const FORMAT = 'gate-lab-sequence';

/** The only error parsing lets escape. */
export class SequenceFormatError extends Error {
  override name = 'SequenceFormatError';
}

const Magnitude = v.pipe(
  v.number('expected a number in [0, 1]'),
  v.finite('expected a number in [0, 1]'),
  v.minValue(0, 'expected a number in [0, 1]'),
  v.maxValue(1, 'expected a number in [0, 1]'),
);
const Kind = v.picklist(EVENT_KINDS, `expected one of ${EVENT_KINDS.join(', ')}`);
const Event = v.strictObject(
  { kind: Kind, magnitude: Magnitude },
  'each event must be { kind, magnitude }',
);
const Events = v.pipe(
  v.array(Event, 'events must be an array'),
  v.minLength(1, 'a sequence needs at least one event'),
  v.maxLength(MAX_EVENTS, `a sequence has at most ${MAX_EVENTS} events`),
);
const Json = v.strictObject(
  {
    format: v.literal(FORMAT, `format must be "${FORMAT}"`),
    version: v.literal(1, 'version must be 1'),
    events: Events,
  },
  `expected { "format": "${FORMAT}", "version": 1, "events": [...] }`,
);

/** "row 3, field magnitude: expected a number in [0, 1], got \"abc\"" from a valibot issue. */
function describe(issue: v.BaseIssue<unknown>, rowBase: number, rowWord: string): string {
  const path = issue.path ?? [];
  const row = path.find((p) => typeof p.key === 'number');
  const last = path.length ? path[path.length - 1].key : undefined;
  const field = typeof last === 'string' && last !== 'events' ? last : undefined;
  const where = row ? `${rowWord} ${(row.key as number) + rowBase}` : '';
  if (issue.expected === 'never') return `${where || 'file'}: unexpected field ${quote(last)}`;
  const at = [where, field && `field ${field}`].filter(Boolean).join(', ');
  const prefix = at ? `${at}: ` : '';
  if (field && issue.input === undefined) return `${prefix}missing`;
  const got = field ? `, got ${quote(issue.input)}` : '';
  return `${prefix}${issue.message}${got}`;
}

function checkSize(text: unknown): asserts text is string {
  if (typeof text !== 'string') throw new SequenceFormatError('expected the file as text');
  if (text.length > MAX_FILE_CHARS) {
    throw new SequenceFormatError(
      `the file is ${text.length} characters; the limit is ${MAX_FILE_CHARS}`,
    );
  }
}

/** Parses a JSON sequence file; events are numbered from 1 in messages. */
export function parseSequenceJson(text: string): ScanEvent[] {
  checkSize(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new SequenceFormatError(`not valid JSON: ${(e as Error).message}`);
  }
  const r = v.safeParse(Json, data);
  if (!r.success) throw new SequenceFormatError(describe(r.issues[0], 1, 'event'));
  return r.output.events.map((e) => ({ kind: e.kind, magnitude: e.magnitude }));
}

/** Parses a CSV sequence file with header kind,magnitude; rows are numbered as in the file (header = 1). */
/**
 * Readings from elsewhere (a link, a save) checked exactly as a sequence file's events are, or
 * null if they would not pass as one.
 */
export function readEvents(events: unknown): ScanEvent[] | null {
  try {
    return parseSequenceJson(JSON.stringify({ format: FORMAT, version: 1, events }));
  } catch {
    return null;
  }
}

export function parseSequenceCsv(text: string): ScanEvent[] {
  checkSize(text);
  const [header, ...rows] = csvParseRows(text.trim());
  const cols = (header ?? []).map((c) => c.trim());
  if (cols.length !== 2 || cols[0] !== 'kind' || cols[1] !== 'magnitude') {
    throw new SequenceFormatError(
      `the header must be "kind,magnitude", got "${(header ?? []).join(',')}"`,
    );
  }
  const bad = rows.findIndex((r) => r.length !== 2);
  if (bad >= 0)
    throw new SequenceFormatError(`row ${bad + 2}: expected 2 fields, got ${rows[bad].length}`);
  // A magnitude that is not a number stays text, so the error can quote it.
  const events = rows.map(([kind, raw]) => {
    const m = raw.trim();
    return { kind: kind.trim(), magnitude: m !== '' && Number.isFinite(Number(m)) ? Number(m) : m };
  });
  const r = v.safeParse(Events, events);
  if (!r.success) throw new SequenceFormatError(describe(r.issues[0], 2, 'row'));
  return r.output;
}

export function sequenceToJson(events: readonly ScanEvent[]): string {
  return JSON.stringify({ format: FORMAT, version: 1, events }, null, 1);
}

export function sequenceToCsv(events: readonly ScanEvent[]): string {
  return csvFormat(
    events.map((e) => ({ kind: e.kind, magnitude: e.magnitude })),
    ['kind', 'magnitude'],
  );
}
