/**
 * The file a file input picked, read as text within a size limit: both importers (sequences,
 * weights) go through here, so both refuse a huge file before reading a byte of it.
 */
import type { ChangeEvent } from 'react';

/**
 * Reads the picked file: `onText(text, name)`, or `onRefuse(name, why)` if it is over `maxChars`
 * or cannot be read. Clears the input, so picking the same file again (after fixing it) fires again.
 */
export function readPickedFile(
  e: ChangeEvent<HTMLInputElement>,
  maxChars: number,
  onText: (text: string, name: string) => void,
  onRefuse: (name: string, why: string) => void,
): void {
  const file = e.currentTarget.files?.[0];
  e.currentTarget.value = '';
  if (!file) return;
  // UTF-8 spends at most 4 bytes on a character, so a file over this cannot be within the limit
  if (file.size > 4 * maxChars)
    return onRefuse(file.name, `the file is ${file.size} bytes; the limit is ${maxChars} characters`); // prettier-ignore
  file.text().then(
    (text) => onText(text, file.name),
    (err: Error) => onRefuse(file.name, `it could not be read (${err.message})`),
  );
}
