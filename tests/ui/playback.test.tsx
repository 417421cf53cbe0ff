// @vitest-environment jsdom
/** Playback on the frame clock: steps at the chosen speed, stops at the end, and stops the loop. */
import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePlayback } from '../../src/ui/use-playback';
import { renderWithLab } from './helpers';

afterEach(cleanup);

function Player() {
  usePlayback();
  return null;
}

describe('usePlayback', () => {
  it('takes `speed` steps per second of frames while playing', () => {
    const { store, scheduler, clock } = renderWithLab(<Player />, { speed: 4 });
    expect(clock.size).toBe(0);
    act(() => store.getState().play());
    expect(clock.size).toBe(1);
    for (let now = 0; now <= 1000; now += 1000 / 60) act(() => scheduler.frame(now));
    expect(store.getState().t).toBe(4);
    act(() => store.getState().pause());
    act(() => scheduler.frame(5000));
    expect([store.getState().t, clock.size]).toEqual([4, 0]);
  });

  it('stops at the last reading, and Play from there starts over', () => {
    const { store, scheduler, clock } = renderWithLab(<Player />, { speed: 30 });
    const last = store.getState().events.length - 1;
    act(() => store.getState().seek(last - 2));
    act(() => store.getState().play());
    for (let now = 0; now <= 1000; now += 1000 / 60) act(() => scheduler.frame(now));
    expect([store.getState().t, store.getState().playing, clock.size]).toEqual([last, false, 0]);
    act(() => store.getState().play());
    expect(store.getState().t).toBe(0);
  });
});
