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
import { leaveLinks } from '../state/own-link';
import { packWeights } from '../state/weights-code';

const SETTLE_MS = 300;

/** What the link depends on (kept.ts), compared by identity to see whether anything changed. */
const fields = (s: LabStore) => LINKED.map((k) => s[k]);

/** Packing is asynchronous and the same model packs the same: once per model. */
const packed = new WeakMap<Model, Promise<string>>();
/** The packed text of each model whose packing has finished, for a write that cannot wait. */
const packedText = new WeakMap<Model, string>();
const packedOf = (model: Model) => {
  let p = packed.get(model);
  if (!p) {
    packed.set(model, (p = packWeights(model)));
    void p.then((text) => packedText.set(model, text));
  }
  return p;
};

/** The link for the state now, or null while its trained weights are still being packed. */
function linkNow(s: LabStore): string | null {
  const model = s.models[s.kind];
  if (!model || !s.replacedModels[s.kind]) return `#${linkOf(s)}`;
  const text = packedText.get(model);
  return text === undefined ? null : `#${linkOf(s, text)}`;
}

export function useLinkSync(): void {
  const store = useLabStore();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = fields(store.getState());
    let generation = 0;
    // the fragment as this page last left it; any other was put there from outside
    let written = window.location.hash;
    // a change not yet in the address bar
    let pending = false;
    const write = async () => {
      pending = false;
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
      pending = true;
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
    // leaving (a reload, a closed tab) before the link caught up: write it now, so a reload opens
    // the view the autosave keeps (not the one before the last change)
    const flush = () => {
      // a link opened from outside is loading: it is not this page's
      if (window.location.hash !== written) return;
      const fragment = pending ? linkNow(store.getState()) : null;
      if (fragment !== null && fragment !== window.location.hash)
        window.history.replaceState(null, '', fragment);
      // only while the autosave keeps the work: else the address bar's link is all there is
      if (!store.getState().unsaved)
        leaveLinks([written, window.location.hash], linkOf(store.getState()));
    };
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('hashchange', reopen);
      window.removeEventListener('pagehide', flush);
    };
  }, [store]);
}
