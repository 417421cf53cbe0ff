/**
 * The what-if sentence of a forcing, where the reader forces gates: in the "Force gates by hand"
 * panel and in a gate's dialog. Both are status regions, but only the one the reader is working in
 * speaks: with both on the page (the dialog open over a mounted panel), a screen reader would say
 * each change twice. The prediction beside the diagram shows the same sentence without speaking.
 */
import { useState, type FocusEvent } from 'react';
import { useLab } from '../../state/use-lab';
import { selectWhatIf } from './select-what-if';

/** Whether focus is inside the element that gets the returned handlers. */
export function useFocusWithin() {
  const [within, setWithin] = useState(false);
  const handlers = {
    onFocus: () => setWithin(true),
    onBlur: (e: FocusEvent<HTMLElement>) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setWithin(false);
    },
  };
  return [within, handlers] as const;
}

export function WhatIf({ className, live }: { className: string; live: boolean }) {
  const sentence = useLab(selectWhatIf);
  return (
    <p className={className} role="status" aria-live={live ? 'polite' : 'off'}>
      {sentence ?? 'Every gate runs as learned.'}
    </p>
  );
}
