// @vitest-environment jsdom
/**
 * The Heatmaps panel: the maps each kind shows, the values its readout prints and the colours its
 * canvas paints (checked against the core's trace and the lab's scales), legends that state their
 * range, and a cursor column and keyboard/pointer moves in step with the store.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Trace } from '../../src/core';
import { fmtValue } from '../../src/ui/format';
import { colorOf, domainOf, gateColor, stateColor } from '../../src/ui/scales';
import { Heatmaps } from '../../src/ui/heatmaps/Heatmaps';
import { renderWithLab } from './helpers';

/** What a stubbed 2D context painted on each canvas: its last image, and how many it was given. */
const painted = new WeakMap<HTMLCanvasElement, { image: ImageData | null; draws: number }>();

beforeEach(() => {
  // jsdom has no 2D canvas: keep the image each map body puts instead
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
    this: HTMLCanvasElement,
  ) {
    const record = painted.get(this) ?? { image: null, draws: 0 };
    painted.set(this, record);
    return {
      createImageData: (width: number, height: number) =>
        ({ width, height, data: new Uint8ClampedArray(4 * width * height) }) as ImageData,
      putImageData: (image: ImageData) => Object.assign(record, { image, draws: record.draws + 1 }),
    } as unknown as CanvasRenderingContext2D;
  } as never);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const figure = (name: string) => screen.getByRole('figure', { name });
const map = (name: string) => screen.getByRole('group', { name: `${name} heatmap, units × steps` });
const readout = (name: string) => within(figure(name)).getByRole('status');
const canvasOf = (name: string) => painted.get(figure(name).querySelector('canvas')!)!;
/** The colour painted at unit j, step t, in both spellings d3-scale-chromatic uses. */
const colorAt = (name: string, j: number, t: number) => {
  const { data, width } = canvasOf(name).image!;
  const [r, g, b, a] = data.slice(4 * (j * width + t), 4 * (j * width + t) + 4);
  const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  return a === 255 ? [hex, `rgb(${r}, ${g}, ${b})`] : [];
};
const cursorOf = (name: string) => within(figure(name)).getByTestId('heatmap-cursor');
const shown = () =>
  screen.getAllByRole('figure').map((f) => document.getElementById(f.getAttribute('aria-labelledby')!)!.textContent); // prettier-ignore
const read = (name: string, j: number, t: number, v: number) =>
  `${name}, unit ${j}, step ${t}: ${fmtValue(v)}`;
const lstm = (tr: Trace | null) => (tr?.kind === 'lstm' ? tr : expect.unreachable('an LSTM'));
const gru = (tr: Trace | null) => (tr?.kind === 'gru' ? tr : expect.unreachable('a GRU'));

describe('Heatmaps: which maps', () => {
  it('shows i f g o c h for the LSTM, r z n h for the GRU and h for the RNN', () => {
    const { store } = renderWithLab(<Heatmaps />);
    expect(shown()).toEqual(['Input gate', 'Forget gate', 'Candidate', 'Output gate', 'Cell state', 'Hidden state']); // prettier-ignore
    act(() => store.getState().setKind('gru'));
    expect(shown()).toEqual(['Reset gate', 'Update gate', 'Candidate', 'Hidden state']);
    act(() => store.getState().setKind('rnn'));
    expect(shown()).toEqual(['Hidden state']);
  });

  it('says the model is loading while there is no trace', () => {
    renderWithLab(<Heatmaps />, { models: {} });
    expect(screen.getByText('Loading the model…')).toBeInTheDocument();
    expect(screen.queryAllByRole('figure')).toHaveLength(0);
  });
});

