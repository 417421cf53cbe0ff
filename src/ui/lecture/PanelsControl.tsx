/**
 * "Panels and controls": a disclosure listing every panel and every top-bar control with a
 * "Show …" checkbox, so the instructor picks what lecture mode projects. It opens over the page
 * rather than pushing the layout down.
 */
import { CONTROL_IDS, PANEL_IDS } from '../../state/slices/view';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { CONTROL_NAMES, PANEL_NAMES } from './panel-names';

const selectPanels = (s: LabStore) => s.hiddenPanels;
const selectControls = (s: LabStore) => s.hiddenControls;
const selectSetPanelHidden = (s: LabStore) => s.setPanelHidden;
const selectSetControlHidden = (s: LabStore) => s.setControlHidden;

/** One fieldset of "Show …" checkboxes. */
function Picks<T extends string>(p: {
  legend: string;
  ids: readonly T[];
  names: Readonly<Record<T, string>>;
  hidden: readonly T[];
  setHidden(id: T, hidden: boolean): void;
}) {
  return (
    <fieldset>
      <legend>{p.legend}</legend>
      {p.ids.map((id) => (
        <label key={id}>
          <input
            type="checkbox"
            checked={!p.hidden.includes(id)}
            onChange={(e) => p.setHidden(id, !e.currentTarget.checked)}
          />
          Show {p.names[id]}
        </label>
      ))}
    </fieldset>
  );
}

export function PanelsControl() {
  const panels = useLab(selectPanels);
  const controls = useLab(selectControls);
  const setPanelHidden = useLab(selectSetPanelHidden);
  const setControlHidden = useLab(selectSetControlHidden);
  return (
    <details className="panels-control">
      <summary>Panels and controls</summary>
      <div className="picks">
        <Picks
          legend="Panels to show"
          ids={PANEL_IDS}
          names={PANEL_NAMES}
          hidden={panels}
          setHidden={setPanelHidden}
        />
        <Picks
          legend="Controls to show"
          ids={CONTROL_IDS}
          names={CONTROL_NAMES}
          hidden={controls}
          setHidden={setControlHidden}
        />
      </div>
    </details>
  );
}
