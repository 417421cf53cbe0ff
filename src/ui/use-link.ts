/**
 * Keeps the address bar's fragment in step with the view, so the page's URL is always the link to
 * what is on screen. Written a moment after the last change (history.replaceState: no new history
 * entry), so playing at 30 steps/s does not rewrite the URL 30 times a second. A link pasted
 * into the address bar of an open lab changes only the fragment, which loads nothing: the page
 * reloads to open it.
 */
import { useEffect } from 'react';
import { linkOf, type LinkState } from '../state/link';
import { useLabStore } from '../state/use-lab';

const SETTLE_MS = 300;

const fields = (s: LinkState) =>
  [s.kind, s.scenarioId, s.events, s.t, s.overrides, s.customGates, s.forceScope, s.unit] as const;

export function useLinkSync(): void {
  const store = useLabStore();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = fields(store.getState());
    const write = () => {
      const fragment = `#${linkOf(store.getState())}`;
      if (window.location.hash !== fragment) window.history.replaceState(null, '', fragment);
    };
    const unsubscribe = store.subscribe((s) => {
      const now = fields(s);
      if (now.every((x, k) => x === last[k])) return;
      last = now;
      clearTimeout(timer);
      timer = setTimeout(write, SETTLE_MS);
    });
    // replaceState never fires hashchange: this is a link the learner opened
    const reopen = () => window.location.reload();
    window.addEventListener('hashchange', reopen);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('hashchange', reopen);
    };
  }, [store]);
}
