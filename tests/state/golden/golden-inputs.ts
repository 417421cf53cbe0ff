/**
 * The inputs of the golden links and saves: states to write, links and saves to read (whole,
 * partly broken, from elsewhere). make-golden.ts wrote what the build of 2026-12-05 made of them;
 * golden.test.ts checks that every later build makes the same.
 */
import { createRng, initModel, modelToFile, type Model } from '../../../src/core';
import { SCENARIOS, scenario } from '../../../src/data';
import { saveOf } from '../../../src/state/save';
import { createLabStore } from '../../../src/state/store';
import type { LabState } from '../../../src/state/lab-state';

/** A state as plain JSON (models as model files, typed arrays as arrays). */
export function plain(x: unknown): unknown {
  if (x instanceof Float64Array || x instanceof Float32Array) return Array.from(x);
  if (Array.isArray(x)) return x.map(plain);
  if (typeof x === 'object' && x !== null) {
    if ('cell' in x && 'readout' in x) return modelToFile(x as Model);
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)]));
  }
  return x;
}

export const small = (kind: 'rnn' | 'lstm' | 'gru', seed: number) =>
  initModel(kind, 6, 2, createRng(seed));

/** States worth writing: the defaults and every field set, each alone and together. */
export function states(): { name: string; state: LabState; trained: ('rnn' | 'lstm' | 'gru')[] }[] {
  const out: { name: string; state: LabState; trained: ('rnn' | 'lstm' | 'gru')[] }[] = [];
  const make = (
    name: string,
    change: Partial<LabState>,
    trained: ('rnn' | 'lstm' | 'gru')[] = [],
  ) => out.push({ name, state: createLabStore(change).getState(), trained });
  make('defaults', {});
  make('gru at step 7, z forced to 0', { kind: 'gru', t: 7, overrides: [{ gate: 'z', value: 0 }] });
  const edited = scenario('wobble-drift-jam').events.slice(0, 12).map((e, k) => ({ ...e, magnitude: (k % 5) / 4 })); // prettier-ignore
  make('an edited sequence, its original, one aside', {
    scenarioId: 'custom',
    events: edited,
    original: scenario('wobble-drift-jam').events,
    aside: { events: edited.slice(2), original: edited },
  });
  make('every gate forced, scoped to units and steps, one custom', {
    kind: 'lstm',
    overrides: [
      { gate: 'i', value: 0.5, units: [1, 3], from: 2, to: 9 },
      { gate: 'f', value: 0, units: [1, 3], from: 2, to: 9 },
      { gate: 'o', value: 1, units: [1, 3], from: 2, to: 9 },
    ],
    customGates: ['i'],
    forceScope: { units: [1, 3], steps: [2, 9] },
    unit: 3,
  });
  make('lecture mode with its picks', { lecture: true, hiddenPanels: ['gates', 'editor', 'heatmaps'], hiddenControls: ['shortcuts', 'lesson'] }); // prettier-ignore
  make('lecture mode showing everything', { lecture: true, hiddenPanels: [], hiddenControls: [] });
  make('picks kept outside lecture mode', { lecture: false, hiddenPanels: ['training'], hiddenControls: [] }); // prettier-ignore
  make('the lesson at step 3, answers given', { lesson: 3, answers: [1, null, 0] });
  make('the knowledge check, no answers', { lesson: 8 });
  make('settings: speed, animation, training', { speed: 12, animate: false, trainSettings: { gap: 30, H: 12, lr: 0.05, updates: 1200 } }); // prettier-ignore
  for (const s of SCENARIOS) make(`scenario ${s.id} on the rnn`, { kind: 'rnn', scenarioId: s.id, events: s.events, t: 4 }); // prettier-ignore
  make('trained gru and rnn models', { models: { gru: small('gru', 1), rnn: small('rnn', 2), lstm: small('lstm', 3) }, replacedModels: {} }, ['gru', 'rnn']); // prettier-ignore
  return out;
}

