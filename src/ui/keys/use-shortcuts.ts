/** Listens for the lab's shortcuts anywhere on the page and runs them against the store. */
import { useEffect } from 'react';
import { useLabStore } from '../../state/use-lab';
import { shortcutFor } from './shortcuts';

export function useShortcuts(): void {
  const store = useLabStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const shortcut = shortcutFor(e);
      if (!shortcut) return;
      // the lab's key, not the page's (Space would scroll it); keys a focused control operates never get here
      e.preventDefault();
      shortcut.run(store.getState());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
