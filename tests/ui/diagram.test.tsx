// @vitest-environment jsdom
/** The cell diagram: every valve and state shown is the core's value; sub-steps animate on the clock. */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GruTrace, LstmTrace } from '../../src/core';
import { CellDiagram } from '../../src/ui/diagram/CellDiagram';
import { LSTM_LAYOUT } from '../../src/ui/diagram/lstm-layout';
import { STACK } from '../../src/ui/diagram/nodes';
import { layoutGhosts, layoutValves, nodeGhosts, nodeValves } from '../../src/ui/diagram/valves';
import { gateColor, stateColor } from '../../src/ui/scales';
import { fmtValue } from '../../src/ui/format';
import { renderWithLab } from './helpers';

afterEach(cleanup);

const stack = (name: string) => screen.getByRole('img', { name: new RegExp(`^${name}:`) });

/** Stands in for the 2D canvas, recording each call as "name fillStyle args" (restore mocks after). */
function recordCanvas(): string[] {
  const calls: string[] = [];
  const ctx = new Proxy({} as Record<string, unknown>, {
    get: (o, k) =>
      k === 'canvas'
        ? { width: 800, height: 440 }
        : k in o
          ? o[k as string]
          : (...a: number[]) => calls.push(`${String(k)} ${o.fillStyle} ${a.join(',')}`),
    set: (o, k, v) => ((o[k as string] = v), true),
  });
  // getContext is overloaded per context kind; the stand-in answers the '2d' one
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as never);
  return calls;
}
const probe = () => document.querySelector('.probe')!;

describe('CellDiagram (LSTM)', () => {
  it('draws each gate as valves opened as wide as the core’s activations', () => {
    const { store } = renderWithLab(<CellDiagram />, { t: 12 });
    const tr = store.getState().trace as LstmTrace;
    for (const g of ['f', 'i', 'o'] as const) {
      const valves = nodeValves(
        LSTM_LAYOUT.nodes.find((n) => n.id === g)!,
        tr,
        12,
      );
      expect(valves.map((v) => v.w)).toEqual(Array.from(tr.gates[g][12], (a) => STACK.width * a));
      expect(valves.map((v) => v.fill)).toEqual(Array.from(tr.gates[g][12], (a) => gateColor(a)));
    }
    const cells = nodeValves(
      LSTM_LAYOUT.nodes.find((n) => n.id === 'c')!,
      tr,
      12,
    );
    expect(cells.map((v) => v.fill)).toEqual(Array.from(tr.cs[12], (c) => stateColor(c)));
  });

  it('paints those valves on its canvas, and repaints them when the step changes', () => {
    const calls = recordCanvas();
    const { store } = renderWithLab(<CellDiagram />, { t: 3 });
    const filled = () => calls.filter((c) => c.startsWith('fillRect'));
    const expected = (t: number) =>
      layoutValves(LSTM_LAYOUT, store.getState().trace!, t).map(
        (v) => `fillRect ${v.fill} ${[v.x, v.y, v.w, v.h].join(',')}`,
      );
    expect(filled().slice(-expected(3).length)).toEqual(expected(3));
    calls.length = 0;
    act(() => store.getState().seek(4));
    expect(filled().slice(-expected(4).length)).toEqual(expected(4));
    vi.restoreAllMocks();
  });

  it('reads a unit’s value on focus and ↑/↓, and shares the chosen unit with the store', async () => {
    const { store } = renderWithLab(<CellDiagram />, { t: 12 });
    const tr = store.getState().trace as LstmTrace;
    act(() => stack('Forget gate').focus());
    expect(probe()).toHaveTextContent(
      `Forget gate f_t, unit 0 at step 12: ${fmtValue(tr.gates.f[12][0])}`,
    );
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(store.getState().unit).toBe(2);
    expect(probe()).toHaveTextContent(`unit 2 at step 12: ${fmtValue(tr.gates.f[12][2])}`);
    expect(stack('Cell state')).toHaveAccessibleName(
      `Cell state: Cell state c_t, unit 2 at step 12: ${fmtValue(tr.cs[12][2])}`,
    );
    expect(stack('Previous cell state').getAttribute('aria-label')).toContain(
      fmtValue(tr.cs[11][2]),
    );
  });

  it('writes the chosen unit’s value beside every stack', () => {
    const { store, container } = renderWithLab(<CellDiagram />, { t: 20, unit: 5 });
    const tr = store.getState().trace as LstmTrace;
    const label = (name: string) => stack(name).querySelector('.unit-value')!.textContent;
    expect(label('Forget gate')).toBe(fmtValue(tr.gates.f[20][5]));
    expect(label('Cell state')).toBe(fmtValue(tr.cs[20][5]));
    expect(label('Hidden state')).toBe(fmtValue(tr.hs[20][5]));
    expect(container.querySelectorAll('.unit-value')).toHaveLength(9); // every LSTM vector but x_t
  });

  it('reads the unit under the pointer', () => {
    const { store } = renderWithLab(<CellDiagram />, { t: 4 });
    const tr = store.getState().trace as LstmTrace;
    const el = stack('Hidden state');
    el.getBoundingClientRect = () => ({ top: 0, height: 80, left: 0, width: 10 }) as DOMRect;
    fireEvent.pointerMove(el, { clientY: 75 }); // the last of 8 units
    expect(probe()).toHaveTextContent(
      `Hidden state h_t, unit 7 at step 4: ${fmtValue(tr.hs[4][7])}`,
    );
    expect(store.getState().unit).toBe(7);
  });

  it('shows step 0 with the initial states as h_{t−1} and c_{t−1}', () => {
    const { store } = renderWithLab(<CellDiagram />);
    const tr = store.getState().trace as LstmTrace;
    expect(stack('Previous hidden state').getAttribute('aria-label')).toContain(fmtValue(tr.h0[0]));
    expect(stack('Previous cell state').getAttribute('aria-label')).toContain(fmtValue(tr.c0[0]));
  });

  it('marks the units whose gate was forced by hand', () => {
    const { store } = renderWithLab(<CellDiagram />, { t: 6, unit: 1 });
    act(() => store.getState().setOverrides([{ gate: 'f', value: 0, units: [1, 3] }]));
    const tr = store.getState().trace!;
    const forced = (id: string) =>
      nodeValves(
        LSTM_LAYOUT.nodes.find((n) => n.id === id)!,
        tr,
        6,
      ).map((v) => v.forced);
    expect(forced('f')).toEqual([false, true, false, true, false, false, false, false]);
    expect(forced('i').some(Boolean)).toBe(false);
    expect(stack('Forget gate').getAttribute('aria-label')).toContain(fmtValue(0));
  });

  it('leaves unmarked a gate the model was built without: it is held by design, not by hand', () => {
    const { store } = renderWithLab(<CellDiagram />, { t: 6 });
    const model = { ...store.getState().models.lstm!, removed: ['f' as const] };
    act(() => store.getState().setModels({ lstm: model }));
    const tr = store.getState().trace!;
    const f = LSTM_LAYOUT.nodes.find((n) => n.id === 'f')!;
    // the trace holds f at 1 on every unit: forced, as the core sees it
    expect(nodeValves(f, tr, 6).every((v) => v.forced && v.w > 0)).toBe(true);
    expect(nodeValves(f, tr, 6, ['f']).some((v) => v.forced)).toBe(false);
    expect(screen.getByRole('button', { name: 'Forget gate' })).toHaveAccessibleDescription(
      /^removed/,
    );
  });
});

