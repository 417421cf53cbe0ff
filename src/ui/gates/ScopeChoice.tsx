/** "All units / Chosen units" (or steps): whether forcing covers everything or a choice. */
import { useId } from 'react';

interface Props {
  /** the group's legend, and the noun of its choices: "Units" or "Steps" */
  name: 'Units' | 'Steps';
  /** the group's accessible name when it must differ from the legend (in the gate dialog) */
  label?: string;
  /** whether the scope is everything */
  all: boolean;
  onAll(): void;
  /** switches to a choice (the caller picks a sensible first one) */
  onChoose(): void;
}

export function ScopeChoice({ name, label, all, onAll, onChoose }: Props) {
  const id = useId();
  const noun = name.toLowerCase();
  return (
    <fieldset role="radiogroup" aria-label={label ?? name} className="scope-choice">
      <legend>{name}</legend>
      <label>
        <input type="radio" name={id} checked={all} onChange={onAll} />
        All {noun}
      </label>
      <label>
        <input type="radio" name={id} checked={!all} onChange={onChoose} />
        Chosen {noun}
      </label>
    </fieldset>
  );
}
