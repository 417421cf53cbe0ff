/**
 * The shipped presets (public/models/{rnn,lstm,gru,mgu}.json): fetched as text by the caller, checked
 * and turned into models by the core's model-file reader.
 */
import { CELL_KINDS, modelFromFile, type CellKind, type Model } from '../core';

/** Reads one file's text; the page passes a fetch-based reader, tests read from disk. */
export type ReadText = (path: string) => Promise<string>;

/** Where a kind's preset sits, relative to the site's base URL. */
export const shippedModelPath = (kind: CellKind): string => `models/${kind}.json`;

/** Loads every shipped model; throws with the file's name if one is missing or malformed. */
export async function loadShippedModels(read: ReadText): Promise<Record<CellKind, Model>> {
  const entries = await Promise.all(
    CELL_KINDS.map(async (kind) => {
      const path = shippedModelPath(kind);
      try {
        const { model } = modelFromFile(JSON.parse(await read(path)));
        if (model.cell.kind !== kind) throw new Error(`holds a ${model.cell.kind} model`);
        return [kind, model] as const;
      } catch (e) {
        throw new Error(`${path}: ${(e as Error).message}`, { cause: e });
      }
    }),
  );
  return Object.fromEntries(entries) as Record<CellKind, Model>;
}
