/**
 * The shareable link: a state written as a link reads back exactly; any fragment at all reads
 * without throwing into settings a store accepts once the shipped models load.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL_KINDS, FORCEABLE } from '../../src/core';
import { EVENT_KINDS, SCENARIOS, type ScanEvent } from '../../src/data';
import { scoped } from '../../src/state/force-scope';
import { linkOf, readLink, type LinkState } from '../../src/state/link';
import { LESSON_LENGTH, QUIZ_LENGTH } from '../../src/state/slices/lesson';
import {
  CONTROL_IDS,
  LECTURE_HIDDEN,
  LECTURE_HIDDEN_CONTROLS,
  PANEL_IDS,
} from '../../src/state/slices/view';
import { createLabStore } from '../../src/state/store';
import { openingNotice } from '../../src/state/opening';
import { MODELS as models } from '../shipped';

const RUNS = { numRuns: 1000 };

/** A number in [0, 1], never −0 (which a link, like JSON, writes as 0). */
const unit01 = fc.double({ min: 0, max: 1, noNaN: true }).map(Math.abs);
const event: fc.Arbitrary<ScanEvent> = fc.record({
  kind: fc.constantFrom(...EVENT_KINDS),
  magnitude: unit01,
});

/** Any state a link can carry, as the store would hold it. */
const linkState: fc.Arbitrary<LinkState> = fc
  .record({
    kind: fc.constantFrom(...CELL_KINDS),
    sequence: fc.oneof(
      fc.constantFrom(...SCENARIOS).map((s) => ({ scenarioId: s.id, events: s.events })),
      fc.array(event, { minLength: 1, maxLength: 60 }).map((events) => ({ scenarioId: 'custom' as const, events })), // prettier-ignore
    ),
    t: fc.nat(),
    values: fc.array(unit01, { minLength: 3, maxLength: 3 }),
    forced: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    custom: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    units: fc.option(fc.uniqueArray(fc.nat(7), { minLength: 1, maxLength: 8 })),
    steps: fc.option(fc.tuple(fc.nat(40), fc.nat(40))),
    unit: fc.nat(7),
    lecture: fc.boolean(),
    hidden: fc.subarray([...PANEL_IDS]),
    controls: fc.subarray([...CONTROL_IDS]),
    lesson: fc.option(fc.nat(LESSON_LENGTH)),
    answers: fc.array(fc.option(fc.nat(9)), { minLength: QUIZ_LENGTH, maxLength: QUIZ_LENGTH }),
  })
  .map((r) => {
    const forceScope = {
      units: r.units ? [...r.units].sort((a, b) => a - b) : null,
      steps: r.steps ? ([Math.min(...r.steps), Math.max(...r.steps)] as const) : null,
    };
    const gates = FORCEABLE[r.kind].filter((_, k) => r.forced[k]);
    return {
      kind: r.kind,
      ...r.sequence,
      t: r.t % r.sequence.events.length,
      overrides: gates.map((g, k) => scoped(g, r.values[k], forceScope)),
      customGates: gates.filter((_, k) => r.custom[k]),
      forceScope,
      unit: r.unit,
      lecture: r.lecture,
      hiddenPanels: r.lecture ? r.hidden : LECTURE_HIDDEN,
      hiddenControls: r.lecture ? r.controls : LECTURE_HIDDEN_CONTROLS,
      lesson: r.lesson,
      answers: r.lesson === null ? Array<null>(QUIZ_LENGTH).fill(null) : r.answers,
    };
  });

