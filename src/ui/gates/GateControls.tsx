/**
 * Force gates by hand: a control per gate of the current model, where the forcing applies (units,
 * steps), and the what-if — what the forcing did to the final jam risk against the model as
 * learned. The vanilla RNN has no gate.
 */
import { FORCEABLE } from '../../core';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { GateControl } from './GateControl';
import { StepScope } from './StepScope';
import { UnitScope } from './UnitScope';
import { useFocusWithin, WhatIf } from './WhatIf';
import './gates.css';

const selectKind = (s: LabStore) => s.kind;

export function GateControls() {
  const kind = useLab(selectKind);
  const [working, focus] = useFocusWithin();
  const gates = FORCEABLE[kind];
  return (
    <section className="panel gate-controls" aria-labelledby="gates-heading" {...focus}>
      <h2 id="gates-heading">Force gates by hand</h2>
      {gates.length === 0 ? (
        <p className="caption">
          The vanilla RNN has no gates to force: nothing decides what its state keeps.
        </p>
      ) : (
        <>
          <p className="caption">
            Override what the model learned — on every unit and step, or only where you choose — and
            see what breaks. The run as learned stays as a ghost: the dashed line on the timeline,
            the lower strip of each state heatmap row, the marks on the diagram.
          </p>
          <div className="gate-list">
            {gates.map((g) => (
              <GateControl key={g} gate={g} />
            ))}
          </div>
          <div className="force-scope" role="group" aria-label="Apply forcing to">
            <UnitScope />
            <StepScope />
          </div>
          <WhatIf className="what-if" live={working} />
        </>
      )}
    </section>
  );
}
