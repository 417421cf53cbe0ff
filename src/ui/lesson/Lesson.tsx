/**
 * The guided lesson: a panel docked beside the lab (a bottom sheet on a phone) that walks through
 * the steps (each puts the lab into the state that shows its point; the panel it points at is
 * outlined and brought into view by its PanelSlot), then the knowledge check. Non-modal: the lab
 * stays usable while it is open. Where it is lives in the store, so a link or a reload reopens it
 * at the same step.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { LabStore } from '../../state/lab-state';
import { useLab, useLabStore } from '../../state/use-lab';
import { goToStep } from './navigate';
import { QuestionItem } from './QuestionItem';
import { QUESTIONS } from './quiz';
import { LESSON_STEPS } from './steps';
import './lesson.css';
import { StayButton } from '../StayButton';

const N = LESSON_STEPS.length;

const selectAt = (s: LabStore) => s.lesson ?? 0;
const selectAside = (s: LabStore) => s.aside !== null;
const selectEnd = (s: LabStore) => s.endLesson;

/** The lesson panel, shown while the store says a lesson is open. */
export function Lesson() {
  const store = useLabStore();
  const at = useLab(selectAt);
  const aside = useLab(selectAside);
  const end = useLab(selectEnd);
  const step = at < N ? LESSON_STEPS[at] : null;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  const say = useCallback((s: LabStore) => (step ? step.say(s, step.kind) : ''), [step]);
  const text = useLab(say);
  const go = (k: number) => goToStep(store.getState(), k);
  /** the step's offer: shows its panel (lecture mode may hide it), brings it into view, runs it */
  const act = (offer: NonNullable<(typeof LESSON_STEPS)[number]['offer']>) => {
    const s = store.getState();
    s.setPanelHidden(offer.panel, false);
    offer.run(s);
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const where = document.querySelector(`[data-panel="${offer.panel}"] ${offer.target ?? ''}`);
    where?.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  };
  return (
    <section className="lesson" aria-labelledby="lesson-heading">
      <h2 id="lesson-heading" ref={heading} tabIndex={-1}>
        Lesson
      </h2>
      <div aria-live="polite" className="lesson-body">
        {step ? (
          <>
            <p className="lesson-counter">
              Step {at + 1} of {N}
            </p>
            <h3>{step.title}</h3>
            <p className="lesson-text">{text}</p>
            {step.offer && (
              <button type="button" className="primary" onClick={() => act(step.offer!)}>
                {step.offer.label}
              </button>
            )}
          </>
        ) : (
          <h3>Knowledge check</h3>
        )}
      </div>
      {aside && (
        <p className="lesson-keys">Your edited sequence comes back when you end the lesson.</p>
      )}
      {!step && QUESTIONS.map((q, k) => <QuestionItem key={q.ask} q={q} index={k} />)}
      <div className="lesson-nav">
        <StayButton enabled={at > 0} onClick={() => go(at - 1)} aria-keyshortcuts="P">
          Back
        </StayButton>
        <StayButton enabled={!!step} onClick={() => go(at + 1)} aria-keyshortcuts="N">
          {at === N - 1 ? 'Next: knowledge check' : 'Next'}
        </StayButton>
        <button type="button" onClick={end}>
          End lesson
        </button>
        <span className="lesson-keys">Keys: N next, P back</span>
      </div>
    </section>
  );
}
