/** One equation: the gate or state's full name, the equation typeset, and unit j's numbers. */
import { useId } from 'react';
import { SERIES } from '../names';
import type { EquationLine } from './lines';
import { Tex } from './Tex';

export function EquationItem({ line, j }: { line: EquationLine; j: number }) {
  const id = useId();
  const { name, symbol } = SERIES[line.series];
  return (
    <li className={line.forced ? 'eq-line eq-forced' : 'eq-line'} aria-labelledby={id}>
      <span id={id} className="eq-name">
        {name}
      </span>
      <Tex tex={line.tex} plain={line.plain} />
      <p className="eq-numbers">
        <var>{symbol}</var>
        <sub>t</sub>[{j}] = {line.numbers}
      </p>
    </li>
  );
}
