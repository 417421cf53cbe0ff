/**
 * Where one panel of the panel table sits on the page. It carries `data-lesson-target` while the
 * open lesson step points at it, and brings itself into view when the step changes, so the
 * lesson's text and the thing it talks about are on screen together. A panel of the depth mounts
 * (and runs its core work) only when it comes near the viewport, is asked for, or is pointed at.
 */
import { useEffect, useRef } from 'react';
import type { LabStore } from '../state/lab-state';
import { useLab } from '../state/use-lab';
import { Deferred } from './Deferred';
import { LESSON_STEPS } from './lesson/steps';
import type { PanelSpec } from './panels';

/** The open lesson step's number and the panel it points at. */
const selectStep = (s: LabStore) => s.lesson;
/** the page settles once the models have loaded; until then every panel below looks near */
const selectLoaded = (s: LabStore) => s.trace !== null;
const selectTarget = (s: LabStore) =>
  s.lesson === null ? null : (LESSON_STEPS[s.lesson]?.panel ?? null);

export function PanelSlot({ spec }: { spec: PanelSpec }) {
  const targeted = useLab(selectTarget) === spec.id;
  const step = useLab(selectStep);
  const loaded = useLab(selectLoaded);
  const slot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!targeted) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    // its top under the bar: on a phone the lesson's sheet covers the bottom of the screen
    slot.current?.scrollIntoView?.({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  }, [targeted, step]);
  const { Panel } = spec;
  return (
    <div
      ref={slot}
      className={`slot slot-${spec.id}`}
      data-panel={spec.id}
      data-lesson-target={targeted ? '' : undefined}
    >
      {spec.layer === 'stage' ? (
        <Panel />
      ) : (
        <Deferred
          id={spec.id}
          title={spec.title}
          name={spec.name}
          minHeight={spec.reserve}
          force={targeted}
          watch={loaded}
        >
          {() => <Panel />}
        </Deferred>
      )}
    </div>
  );
}
