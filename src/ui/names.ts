/**
 * What the lab calls things, in one place: the full name and plain-words role of every gate and
 * state, as the panels print them (DESIGN §1). Each kind's name and series are in its UI file
 * (cell-kinds.ts).
 */
/** A series the panels draw: a gate's activation, a candidate, or a state. */
export type SeriesName = 'i' | 'f' | 'g' | 'o' | 'r' | 'z' | 'n' | 'c' | 'h';

export interface SeriesInfo {
  /** full name, as visible text ("Forget gate") */
  name: string;
  /** the symbol in the equations */
  symbol: string;
  /** what it decides, in plain words */
  role: string;
  /** gates and candidates live in (0, 1) or (−1, 1); this says which scale draws them */
  range: 'gate' | 'state';
}

export const SERIES: Readonly<Record<SeriesName, SeriesInfo>> = {
  i: { name: 'Input gate', symbol: 'i', role: 'how much of the candidate to write', range: 'gate' },
  f: { name: 'Forget gate', symbol: 'f', role: 'how much of the old cell state to keep', range: 'gate' }, // prettier-ignore
  g: { name: 'Candidate', symbol: 'g', role: 'what could be written to the cell state', range: 'state' }, // prettier-ignore
  o: { name: 'Output gate', symbol: 'o', role: 'how much of the cell state to expose', range: 'gate' }, // prettier-ignore
  r: { name: 'Reset gate', symbol: 'r', role: 'how much of the past the candidate may use', range: 'gate' }, // prettier-ignore
  z: { name: 'Update gate', symbol: 'z', role: 'how much of the old state to keep', range: 'gate' },
  n: { name: 'Candidate', symbol: 'n', role: 'the new state on offer', range: 'state' },
  c: { name: 'Cell state', symbol: 'c', role: 'the long-term memory path', range: 'state' },
  h: { name: 'Hidden state', symbol: 'h', role: 'the exposed working representation', range: 'state' }, // prettier-ignore
};
