/**
 * The frame clock and the motion preference, handed down by context so tests can inject a manual
 * scheduler and a reduced-motion setting.
 */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { createFrameClock, type FrameClock } from '../sim/clock';

const browserClock = (): FrameClock =>
  createFrameClock({
    request: (fn) => requestAnimationFrame(fn),
    cancel: (h) => cancelAnimationFrame(h),
    now: () => performance.now(),
  });

let defaultClock: FrameClock | null = null;
const ClockContext = createContext<FrameClock | null>(null);

/** Uses `clock` for every animation inside (tests pass one driven by a manual scheduler). */
export function ClockProvider({ clock, children }: { clock: FrameClock; children: ReactNode }) {
  return <ClockContext.Provider value={clock}>{children}</ClockContext.Provider>;
}

/** The frame clock: the injected one, or one shared requestAnimationFrame loop. */
export function useFrameClock(): FrameClock {
  const injected = useContext(ClockContext);
  if (injected) return injected;
  defaultClock ??= browserClock();
  return defaultClock;
}

const QUERY = '(prefers-reduced-motion: reduce)';
let query: MediaQueryList | null | undefined;
/** The query, made once: getSnapshot runs on every store update, and each matchMedia call is a
 * new list the browser evaluates (a measurable share of a step, npm run bench:ui). */
const motionQuery = () =>
  (query ??= typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY) : null);

/** Whether the user asked the system for reduced motion; follows changes live. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const q = motionQuery();
      q?.addEventListener('change', onChange);
      return () => q?.removeEventListener('change', onChange);
    },
    () => motionQuery()?.matches ?? false,
    () => false,
  );
}