/** Links as a learner might paste them: whole, partly broken, from elsewhere. */
export const LINKS = [
  '',
  '#',
  '#v=1',
  '#v=2&k=gru',
  'v=1&k=gru&s=wobble-drift-jam&t=7&g=z0',
  '#v=1&k=lstm&e=o0.05_w0.9_s0.1_d0.5_b0.3_o0&t=3&g=f0_i0.5&c=i&u=3,1,3&r=9,2&j=2&l=gates.editor&h=shortcuts&n=2&a=1-0',
  '#v=1&k=lstm&l=-&h=-',
  '#v=1&k=lstm&l=-&h=bogus',
  '#v=1&k=lstm&h=shortcuts',
  '#v=1&k=transformer&s=nowhere&t=abc&g=q1&c=f&u=1,x&r=5&j=-1&l=bogus&n=99&a=12',
  '#v=1&k=gru&g=f0',
  '#v=1&k=gru&g=z0_z1',
  '#v=1&k=gru&g=z1.5',
  '#v=1&k=gru&g=z0&c=zr',
  '#v=1&k=rnn&g=z0',
  '#v=1&k=lstm&e=o0.1_x0.2',
  '#v=1&k=lstm&e=o2',
  '#v=1&k=lstm&e=o-0',
  '#v=1&k=lstm&s=long-gap-jam&e=o0.1_d0.9',
  '#v=1&k=lstm&s=long-gap-jam&e=bad',
  '#v=1&n=2',
  '#v=1&a=1-0',
  '#v=1&n=8&a=---',
  '#v=1&n=3&a=1-',
  '#v=1&t=99999',
  '#v=1&j=9999&u=9999&r=40,50',
  '#v=1&k=gru&w=AAAA',
  '#v=1&k=lstm&t=5&t=6',
  '#v=1&%zz',
  `#v=1&e=${'o0.5_'.repeat(40_000)}`,
];

export const built = states();
export const saves = built.map(({ name, state, trained }) => ({
  name,
  text: saveOf(state, trained),
}));
const base = JSON.parse(saves[2].text) as Record<string, unknown>;
export const broken: { name: string; text: string | null }[] = [
  { name: 'no save', text: null },
  { name: 'not JSON', text: '{' },
  { name: 'not a save', text: '{"hello":1}' },
  { name: 'another version', text: JSON.stringify({ ...base, version: 2 }) },
  { name: 'a bad view', text: JSON.stringify({ ...base, link: 'v=1&k=zzz' }) },
  { name: 'a bad original', text: JSON.stringify({ ...base, original: [{ kind: 'ok' }] }) },
  { name: 'a bad aside', text: JSON.stringify({ ...base, aside: { events: [] } }) },
  { name: 'bad picks', text: JSON.stringify({ ...base, picks: { panels: ['nowhere'], controls: [] } }) }, // prettier-ignore
  { name: 'odd speed and animation', text: JSON.stringify({ ...base, speed: 600, animate: 'yes' }) }, // prettier-ignore
  { name: 'incomplete training settings', text: JSON.stringify({ ...base, trainSettings: { gap: 30 } }) }, // prettier-ignore
  { name: 'refused training settings', text: JSON.stringify({ ...base, trainSettings: { gap: 30, H: 12, lr: 99, updates: 10 } }) }, // prettier-ignore
  { name: 'a trained model of the wrong kind', text: JSON.stringify({ ...base, trained: { lstm: modelToFile(small('gru', 4)) } }) }, // prettier-ignore
  { name: 'a trained model of no kind', text: JSON.stringify({ ...base, trained: { mystery: modelToFile(small('gru', 4)) } }) }, // prettier-ignore
  { name: 'too long', text: ' '.repeat(4_000_001) },
];

/** The two inputs too long to keep in golden.json, by the placeholder it keeps. */
export const LONG: Readonly<Record<string, string>> = {
  [`<${`#v=1&e=${'o0.5_'.repeat(40_000)}`.length} characters>`]: `#v=1&e=${'o0.5_'.repeat(40_000)}`,
  [`<${4_000_001} characters>`]: ' '.repeat(4_000_001),
};