describe('Heatmaps: values and colours', () => {
  it('reads the forget gate at the cell the arrow keys reach, and seeks the lab there', async () => {
    const { store } = renderWithLab(<Heatmaps />);
    const user = userEvent.setup();
    const onWindowKey = vi.fn();
    window.addEventListener('keydown', onWindowKey);
    act(() => map('Forget gate').focus());
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowDown}{ArrowDown}');
    window.removeEventListener('keydown', onWindowKey);
    expect(store.getState()).toMatchObject({ t: 3, unit: 2 });
    const f = lstm(store.getState().trace).gates.f;
    expect(readout('Forget gate')).toHaveTextContent(read('Forget gate', 2, 3, f[3][2]));
    expect(onWindowKey).not.toHaveBeenCalled();
    await user.keyboard('{End}');
    const T = store.getState().trace!.T;
    expect(store.getState().t).toBe(T - 1);
    expect(readout('Forget gate')).toHaveTextContent(read('Forget gate', 2, T - 1, f[T - 1][2]));
  });

  it('paints every forget-gate cell with the gate scale colour of its value', () => {
    const { store } = renderWithLab(<Heatmaps />);
    const { H, T, gates } = lstm(store.getState().trace);
    const { width, height } = canvasOf('Forget gate').image!;
    expect([width, height]).toEqual([T, H]);
    for (let t = 0; t < T; t++) {
      for (let j = 0; j < H; j++)
        expect(colorAt('Forget gate', j, t)).toContain(colorOf('f')(gates.f[t][j]));
    }
  });

  it('reads the cell state at the lab step and paints values beyond ±1 at the scale ends', () => {
    const { store } = renderWithLab(<Heatmaps />);
    const { cs } = lstm(store.getState().trace);
    const t = cs.findIndex((c) => c.some((v) => Math.abs(v) > 1)); // the shipped LSTM's c does
    const j = cs[t].findIndex((v) => Math.abs(v) > 1);
    act(() => map('Cell state').focus());
    act(() => store.getState().seek(t));
    act(() => store.getState().setUnit(j));
    const v = cs[t][j];
    expect(readout('Cell state')).toHaveTextContent(read('Cell state', j, t, v));
    expect(colorAt('Cell state', j, t)).toContain(colorOf('c')(Math.sign(v)));
  });

  it('reads the GRU update gate after switching kind', async () => {
    const { store } = renderWithLab(<Heatmaps />);
    const user = userEvent.setup();
    act(() => store.getState().setKind('gru'));
    act(() => map('Update gate').focus());
    await user.keyboard('{End}{ArrowLeft}{ArrowDown}');
    const { z } = gru(store.getState().trace).gates;
    const t = z.length - 2;
    expect(store.getState()).toMatchObject({ t, unit: 1 });
    expect(readout('Update gate')).toHaveTextContent(read('Update gate', 1, t, z[t][1]));
    expect(colorAt('Update gate', 1, t)).toContain(colorOf('z')(z[t][1]));
  });
});

describe('Heatmaps: cursor, pointer and redraws', () => {
  it('moves every cursor column with the store step without redrawing the bodies', () => {
    const { store } = renderWithLab(<Heatmaps />);
    const drawsBefore = canvasOf('Hidden state').draws;
    act(() => store.getState().seek(5));
    for (const name of ['Input gate', 'Cell state', 'Hidden state']) {
      expect(cursorOf(name)).toHaveAttribute('data-step', '5');
      expect(cursorOf(name).querySelector('rect')).toHaveAttribute('x', '5');
    }
    expect(canvasOf('Hidden state').draws).toBe(drawsBefore);
    act(() => store.getState().setKind('gru'));
    expect(canvasOf('Hidden state').draws).toBe(drawsBefore + 1);
  });

  it('reads the hovered cell and goes to the clicked step and unit', async () => {
    const { store } = renderWithLab(<Heatmaps />);
    const user = userEvent.setup();
    const { H, T, hs } = store.getState().trace!;
    const el = map('Hidden state');
    const box = { left: 0, top: 0, x: 0, y: 0, width: T * 10, height: H * 10, right: T * 10 };
    el.getBoundingClientRect = () => ({ ...box, bottom: H * 10, toJSON: () => box });
    const coords = { clientX: 12 * 10 + 5, clientY: 3 * 10 + 5 };
    await user.pointer({ target: el, coords });
    expect(readout('Hidden state')).toHaveTextContent(read('Hidden state', 3, 12, hs[12][3]));
    expect(store.getState()).toMatchObject({ t: 0, unit: 0 });
    await user.pointer({ keys: '[MouseLeft]', target: el, coords });
    expect(store.getState()).toMatchObject({ t: 12, unit: 3 });
  });
});

