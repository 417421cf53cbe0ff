/**
 * Which gate's dialog is open on the diagram: UI-local state, never in the store (nothing else
 * reads it, and a link or a save should not reopen it). Pressing a gate's button opens its dialog,
 * pressing it again or another gate's switches; closing gives focus back to the gate's button.
 * Choosing another model closes it (the GRU has no forget gate).
 */
import { useCallback, useRef, useState } from 'react';
import type { CellKind, GateName } from '../../core';

export interface GateDialogState {
  /** the gate whose dialog is open, or null */
  open: GateName | null;
  /** a gate's button was pressed */
  press(gate: GateName): void;
  close(): void;
  /** the open gate's button, for placing the dialog beside it */
  anchor(): HTMLButtonElement | null;
  /** registers a gate's button (a callback ref) */
  buttonRef(gate: GateName): (el: HTMLButtonElement | null) => void;
}

/** kind: the model shown (null while none is) */
export function useGateDialog(kind: CellKind | null): GateDialogState {
  const [open, setOpen] = useState<GateName | null>(null);
  const [openKind, setOpenKind] = useState(kind);
  const buttons = useRef(new Map<GateName, HTMLButtonElement>());
  // another model: whatever was open closes (reset while rendering, React's pattern for it)
  if (openKind !== kind) {
    setOpenKind(kind);
    setOpen(null);
  }
  const close = useCallback(() => {
    setOpen(null);
    if (open) buttons.current.get(open)?.focus();
  }, [open]);
  const press = useCallback(
    (gate: GateName) => (open === gate ? close() : setOpen(gate)),
    [open, close],
  );
  const anchor = useCallback(() => (open ? (buttons.current.get(open) ?? null) : null), [open]);
  const buttonRef = useCallback(
    (gate: GateName) => (el: HTMLButtonElement | null) => {
      if (el) buttons.current.set(gate, el);
      else buttons.current.delete(gate);
    },
    [],
  );
  return { open, press, close, anchor, buttonRef };
}
