// @vitest-environment jsdom
/** Both importers read the picked file through one gate: a huge file is refused unread. */
import type { ChangeEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { readPickedFile } from '../../src/ui/read-picked-file';

/** A change event from a file input holding `file`, as React would pass it. */
function picked(file: File) {
  const input = document.createElement('input');
  input.type = 'file';
  Object.defineProperty(input, 'files', { value: [file] });
  let value = 'C:\\fakepath\\x';
  Object.defineProperty(input, 'value', { get: () => value, set: (v: string) => (value = v) });
  return { event: { currentTarget: input } as unknown as ChangeEvent<HTMLInputElement>, input };
}

describe('readPickedFile', () => {
  it('hands over the text and the name, and clears the input for the next pick', async () => {
    const { event, input } = picked(new File(['{"a":1}'], 'w.json'));
    const onText = vi.fn();
    const onRefuse = vi.fn();
    readPickedFile(event, 100, onText, onRefuse);
    expect(input.value).toBe('');
    await vi.waitFor(() => expect(onText).toHaveBeenCalledWith('{"a":1}', 'w.json'));
    expect(onRefuse).not.toHaveBeenCalled();
  });

  it('refuses a file over four bytes a character of the limit without reading it', () => {
    const file = new File(['x'.repeat(41)], 'big.json');
    const text = vi.spyOn(file, 'text');
    const onRefuse = vi.fn();
    readPickedFile(picked(file).event, 10, vi.fn(), onRefuse);
    expect(onRefuse).toHaveBeenCalledWith('big.json', 'the file is 41 bytes; the limit is 10 characters'); // prettier-ignore
    expect(text).not.toHaveBeenCalled();
  });
});
