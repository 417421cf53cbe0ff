/**
 * One gate's control: the radio group named by the gate ("Forget gate") with Learned / Force 0 /
 * Force 1 / Custom, and for Custom the "<Gate> value" slider. The gate's dialog on the diagram
 * shows the same control under its own names (`names`), so no name appears twice on the page.
 */
import { useId } from 'react';
import type { GateName } from '../../core';
import type { GateMode } from '../../state/lab-state';
import { selectGateMode, selectGateRemoved, selectGateValue } from '../../state/selectors';
import { useLab, useLabStore } from '../../state/use-lab';
import { CELL_UI, MODEL_NAMES } from '../cell-kinds';
import { SERIES } from '../names';

const MODES: readonly [GateMode, string][] = [
  ['learned', 'Learned'],
  ['zero', 'Force 0'],
  ['one', 'Force 1'],
  ['custom', 'Custom'],
];

/** What the control's radio group and slider are called; by default after the gate. */
export interface GateControlNames {
  group: string;
  value: string;
}

export function GateControl({ gate, names }: { gate: GateName; names?: GateControlNames }) {
  const id = useId();
  const mode = useLab((s) => selectGateMode(s, gate));
  const value = useLab((s) => selectGateValue(s, gate));
  const { setGateMode, setGateValue } = useLabStore().getState();
  const kind = useLab((s) => s.kind);
  const removed = useLab((s) => selectGateRemoved(s, gate));
  const { name } = SERIES[gate];
  const role = removed
    ? `Removed: this ${MODEL_NAMES[kind]} was trained without it, so it is held at 1 on every unit and step.`
    : (CELL_UI[kind].roles?.[gate] ?? SERIES[gate].role); // prettier-ignore
  const { group, value: valueName } = names ?? { group: name, value: `${name} value` };
  const state = removed ? 'removed' : mode === 'learned' ? '' : 'forced';
  return (
    <div className={`gate-control ${state}`}>
      <fieldset
        role="radiogroup"
        aria-label={group}
        aria-describedby={`${id}-role`}
        disabled={removed}
      >
        <legend>{group}</legend>
        {MODES.map(([m, label]) => (
          <label key={m}>
            <input
              type="radio"
              name={`${id}-mode`}
              checked={!removed && mode === m}
              onChange={() => setGateMode(gate, m)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <p id={`${id}-role`} className="gate-role">
        {role}
      </p>
      {mode === 'custom' && value !== null && (
        <div className="gate-value">
          <label htmlFor={`${id}-value`}>{valueName}</label>
          <input
            id={`${id}-value`}
            type="range"
            min={0}
            max={1}
            step={0.01}
            value={value}
            onChange={(e) => setGateValue(gate, Number(e.currentTarget.value))}
          />
          <output htmlFor={`${id}-value`}>{value.toFixed(2)}</output>
        </div>
      )}
    </div>
  );
}
