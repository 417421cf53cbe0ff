/**
 * Weights trained in PyTorch, brought into the lab: the JSON "Export weights (PyTorch JSON)" writes
 * — a torch.nn.RNN / LSTM / GRU `state_dict()` (weight_ih_l0, weight_hh_l0, bias_ih_l0,
 * bias_hh_l0) plus `readout.weight` [1, H] and `readout.bias` [1] of a torch.nn.Linear(H, 1) —
 * of whichever kind its shapes say (weight_hh_l0 is [G·H, H], G the kind's blocks: 1 for the RNN,
 * 4 for the LSTM, 3 for the GRU; only kinds PyTorch has). Reading checks everything and throws an Error saying what is
 * wrong; it is bounded (characters, hidden size) so the model also fits a link.
 */
import {
  CELL_KINDS,
  CELLS,
  modelFromFile,
  MODEL_FORMAT,
  cut,
  quote,
  type CellKind,
  type Model,
} from '../core';
import { D } from '../data';
import { MAX_LINK_H } from './weights-code';

/** Longest weights file read: an H = 64 LSTM written by json.dump with full float64 digits. */
export const MAX_WEIGHTS_CHARS = 1_000_000;

const CELL_KEYS = ['weight_ih_l0', 'weight_hh_l0', 'bias_ih_l0', 'bias_hh_l0'] as const;
const READOUT_KEYS = ['readout.weight', 'readout.bias'] as const;

/** The kinds PyTorch has a module for: a state dict can only be one of these. */
const TORCH_KINDS = CELL_KINDS.filter((k) => CELLS[k].torch !== null);

/** The PyTorch kind whose block count G makes weight_hh_l0 [G·H, H], or null. */
function kindOf(whh: unknown): CellKind | null {
  if (!Array.isArray(whh) || !Array.isArray(whh[0]) || whh[0].length === 0) return null;
  const G = whh.length / whh[0].length;
  return TORCH_KINDS.find((k) => CELLS[k].blocks.length === G) ?? null;
}

const orList = (xs: readonly string[]) => `${xs.slice(0, -1).join(', ')} or ${xs.at(-1)}`;
const shapeOf = (G: number) => (G === 1 ? '[H, H]' : `[${G}·H, H]`);
const torchNames = orList(TORCH_KINDS.map((k) => CELLS[k].torch ?? ''));
/** "[H, H], [4·H, H] or [3·H, H] (torch.nn.RNN, LSTM or GRU)" */
const SHAPES = `${orList(TORCH_KINDS.map((k) => shapeOf(CELLS[k].blocks.length)))} (torch.nn.${torchNames})`;

/**
 * The optional key naming the RNN's nonlinearity. A state dict cannot say whether an nn.RNN was
 * tanh or relu; the lab's RNN is tanh, so the export writes it and the import refuses relu.
 */
export const NONLINEARITY_KEY = 'nonlinearity';

/** Keys of a PyTorch module the lab's one-layer cell is not, and what that means in torch's terms. */
const NOT_ONE_CELL: readonly (readonly [RegExp, string])[] = [
  [/_reverse$/, 'it is bidirectional (bidirectional=True); the lab’s cells run forward only'],
  [/_l[1-9]\d*$/, 'it has two layers or more (num_layers > 1); the lab’s cells have one'],
  [/^weight_hr_l\d+$/, 'it has projections (proj_size > 0); the lab’s LSTM has none'],
];

/** json.dump writes a non-finite tensor entry as a bare NaN or Infinity, which JSON does not allow. */
const NON_FINITE = /(^|[^\w"])-?(NaN|Infinity)([^\w"]|$)/;

function parse(text: string): Record<string, unknown> {
  if (text.length > MAX_WEIGHTS_CHARS)
    throw new Error(`it is over ${MAX_WEIGHTS_CHARS.toLocaleString('en')} characters`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(NON_FINITE.test(text) ? 'it holds NaN or Infinity (json.dump writes them for non-finite tensors)' : 'it is not JSON'); // prettier-ignore
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error('it is not a JSON object of named tensors');
  return data as Record<string, unknown>;
}

/** A model from the text of a PyTorch-layout weights file; throws an Error naming the problem. */
export function readTorchWeights(text: string): Model {
  const { [NONLINEARITY_KEY]: nonlinearity, ...sd } = parse(text);
  if (nonlinearity !== undefined && nonlinearity !== 'tanh')
    throw new Error(nonlinearity === 'relu' ? 'its RNN is relu (nonlinearity=\'relu\'); the lab’s RNN is tanh, as torch’s default' : `its nonlinearity is ${quote(nonlinearity)}; the lab’s RNN is tanh`); // prettier-ignore
  const keys = Object.keys(sd);
  for (const [key, means] of NOT_ONE_CELL)
    if (keys.some((k) => key.test(k))) throw new Error(means);
  if (!keys.some((k) => k.startsWith('bias_')) && keys.some((k) => k.startsWith('weight_')))
    throw new Error('it has no biases (bias=False); the lab’s cells have both bias_ih and bias_hh');
  const missing = [...CELL_KEYS, ...READOUT_KEYS].filter((k) => !(k in sd));
  if (missing.length) throw new Error(`it lacks ${missing.join(', ')}`);
  const extra = keys.filter(
    (k) => !(CELL_KEYS as readonly string[]).includes(k) && !(READOUT_KEYS as readonly string[]).includes(k), // prettier-ignore
  );
  if (extra.length) throw new Error(`it has keys a single-layer cell lacks: ${extra.slice(0, 3).map((k) => cut(k)).join(', ')}`); // prettier-ignore
  const kind = kindOf(sd.weight_hh_l0);
  if (!kind) throw new Error(`weight_hh_l0 is not ${SHAPES}`);
  const { model } = modelFromFile({
    format: MODEL_FORMAT,
    version: 1,
    kind,
    stateDict: Object.fromEntries(CELL_KEYS.map((k) => [k, sd[k]])),
    readout: { weight: sd['readout.weight'], bias: sd['readout.bias'] },
  });
  const { D: d, H } = model.cell;
  if (d !== D) throw new Error(`its input size is ${d}; the lab's readings have ${D} features`);
  if (H > MAX_LINK_H) throw new Error(`its hidden size is ${H}; the lab takes up to ${MAX_LINK_H}`);
  return model;
}
