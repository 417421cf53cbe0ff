/**
 * The reading the reader picked on the timeline, editable where it was picked: its kind, its
 * magnitude, insert before or after it, delete it — the editor's fields and buttons under names
 * of their own ("Kind of this reading", "Delete this reading"). Anchored at the picked column,
 * kept inside the timeline's width. It follows the cursor through its own edits (an edit moves t
 * with the sequence) and closes when the reader moves through time any other way, on Escape and
 * on its Close button.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { selectStep } from '../../state/selectors';
import { useLab, useLabStore } from '../../state/use-lab';
import { EditButtons, type EditButtonNames } from '../editor/EditButtons';
import { ReadingFields, type ReadingFieldNames } from '../editor/ReadingFields';
import { BELT_H, type Geometry } from './geometry';
import '../popover.css';
import './reading-popover.css';

export const POPOVER_NAMES: { fields: ReadingFieldNames; buttons: EditButtonNames } = {
  fields: { kind: ['Kind', 'of this reading'], magnitude: ['Magnitude', 'of this reading'] },
  buttons: {
    before: ['Insert before', 'this reading'],
    after: ['Insert after', 'this reading'],
    delete: ['Delete', 'this reading'],
  },
};

interface Props {
  geo: Geometry;
  /** how far the timeline's box is scrolled */
  scroll: number;
  /** the box's visible width, which the popover stays inside */
  width: number;
  onClose(): void;
}

export function ReadingPopover({ geo, scroll, width, onClose }: Props) {
  const t = useLab(selectStep);
  // the centre of the cursor's column, from the frame's left edge
  const x = geo.x(t) + geo.col / 2 - scroll;
  const store = useLabStore();
  const ref = useRef<HTMLDivElement>(null);
  // moving through time closes it; an edit (the sequence changes with t) does not
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.t !== prev.t && s.events === prev.events) onClose();
      }),
    [store, onClose],
  );
  // Escape closes it wherever focus is: a tap on the timeline leaves focus where it was
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  // centred on the column, clamped to the frame; the pointer stays on the column
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const w = el.offsetWidth;
    const left = Math.max(0, Math.min(width - w, x - w / 2));
    el.style.setProperty('--left', `${left}px`);
    el.style.setProperty('--caret', `${x - left}px`);
  }, [x, width]);
  return (
    <div
      ref={ref}
      role="dialog"
      aria-label={`Edit the reading at step ${t}`}
      className="popover-card reading-popover"
      // just under the belt, over the risk row: the reading and its bar stay in sight
      style={{ top: BELT_H + 8 }}
    >
      <div className="reading-popover-head">
        <span aria-hidden="true">Step {t}</span>
        <button type="button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <ReadingFields names={POPOVER_NAMES.fields} step={false} />
      <EditButtons names={POPOVER_NAMES.buttons} history={false} />
    </div>
  );
}
