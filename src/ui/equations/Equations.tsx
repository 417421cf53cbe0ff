/**
 * The Equations panel: the current cell's equations typeset, each with one unit's numbers at the
 * current step plugged in. Every number is read from the core's trace; none is recomputed here.
 */
import { useId } from 'react';
import type { Trace } from '../../core';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { EquationItem } from './EquationItem';
import { GRU_CAPTION, gruLines } from './gru-lines';
import type { EquationLine } from './lines';
import { LSTM_CAPTION, lstmLines } from './lstm-lines';
import { RNN_CAPTION, rnnLines } from './rnn-lines';
import { UnitSelect } from './UnitSelect';
import './equations.css';

const selectTrace = (s: LabStore) => s.trace;
const selectStep = (s: LabStore) => s.t;
const selectUnit = (s: LabStore) => s.unit;
const selectModelLoaded = (s: LabStore) => s.models[s.kind] !== undefined;

/** The caption and lines of the trace's cell, for unit j at step t. */
function linesOf(trace: Trace, t: number, j: number): [string, EquationLine[]] {
  switch (trace.kind) {
    case 'lstm':
      return [LSTM_CAPTION, lstmLines(trace, t, j)];
    case 'gru':
      return [GRU_CAPTION, gruLines(trace, t, j)];
    case 'rnn':
      return [RNN_CAPTION, rnnLines(trace, t, j)];
  }
}

export function Equations() {
  const id = useId();
  const trace = useLab(selectTrace);
  const step = useLab(selectStep);
  const unit = useLab(selectUnit);
  const loaded = useLab(selectModelLoaded);
  return (
    <section className="panel equations" aria-labelledby={id}>
      <h2 id={id}>Equations</h2>
      {trace ? (
        <EquationList
          trace={trace}
          t={Math.min(step, trace.T - 1)}
          j={Math.min(unit, trace.H - 1)}
        />
      ) : (
        <p className="eq-caption">
          {loaded ? 'No steps to show: the sequence is empty.' : 'Loading the model…'}
        </p>
      )}
    </section>
  );
}

function EquationList({ trace, t, j }: { trace: Trace; t: number; j: number }) {
  const [caption, lines] = linesOf(trace, t, j);
  return (
    <>
      <p className="eq-caption">{caption}</p>
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
