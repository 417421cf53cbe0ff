/**
 * The lab's one animation clock: a single requestAnimationFrame loop that every moving thing
 * (playback, sub-step tweens) subscribes to. The scheduler is injected so tests drive frames by
 * hand. A generation counter retires a loop that was stopped: a frame already scheduled for an
 * old generation does nothing when it arrives.
 */

/** Schedules fn for the next frame with the frame's timestamp in ms; returns a handle. */
export interface Scheduler {
  request(fn: (now: number) => void): number;
  cancel(handle: number): void;
  /** the current time on the frames' clock, in ms */
  now(): number;
}

export type FrameListener = (now: number) => void;

export interface FrameClock {
  /** calls fn on every frame until the returned function is called */
  subscribe(fn: FrameListener): () => void;
  /** how many listeners are subscribed (the loop runs only while there are some) */
  readonly size: number;
  /** the current time on the frames' clock, in ms */
  now(): number;
}

export function createFrameClock(scheduler: Scheduler): FrameClock {
  const listeners = new Set<FrameListener>();
  let generation = 0;
  let handle: number | null = null;

  const loop = (gen: number) => (now: number) => {
    if (gen !== generation) return; // a frame of a retired loop
    for (const fn of [...listeners]) fn(now);
    handle = listeners.size > 0 ? scheduler.request(loop(gen)) : null;
    if (handle === null) generation++;
  };
  const stop = () => {
    if (handle !== null) scheduler.cancel(handle);
    handle = null;
    generation++;
  };

  return {
    subscribe(fn) {
      listeners.add(fn);
      if (handle === null) handle = scheduler.request(loop(generation));
      return () => {
        listeners.delete(fn);
        if (listeners.size === 0) stop();
      };
    },
    get size() {
      return listeners.size;
    },
    now: () => scheduler.now(),
  };
}

/** A scheduler a test advances frame by frame: `frame(now)` runs everything requested so far. */
export function manualScheduler(): Scheduler & { frame(now: number): void; pending(): number } {
  let next = 1;
  let time = 0;
  const queue = new Map<number, (now: number) => void>();
  return {
    request(fn) {
      queue.set(next, fn);
      return next++;
    },
    cancel(h) {
      queue.delete(h);
    },
    now: () => time,
    frame(now) {
      time = now;
      const due = [...queue.values()];
      queue.clear();
      for (const fn of due) fn(now);
    },
    pending: () => queue.size,
  };
}

/**
 * Playback timing: given frame timestamps and a rate in steps per second, how many whole steps
 * are due. Counted from when the rate was set, so the average rate is exact whatever the frame
 * rate, with no drift from summing many small intervals.
 */
export function createStepper(stepsPerSecond: () => number) {
  let start: number | null = null;
  let rate = 0;
  let taken = 0;
  return {
    /** the number of steps to take at this frame */
    due(now: number): number {
      if (start === null || stepsPerSecond() !== rate) {
        start = now;
        rate = stepsPerSecond();
        taken = 0;
      }
      // the epsilon keeps an exact multiple (1000 ms at 4 steps/s) from rounding down
      const total = Math.floor(((now - start) * rate) / 1000 + 1e-9);
      const n = total - taken;
      taken = total;
      return n;
    },
  };
}