describe('CellDiagram: the run as learned while gates are forced', () => {
  const node = (id: string) => LSTM_LAYOUT.nodes.find((n) => n.id === id)!;

  it('ticks each forced gate where it would have opened, and strips each changed state', () => {
    const { store } = renderWithLab(<CellDiagram />, { t: 12 });
    act(() => store.getState().setOverrides([{ gate: 'f', value: 0, from: 10 }]));
    const tr = store.getState().trace as LstmTrace;
    const was = store.getState().baseline!.trace as LstmTrace;
    const ticks = nodeGhosts(node('f'), tr, was, 12);
    expect(ticks.map((g) => g.kind)).toEqual(Array(tr.H).fill('tick'));
    const left = node('f').x - STACK.width / 2;
    expect(ticks.map((g) => g.x)).toEqual(Array.from(was.gates.f[12], (f) => left + STACK.width * f)); // prettier-ignore
    const strips = nodeGhosts(node('c'), tr, was, 12);
    expect(strips.map((g) => g.fill)).toEqual(Array.from(was.cs[12], (c) => stateColor(c)));
    // the reading is the same in both runs, and before step 10 nothing differs
    expect(nodeGhosts(node('x'), tr, was, 12)).toEqual([]);
    expect(layoutGhosts(LSTM_LAYOUT, tr, was, 9)).toEqual([]);
  });

  it('says both values of a changed unit, and paints the ghosts on its canvas', () => {
    const calls = recordCanvas();
    const { store } = renderWithLab(<CellDiagram />, { t: 12, unit: 2 });
    act(() => store.getState().setOverrides([{ gate: 'f', value: 0 }]));
    const tr = store.getState().trace as LstmTrace;
    const was = store.getState().baseline!.trace as LstmTrace;
    expect(stack('Cell state').getAttribute('aria-label')).toContain(
      `${fmtValue(tr.cs[12][2])} (as learned ${fmtValue(was.cs[12][2])})`,
    );
    const strips = nodeGhosts(node('c'), tr, was, 12);
    for (const g of strips)
      expect(calls).toContain(`fillRect ${g.fill} ${[g.x, g.y, g.w, g.h].join(',')}`);
    vi.restoreAllMocks();
  });
});

