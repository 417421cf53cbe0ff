/**
 * The page's first screen mounts in turns, one part per frame: the readings, then the cell, its
 * names (SVG text is the costliest layout on the page), its valves, the prediction, the transport
 * (its form controls' first layout is costly too), then the rest. Each part's first style, layout
 * and paint gets a frame of its own instead of all of them landing in one long task, which on a
 * phone kept the page from answering a tap for the better part of a second. A part's place is kept by the
 * stage's grid, so nothing above it moves when it arrives.
 *
 * Only the page opts in (main.tsx wraps the app in <Turns>); without it every turn has come, so
 * component tests render everything at once, as before.
 */
import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react';

/** The order the first screen arrives in. */
export const TURN = {
  timeline: 1,
  diagram: 2,
  names: 3,
  valves: 4,
  prediction: 5,
  dock: 6,
  rest: 7,
} as const;
const LAST = Math.max(...Object.values(TURN));

const TurnContext = createContext(Infinity);

/** Whether the part that mounts at turn k is on the page yet. */
export const useTurn = (k: number): boolean => useContext(TurnContext) >= k;

/** Calls fn after the browser has painted the next frame (or after a while, in a hidden tab). */
function afterNextPaint(fn: () => void): () => void {
  let timer = setTimeout(fn, 100); // a hidden tab paints no frames
  const frame = requestAnimationFrame(() => {
    clearTimeout(timer);
    timer = setTimeout(fn, 0); // a task after the frame: its style, layout and paint are done
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

export function Turns({ children }: { children: ReactNode }) {
  const [turn, setTurn] = useState(0);
  useEffect(() => {
    if (turn >= LAST) return;
    return afterNextPaint(() => startTransition(() => setTurn(turn + 1)));
  }, [turn]);
  return <TurnContext value={turn}>{children}</TurnContext>;
}
