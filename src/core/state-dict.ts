/**
 * PyTorch state dicts in and out: torch.nn.RNN / LSTM / GRU (num_layers = 1, bias = True,
 * unidirectional), e.g. `{k: v.tolist() for k, v in lstm.state_dict().items()}` saved as JSON.
 * Import validates the structure with valibot, then the shapes, and throws an Error naming the key
 * and the shapes; nothing half-valid becomes a cell.
 */
import * as v from 'valibot';
import { makeCell, type Cell } from './cell';
import { CELL_KINDS, isCellKind, type CellKind } from './kinds';
import { blockCount, torchViews } from './layout';
import { quote } from './quote';

/** A single-layer torch.nn.RNN / LSTM / GRU state dict as plain JSON. */
export interface StateDict {
  /** [G·H, D]; G = 1 (rnn) | 4 (lstm: i, f, g, o) | 3 (gru: r, z, n) */
  weight_ih_l0: number[][];
  /** [G·H, H] */
  weight_hh_l0: number[][];
  /** [G·H] */
  bias_ih_l0: number[];
  /** [G·H] */
  bias_hh_l0: number[];
}

const finite = v.pipe(v.number('expected a number'), v.finite('expected a finite number'));
const vector = v.array(finite, 'expected an array of numbers');
const rows = v.array(vector, 'expected an array of rows');
const Schema = v.strictObject(
  { weight_ih_l0: rows, weight_hh_l0: rows, bias_ih_l0: vector, bias_hh_l0: vector },
  (issue) =>
    issue.kind === 'schema' && issue.expected === 'never'
      ? `unexpected key ${issue.received}: only single-layer, unidirectional cells with biases are supported (keys weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0)`
      : 'expected an object with keys weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0',
);

/**
 * Typed arrays (e.g. gradient rows) become plain arrays so one schema checks both. A tensor is a
 * vector or a matrix: nothing deeper is walked (the schema refuses it), so a file nested a
 * hundred thousand deep cannot overflow the stack here.
 */
function plain(x: unknown, depth = 0): unknown {
  if (ArrayBuffer.isView(x) && !(x instanceof DataView))
    return Array.from(x as unknown as ArrayLike<number>);
  if (depth === 0 && typeof x === 'object' && x !== null && !Array.isArray(x)) {
    return Object.fromEntries(Object.entries(x).map(([k, val]) => [k, plain(val, 1)]));
  }
  if (depth === 1 && Array.isArray(x)) return x.map((row) => plain(row, 2));
  return x;
}

function where(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  const at = path.map((p) => (typeof p.key === 'number' ? `[${p.key}]` : String(p.key))).join('');
  if (issue.input === undefined && path.length === 1) return `missing key ${at}`;
  if (issue.expected === 'never') return issue.message;
  const got = quote(issue.input);
  return `${at ? `${at}: ` : ''}${issue.message}, got ${got}`;
}

const shape = (m: number[][]) => `[${m.length}, ${m[0]?.length ?? 0}]`;

function checkMatrix(name: string, m: number[][], R: number, C: number, why: string): void {
  const ragged = m.findIndex((row) => row.length !== m[0].length);
  if (ragged > 0) {
    throw new Error(
      `state dict: ${name} is ragged: row ${ragged} has ${m[ragged].length} columns, row 0 has ${m[0].length}`,
    );
  }
  if (m.length !== R || m[0].length !== C) {
    throw new Error(`state dict: ${name} has shape ${shape(m)}; expected [${R}, ${C}] (${why})`);
  }
}

/** A cell of this kind from a PyTorch state dict; throws an Error naming what is wrong. */
export function cellFromStateDict(kind: CellKind, sd: StateDict): Cell {
  if (!isCellKind(kind)) {
    throw new Error(`state dict: unknown kind ${quote(kind)}; kinds are ${CELL_KINDS.join(', ')}`);
  }
  const parsed = v.safeParse(Schema, plain(sd));
  if (!parsed.success) throw new Error(`state dict: ${where(parsed.issues[0])}`);
  const d = parsed.output;
  const G = blockCount(kind);
  const H = d.weight_hh_l0[0]?.length ?? 0;
  const D = d.weight_ih_l0[0]?.length ?? 0;
  if (H === 0)
    throw new Error(
      `state dict: weight_hh_l0 has shape ${shape(d.weight_hh_l0)}; a cell needs H ≥ 1`,
    );
  if (D === 0)
    throw new Error(
      `state dict: weight_ih_l0 has shape ${shape(d.weight_ih_l0)}; a cell needs D ≥ 1`,
    );
  const gh = `${G}·H rows for ${kind}, H = ${H} from weight_hh_l0's columns`;
  checkMatrix('weight_hh_l0', d.weight_hh_l0, G * H, H, gh);
  checkMatrix('weight_ih_l0', d.weight_ih_l0, G * H, D, gh);
  for (const name of ['bias_ih_l0', 'bias_hh_l0'] as const) {
    if (d[name].length !== G * H) {
      throw new Error(
        `state dict: ${name} has shape [${d[name].length}]; expected [${G * H}] (${gh})`,
      );
    }
  }
  const cell = makeCell(kind, D, H);
  const t = torchViews(kind, cell.theta, D, H);
  t.weight_ih_l0.data.set(d.weight_ih_l0.flat());
  t.weight_hh_l0.data.set(d.weight_hh_l0.flat());
  t.bias_ih_l0.set(d.bias_ih_l0);
  t.bias_hh_l0.set(d.bias_hh_l0);
  return cell;
}

/** The cell's parameters as a PyTorch state dict of plain arrays (JSON-ready). */
export function cellToStateDict(cell: Cell): StateDict {
  const t = torchViews(cell.kind, cell.theta, cell.D, cell.H);
  const toRows = (m: { rows: number; cols: number; data: Float64Array }) =>
    Array.from({ length: m.rows }, (_, r) =>
      Array.from(m.data.subarray(r * m.cols, (r + 1) * m.cols)),
    );
  return {
    weight_ih_l0: toRows(t.weight_ih_l0),
    weight_hh_l0: toRows(t.weight_hh_l0),
    bias_ih_l0: Array.from(t.bias_ih_l0),
    bias_hh_l0: Array.from(t.bias_hh_l0),
  };
}
