/**
 * The guided lesson: a panel near the top of the page that walks through the steps (each puts the
 * lab into the state that shows its point and outlines the panel to look at), then the knowledge
 * check. Non-modal: the lab stays usable while it is open.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LabStore } from '../../state/lab-state';
import { useLab, useLabStore } from '../../state/use-lab';
import { applyStep } from './apply';
import { useHighlight } from './highlight';
import { QuestionItem } from './QuestionItem';
import { QUESTIONS } from './quiz';
import { LESSON_STEPS } from './steps';
import { useLessonKeys } from './use-lesson-keys';
import './lesson.css';

const N = LESSON_STEPS.length;

/** The lesson panel; `at` N is the knowledge check. */
export function Lesson({ onEnd }: { onEnd: () => void }) {
  const store = useLabStore();
  // the steps replace the sequence; one the learner edited comes back when the lesson ends
  const [kept] = useState(() => {
    const s = store.getState();
    return s.scenarioId === 'custom' ? { events: s.events, original: s.original } : null;
  });
  useEffect(
    () => () => {
      if (!kept) return;
      store.getState().setEvents(kept.events);
      store.setState({ original: kept.original });
    },
    [store, kept],
  );
  const [at, setAt] = useState(0);
  const step = at < N ? LESSON_STEPS[at] : null;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (step) applyStep(store.getState, step);
  }, [store, step]);
  useHighlight(step?.panel ?? null);
  const say = useCallback((s: LabStore) => (step ? step.say(s) : ''), [step]);
  const text = useLab(say);
  const next = () => setAt((k) => Math.min(k + 1, N));
  const back = () => setAt((k) => Math.max(k - 1, 0));
  useLessonKeys(next, back);
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
          </>
        ) : (
          <h3>Knowledge check</h3>
        )}
      </div>
      {kept && (
        <p className="lesson-keys">Your edited sequence comes back when you end the lesson.</p>
      )}
      {!step && QUESTIONS.map((q) => <QuestionItem key={q.ask} q={q} />)}
      <div className="lesson-nav">
        <button type="button" disabled={at === 0} onClick={back} aria-keyshortcuts="P">
          Back
        </button>
        <button type="button" disabled={!step} onClick={next} aria-keyshortcuts="N">
          {at === N - 1 ? 'Next: knowledge check' : 'Next'}
        </button>
        <button type="button" onClick={onEnd}>
          End lesson
        </button>
        <span className="lesson-keys">Keys: N next, P back</span>
      </div>
    </section>
  );
}
