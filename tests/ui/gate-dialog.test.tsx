// @vitest-environment jsdom
/**
 * The gates as controls on the cell diagram: each forceable gate's button opens its dialog, whose
 * forcing is the panel's forcing exactly (the same overrides, the same core runs), under names of
 * its own; Escape and Close hand focus back. And a press on a stack reads its unit, as hover does.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { jamRisk, runForward, type GateOverride } from '../../src/core';
import { CANONICAL, encodeSequence, scenario } from '../../src/data';
import type { LabState } from '../../src/state/store';
import { CellDiagram } from '../../src/ui/diagram/CellDiagram';
import { fmtPercent, fmtValue } from '../../src/ui/format';
import { GateControls } from '../../src/ui/gates/GateControls';
import { placeNear } from '../../src/ui/gates/place-near';
import { MODELS, renderWithLab } from './helpers';

afterEach(cleanup);

const xs = encodeSequence(scenario(CANONICAL).events);
/** the risks of a shipped model over the canonical scenario, run by the core */
const coreRisks = (kind: 'lstm' | 'gru', overrides: GateOverride[] = []) => {
  const { cell, readout } = MODELS[kind];
  return Array.from(jamRisk(readout, runForward(cell, xs, { overrides }).hs));
};

const gateButton = (name: string) => screen.getByRole('button', { name });
const dialog = (name: string) => screen.getByRole('dialog', { name });

/** What a store shows after a forcing: the overrides, both runs' risks, the what-if sentence. */
const outcome = (s: LabState, sentence: string) => ({
  overrides: s.overrides,
  risks: Array.from(s.risks!),
  learned: Array.from(s.baseline!.risks),
  sentence,
});

