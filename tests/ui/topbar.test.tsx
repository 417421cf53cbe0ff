// @vitest-environment jsdom
/**
 * The slim bar, the prediction beside the cell and the transport dock under it: the pinned
 * controls by role and name, and the numbers they show from the core.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CELL_KINDS } from '../../src/core';
import { SCENARIOS } from '../../src/data';
import { fmtPercent } from '../../src/ui/format';
import { Dock } from '../../src/ui/stage/Dock';
import { Prediction } from '../../src/ui/stage/Prediction';
import { TopBar } from '../../src/ui/TopBar';
import { renderWithLab } from './helpers';

afterEach(cleanup);

/** What the bar, the prediction and the dock hold between them. */
const Controls = () => (
  <>
    <TopBar />
    <Prediction />
    <Dock />
  </>
);

const risk = () => screen.getByRole('status', { name: 'Jam risk' });

describe('TopBar', () => {
  it('offers the three models as the radio group "Model", LSTM chosen', async () => {
    const { store } = renderWithLab(<Controls />);
    const group = screen.getByRole('radiogroup', { name: 'Model' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual([...CELL_KINDS]);
    expect(within(group).getByRole('radio', { name: 'LSTM' })).toBeChecked();
    await userEvent.click(within(group).getByRole('radio', { name: 'GRU' }));
    expect(store.getState().kind).toBe('gru');
    expect(within(group).getByRole('radio', { name: 'Vanilla RNN' })).not.toBeChecked();
  });

  it('shows the jam risk the core computes at the current step, as a percentage', () => {
    const { store } = renderWithLab(<Controls />);
    expect(risk()).toHaveTextContent(`Jam risk ${fmtPercent(store.getState().risks![0])}`);
    act(() => store.getState().goToEnd());
    const { risks, t } = store.getState();
    expect(risk()).toHaveTextContent(`Jam risk ${fmtPercent(risks![t])}`);
    expect(risks![t]).toBeGreaterThan(0.5); // the shipped LSTM predicts the canonical jam
  });

  it('steps with the transport buttons and names Play "Pause" while playing', async () => {
    const { store } = renderWithLab(<Controls />);
    const user = userEvent.setup();
    expect(screen.getByRole('button', { name: 'Go to start' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(store.getState().t).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Step back' }));
    expect(screen.getByRole('slider', { name: 'Time step' })).toHaveAttribute('aria-valuenow', '1');
    await user.click(screen.getByRole('button', { name: 'Go to end' }));
    expect(store.getState().t).toBe(store.getState().events.length - 1);
    expect(screen.getByRole('button', { name: 'Go to end' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Go to start' }));
    expect(store.getState().t).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
  });

  it('moves through time with the "Time step" slider, whose value is t', () => {
    const { store } = renderWithLab(<Controls />);
    const slider = screen.getByRole('slider', { name: 'Time step' });
    expect(slider).toHaveAttribute('max', String(store.getState().events.length - 1));
    // jsdom does not move a range input with arrow keys; Chromium does (see the e2e test)
    fireEvent.change(slider, { target: { value: '3' } });
    expect(store.getState().t).toBe(3);
    expect(slider).toHaveAttribute('aria-valuenow', '3');
  });

  it('switches scenario with the "Scenario" combobox and restarts at step 0', async () => {
    const { store } = renderWithLab(<TopBar />, { t: 5 });
    const combo = screen.getByRole('combobox', { name: 'Scenario' });
    expect(within(combo).getAllByRole('option')).toHaveLength(SCENARIOS.length);
    await userEvent.selectOptions(combo, 'long-gap-jam');
    const s = store.getState();
    expect([s.scenarioId, s.t, s.events.length]).toEqual(['long-gap-jam', 0, 54]);
  });

  it('sets the playback speed', async () => {
    const { store } = renderWithLab(<Controls />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '16');
    expect(store.getState().speed).toBe(16);
  });
});
