/**
 * The Gradient flow panel: how strongly the final loss reaches back to each step — ‖∂L/∂h_t‖ (and
 * ‖∂L/∂c_t‖ for the LSTM) from the core's BPTT — for the lab's model, with its forced gates, and
 * beside it the other kinds as learned, on one log scale (or each on its own, at the reader's
 * choice): the vanishing gradient made visible.
 */
import { useId, useMemo, useState } from 'react';
import {
  currentFlow,
  otherFlows,
  isFlow,
  type GradientFlow as Flow,
  type GradientFlowError,
} from '../../state/gradient-flow';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { ExportControl } from '../export/ExportControl';
import { MODEL_NAMES } from '../cell-kinds';
import { FlowChart } from './FlowChart';
import { normDomain } from './flow-scale';
import { firstWobble, overridesNote, targetName, teachingSentence } from './flow-text';
import './gradients.css';

// BPTT runs only when one of these changes, never on a step: playback stays cheap
const selectModels = (s: LabStore) => s.models;
const selectKind = (s: LabStore) => s.kind;
const selectEvents = (s: LabStore) => s.events;
const selectOverrides = (s: LabStore) => s.overrides;

function Legend() {
  return (
    <ul className="flow-legend" aria-label="Legend">
      <li>
        <svg width="28" height="10" aria-hidden="true">
          <line x1="0" x2="28" y1="5" y2="5" className="flow-line-h" />
        </svg>
        <span>
          ‖∂L/∂h<sub>t</sub>‖, hidden state
        </span>
      </li>
      <li>
        <svg width="28" height="10" aria-hidden="true">
          <line x1="0" x2="28" y1="5" y2="5" className="flow-line-c" />
        </svg>
        <span>
          ‖∂L/∂c<sub>t</sub>‖, cell state (LSTM)
        </span>
      </li>
    </ul>
  );
}

/** The panel: the flows recomputed only when the model, sequence or forced gates change. */
export function GradientFlow() {
  const models = useLab(selectModels);
  const kind = useLab(selectKind);
  const events = useLab(selectEvents);
  const overrides = useLab(selectOverrides);
  const headingId = useId();
  // a forced gate reruns only the current model; the others read no overrides
  const current = useMemo(
    () => currentFlow({ models, kind, events, overrides }),
    [models, kind, events, overrides],
  );
  const others = useMemo(() => otherFlows({ models, kind, events }), [models, kind, events]);
  const results = useMemo(() => [...current, ...others], [current, others]);
  const flows = useMemo(() => results.filter(isFlow), [results]);
  const errors = results.filter((r): r is GradientFlowError => !isFlow(r));
  const shared = useMemo(() => normDomain(flows), [flows]);
  // one scale compares sizes across models; each its own shows the LSTM's and GRU's slopes, which
  // the RNN's fall of tens of decades flattens on the shared one
  const [own, setOwn] = useState(false);
  const domains = useMemo(
    () => new Map(flows.map((f) => [f.kind, own ? normDomain([f]) : shared])),
    [flows, own, shared],
  );
  const wobble = firstWobble(events);
  const target = wobble ?? 0;
  return (
    <section className="panel gradient-flow" aria-labelledby={headingId}>
      <ExportControl name="gradient flow" figure=".flow-grid" />
      <h2 id={headingId}>Gradient flow</h2>
      <p className="caption">
        How much the final loss would change per unit nudge of h<sub>t</sub>: read right to left,
        the gradient flowing back through time. Training can only teach a model to use an early
        event if some of this gradient reaches it.
      </p>
      {flows.length === 0 ? (
        <p>
          {events.length === 0 ? 'The sequence is empty: no steps to show.' : 'Loading the models…'}
        </p>
      ) : (
        <>
          <p className="flow-lesson">{teachingSentence(flows, wobble)}</p>
          <p className="flow-note">
            L is the final step’s cross-entropy against the true label (jam = {flows[0].y}), so a
            line sits higher the more wrong that prediction is: compare the slopes.{' '}
            {own ? 'Each chart has its own log scale.' : 'One log scale for every chart.'}
          </p>
          <label className="flow-own-scale">
            <input
              type="checkbox"
              checked={own}
              onChange={(e) => setOwn(e.currentTarget.checked)}
            />
            Each chart on its own scale
          </label>
          {overrides.length > 0 && <p className="flow-note">{overridesNote(kind)}</p>}
          <Legend />
          <div className="flow-grid">
            {flows.map((f: Flow) => (
              <FlowChart
                key={f.kind}
                flow={f}
                domain={domains.get(f.kind)!}
                current={f.kind === kind}
                target={target}
                targetName={targetName(wobble)}
              />
            ))}
          </div>
        </>
      )}
      {errors.map((r) => (
        <p key={r.kind} className="notice">
          No gradient for the {MODEL_NAMES[r.kind]}: {r.error}
        </p>
      ))}
    </section>
  );
}