describe('the shareable link', () => {
  it('opens exactly what it was made from: GRU, step 7, the update gate forced to 0', () => {
    const store = createLabStore({ models });
    store.getState().setKind('gru');
    store.getState().seek(7);
    store.getState().setGateMode('z', 'zero');
    const fragment = linkOf(store.getState());
    expect(fragment).toMatch(/^v=2&k=gru&s=wobble-drift-jam&t=7&g=z0&z=[0-9a-f]{8}$/);
    const { state, notice } = readLink(`#${fragment}`);
    expect(notice).toBeNull();
    const opened = createLabStore({ ...state });
    opened.getState().setModels(models);
    const [a, b] = [store.getState(), opened.getState()];
    expect([b.kind, b.t, b.overrides, b.events]).toEqual([a.kind, a.t, a.overrides, a.events]);
    expect(Array.from(b.risks!)).toEqual(Array.from(a.risks!));
  });

  it('reads back every state it can carry, exactly (fast-check, 1,000 cases)', () => {
    fc.assert(
      fc.property(linkState, (s) => {
        const { state, notice } = readLink(linkOf(s));
        expect(notice).toBeNull();
        // outside lecture mode a link leaves the picks as they are: here, the first ones
        const picks = { hiddenPanels: LECTURE_HIDDEN, hiddenControls: LECTURE_HIDDEN_CONTROLS };
        expect({ ...picks, ...state }).toEqual(s);
        if (!s.lecture) expect(Object.keys(state)).not.toContain('hiddenPanels');
      }),
      RUNS,
    );
  });

  it('reads any fragment without throwing, into settings the store takes (fast-check, 1,000 cases)', () => {
    const fragments = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      // real links with characters changed, dropped or added
      fc
        .tuple(linkState, fc.nat(), fc.string({ maxLength: 6 }), fc.nat(4))
        .map(([s, at, junk, cut]) => {
          const text = linkOf(s);
          const k = at % (text.length + 1);
          return text.slice(0, k) + junk + text.slice(k + cut);
        }),
      fc.dictionary(fc.constantFrom('v', 'k', 's', 'e', 't', 'g', 'c', 'u', 'r', 'j', 'l'), fc.string({ maxLength: 30 })).map((d) => new URLSearchParams({ v: '1', ...d }).toString()), // prettier-ignore
    );
    fc.assert(
      fc.property(fragments, (fragment) => {
        const { state, notice } = readLink(fragment);
        const store = createLabStore({ ...state, notice: openingNotice(notice, null) });
        store.getState().setModels(models);
        const s = store.getState();
        // the models always load and the lab always runs
        expect(s.models.lstm).toBe(models.lstm);
        expect(s.trace).not.toBeNull();
        expect(s.t).toBeLessThan(s.events.length);
        expect(s.unit).toBeLessThan(s.trace!.H);
        expect(s.notice?.text ?? null).toBe(notice);
      }),
      RUNS,
    );
  });

  it('names the parts it could not read, and keeps the rest', () => {
    const { state, notice } = readLink('#v=1&k=gru&s=nowhere&t=7&g=f0');
    expect(state.kind).toBe('gru');
    expect(state.t).toBe(7);
    expect(state.scenarioId).toBeUndefined();
    expect(state.overrides).toEqual([]); // an LSTM gate on a GRU
    expect(notice).toBe(
      'Parts of this link could not be read and were left at their defaults: the scenario, the forced gates.',
    );
  });

  it('opens the defaults, with a notice, for a link of another version or far too long', () => {
    expect(readLink('#v=3&k=gru')).toEqual({
      state: {},
      weights: null,
      notice: expect.stringMatching(/not a Gate Lab link of this version/),
    });
    expect(readLink(`#v=1&e=${'o0.5_'.repeat(40_000)}`).notice).toMatch(/over 150000 characters/);
    expect(readLink('')).toEqual({ state: {}, weights: null, notice: null });
  });
});

describe('link integrity (version 2: sealed)', () => {
  const sample: LinkState = {
    kind: 'lstm', scenarioId: 'custom', events: SCENARIOS[0].events.slice(0, 12), t: 9,
    overrides: [scoped('f', 0, { units: [2], steps: null })], customGates: [],
    forceScope: { units: [2], steps: null }, unit: 2, lecture: false,
    hiddenPanels: LECTURE_HIDDEN, hiddenControls: LECTURE_HIDDEN_CONTROLS, lesson: 2,
    answers: Array<null>(QUIZ_LENGTH).fill(null),
  }; // prettier-ignore
  const refused = (fragment: string) => {
    const { state, weights, notice } = readLink(fragment);
    expect([state, weights]).toEqual([{}, null]);
    return notice;
  };

  it('refuses a link cut inside its readings, naming them (it used to open a shorter sequence)', () => {
    const link = linkOf(sample);
    const inside = link.indexOf('_s0') + 3;
    expect(refused(link.slice(0, inside))).toBe(
      'This link could not be read (it is cut short, inside the readings); the lab opened with its defaults.', // prettier-ignore
    );
    expect(refused(link.slice(0, link.indexOf('&z=')))).toMatch(
      /cut short, inside the lesson step/,
    );
  });

  it('refuses a link changed after it was made, and a forced gate whose value is cut off', () => {
    const link = linkOf(sample);
    expect(refused(link.replace('t=9', 't=8'))).toMatch(/changed after it was made: its checksum does not match/); // prettier-ignore
    // version 1 links are not sealed: "g=f" alone was read as "force to 0"
    const { state, notice } = readLink('#v=1&k=lstm&t=3&g=f');
    expect(state.overrides).toEqual([]);
    expect(notice).toMatch(/could not be read .*: the forced gates\.$/);
  });

  it('a changed or cut version 2 link is refused with a notice, or opens exactly its view (fast-check, 1,000 cases)', () => {
    const damaged = fc.oneof(
      // one character changed
      fc.tuple(linkState, fc.nat(), fc.string({ minLength: 1, maxLength: 1 })).map(([s, at, c]) => {
        const text = linkOf(s);
        const k = at % text.length;
        return [text, text.slice(0, k) + c + text.slice(k + 1)] as const;
      }),
      // cut anywhere
      fc.tuple(linkState, fc.nat()).map(([s, at]) => {
        const text = linkOf(s);
        return [text, text.slice(0, at % text.length)] as const;
      }),
    );
    fc.assert(
      fc.property(damaged, ([link, fragment]) => {
        const read = readLink(fragment);
        // unchanged, or cut to nothing: no link at all, which opens the lab as it was
        if (fragment === link || fragment === '') return;
        if (read.notice !== null) expect(read.state).toEqual({});
        else expect(read.state).toEqual(readLink(link).state);
      }),
      RUNS,
    );
  });
});
