/**
 * "Compare with original": the original sequence's jam-risk line as a dotted ghost on the timeline,
 * and a sentence with the final risk of both runs (each the core's, computed in the store).
 */
import { useId } from 'react';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { editEffect } from './compare';

const selectCompare = (s: LabStore) => s.compare;
const selectSetCompare = (s: LabStore) => s.setCompare;
const selectSentence = (s: LabStore): string => {
  if (!s.compare || !s.risks) return '';
  if (!s.originalRun) return 'No edits yet: this is the original sequence.';
  const { risks } = s.originalRun;
  return editEffect(risks[risks.length - 1], s.risks[s.risks.length - 1]);
};

export function CompareOriginal() {
  const id = useId();
  const compare = useLab(selectCompare);
  const setCompare = useLab(selectSetCompare);
  const sentence = useLab(selectSentence);
  return (
    <div className="compare-original">
      <label htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={compare}
          onChange={(e) => setCompare(e.currentTarget.checked)}
        />
        Compare with original
      </label>
      <p className="what-if" role="status">
        {sentence}
      </p>
    </div>
  );
}
