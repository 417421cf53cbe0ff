/**
 * One knowledge-check question: a radio group named by the question, "Check answer", then whether
 * the choice was right, why, and a link to the lab state that shows it. The checked answer lives
 * in the store, so the proof link (which keeps the lesson open) comes back to it answered.
 */
import { useCallback, useId, useState } from 'react';
import type { LabStore } from '../../state/lab-state';
import { linkOf } from '../../state/link';
import { LESSON_LENGTH } from '../../state/slices/lesson';
import { useLab } from '../../state/use-lab';
import type { Question } from './quiz';

const selectModels = (s: LabStore) => s.models;
const selectAnswer = (s: LabStore) => s.answerQuestion;

export function QuestionItem({ q, index }: { q: Question; index: number }) {
  const id = useId();
  const models = useLab(selectModels);
  const answer = useLab(selectAnswer);
  // an answer from a link that names no option of this question reads as unanswered
  const selectChecked = useCallback(
    (s: LabStore) => {
      const a = s.answers[index] ?? null;
      return a !== null && a < q.options.length ? a : null;
    },
    [index, q],
  );
  const checked = useLab(selectChecked);
  const [choice, setChoice] = useState<number | null>(checked);
  // the proof keeps the learner's lesson, answers and lecture mode
  const selectProof = useCallback(
    (s: LabStore) =>
      `#${linkOf({ ...q.proof, lecture: s.lecture, hiddenPanels: s.hiddenPanels, hiddenControls: s.hiddenControls, lesson: LESSON_LENGTH, answers: s.answers })}`, // prettier-ignore
    [q],
  );
  const proof = useLab(selectProof);
  return (
    <fieldset className="question">
      <legend id={`${id}-ask`}>{q.ask}</legend>
      <div role="radiogroup" aria-labelledby={`${id}-ask`}>
        {q.options.map((option, k) => (
          <label key={option}>
            <input type="radio" name={id} checked={choice === k} onChange={() => setChoice(k)} />
            {option}
          </label>
        ))}
      </div>
      <button
        type="button"
        disabled={choice === null}
        onClick={() => choice !== null && answer(index, choice)}
      >
        Check answer
      </button>
      <div aria-live="polite">
        {checked !== null && (
          <div className="explanation">
            <p>
              <strong>{checked === q.answer ? 'Right.' : 'Not quite.'}</strong>{' '}
              {q.explain({ models }, q.proof.kind)}
            </p>
            <a href={proof}>Open the lab state that shows this</a>
          </div>
        )}
      </div>
    </fieldset>
  );
}
