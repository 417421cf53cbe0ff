// @vitest-environment jsdom
/** Lecture mode: the toggle, the "Panels" control, and the panels the page renders. */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabStore } from '../../src/state/store';
import {
  CONTROL_IDS,
  LECTURE_HIDDEN,
  LECTURE_HIDDEN_CONTROLS,
  PANEL_IDS,
} from '../../src/state/slices/view';
import { CONTROL_NAMES } from '../../src/ui/lecture/panel-names';
import { Lab } from '../../src/ui/Lab';
import { renderWithLab } from './helpers';

/** The panels' headings, as the page names them. */
const HEADINGS = {
  timeline: 'Conveyor timeline',
  gates: 'Force gates by hand',
  editor: 'Edit the sequence',
  diagram: /cell at step/,
  equations: 'Equations',
  heatmaps: 'Heatmaps',
  gradients: 'Gradient flow',
  training: 'Train side by side',
} as const;

const CHECKBOXES = [
  'Show timeline',
  'Show gate controls',
  'Show sequence editor',
  'Show cell diagram',
  'Show equations',
  'Show heatmaps',
  'Show gradient flow',
  'Show training',
];

const heading = (id: keyof typeof HEADINGS) =>
  screen.queryByRole('heading', { level: 2, name: HEADINGS[id] });

