/** What the lecture chooser calls each panel and control ("Show cell diagram"). */
import type { ControlId, PanelId } from '../../state/lab-state';

export const PANEL_NAMES: Readonly<Record<PanelId, string>> = {
  timeline: 'timeline',
  gates: 'gate controls',
  editor: 'sequence editor',
  diagram: 'cell diagram',
  equations: 'equations',
  heatmaps: 'heatmaps',
  gradients: 'gradient flow',
  training: 'training',
};

export const CONTROL_NAMES: Readonly<Record<ControlId, string>> = {
  model: 'model choice',
  scenario: 'scenario choice',
  transport: 'playback buttons',
  time: 'time step slider',
  shortcuts: 'shortcuts button',
  lesson: 'lesson button',
};
