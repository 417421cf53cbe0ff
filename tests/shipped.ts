/** The shipped presets (public/models), read from disk for tests in Node and in jsdom alike. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { modelFromFile, perKind, type CellKind, type Model } from '../src/core';

/** One shipped preset (by path: under jsdom Vite rewrites public URLs). */
export const shipped = (kind: CellKind): Model =>
  modelFromFile(
    JSON.parse(readFileSync(resolve(__dirname, '../public/models', `${kind}.json`), 'utf8')),
  ).model;

/** Every kind's, loaded once per test file. */
export const MODELS: Readonly<Record<CellKind, Model>> = perKind(shipped);
