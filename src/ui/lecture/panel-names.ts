/** What the lecture chooser calls each panel and control ("Show cell diagram"). */
import type { ControlId, PanelId } from '../../state/lab-state';
import { PANELS } from '../panels';

export const PANEL_NAMES = Object.fromEntries(PANELS.map((p) => [p.id, p.name])) as Readonly<
  Record<PanelId, string>
>;

export const CONTROL_NAMES: Readonly<Record<ControlId, string>> = {
  model: 'model choice',
  scenario: 'scenario choice',
  transport: 'playback buttons',
  time: 'time step slider',
  shortcuts: 'shortcuts button',
  lesson: 'lesson button',
};
