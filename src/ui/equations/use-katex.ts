/**
 * KaTeX, loaded on first use: the library and its stylesheet are a separate chunk that the initial
 * bundle does not carry. One request serves the whole page; components subscribe to its arrival.
 */
import type katex from 'katex';
import { useSyncExternalStore } from 'react';

type Katex = typeof katex;

/** the module once loaded; null before (or for good, if the chunk fails: plain text stays) */
let loaded: Katex | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function load(): void {
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(
    ([m]) => {
      loaded = m.default;
      listeners.forEach((notify) => notify());
    },
    () => undefined,
  );
}

/** The first subscriber starts the download. */
function subscribe(notify: () => void): () => void {
  listeners.add(notify);
  load();
  return () => listeners.delete(notify);
}

const current = () => loaded;
const onServer = () => null;

/** KaTeX once it has loaded, null until then; the first call starts loading it. */
export const useKatex = (): Katex | null => useSyncExternalStore(subscribe, current, onServer);
