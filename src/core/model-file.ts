/**
 * A trained model as one JSON file: the cell's PyTorch state dict, the readout as PyTorch's
 * nn.Linear(H, 1) tensors, and free-form metadata saying how it was made. Loading validates
 * everything and throws an Error naming what is wrong.
 */
import * as v from 'valibot';
import { CELL_KINDS, type CellKind, type GateName } from './kinds';
import { FORCEABLE } from './overrides';
import type { Model } from './model';
import { cellFromStateDict, cellToStateDict, type StateDict } from './state-dict';
import { quote } from './quote';

export const MODEL_FORMAT = 'gate-lab-model';

export interface ModelFile {
  format: typeof MODEL_FORMAT;
  version: 1;
  kind: CellKind;
  /** torch.nn.RNN / LSTM / GRU state_dict */
  stateDict: StateDict;
  /** torch.nn.Linear(H, 1) state_dict: weight [1, H], bias [1]; p_t = σ(weight·h_t + bias) */
  readout: { weight: number[][]; bias: number[] };
  /** how the model was made (generator settings, seeds, accuracy); not read by the core */
  meta: Record<string, unknown>;
  /** the gates the design lacks, held at 1 (see Model.removed); absent when it lacks none */
  removed?: GateName[];
}

const finite = v.pipe(v.number('expected a number'), v.finite('expected a finite number'));
const Header = v.object(
  {
    format: v.literal(MODEL_FORMAT, `format must be "${MODEL_FORMAT}"`),
    version: v.literal(1, 'version must be 1'),
    kind: v.picklist(CELL_KINDS, `kind must be one of ${CELL_KINDS.join(', ')}`),
    stateDict: v.unknown(),
    readout: v.object(
      {
        weight: v.pipe(
          v.array(v.array(finite, 'expected a row of numbers'), 'expected an array of rows'),
          v.length(1, 'readout.weight must have one row'),
        ),
        bias: v.pipe(
          v.array(finite, 'expected an array of numbers'),
          v.length(1, 'readout.bias must have one entry'),
        ),
      },
      'expected readout { weight: [[…]], bias: [b] }',
    ),
    meta: v.optional(v.record(v.string(), v.unknown(), 'expected an object'), {}),
    removed: v.optional(v.array(v.string('expected a gate name'), 'expected a list of gates')),
  },
  'expected a JSON object',
);

/** The model and its metadata as a ModelFile (JSON-ready). */
export function modelToFile(model: Model, meta: Record<string, unknown> = {}): ModelFile {
  return {
    format: MODEL_FORMAT,
    version: 1,
    kind: model.cell.kind,
    stateDict: cellToStateDict(model.cell),
    readout: { weight: [Array.from(model.readout.w)], bias: Array.from(model.readout.b) },
    meta,
    ...(model.removed?.length ? { removed: [...model.removed] } : {}),
  };
}

/** A model from parsed JSON; throws an Error saying what is wrong. */
export function modelFromFile(data: unknown): { model: Model; meta: Record<string, unknown> } {
  const r = v.safeParse(Header, data);
  if (!r.success) {
    const issue = r.issues[0];
    const at = (issue.path ?? [])
      .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
      .join('');
    // a key that is not there, or a value that is there and wrong (quoted briefly)
    const what =
      issue.input === undefined && at ? 'missing' : `${issue.message}, got ${quote(issue.input)}`;
    throw new Error(`model file: ${at ? `${at.replace(/^\./, '')}: ` : ''}${what}`);
  }
  const f = r.output;
  const cell = cellFromStateDict(f.kind, f.stateDict as StateDict);
  const [w] = f.readout.weight;
  if (w.length !== cell.H) {
    throw new Error(
      `model file: readout.weight has shape [1, ${w.length}]; the cell has H = ${cell.H}`,
    );
  }
  // every kind's |h_j| ≤ 1, so |w·h + b| ≤ Σ|w_j| + |b|: that bound must be a float64
  if (!Number.isFinite(w.reduce((sum, x) => sum + Math.abs(x), Math.abs(f.readout.bias[0])))) {
    throw new Error('model file: the readout’s weights are so large that w·h + b overflows');
  }
  const readout = { w: Float64Array.from(w), b: Float64Array.from(f.readout.bias) };
  const removed = removedGates(f.kind, f.removed ?? []);
  return { model: { cell, readout, ...(removed.length ? { removed } : {}) }, meta: f.meta };
}

/** The removed gates a file names, each a gate of the kind, once; throws naming a bad one. */
function removedGates(kind: CellKind, names: readonly string[]): GateName[] {
  const gates = FORCEABLE[kind] as readonly string[];
  for (const [i, name] of names.entries()) {
    if (!gates.includes(name))
      throw new Error(`model file: removed[${i}]: the ${kind} has no gate ${quote(name)}; its gates are ${gates.join(', ') || 'none'}`); // prettier-ignore
    if (names.indexOf(name) !== i) throw new Error(`model file: removed[${i}]: ${quote(name)} is named twice`); // prettier-ignore
  }
  return names as GateName[];
}