beforeEach(() => {
  // jsdom has no 2D canvas; the heatmaps and the diagram skip drawing without one
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('lecture mode', () => {
  it('the "Lecture mode" button toggles aria-pressed, the store and the page', async () => {
    const user = userEvent.setup();
    const { store } = renderWithLab(<Lab />);
    const button = screen.getByRole('button', { name: 'Lecture mode' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('main')).not.toHaveClass('lecture');
    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(store.getState().lecture).toBe(true);
    expect(screen.getByRole('main')).toHaveClass('lecture');
    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(store.getState().lecture).toBe(false);
  });

  it('shows every panel outside lecture mode, and the default selection in it', async () => {
    const user = userEvent.setup();
    renderWithLab(<Lab />);
    for (const id of PANEL_IDS) expect(heading(id)).toBeInTheDocument();
    expect(screen.queryByText('Panels and controls')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Lecture mode' }));
    for (const id of PANEL_IDS)
      if (LECTURE_HIDDEN.includes(id)) expect(heading(id)).toBeNull();
      else expect(heading(id)).toBeInTheDocument();
    expect(heading('timeline')).toBeInTheDocument();
    expect(heading('diagram')).toBeInTheDocument();
  });

  it('the "Panels and controls" chooser lists every panel, ticked when it shows', () => {
    renderWithLab(<Lab />, { lecture: true });
    const group = screen.getByRole('group', { name: 'Panels to show' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')!.textContent)).toEqual(CHECKBOXES);
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual(
      PANEL_IDS.map((id) => !LECTURE_HIDDEN.includes(id)),
    );
  });

  it('hiding and showing a panel takes it off the page and brings it back', async () => {
    const user = userEvent.setup();
    const { store } = renderWithLab(<Lab />, { lecture: true });
    expect(screen.getByRole('region', { name: 'Conveyor timeline' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Show timeline' }));
    expect(screen.queryByRole('region', { name: 'Conveyor timeline' })).toBeNull();
    expect(store.getState().hiddenPanels).toContain('timeline');
    await user.click(screen.getByRole('checkbox', { name: 'Show equations' }));
    expect(screen.getByRole('region', { name: 'Equations' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Show timeline' }));
    expect(screen.getByRole('region', { name: 'Conveyor timeline' })).toBeInTheDocument();
    // Space ticks a focused box (it is not the lab's play/pause shortcut there)
    screen.getByRole('checkbox', { name: 'Show heatmaps' }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('region', { name: 'Heatmaps' })).toBeInTheDocument();
    expect(store.getState().playing).toBe(false);
  });

  it('lists the top bar’s controls too: hiding one takes it out of the bar', async () => {
    const user = userEvent.setup();
    const { store } = renderWithLab(<Lab />, { lecture: true });
    const group = screen.getByRole('group', { name: 'Controls to show' });
    const boxes = within(group).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.closest('label')!.textContent)).toEqual(
      CONTROL_IDS.map((id) => `Show ${CONTROL_NAMES[id]}`),
    );
    expect(boxes.map((b) => b.checked)).toEqual(
      CONTROL_IDS.map((id) => !LECTURE_HIDDEN_CONTROLS.includes(id)),
    );
    // the first selection leaves out the shortcut list's button and keeps "Start lesson"
    expect(screen.queryByRole('button', { name: 'Keyboard shortcuts' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Start lesson' })).toBeInTheDocument();
    const bar = {
      model: () => screen.queryByRole('radiogroup', { name: 'Model' }),
      scenario: () => screen.queryByRole('combobox', { name: 'Scenario' }),
      transport: () => screen.queryByRole('button', { name: 'Step forward' }),
      time: () => screen.queryByRole('slider', { name: 'Time step' }),
      shortcuts: () => screen.queryByRole('button', { name: 'Keyboard shortcuts' }),
      lesson: () => screen.queryByRole('button', { name: 'Start lesson' }),
    };
    for (const id of CONTROL_IDS) {
      const box = screen.getByRole('checkbox', { name: `Show ${CONTROL_NAMES[id]}` });
      const was = (box as HTMLInputElement).checked;
      await user.click(box);
      expect(store.getState().hiddenControls.includes(id), id).toBe(was);
      if (was) expect(bar[id](), id).toBeNull();
      else expect(bar[id](), id).toBeInTheDocument();
    }
    // the jam risk and lecture mode's own controls always show
    expect(screen.getByRole('status')).toHaveTextContent(/Jam risk/);
    expect(screen.getByRole('button', { name: 'Lecture mode' })).toBeInTheDocument();
    // and outside lecture mode the whole bar is back
    await user.click(screen.getByRole('button', { name: 'Lecture mode' }));
    for (const id of CONTROL_IDS) expect(bar[id](), id).toBeInTheDocument();
  });

  it('shows the panel a lesson step points at, even one lecture mode hides', async () => {
    const user = userEvent.setup();
    renderWithLab(<Lab />, { lecture: true });
    expect(heading('heatmaps')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Start lesson' }));
    // step 1 points at the heatmaps
    expect(heading('heatmaps')).toBeInTheDocument();
    expect(document.querySelector('[data-lesson-target] section.panel')).toBe(
      heading('heatmaps')!.closest('section'),
    );
    await user.click(screen.getByRole('button', { name: 'End lesson' }));
    expect(heading('heatmaps')).toBeNull();
  });

  it('a hidden panel still shows once lecture mode is off', () => {
    renderWithLab(<Lab />, { lecture: false, hiddenPanels: ['timeline'] });
    expect(heading('timeline')).toBeInTheDocument();
  });
});

describe('setPanelHidden', () => {
  it('keeps the hidden panels in page order, once each, and ignores unknown ids', () => {
    const store = createLabStore({ hiddenPanels: [] });
    const { setPanelHidden } = store.getState();
    act(() => {
      setPanelHidden('training', true);
      setPanelHidden('gates', true);
      setPanelHidden('gates', true);
    });
    expect(store.getState().hiddenPanels).toEqual(['gates', 'training']);
    const before = store.getState().hiddenPanels;
    setPanelHidden('nope' as never, true);
    expect(store.getState().hiddenPanels).toBe(before);
    setPanelHidden('gates', false);
    expect(store.getState().hiddenPanels).toEqual(['training']);
  });

  it('setLecture turns lecture mode on and off', () => {
    const store = createLabStore();
    expect(store.getState().lecture).toBe(false);
    store.getState().setLecture(true);
    expect(store.getState().lecture).toBe(true);
  });
});
