/** The shortcut help: a modal dialog listing every key, opened with "?" or the Keys button. */
import { useEffect, useRef } from 'react';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { SHORTCUTS } from './shortcuts';

const selectOpen = (s: LabStore) => s.helpOpen;
const selectSetOpen = (s: LabStore) => s.setHelpOpen;

export function HelpOverlay() {
  const open = useLab(selectOpen);
  const setOpen = useLab(selectSetOpen);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const back = document.activeElement as HTMLElement | null;
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      back?.focus?.();
    };
  }, [open, setOpen]);
  if (!open) return null;
  return (
    <div className="help-backdrop" onClick={() => setOpen(false)}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        className="help"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="help-title">Keyboard shortcuts</h2>
        <table>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.label}>
                <th scope="row">
                  <kbd>{s.label}</kbd>
                </th>
                <td>{s.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Keys work anywhere outside a text field; the editing keys (Delete, Insert, I) also wait
          while a slider, menu or checkbox has focus. Enter presses the focused button.
        </p>
        <button type="button" ref={close} onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </div>
  );
}
