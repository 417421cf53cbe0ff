/** The "Scenario" combobox: which curated scanner sequence the model reads. */
import { useId } from 'react';
import { SCENARIOS, type ScenarioId } from '../../data';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';

const selectScenarioId = (s: LabStore) => s.scenarioId;
const selectSetScenario = (s: LabStore) => s.setScenario;

export function ScenarioChoice() {
  const id = useId();
  const scenarioId = useLab(selectScenarioId);
  const setScenario = useLab(selectSetScenario);
  return (
    <div className="scenario-choice">
      <label htmlFor={id}>Scenario</label>
      <select
        id={id}
        value={scenarioId}
        onChange={(e) => setScenario(e.currentTarget.value as ScenarioId)}
      >
        {scenarioId === 'custom' && <option value="custom">Custom sequence</option>}
        {SCENARIOS.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}
