/**
 * The panel table: every panel of the lab, written once (its id and lecture-mode default are the
 * state's, state/panels.ts). The page lays the panels out from it (the stage first, then the depth
 * below in an order that teaches), lecture mode's chooser names them from it, and the lesson's
 * step points at a panel by id (PanelSlot marks it with data-lesson-target).
 */
import { lazy, type ComponentType } from 'react';
import type { PanelId } from '../state/lab-state';
import { CellDiagram } from './diagram/CellDiagram';
import { Timeline } from './timeline/Timeline';

export interface PanelSpec {
  id: PanelId;
  /** its heading, as the panel prints it */
  title: string;
  /** what lecture mode's chooser calls it ("Show cell diagram") */
  name: string;
  /** the first screen (the model at work), or the depth below it */
  layer: 'stage' | 'depth';
  /** the height a depth panel's place keeps until it mounts (it mounts when near the viewport), px */
  reserve: number;
  Panel: ComponentType;
}

/**
 * A depth panel's component, in a chunk of its own that loads when the panel is first shown: the
 * first screen's script carries only the stage (on a phone, evaluating every panel's code at load
 * was a long task of its own).
 */
const later = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

const Equations = later(() => import('./equations/Equations'), 'Equations');
const GateControls = later(() => import('./gates/GateControls'), 'GateControls');
const Heatmaps = later(() => import('./heatmaps/Heatmaps'), 'Heatmaps');
const GradientFlow = later(() => import('./gradients/GradientFlow'), 'GradientFlow');
const TrainingPanel = later(() => import('./training/TrainingPanel'), 'TrainingPanel');
const SequenceEditor = later(() => import('./editor/SequenceEditor'), 'SequenceEditor');

/** Every panel (a Record: the state's every PanelId has one), in page order: the stage (readings in, the cell), then the depth in the order it teaches. */
// prettier-ignore
const SPECS: Readonly<Record<PanelId, Omit<PanelSpec, 'id'>>> = {
  timeline: { title: 'Conveyor timeline', name: 'timeline', layer: 'stage', reserve: 0, Panel: Timeline },
  diagram: { title: 'Cell diagram', name: 'cell diagram', layer: 'stage', reserve: 0, Panel: CellDiagram },
  equations: { title: 'Equations', name: 'equations', layer: 'depth', reserve: 480, Panel: Equations },
  gates: { title: 'Force gates by hand', name: 'gate controls', layer: 'depth', reserve: 420, Panel: GateControls },
  heatmaps: { title: 'Heatmaps', name: 'heatmaps', layer: 'depth', reserve: 760, Panel: Heatmaps },
  gradients: { title: 'Gradient flow', name: 'gradient flow', layer: 'depth', reserve: 560, Panel: GradientFlow },
  training: { title: 'Train side by side', name: 'training', layer: 'depth', reserve: 620, Panel: TrainingPanel },
  editor: { title: 'Edit the sequence', name: 'sequence editor', layer: 'depth', reserve: 360, Panel: SequenceEditor },
};

export const PANELS: readonly PanelSpec[] = (Object.keys(SPECS) as PanelId[]).map((id) => ({ id, ...SPECS[id] })); // prettier-ignore

export const panel = (id: PanelId): PanelSpec => PANELS.find((p) => p.id === id)!;