describe('CellDiagram per kind', () => {
  const names = () =>
    screen.getAllByRole('img').map((el) => el.getAttribute('aria-label')!.split(':')[0]);

  it('GRU: update and reset gates, the candidate and one state', () => {
    const { store } = renderWithLab(<CellDiagram />, { kind: 'gru', t: 9 });
    expect(names()).toEqual(['Reading', 'Previous hidden state', 'Previous hidden state', 'Update gate', 'Reset gate', 'Candidate', 'Hidden state']); // prettier-ignore
    const tr = store.getState().trace as GruTrace;
    expect(stack('Update gate').getAttribute('aria-label')).toContain(fmtValue(tr.gates.z[9][0]));
    expect(screen.getByRole('heading', { name: 'GRU cell at step 9' })).toBeInTheDocument();
  });

  it('vanilla RNN: no gates, one tanh', () => {
    const { store } = renderWithLab(<CellDiagram />, { kind: 'rnn', t: 3 });
    expect(names()).toEqual(['Reading', 'Previous hidden state', 'Pre-activation', 'Hidden state']);
    const tr = store.getState().trace!;
    expect(stack('Hidden state').getAttribute('aria-label')).toContain(fmtValue(tr.hs[3][0]));
  });
});

describe('sub-step animation', () => {
  const current = () =>
    within(screen.getByRole('list', { name: 'Sub-steps of this time step' }))
      .queryAllByRole('listitem')
      .find((li) => li.getAttribute('aria-current') === 'step')?.textContent ?? null;

  it('runs inputs → gates → memory update → output on the frame clock after a step', () => {
    const { store, scheduler } = renderWithLab(<CellDiagram />);
    expect(current()).toBeNull();
    act(() => store.getState().stepForward());
    const seen = [current()];
    for (let now = 0; now <= 1200; now += 50) {
      act(() => scheduler.frame(now));
      if (seen.at(-1) !== current()) seen.push(current());
    }
    expect(seen).toEqual(['1. Inputs', '2. Gates', '3. Memory update', '4. Output', null]);
  });

  it('shows steps that come in quick succession at once, and animates again after a pause', () => {
    const { store, scheduler } = renderWithLab(<CellDiagram />);
    act(() => store.getState().stepForward());
    expect(current()).toBe('1. Inputs');
    act(() => scheduler.frame(100));
    act(() => store.getState().stepForward()); // 100 ms later: scrubbing, not studying
    expect(current()).toBeNull();
    act(() => scheduler.frame(1200));
    act(() => store.getState().stepForward());
    expect(current()).toBe('1. Inputs');
  });

  it('holds at a stage the learner picks until the step changes', async () => {
    const { store, scheduler, container } = renderWithLab(<CellDiagram />, { t: 5 });
    await userEvent.click(screen.getByRole('button', { name: '2. Gates' }));
    for (let now = 0; now <= 2000; now += 100) act(() => scheduler.frame(now));
    expect(current()).toBe('2. Gates');
    // what the step has not reached yet is dimmed: the memory update and the output
    const dimmed = [...container.querySelectorAll('.stack.dim')].map(
      (g) => g.getAttribute('aria-label')!.split(':')[0],
    );
    expect(dimmed).toEqual(['Cell state', 'Squashed cell', 'Hidden state']);
    await userEvent.click(screen.getByRole('button', { name: '4. Output' }));
    expect(current()).toBeNull();
    act(() => store.getState().stepForward());
    expect(current()).toBe('1. Inputs');
  });

  it('can be skipped, and turned off', async () => {
    const { store } = renderWithLab(<CellDiagram />);
    act(() => store.getState().stepForward());
    await userEvent.click(screen.getByRole('button', { name: 'Skip animation' }));
    expect(current()).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Animate sub-steps' }));
    expect(store.getState().animate).toBe(false);
    act(() => store.getState().stepForward());
    expect(current()).toBeNull();
  });

  it('stays still when the system asks for reduced motion', () => {
    const original = window.matchMedia;
    window.matchMedia = ((q: string) => ({
      matches: q.includes('reduce'),
      addEventListener: () => {},
      removeEventListener: () => {},
    })) as unknown as typeof window.matchMedia;
    try {
      const { store } = renderWithLab(<CellDiagram />);
      act(() => store.getState().stepForward());
      expect(current()).toBeNull();
    } finally {
      window.matchMedia = original;
    }
  });
});
