/**
 * Reading a sequence file the learner chose: JSON or CSV by its extension (or, without one, by its
 * first character), through the data layer's validated parsers. Every refusal becomes one message
 * naming the file, what is wrong and that nothing changed.
 */
import { parseSequenceCsv, parseSequenceJson, type ScanEvent } from '../data';
import type { Notice } from './lab-state';
import { cut } from '../core';

/** Which parser a file goes to. */
export function fileFormat(text: string, fileName: string): 'json' | 'csv' {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json' || ext === 'csv') return ext;
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** The events in a sequence file; throws an Error saying what is wrong with it. */
export function readSequenceFile(text: string, fileName: string): ScanEvent[] {
  if (text.trim() === '') throw new Error('the file is empty');
  return fileFormat(text, fileName) === 'json' ? parseSequenceJson(text) : parseSequenceCsv(text);
}

/** The notice for a refused file, e.g. `Could not import "a.csv": row 3, … The sequence is unchanged.` */
export const importNotice = (fileName: string, reason: string): Notice => ({
  kind: 'import',
  text: `Could not import "${cut(fileName)}": ${reason}. The sequence is unchanged.`,
});
