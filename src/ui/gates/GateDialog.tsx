/**
 * A gate's dialog, opened by its button on the cell diagram: Learned / Force 0 / Force 1 / Custom,
 * where the forcing applies, and the what-if sentence — the effect of a forcing shown right where
 * it is made. The same store actions as the "Force gates by hand" panel, under names of its own so
 * no accessible name appears twice on the page. Non-modal: the lab stays live around it. Escape
 * or Close shuts it and the caller gives focus back to the gate's button. Placed under its button
 * on a wide figure (above it when below would leave the screen), under the diagram on a phone.
 */
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { GateName } from '../../core';
import { SERIES } from '../names';
import { GateControl, type GateControlNames } from './GateControl';
import { placeNear } from './place-near';
import { StepScope, type StepScopeNames } from './StepScope';
import { UnitScope, type UnitScopeNames } from './UnitScope';
import { useFocusWithin, WhatIf } from './WhatIf';
import './gates.css';
import '../popover.css';
import './gate-dialog.css';

/** The dialog's own names (the panel's are "Forget gate", "Units", "Steps", "From step"…). */
export const DIALOG_NAMES: {
  mode: GateControlNames;
  units: UnitScopeNames;
  steps: StepScopeNames;
} = {
  mode: { group: 'Mode', value: 'Value' },
  units: { group: 'Units to force', boxes: 'Chosen units to force' },
  steps: { group: 'Steps to force', from: 'First step', to: 'Last step' },
};

interface Props {
  id: string;
  gate: GateName;
  /** the button that opened it, read when placing (never during render) */
  anchor(): HTMLElement | null;
  onClose(): void;
}

/** Keeps the dialog beside its opener: on opening, on a resize, and when its own size changes. */
function usePlacement(ref: RefObject<HTMLDivElement | null>, props: Props) {
  const { anchor, gate } = props;
  useLayoutEffect(() => {
    const el = ref.current;
    const opener = anchor();
    const frame = el?.offsetParent;
    if (!el || !opener || !frame) return;
    const place = () => {
      const p = placeNear(
        opener.getBoundingClientRect(),
        frame.getBoundingClientRect(),
        { width: el.offsetWidth, height: el.offsetHeight },
        window.innerHeight,
      );
      // custom properties only: the CSS decides whether they apply (not on a phone)
      el.style.setProperty('--left', `${p.left}px`);
      el.style.setProperty('--top', `${p.top}px`);
      el.style.setProperty('--caret', `${p.caret}px`);
      el.classList.toggle('above', p.above);
    };
    place();
    window.addEventListener('resize', place);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(place);
    observer?.observe(el);
    return () => {
      window.removeEventListener('resize', place);
      observer?.disconnect();
    };
  }, [ref, anchor, gate]);
}

export function GateDialog(props: Props) {
  const { id, gate, onClose } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [working, focus] = useFocusWithin();
  usePlacement(ref, props);
  // focus goes to the gate's chosen mode, so the arrow keys move between the modes at once
  useEffect(() => {
    const el = ref.current;
    el?.scrollIntoView?.({ block: 'nearest' });
    el?.querySelector<HTMLInputElement>('input[type=radio]:checked')?.focus({
      preventScroll: true,
    });
  }, [gate]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    onClose();
  };
  const { name } = SERIES[gate];
  return (
    <div
      ref={ref}
      id={id}
      role="dialog"
      aria-labelledby={`${id}-title`}
      className="popover-card gate-dialog"
      onKeyDown={onKeyDown}
      {...focus}
    >
      <div className="gate-dialog-head">
        <h3 id={`${id}-title`}>{name}</h3>
        <button type="button" className="gate-dialog-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <GateControl gate={gate} names={DIALOG_NAMES.mode} />
      <div className="gate-dialog-scope">
        <UnitScope names={DIALOG_NAMES.units} />
        <StepScope names={DIALOG_NAMES.steps} strip={false} />
      </div>
      <WhatIf className="gate-dialog-what-if" live={working} />
    </div>
  );
}
