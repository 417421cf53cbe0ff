/** The frame clock: one loop for every listener, retired cleanly, driven by hand in tests. */
import { describe, expect, it } from 'vitest';
import { createFrameClock, createStepper, manualScheduler } from '../../src/sim/clock';

describe('createFrameClock', () => {
  it('runs one loop for all listeners and stops when the last one leaves', () => {
    const scheduler = manualScheduler();
    const clock = createFrameClock(scheduler);
    const seen: string[] = [];
    const offA = clock.subscribe((now) => seen.push(`a${now}`));
    const offB = clock.subscribe((now) => seen.push(`b${now}`));
    expect(scheduler.pending()).toBe(1);
    scheduler.frame(16);
    scheduler.frame(33);
    expect(seen).toEqual(['a16', 'b16', 'a33', 'b33']);
    offA();
    scheduler.frame(50);
    expect(seen.slice(4)).toEqual(['b50']);
    offB();
    expect([clock.size, scheduler.pending()]).toEqual([0, 0]);
  });

  it('ignores a frame already scheduled for a loop that was stopped and restarted', () => {
    const handles: ((now: number) => void)[] = [];
    const clock = createFrameClock({
      request: (fn) => handles.push(fn),
      cancel: () => {},
      now: () => 0,
    });
    const seen: number[] = [];
    const off = clock.subscribe((now) => seen.push(now));
    off(); // cancel is a no-op here, so the old frame still arrives
    clock.subscribe((now) => seen.push(-now));
    handles[0](1); // the retired loop's frame
    handles[1](2);
    expect(seen).toEqual([-2]);
  });
});

describe('createStepper', () => {
  it('takes whole steps at the chosen rate and carries the remainder', () => {
    const stepper = createStepper(() => 4); // a step every 250 ms
    const due = [0, 100, 200, 300, 600, 1000].map((now) => stepper.due(now));
    expect(due).toEqual([0, 0, 0, 1, 1, 2]);
    expect(due.reduce((a, b) => a + b)).toBe(4);
  });
});
