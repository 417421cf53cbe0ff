/**
 * The Equations panel: the current cell's equations typeset, each with one unit's numbers at the
 * current step plugged in. Every number is read from the core's trace; none is recomputed here.
 */
import { useId } from 'react';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import type { Trace } from '../../core';
import { CELL_UI } from '../cell-kinds';
import { EquationItem } from './EquationItem';
import type { EquationLine } from './lines';
import { UnitSelect } from './UnitSelect';
import './equations.css';

const selectTrace = (s: LabStore) => s.trace;
const selectStep = (s: LabStore) => s.t;
const selectUnit = (s: LabStore) => s.unit;
const selectModelLoaded = (s: LabStore) => s.models[s.kind] !== undefined;
const NONE: readonly string[] = [];
const selectRemoved = (s: LabStore): readonly string[] => s.models[s.kind]?.removed ?? NONE;

/** A gate the design lacks: its equation is f_t ≡ 1, not the learned one it never had. */
const removedLine = (line: EquationLine): EquationLine => ({
  ...line,
  tex: `${line.series}_t \\equiv 1`,
  plain: `${line.series}_t ≡ 1`,
  numbers: '1 (removed: this model was trained without it)',
  forced: false,
});

export function Equations() {
  const id = useId();
  const trace = useLab(selectTrace);
  const step = useLab(selectStep);
  const unit = useLab(selectUnit);
  const loaded = useLab(selectModelLoaded);
  const removed = useLab(selectRemoved);
  return (
    <section className="panel equations" aria-labelledby={id}>
      <h2 id={id}>Equations</h2>
      {trace ? (
        <EquationList trace={trace} t={Math.min(step, trace.T - 1)} j={unit} removed={removed} />
      ) : (
        <p className="eq-caption">
          {loaded ? 'No steps to show: the sequence is empty.' : 'Loading the model…'}
        </p>
      )}
    </section>
  );
}

interface ListProps {
  trace: Trace;
  t: number;
  j: number;
  /** the gates the model was built without */
  removed: readonly string[];
}

function EquationList({ trace, t, j, removed }: ListProps) {
  const ui = CELL_UI[trace.kind];
  const lines = ui.lines(trace, t, j).map((l) => (removed.includes(l.series) ? removedLine(l) : l));
  return (
    <>
      <p className="eq-caption">{ui.captions.equations}</p>
      <div className="eq-where">
        <UnitSelect H={trace.H} />
        <span className="eq-step">
          step <var>t</var> = {t}
          {t === 0 && ': the previous state is the initial state'}
        </span>
      </div>
      <ol className="eq-lines" aria-label={`Equations for unit ${j} at step ${t}`}>
        {lines.map((line) => (
          <EquationItem key={line.series} line={line} j={j} />
        ))}
      </ol>
    </>
  );
}
