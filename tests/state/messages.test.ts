/**
 * What a refused file is told, in the learner's terms and short: a quoted value is cut with "…",
 * and engine errors (a stack overflow on deep nesting, JSON's null for 1e999) never reach the page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelToFile } from '../../src/core';
import { createLabStore } from '../../src/state/store';
import { MODELS as models } from '../shipped';

/** The longest a refusal may be, in characters. */
const BRIEF = 200;
const LONG = 'x'.repeat(190_000);
const DEEP = `${'['.repeat(90_000)}${']'.repeat(90_000)}`;

const sequence = (event: string) =>
  `{"format":"gate-lab-sequence","version":1,"events":[${event}]}`;
/** The GRU's weights as a PyTorch state dict file, with one value replaced by raw JSON text. */
function weights(key: string, raw: string): string {
  const { stateDict, readout } = modelToFile(models.gru);
  const sd = { ...stateDict, 'readout.weight': readout.weight, 'readout.bias': readout.bias };
  return JSON.stringify({ ...sd, [key]: '@' }).replace('"@"', raw);
}

/** The notice the lab shows after importing `text` as a sequence file or a weights file. */
function refusal(
  text: string,
  as: 'sequence' | 'weights',
  name = text.startsWith('{') ? 'f.json' : 'f.csv',
): string {
  const store = createLabStore({ models });
  if (as === 'sequence') store.getState().importSequence(text, name);
  else expect(store.getState().importWeights(text, name)).toBe(false);
  return store.getState().notice!.text;
}

describe('a refused file’s message', () => {
  it.each([
    [
      'a 190,000-character kind',
      sequence(`{"kind":"${LONG}","magnitude":0.5}`),
      'sequence',
      /got "xxx+…"/,
    ],
    [
      'a 190,000-character field name',
      sequence(`{"kind":"ok","magnitude":0.5,"${LONG}":1}`),
      'sequence',
      /unexpected field "xxx+…"/,
    ],
    [
      'readings nested 90,000 deep',
      sequence(`{"kind":"ok","magnitude":${DEEP}}`),
      'sequence',
      /expected a number in \[0, 1\], got an array/,
    ],
    [
      'a magnitude of 1e999',
      sequence('{"kind":"ok","magnitude":1e999}'),
      'sequence',
      /got a number beyond float64’s range/,
    ],
    ['a 190,000-character CSV kind', `kind,magnitude\n${LONG},0.5`, 'sequence', /got "xxx+…"/],
    [
      'a tensor nested 90,000 deep',
      weights('weight_ih_l0', DEEP),
      'weights',
      /weight_ih_l0\[0\]\[0\]: expected a number, got an array/,
    ],
    [
      'a tensor that is a long string',
      weights('bias_hh_l0', `"${LONG}"`),
      'weights',
      /bias_hh_l0: .*got "xxx+…"/,
    ],
    [
      'a weight of 1e999',
      weights('bias_ih_l0', '[1e999]'),
      'weights',
      /got a number beyond float64’s range/,
    ],
    ['a 190,000-character key', weights(LONG, '1'), 'weights', /lacks: xxx+…/],
  ] as const)('%s: names the part in at most 200 characters', (_, text, as, says) => {
    const message = refusal(text, as);
    expect(message).toMatch(says);
    expect(message.length).toBeLessThanOrEqual(BRIEF);
    expect(message).not.toMatch(/call stack|got null|undefined/);
  });

  it('cuts a long file name too', () => {
    const message = refusal('{', 'sequence', `${'n'.repeat(5000)}.json`);
    expect(message).toMatch(/^Could not import "n+…"/);
    expect(message.length).toBeLessThanOrEqual(BRIEF);
  });

  it('stays short whatever string is put in any field (fast-check, 1,000 cases)', () => {
    const field = fc.constantFrom('kind', 'magnitude', 'extra');
    const tensor = fc.constantFrom('weight_ih_l0', 'bias_hh_l0', 'readout.bias', 'weight_hh_l1');
    fc.assert(
      fc.property(fc.string({ minLength: 200, maxLength: 3000 }), field, tensor, (s, f, k) => {
        const raw = JSON.stringify(s);
        const event = f === 'kind' ? `{"kind":${raw},"magnitude":0.5}` : f === 'magnitude' ? `{"kind":"ok","magnitude":${raw}}` : `{"kind":"ok","magnitude":0.5,${raw}:1}`; // prettier-ignore
        expect(refusal(sequence(event), 'sequence').length).toBeLessThanOrEqual(BRIEF);
        expect(refusal(weights(k, raw), 'weights').length).toBeLessThanOrEqual(BRIEF);
      }),
      { numRuns: 1000 },
    );
  });
});