describe('Heatmaps: legends and scales', () => {
  it('states each range in words and samples its gradient ends from the scale', () => {
    renderWithLab(<Heatmaps />);
    const cases = [
      ['f', 'Forget gate', 'Colour scale from 0 (shut) to 1 (open)', ['0', '1']],
      ['g', 'Candidate', 'Colour scale from −1 to +1, white at 0', ['−1', '+1']],
      ['c', 'Cell state', 'Colour scale from −1 to +1, white at 0; values beyond ±1 drawn at the ends', ['−1', '+1']], // prettier-ignore
    ] as const;
    for (const [s, name, label, [lo, hi]] of cases) {
      const legend = within(figure(name)).getByRole('img', { name: label });
      const ends = [...legend.querySelectorAll('span')].slice(0, 2).map((e) => e.textContent);
      expect(ends).toEqual([lo, hi]);
      const stops = legend.querySelectorAll('stop');
      expect(stops[0]).toHaveAttribute('stop-color', colorOf(s)(domainOf(s)[0]));
      expect(stops[stops.length - 1]).toHaveAttribute('stop-color', colorOf(s)(domainOf(s)[1]));
    }
  });

  it('draws gates over [0, 1] and states over [−1, 1], with distinct ends', () => {
    expect(gateColor.domain()).toEqual([0, 1]);
    expect(stateColor.domain()).toEqual([-1, 0, 1]);
    expect(gateColor(0)).not.toBe(gateColor(1));
    expect(stateColor(-1)).not.toBe(stateColor(1));
  });
});

describe('Heatmaps: the run as learned while gates are forced', () => {
  /** the colour painted on pixel row y, step t */
  const pixel = (name: string, y: number, t: number) => {
    const { data, width } = canvasOf(name).image!;
    const [r, g, b] = data.slice(4 * (y * width + t), 4 * (y * width + t) + 3);
    return [`#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`, `rgb(${r}, ${g}, ${b})`]; // prettier-ignore
  };

  it('splits each state-map row: the forced run above, the run as learned in its lower third', () => {
    const { store } = renderWithLab(<Heatmaps />);
    act(() => store.getState().setGateMode('f', 'zero'));
    const { hs, cs, H, T } = lstm(store.getState().trace);
    const learned = lstm(store.getState().baseline!.trace);
    for (const [name, shown, was] of [
      ['Hidden state', hs, learned.hs],
      ['Cell state', cs, learned.cs],
    ] as const) {
      expect(canvasOf(name).image!.height).toBe(3 * H);
      for (const t of [0, 5, T - 1]) {
        for (let j = 0; j < H; j++) {
          expect(pixel(name, 3 * j, t)).toContain(stateColor(shown[t][j]));
          expect(pixel(name, 3 * j + 1, t)).toContain(stateColor(shown[t][j]));
          expect(pixel(name, 3 * j + 2, t)).toContain(stateColor(was[t][j]));
        }
      }
    }
    // the gates show what the cell ran with; no ghost there
    expect(canvasOf('Forget gate').image!.height).toBe(H);
    expect(screen.getByText(/lower third of each row/)).toBeInTheDocument();
  });

  it('reads both values of a state cell, and drops the ghost once every gate is learned again', () => {
    const { store } = renderWithLab(<Heatmaps />);
    act(() => store.getState().setGateMode('f', 'zero'));
    const { hs } = lstm(store.getState().trace);
    const was = lstm(store.getState().baseline!.trace).hs;
    act(() => map('Hidden state').focus());
    act(() => store.getState().seek(20));
    act(() => store.getState().setUnit(3));
    expect(readout('Hidden state')).toHaveTextContent(
      `${read('Hidden state', 3, 20, hs[20][3])} (as learned ${fmtValue(was[20][3])})`,
    );
    act(() => store.getState().setGateMode('f', 'learned'));
    expect(canvasOf('Hidden state').image!.height).toBe(store.getState().trace!.H);
    expect(readout('Hidden state')).not.toHaveTextContent('as learned');
  });
});
