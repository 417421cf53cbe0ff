/**
 * Autosave's document: what a reload keeps reads back as it was (trained models to the weight);
 * any stored text at all reads without throwing into settings a store accepts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, initModel } from '../../src/core';
import { linkOf, readLink } from '../../src/state/link';
import { openingState } from '../../src/state/opening';
import { readSave, saveOf, SAVE_VERSION } from '../../src/state/save';
import { createLabStore } from '../../src/state/store';
import { openingNotice } from '../../src/state/opening';
import { MODELS as models } from '../shipped';

/** A lab with an edited sequence, a forced gate, changed settings and a trained GRU shown. */
function workedOn() {
  const store = createLabStore({ models });
  const s = () => store.getState();
  s().deleteEvent(3); // the wobble
  s().changeEvent(5, { kind: 'blip', magnitude: 0.33 });
  s().setGateMode('f', 'custom');
  s().setGateValue('f', 0.25);
  s().setSpeed(8);
  s().setAnimate(false);
  s().setTrainSettings({ gap: 30, updates: 1200 });
  const trained = initModel('gru', 6, 4, createRng(7));
  s().setModels({ gru: trained });
  s().setKind('lstm');
  s().seek(9);
  return { store, trained };
}

describe('autosave', () => {
  it('reads back what a reload keeps: sequence, original, view, settings, a trained model', () => {
    const { store, trained } = workedOn();
    const before = store.getState();
    const { state, trained: models2, notice } = readSave(saveOf(before, ['gru']));
    expect(notice).toBeNull();
    for (const k of [
      'events',
      'original',
      'scenarioId',
      'kind',
      't',
      'overrides',
      'customGates',
      'speed',
      'animate',
      'trainSettings',
    ] as const)
      // prettier-ignore
      expect(state[k], k).toEqual(before[k]);
    expect(Array.from(models2.gru!.cell.theta)).toEqual(Array.from(trained.cell.theta));
    expect(Array.from(models2.gru!.readout.w)).toEqual(Array.from(trained.readout.w));
    // and a store opened from it runs the same numbers
    const reopened = createLabStore({ ...state });
    reopened.getState().setModels({ ...models, ...models2 });
    expect(Array.from(reopened.getState().risks!)).toEqual(Array.from(before.risks!));
  });

  it('keeps lecture mode’s picks with lecture mode off, which the link then leaves alone', () => {
    const store = createLabStore({ models });
    store.getState().setPanelHidden('heatmaps', false);
    store.getState().setControlHidden('model', true);
    const { hiddenPanels, hiddenControls } = store.getState();
    const { state, notice } = readSave(saveOf(store.getState(), []));
    expect(notice).toBeNull();
    expect([state.hiddenPanels, state.hiddenControls]).toEqual([hiddenPanels, hiddenControls]);
    // a reload's own link, outside lecture mode, names no picks
    const reopened = openingState(state, readLink(linkOf(store.getState())).state);
    expect([reopened.hiddenPanels, reopened.hiddenControls]).toEqual([hiddenPanels, hiddenControls]); // prettier-ignore
    const broken = JSON.parse(saveOf(store.getState(), []));
    broken.picks.controls = ['model', 'the projector'];
    const partly = readSave(JSON.stringify(broken));
    expect(partly.state.hiddenControls).toBeUndefined();
    expect(partly.notice).toMatch(/the panels and controls lecture mode shows/);
  });

  it('resets a save of another version or shape, saying so', () => {
    const text = saveOf(createLabStore({ models }).getState(), []);
    const other = text.replace(`"version":${SAVE_VERSION}`, '"version":0');
    expect(readSave(other).notice).toMatch(/version 0; this lab reads version 1/);
    expect(readSave('{"hello":1}').notice).toMatch(/not a Gate Lab save/);
    expect(readSave('{').notice).toMatch(/not JSON/);
    // each is unreadable as a whole (to be kept aside); no save at all is not
    expect([other, '{"hello":1}', '{'].map((t) => readSave(t).unreadable)).toEqual([true, true, true]); // prettier-ignore
    expect(readSave(null)).toEqual({ state: {}, trained: {}, notice: null, unreadable: false });
  });

  it('keeps what it can of a partly broken save, and names the rest', () => {
    const save = JSON.parse(saveOf(workedOn().store.getState(), ['gru']));
    save.trainSettings.gap = 'far';
    save.trained.gru.stateDict.weight_hh_l0 = [[1]];
    const { state, trained, notice } = readSave(JSON.stringify(save));
    expect(state.speed).toBe(8);
    expect(state.trainSettings).toBeUndefined();
    expect(trained).toEqual({});
    expect(notice).toBe(
      'Parts of your saved work could not be read and were reset: the training settings, the trained gru model.',
    );
  });

  it('keeps every sequence put aside: edit, open link 1, edit it, open link 2 (#14)', () => {
    const sequences = (text: string) => {
      const { state } = readSave(text);
      return [state.aside, ...(state.earlierAsides ?? [])].map((a) => a?.events);
    };
    const first = createLabStore({ models });
    first.getState().deleteEvent(3);
    const edit1 = first.getState().events;
    const open = (save: string, link: string) =>
      createLabStore({ ...openingState(readSave(save).state, readLink(link).state), models });
    const onLink1 = open(saveOf(first.getState(), []), 'v=1&k=gru&s=blips-then-drift');
    onLink1.getState().deleteEvent(0);
    const edit2 = onLink1.getState().events;
    const onLink2 = open(saveOf(onLink1.getState(), []), 'v=1&k=rnn&s=long-gap-jam');
    expect(onLink2.getState().scenarioId).toBe('long-gap-jam');
    const kept = sequences(saveOf(onLink2.getState(), []));
    expect(kept).toContainEqual(edit1);
    expect(kept).toContainEqual(edit2);
  });

  it('reads any stored text without throwing, into state a store takes (fast-check, 1,000 cases)', () => {
    const valid = saveOf(workedOn().store.getState(), ['gru']);
    const json = fc.jsonValue({ maxDepth: 3 }).map((x) => JSON.stringify(x));
    const texts = fc.oneof(
      fc.string({ maxLength: 300 }),
      json,
      // the real save with characters changed, dropped or added
      fc.tuple(fc.nat(valid.length), fc.string({ maxLength: 8 }), fc.nat(6)).map(([at, junk, cut]) => valid.slice(0, at) + junk + valid.slice(at + cut)), // prettier-ignore
      // the real save with one field replaced by anything
      fc.tuple(fc.constantFrom('link', 'original', 'speed', 'animate', 'trainSettings', 'trained', 'version'), fc.jsonValue({ maxDepth: 2 })).map(([k, x]) => JSON.stringify({ ...JSON.parse(valid), [k]: x })), // prettier-ignore
    );
    fc.assert(
      fc.property(texts, (text) => {
        const { state, trained, notice } = readSave(text);
        const store = createLabStore({ ...state, notice: openingNotice(null, notice) });
        store.getState().setModels({ ...models, ...trained });
        const s = store.getState();
        expect(s.trace).not.toBeNull();
        expect(s.t).toBeLessThan(s.events.length);
        expect(s.notice?.text ?? null).toBe(notice);
      }),
      { numRuns: 1000 },
    );
  });
});
