// @vitest-environment jsdom
/** Forcing gates by hand: the pinned controls, and a what-if whose numbers are two core runs. */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { jamRisk, runForward } from '../../src/core';
import { CANONICAL, encodeSequence, scenario } from '../../src/data';
import { fmtPercent } from '../../src/ui/format';
import { GateControls } from '../../src/ui/gates/GateControls';
import { MODELS, renderWithLab } from './helpers';

afterEach(cleanup);

const xs = encodeSequence(scenario(CANONICAL).events);
/** the final jam risk of a shipped model over the canonical scenario, run by the core */
const finalRisk = (kind: 'lstm' | 'gru', overrides: Parameters<typeof runForward>[2] = {}) => {
  const { cell, readout } = MODELS[kind];
  const risks = jamRisk(readout, runForward(cell, xs, overrides).hs);
  return risks[risks.length - 1];
};

describe('GateControls', () => {
  it('offers Learned / Force 0 / Force 1 / Custom for each LSTM gate, Learned chosen', () => {
    renderWithLab(<GateControls />);
    for (const name of ['Input gate', 'Forget gate', 'Output gate']) {
      const group = screen.getByRole('radiogroup', { name });
      const radios = within(group).getAllByRole('radio');
      expect(radios.map((r) => r.parentElement!.textContent)).toEqual(['Learned', 'Force 0', 'Force 1', 'Custom']); // prettier-ignore
      expect(within(group).getByRole('radio', { name: 'Learned' })).toBeChecked();
    }
    expect(screen.getByRole('status')).toHaveTextContent('Every gate runs as learned.');
  });

  it('Force 0 on the forget gate: the store runs the core with the override, the what-if states it', async () => {
    const { store } = renderWithLab(<GateControls />);
    const forget = screen.getByRole('radiogroup', { name: 'Forget gate' });
    await userEvent.click(within(forget).getByRole('radio', { name: 'Force 0' }));
    expect(store.getState().overrides).toEqual([{ gate: 'f', value: 0 }]);
    const learned = finalRisk('lstm');
    const forced = finalRisk('lstm', { overrides: [{ gate: 'f', value: 0 }] });
    expect(forced).toBeLessThan(0.5);
    expect(store.getState().risks!.at(-1)).toBe(forced);
    expect(store.getState().baseline!.risks.at(-1)).toBe(learned);
    expect(screen.getByRole('status')).toHaveTextContent(
      `Forcing the forget gate to 0 drops the final jam risk from ${fmtPercent(learned)} to ${fmtPercent(forced)}.`,
    );
    await userEvent.click(within(forget).getByRole('radio', { name: 'Learned' }));
    expect(store.getState().overrides).toEqual([]);
    expect(store.getState().risks!.at(-1)).toBe(learned); // exactly restored
    expect(store.getState().baseline).toBeNull();
  });

  it('Custom shows the "Forget gate value" slider, which sets the forced value', async () => {
    const { store } = renderWithLab(<GateControls />);
    const forget = screen.getByRole('radiogroup', { name: 'Forget gate' });
    expect(screen.queryByRole('slider', { name: 'Forget gate value' })).toBeNull();
    await userEvent.click(within(forget).getByRole('radio', { name: 'Custom' }));
    const slider = screen.getByRole('slider', { name: 'Forget gate value' });
    fireEvent.change(slider, { target: { value: '0' } });
    expect(store.getState().overrides).toEqual([{ gate: 'f', value: 0 }]);
    // a custom value of 0 still reads as Custom, not as Force 0
    expect(within(forget).getByRole('radio', { name: 'Custom' })).toBeChecked();
    fireEvent.change(slider, { target: { value: '0.3' } });
    expect(store.getState().risks!.at(-1)).toBe(
      finalRisk('lstm', { overrides: [{ gate: 'f', value: 0.3 }] }),
    );
  });

  it('GRU: Update gate → Force 1 holds h, so the jam risk is the same at every step', async () => {
    const { store } = renderWithLab(<GateControls />, { kind: 'gru' });
    expect(screen.getByRole('radiogroup', { name: 'Reset gate' })).toBeInTheDocument();
    const update = screen.getByRole('radiogroup', { name: 'Update gate' });
    await userEvent.click(within(update).getByRole('radio', { name: 'Force 1' }));
    const risks = Array.from(store.getState().risks!);
    expect(new Set(risks).size).toBe(1);
  });

  it('has nothing to force on the vanilla RNN, and switching model frees every gate', async () => {
    const { store } = renderWithLab(<GateControls />);
    await userEvent.click(
      within(screen.getByRole('radiogroup', { name: 'Output gate' })).getByRole('radio', {
        name: 'Force 1',
      }),
    );
    act(() => store.getState().setKind('rnn'));
    expect(await screen.findByText(/no gates to force/)).toBeInTheDocument();
    expect(store.getState().overrides).toEqual([]);
  });

  it('forces chosen units over a typed step range; the what-if numbers are two core runs', async () => {
    const { store } = renderWithLab(<GateControls />, { unit: 2 });
    const units = screen.getByRole('radiogroup', { name: 'Units' });
    await userEvent.click(within(units).getByRole('radio', { name: 'Chosen units' }));
    const boxes = screen.getByRole('group', { name: 'Forced units' });
    // the unit the equations follow comes chosen
    expect(within(boxes).getByRole('checkbox', { name: 'Unit 2' })).toBeChecked();
    await userEvent.click(within(boxes).getByRole('checkbox', { name: 'Unit 5' }));
    const steps = screen.getByRole('radiogroup', { name: 'Steps' });
    await userEvent.click(within(steps).getByRole('radio', { name: 'Chosen steps' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'From step' }), { target: { value: '4' } }); // prettier-ignore
    fireEvent.change(screen.getByRole('spinbutton', { name: 'to step' }), { target: { value: '20' } }); // prettier-ignore
    const forget = screen.getByRole('radiogroup', { name: 'Forget gate' });
    await userEvent.click(within(forget).getByRole('radio', { name: 'Force 0' }));
    const o = { gate: 'f' as const, value: 0, units: [2, 5], from: 4, to: 20 };
    expect(store.getState().overrides).toEqual([o]);
    const [learned, forced] = [finalRisk('lstm'), finalRisk('lstm', { overrides: [o] })];
    expect(store.getState().risks!.at(-1)).toBe(forced);
    // the shipped LSTM spreads the wobble over its units: two units shut do not erase it
    expect(screen.getByRole('status')).toHaveTextContent(
      `Forcing the forget gate to 0 on units 2 and 5 at steps 4–20 leaves the final jam risk at ${fmtPercent(forced)}.`,
    );
    expect(fmtPercent(forced)).toBe(fmtPercent(learned));
    // every unit over the same steps: the forced gate follows the scope, and the memory is gone
    await userEvent.click(within(units).getByRole('radio', { name: 'All units' }));
    const all = { gate: 'f' as const, value: 0, from: 4, to: 20 };
    expect(store.getState().overrides).toEqual([all]);
    const shut = finalRisk('lstm', { overrides: [all] });
    expect(shut).toBeLessThan(0.5);
    expect(screen.getByRole('status')).toHaveTextContent(
      `Forcing the forget gate to 0 at steps 4–20 drops the final jam risk from ${fmtPercent(learned)} to ${fmtPercent(shut)}.`,
    );
  });

  it('chooses the forced steps by dragging across the strip of readings', async () => {
    const { store } = renderWithLab(<GateControls />, { t: 3 });
    const steps = screen.getByRole('radiogroup', { name: 'Steps' });
    await userEvent.click(within(steps).getByRole('radio', { name: 'Chosen steps' }));
    const T = store.getState().events.length;
    // from the current step to the end, at first
    expect(store.getState().forceScope.steps).toEqual([3, T - 1]);
    const strip = screen.getByRole('img', { name: /Forced steps/ });
    // jsdom lays nothing out: give the strip 10 px per step
    strip.getBoundingClientRect = () => ({ left: 0, width: 10 * T }) as DOMRect;
    fireEvent.pointerDown(strip, { clientX: 125, pointerId: 1 });
    fireEvent.pointerMove(strip, { clientX: 75, pointerId: 1 });
    fireEvent.pointerUp(strip, { pointerId: 1 });
    fireEvent.pointerMove(strip, { clientX: 205, pointerId: 1 }); // not dragging: no change
    expect(store.getState().forceScope.steps).toEqual([7, 12]);
    expect(strip).toHaveAccessibleName(/Forced steps 7 to 12/);
  });
});
