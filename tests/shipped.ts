/** The shipped presets (public/models), read from disk for tests in Node and in jsdom alike. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { modelFromFile, type CellKind, type Model } from '../src/core';

/** One shipped preset (by path: under jsdom Vite rewrites public URLs). */
export const shipped = (kind: CellKind): Model =>
  modelFromFile(
    JSON.parse(readFileSync(resolve(__dirname, '../public/models', `${kind}.json`), 'utf8')),
  ).model;

/** All three, loaded once per test file. */
export const MODELS: Record<CellKind, Model> = {
  rnn: shipped('rnn'),
  lstm: shipped('lstm'),
  gru: shipped('gru'),
};
