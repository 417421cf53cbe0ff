/** The comparison in one sentence: the final jam risk over the original and over the edited sequence. */
import { fmtPercent } from '../format';

/** e.g. "Your edits change the final jam risk from 100% (original) to 4%." */
export function editEffect(original: number, edited: number): string {
  const [a, b] = [fmtPercent(original), fmtPercent(edited)];
  return a === b
    ? `Your edits leave the final jam risk at ${b}, as in the original.`
    : `Your edits change the final jam risk from ${a} (original) to ${b}.`;
}
