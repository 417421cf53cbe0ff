/**
 * One knowledge-check question: a radio group named by the question, "Check answer", then whether
 * the choice was right, why, and a link to the lab state that shows it.
 */
import { useId, useState } from 'react';
import type { LabStore } from '../../state/lab-state';
import { linkOf } from '../../state/link';
import { useLab } from '../../state/use-lab';
import type { Question } from './quiz';

const selectModels = (s: LabStore) => s.models;

export function QuestionItem({ q }: { q: Question }) {
  const id = useId();
  const models = useLab(selectModels);
  const [choice, setChoice] = useState<number | null>(null);
  const [checked, setChecked] = useState<number | null>(null);
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
      <button type="button" disabled={choice === null} onClick={() => setChecked(choice)}>
        Check answer
      </button>
      <div aria-live="polite">
        {checked !== null && (
          <div className="explanation">
            <p>
              <strong>{checked === q.answer ? 'Right.' : 'Not quite.'}</strong>{' '}
              {q.explain({ models })}
            </p>
            <a href={`#${linkOf(q.proof)}`}>Open the lab state that shows this</a>
          </div>
        )}
      </div>
    </fieldset>
  );
}
