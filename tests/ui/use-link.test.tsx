// @vitest-environment jsdom
/**
 * The address bar follows the view a moment after it changes — but never writes over a link
 * opened from outside while its reload is on the way.
 */
import { act, cleanup } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkOf } from '../../src/state/link';
import { useLinkSync } from '../../src/ui/use-link';
import { renderWithLab } from './helpers';

function Synced() {
  useLinkSync();
  return null;
}

const settle = () => act(() => new Promise((r) => setTimeout(r, 400)));

beforeEach(() => window.history.replaceState(null, '', '#'));
afterEach(cleanup);

describe('useLinkSync', () => {
  it('writes the view’s link into the address bar after a change', async () => {
    const { store } = renderWithLab(<Synced />);
    act(() => store.getState().seek(4));
    expect(window.location.hash).not.toContain('t=4');
    await settle();
    expect(window.location.hash).toBe(`#${linkOf(store.getState())}`);
    act(() => store.getState().setKind('gru'));
    await settle();
    expect(window.location.hash).toBe(`#${linkOf(store.getState())}`);
  });

  it('leaves alone a fragment put there from outside before its write', async () => {
    const { store } = renderWithLab(<Synced />);
    act(() => store.getState().seek(4));
    await settle();
    act(() => store.getState().seek(5));
    // a link pasted into the address bar while the write for step 5 is pending
    window.history.replaceState(null, '', '#v=1&k=rnn&t=2');
    await settle();
    expect(window.location.hash).toBe('#v=1&k=rnn&t=2');
  });
});
