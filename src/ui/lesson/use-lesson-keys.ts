/**
 * The lesson's keys while it is open: N for the next step, P for the previous one. Letters the
 * lab's shortcut table leaves free, so no lab key changes; a focused text field keeps them.
 */
import { useEffect, useRef } from 'react';
import { ownsKey } from '../keys/shortcuts';

/** Runs `next` on N and `back` on P pressed anywhere on the page (no modifier, not in a text field). */
export function useLessonKeys(next: () => void, back: () => void): void {
  const moves = useRef({ next, back });
  useEffect(() => {
    moves.current = { next, back };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || ownsKey(e.target, e.key)) return;
      const key = e.key.toLowerCase();
      if (key === 'n') moves.current.next();
      else if (key === 'p') moves.current.back();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
