/**
 * "Panels": a disclosure listing every panel with a "Show …" checkbox, so the instructor picks
 * what lecture mode projects. It opens over the page rather than pushing the layout down.
 */
import { PANEL_IDS } from '../../state/slices/view';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { PANEL_NAMES } from './panel-names';

const selectHidden = (s: LabStore) => s.hiddenPanels;
const selectSetPanelHidden = (s: LabStore) => s.setPanelHidden;

export function PanelsControl() {
  const hidden = useLab(selectHidden);
  const setPanelHidden = useLab(selectSetPanelHidden);
  return (
    <details className="panels-control">
      <summary>Panels</summary>
      {/* Space is the lab's play/pause shortcut, but on a checkbox it is the one key that ticks it */}
      <fieldset onKeyDown={(e) => e.key === ' ' && e.stopPropagation()}>
        <legend>Panels to show</legend>
        {PANEL_IDS.map((id) => (
          <label key={id}>
            <input
              type="checkbox"
              checked={!hidden.includes(id)}
              onChange={(e) => setPanelHidden(id, !e.currentTarget.checked)}
            />
            Show {PANEL_NAMES[id]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
