/** What the "Panels" control calls each panel ("Show cell diagram"). */
import type { PanelId } from '../../state/lab-state';

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