describe('gate buttons on the diagram', () => {
  it('LSTM: one button per forceable gate, named by the gate, left to right as drawn', () => {
    renderWithLab(<CellDiagram />);
    const buttons = screen.getAllByRole('button', { name: /gate$/ });
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Forget gate', 'Input gate', 'Output gate']); // prettier-ignore
    for (const b of buttons) {
      expect(b).toHaveAttribute('aria-haspopup', 'dialog');
      expect(b).toHaveAttribute('aria-expanded', 'false');
      expect(b).not.toHaveAttribute('aria-controls');
    }
    expect(screen.queryByRole('button', { name: 'Candidate' })).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('GRU: Update gate and Reset gate; the vanilla RNN has none', () => {
    const { store } = renderWithLab(<CellDiagram />, { kind: 'gru' });
    expect(screen.getAllByRole('button', { name: /gate$/ }).map((b) => b.getAttribute('aria-label'))).toEqual(['Update gate', 'Reset gate']); // prettier-ignore
    act(() => store.getState().setKind('rnn'));
    expect(screen.queryAllByRole('button', { name: /gate$/ })).toEqual([]);
  });

  it('sits over its gate’s symbol: at the gate’s x, its foot just above the stack', () => {
    renderWithLab(<CellDiagram />);
    // LSTM forget gate: x 220 of the view's 800, stack top 254 of 440 rows (foot 2 units above)
    const style = gateButton('Forget gate').style;
    expect(style.left).toBe(`${(220 / 800) * 100}%`);
    expect(style.top).toBe(`${(252 / 440) * 100}%`);
  });

  it('opens the dialog named by the gate, focused on the chosen mode', async () => {
    renderWithLab(<CellDiagram />);
    await userEvent.click(gateButton('Forget gate'));
    const d = dialog('Forget gate');
    expect(gateButton('Forget gate')).toHaveAttribute('aria-expanded', 'true');
    expect(gateButton('Forget gate')).toHaveAttribute('aria-controls', d.id);
    const mode = within(d).getByRole('radiogroup', { name: 'Mode' });
    expect(within(mode).getAllByRole('radio').map((r) => r.parentElement!.textContent)).toEqual(['Learned', 'Force 0', 'Force 1', 'Custom']); // prettier-ignore
    expect(within(mode).getByRole('radio', { name: 'Learned' })).toHaveFocus();
    expect(within(d).getByRole('status')).toHaveTextContent('Every gate runs as learned.');
  });
});

describe('the what-if speaks where the reader works', () => {
  it('with the dialog open over the panel, only the dialog’s status is live, and back', async () => {
    renderWithLab(
      <>
        <CellDiagram />
        <GateControls />
      </>,
    );
    await userEvent.click(gateButton('Forget gate'));
    const inDialog = within(dialog('Forget gate')).getByRole('status');
    const panel = screen.getByRole('region', { name: 'Force gates by hand' });
    const inPanel = within(panel).getByRole('status');
    await userEvent.click(within(dialog('Forget gate')).getByRole('radio', { name: 'Force 0' }));
    expect([inDialog, inPanel].map((p) => p.getAttribute('aria-live'))).toEqual(['polite', 'off']);
    // the same sentence in both, from the same core runs
    expect(inPanel.textContent).toBe(inDialog.textContent);
    await userEvent.click(within(panel).getAllByRole('radio', { name: 'Learned' })[0]);
    expect([inDialog, inPanel].map((p) => p.getAttribute('aria-live'))).toEqual(['off', 'polite']);
  });
});

describe('the gate dialog forces exactly as the panel does', () => {
  it('LSTM Forget gate → Force 0: the same overrides, risks and what-if as the panel’s radio', async () => {
    const viaDialog = renderWithLab(<CellDiagram />);
    await userEvent.click(gateButton('Forget gate'));
    await userEvent.click(within(dialog('Forget gate')).getByRole('radio', { name: 'Force 0' }));
    const sentence = within(dialog('Forget gate')).getByRole('status').textContent!;
    const fromDialog = outcome(viaDialog.store.getState(), sentence);
    // the badge says the forcing, to the eye and to a screen reader
    expect(gateButton('Forget gate')).toHaveAccessibleDescription('forced to 0');
    expect(gateButton('Forget gate')).toHaveTextContent('0');
    cleanup();

    const viaPanel = renderWithLab(<GateControls />);
    await userEvent.click(
      within(screen.getByRole('radiogroup', { name: 'Forget gate' })).getByRole('radio', {
        name: 'Force 0',
      }),
    );
    expect(fromDialog).toEqual(outcome(viaPanel.store.getState(), screen.getByRole('status').textContent!)); // prettier-ignore

    const forced = coreRisks('lstm', [{ gate: 'f', value: 0 }]);
    const learned = coreRisks('lstm');
    expect(fromDialog.overrides).toEqual([{ gate: 'f', value: 0 }]);
    expect(fromDialog.risks).toEqual(forced);
    expect(fromDialog.learned).toEqual(learned);
    expect(forced.at(-1)).toBeLessThan(0.5);
    expect(fromDialog.sentence).toBe(
      `Forcing the forget gate to 0 drops the final jam risk from ${fmtPercent(learned.at(-1)!)} to ${fmtPercent(forced.at(-1)!)}.`,
    );
  });

  it('GRU Update gate → Force 1: the same as the panel’s radio, and the risk never moves', async () => {
    const viaDialog = renderWithLab(<CellDiagram />, { kind: 'gru' });
    await userEvent.click(gateButton('Update gate'));
    await userEvent.click(within(dialog('Update gate')).getByRole('radio', { name: 'Force 1' }));
    const fromDialog = outcome(
      viaDialog.store.getState(),
      within(dialog('Update gate')).getByRole('status').textContent!,
    );
    expect(gateButton('Update gate')).toHaveAccessibleDescription('forced to 1');
    cleanup();

    const viaPanel = renderWithLab(<GateControls />, { kind: 'gru' });
    await userEvent.click(
      within(screen.getByRole('radiogroup', { name: 'Update gate' })).getByRole('radio', {
        name: 'Force 1',
      }),
    );
    expect(fromDialog).toEqual(outcome(viaPanel.store.getState(), screen.getByRole('status').textContent!)); // prettier-ignore
    expect(fromDialog.risks).toEqual(coreRisks('gru', [{ gate: 'z', value: 1 }]));
    expect(new Set(fromDialog.risks).size).toBe(1);
  });

  it('Custom, chosen units and a step range: the dialog’s own names, the panel’s overrides', async () => {
    const { store } = renderWithLab(
      <>
        <CellDiagram />
        <GateControls />
      </>,
      { unit: 2 },
    );
    await userEvent.click(gateButton('Output gate'));
    const d = dialog('Output gate');
    await userEvent.click(within(d).getByRole('radio', { name: 'Custom' }));
    fireEvent.change(within(d).getByRole('slider', { name: 'Value' }), { target: { value: '0.3' } }); // prettier-ignore
    const units = within(d).getByRole('radiogroup', { name: 'Units to force' });
    await userEvent.click(within(units).getByRole('radio', { name: 'Chosen units' }));
    const boxes = within(d).getByRole('group', { name: 'Chosen units to force' });
    await userEvent.click(within(boxes).getByRole('checkbox', { name: 'Unit 5' }));
    const steps = within(d).getByRole('radiogroup', { name: 'Steps to force' });
    await userEvent.click(within(steps).getByRole('radio', { name: 'Chosen steps' }));
    fireEvent.change(within(d).getByRole('spinbutton', { name: 'First step' }), { target: { value: '4' } }); // prettier-ignore
    fireEvent.change(within(d).getByRole('spinbutton', { name: 'Last step' }), { target: { value: '20' } }); // prettier-ignore
    const o = { gate: 'o' as const, value: 0.3, units: [2, 5], from: 4, to: 20 };
    expect(store.getState().overrides).toEqual([o]);
    expect(Array.from(store.getState().risks!)).toEqual(coreRisks('lstm', [o]));
    // the panel follows, and every one of its pinned names is still there exactly once
    expect(screen.getByRole('radiogroup', { name: 'Output gate' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Output gate value' })).toHaveValue('0.3');
    expect(screen.getByRole('radiogroup', { name: 'Units' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Forced units' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'From step' })).toHaveValue(4);
    // the dialog says what the panel says
    const says = (el: HTMLElement) => el.querySelector('.what-if, .gate-dialog-what-if')!.textContent; // prettier-ignore
    const dialogSays = says(d);
    expect(dialogSays).toBe(says(screen.getByRole('region', { name: 'Force gates by hand' })));
    expect(dialogSays).toMatch(/^Forcing the output gate to 0\.3 on units 2 and 5 at steps 4–20 /);
    expect(gateButton('Output gate')).toHaveAccessibleDescription('forced to 0.30');
  });
});

describe('opening, switching and closing', () => {
  it('Escape closes the dialog and gives focus back to its gate’s button', async () => {
    renderWithLab(<CellDiagram />);
    await userEvent.click(gateButton('Forget gate'));
    await userEvent.keyboard('{ArrowRight}'); // the modes keep their arrow keys: Force 0
    expect(within(dialog('Forget gate')).getByRole('radio', { name: 'Force 0' })).toBeChecked();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(gateButton('Forget gate')).toHaveFocus();
    expect(gateButton('Forget gate')).toHaveAttribute('aria-expanded', 'false');
  });

  it('Close does the same; another gate’s button switches; pressing the open one closes it', async () => {
    renderWithLab(<CellDiagram />);
    await userEvent.click(gateButton('Input gate'));
    await userEvent.click(within(dialog('Input gate')).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(gateButton('Input gate')).toHaveFocus();

    await userEvent.click(gateButton('Input gate'));
    await userEvent.click(gateButton('Output gate'));
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(dialog('Output gate')).toBeInTheDocument();
    expect(gateButton('Input gate')).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(gateButton('Output gate'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('is not carried over to another model', async () => {
    const { store } = renderWithLab(<CellDiagram />);
    await userEvent.click(gateButton('Forget gate'));
    act(() => store.getState().setKind('gru'));
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => store.getState().setKind('lstm'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('placeNear', () => {
  const frame = { left: 100, top: 50, width: 600, height: 400 };
  const size = { width: 200, height: 150 };

  it('centres the popover under its opener, pointing at the opener’s centre', () => {
    const anchor = { left: 390, top: 200, width: 40, height: 40 };
    expect(placeNear(anchor, frame, size, 900)).toEqual({
      left: 410 - 100 - 100,
      top: 240 - 50 + 8,
      caret: 100,
      above: false,
    });
  });

  it('stays inside the frame’s width, its pointer still on the opener', () => {
    const nearLeft = placeNear({ left: 110, top: 200, width: 40, height: 40 }, frame, size, 900);
    expect([nearLeft.left, nearLeft.caret]).toEqual([0, 30]);
    const nearRight = placeNear({ left: 660, top: 200, width: 40, height: 40 }, frame, size, 900);
    expect([nearRight.left, nearRight.caret]).toEqual([400, 180]);
  });

  it('goes above when below would leave the screen and above does not', () => {
    const low = { left: 390, top: 600, width: 40, height: 40 };
    expect(placeNear(low, frame, size, 700)).toMatchObject({ above: true, top: 600 - 50 - 8 - 150 }); // prettier-ignore
    // no room above either: below, where the page can scroll to it
    const tall = { ...size, height: 650 };
    expect(placeNear(low, frame, tall, 700)).toMatchObject({ above: false, top: 640 - 50 + 8 });
  });
});

describe('the diagram under a finger', () => {
  it('a press on a stack reads the unit under it (a touch has no hover)', () => {
    const { store } = renderWithLab(<CellDiagram />, { t: 4 });
    const tr = store.getState().trace!;
    const el = screen.getByRole('img', { name: /^Hidden state:/ });
    el.getBoundingClientRect = () => ({ top: 0, height: 80, left: 0, width: 10 }) as DOMRect;
    fireEvent.pointerDown(el, { clientY: 35, pointerType: 'touch' }); // unit 3 of 8
    expect(document.querySelector('.probe')).toHaveTextContent(
      `Hidden state h_t, unit 3 at step 4: ${fmtValue(tr.hs[4][3])}`,
    );
    expect(store.getState().unit).toBe(3);
  });
});
