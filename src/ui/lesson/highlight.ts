/**
 * Outlines the panel a lesson step points at. The panels are the lab's own sections; marking one
 * with an attribute from here keeps the lesson out of every panel's code.
 */
import { useEffect } from 'react';
import type { PanelId } from '../../state/lab-state';

/** Each panel's section class (see the panels' <section className="panel …">). */
const PANEL_CLASS: Readonly<Record<PanelId, string>> = {
  timeline: 'timeline',
  gates: 'gate-controls',
  editor: 'sequence-editor',
  diagram: 'diagram',
  equations: 'equations',
  heatmaps: 'heatmaps',
  gradients: 'gradient-flow',
  training: 'training',
};

/** The attribute the outline hangs on (styled in lesson.css). */
export const HIGHLIGHT_ATTR = 'data-lesson-highlight';

/** Marks the panel (or none) while the calling component shows it. */
export function useHighlight(panel: PanelId | null): void {
  useEffect(() => {
    if (!panel) return;
    const el = document.querySelector(`section.panel.${PANEL_CLASS[panel]}`);
    el?.setAttribute(HIGHLIGHT_ATTR, '');
    return () => el?.removeAttribute(HIGHLIGHT_ATTR);
  }, [panel]);
}
