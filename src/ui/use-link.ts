/**
 * Keeps the address bar's fragment in step with the view, so the page's URL is always the link to
 * what is on screen — with the shown model's weights packed in when it was trained in the lab.
 * Written a moment after the last change (history.replaceState: no new history entry), so playing
 * at 30 steps/s does not rewrite the URL 30 times a second. A link pasted into the address bar of
 * an open lab changes only the fragment, which loads nothing: the page reloads to open it.
 */
import { useEffect } from 'react';
import type { Model } from '../core';
import type { LabStore } from '../state/lab-state';
import { LINKED } from '../state/kept';
import { linkOf } from '../state/link';
import { useLabStore } from '../state/use-lab';
import { packWeights } from '../state/weights-code';

const SETTLE_MS = 300;

/** What the link depends on (kept.ts), compared by identity to see whether anything changed. */
const fields = (s: LabStore) => LINKED.map((k) => s[k]);

/** Packing is asynchronous and the same model packs the same: once per model. */
const packed = new WeakMap<Model, Promise<string>>();
const packedOf = (model: Model) => {
  let p = packed.get(model);
  if (!p) packed.set(model, (p = packWeights(model)));
  return p;
};

export function useLinkSync(): void {
  const store = useLabStore();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = fields(store.getState());
    let generation = 0;
    // the fragment as this page last left it; any other was put there from outside
    let written = window.location.hash;
    const write = async () => {
      const mine = ++generation;
      const s = store.getState();
      const model = s.models[s.kind];
      const trained = model && s.replacedModels[s.kind] ? await packedOf(model) : undefined;
      // a later change has written (or will write) a newer link
      if (mine !== generation) return;
      // a link opened from outside, whose hashchange (still queued) reloads the page onto it
      if (window.location.hash !== written) return;
      const fragment = `#${linkOf(s, trained)}`;
      if (window.location.hash !== fragment) window.history.replaceState(null, '', fragment);
      written = window.location.hash;
    };
    const unsubscribe = store.subscribe((s) => {
      const now = fields(s);
      if (now.every((x, k) => x === last[k])) return;
      last = now;
      clearTimeout(timer);
      timer = setTimeout(() => void write(), SETTLE_MS);
    });
    // replaceState never fires hashchange: this is a link the learner opened. Nothing may write
    // the old view's link over it before the reload reads it (a write still pending would).
    const reopen = () => {
      generation++;
      clearTimeout(timer);
      unsubscribe();
      window.location.reload();
    };
    window.addEventListener('hashchange', reopen);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('hashchange', reopen);
    };
  }, [store]);
}
