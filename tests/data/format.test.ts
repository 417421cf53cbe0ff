/**
 * Sequence files: JSON and CSV round trips, clear errors, and — by fast-check, thousands of cases —
 * all-or-nothing parsing: a whole valid sequence or a SequenceFormatError, never anything else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EVENT_KINDS,
  MAX_EVENTS,
  MAX_FILE_CHARS,
  SCENARIOS,
  SequenceFormatError,
  parseSequenceCsv,
  parseSequenceJson,
  sequenceToCsv,
  sequenceToJson,
  type ScanEvent,
} from '../../src/data';

const event = fc.record({
  kind: fc.constantFrom(...EVENT_KINDS),
  magnitude: fc.double({ min: 0, max: 1, noNaN: true }),
});
const events = fc.array(event, { minLength: 1, maxLength: 60 });

function isValid(evs: ScanEvent[]): boolean {
  return (
    evs.length >= 1 &&
    evs.length <= MAX_EVENTS &&
    evs.every((e) => EVENT_KINDS.includes(e.kind) && e.magnitude >= 0 && e.magnitude <= 1)
  );
}

/** Parses; returns the events, or the error if it is a SequenceFormatError; rethrows anything else. */
function outcome(
  parse: (t: string) => ScanEvent[],
  text: string,
): ScanEvent[] | SequenceFormatError {
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof SequenceFormatError) return e;
    throw e;
  }
}

describe('round trips', () => {
  it('JSON and CSV return exactly what they were given (property, 1,000 cases)', () => {
    fc.assert(
      fc.property(events, (evs) => {
        expect(parseSequenceJson(sequenceToJson(evs))).toEqual(evs);
        expect(parseSequenceCsv(sequenceToCsv(evs))).toEqual(evs);
      }),
      { numRuns: 1000 },
    );
  });

  it('every curated scenario survives both formats', () => {
    for (const s of SCENARIOS) {
      expect(parseSequenceCsv(sequenceToCsv(s.events))).toEqual(s.events);
      expect(parseSequenceJson(sequenceToJson(s.events))).toEqual(s.events);
    }
  });
});

describe('errors say which row and field', () => {
  it.each([
    [
      'kind,magnitude\nok,0.1\nwobble,abc\n',
      /^row 3, field magnitude: expected a number in \[0, 1\], got "abc"$/,
    ],
    [
      'kind,magnitude\nok,0.1\nwobbly,0.5\n',
      /^row 3, field kind: expected one of ok, wobble, stable, drift, blip, got "wobbly"$/,
    ],
    [
      'kind,magnitude\ndrift,1.5\n',
      /^row 2, field magnitude: expected a number in \[0, 1\], got 1.5$/,
    ],
    ['kind,magnitude\nok,0.1,3\n', /^row 2: expected 2 fields, got 3$/],
    ['kind,mag\nok,0.1\n', /^the header must be "kind,magnitude"/],
    ['kind,magnitude\n', /^a sequence needs at least one event$/],
  ])('CSV %#', (text, message) => {
    expect(() => parseSequenceCsv(text)).toThrow(message);
  });

  it.each([
    ['{', /^not valid JSON/],
    [
      '{"format":"gate-lab-sequence","version":2,"events":[]}',
      /^field version: version must be 1, got 2$/,
    ],
    [
      '{"format":"gate-lab-sequence","version":1,"events":[{"kind":"ok","magnitude":0.1},{"kind":"drift"}]}',
      /^event 2, field magnitude: missing$/,
    ],
    [
      '{"format":"gate-lab-sequence","version":1,"events":[{"kind":"ok","magnitude":0.1,"x":1}]}',
      /^event 1: unexpected field "x"$/,
    ],
  ])('JSON %#', (text, message) => {
    expect(() => parseSequenceJson(text)).toThrow(message);
  });

  it('refuses files over the size limit and sequences over the length limit', () => {
    expect(() =>
      parseSequenceCsv('kind,magnitude\n' + 'ok,0.1\n'.repeat(MAX_FILE_CHARS / 7)),
    ).toThrow(/the limit is/);
    const long = Array.from({ length: MAX_EVENTS + 1 }, () => ({
      kind: 'ok' as const,
      magnitude: 0,
    }));
    expect(() => parseSequenceJson(sequenceToJson(long))).toThrow(/at most 500 events/);
  });
});

describe('bad files: only a SequenceFormatError escapes, never a half-parsed sequence', () => {
  const csvLine = fc.oneof(
    fc.string(),
    fc
      .tuple(
        fc.constantFrom(...EVENT_KINDS, 'jam', '', ' ok'),
        fc.oneof(fc.double().map(String), fc.string()),
      )
      .map((t) => t.join(',')),
  );
  const csvText = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(csvLine, { maxLength: 12 }).map((ls) => ['kind,magnitude', ...ls].join('\n')),
    events.chain((evs) => fc.nat(evs.length * 8).map((cut) => sequenceToCsv(evs).slice(0, cut))),
  );
  const jsonText = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.jsonValue().map((j) => JSON.stringify(j)),
    fc
      .record({
        format: fc.constantFrom('gate-lab-sequence', 'x'),
        version: fc.constantFrom(1, 2, '1'),
        events: fc.array(fc.oneof(event, fc.jsonValue())),
      })
      .map((j) => JSON.stringify(j)),
    events.chain((evs) => fc.nat(evs.length * 40).map((cut) => sequenceToJson(evs).slice(0, cut))),
  );

  it('CSV (2,000 cases)', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const r = outcome(parseSequenceCsv, text);
        if (!(r instanceof SequenceFormatError)) expect(isValid(r)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('JSON (2,000 cases)', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const r = outcome(parseSequenceJson, text);
        if (!(r instanceof SequenceFormatError)) expect(isValid(r)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('non-text input', () => {
    expect(outcome(parseSequenceJson, 42 as unknown as string)).toBeInstanceOf(SequenceFormatError);
  });
});
