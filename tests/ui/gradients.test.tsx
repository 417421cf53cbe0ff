// @vitest-environment jsdom
/**
 * The Gradient flow panel: the norms it prints at the cursor and in each chart's summary equal the
 * core's BPTT run here by hand; they follow the step, the forced gates and the model; zeros are
 * said in words; and a step change never reruns BPTT (playback stays cheap).
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as core from '../../src/core';
import { CANONICAL, SCENARIOS, encodeSequence, jams, scenario } from '../../src/data';
import { MODEL_NAMES } from '../../src/ui/cell-kinds';
import { GradientFlow } from '../../src/ui/gradients/GradientFlow';
import { flowScales, normDomain, powerOfTen } from '../../src/ui/gradients/flow-scale';
import { fmtNorm, teachingSentence } from '../../src/ui/gradients/flow-text';
import type { GradientFlow as Flow } from '../../src/state/gradient-flow';
import { MODELS, renderWithLab } from './helpers';

// count the core's BPTT runs, computing exactly as the core does
vi.mock('../../src/core', async (importOriginal) => {
  const actual = await importOriginal<typeof core>();
  return { ...actual, runBackward: vi.fn(actual.runBackward) };
});
const bpttRuns = () => vi.mocked(core.runBackward).mock.calls.length;

afterEach(cleanup);

const events = scenario(CANONICAL).events;
const T = events.length;
const WOBBLE = events.findIndex((e) => e.kind === 'wobble');
const l2 = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0));

/** ‖∂L/∂h_t‖ and ‖∂L/∂c_t‖ by the core's BPTT, driven here: ∂L/∂h_{T−1} = (p − y)·w. */
function bptt(kind: core.CellKind, overrides: core.GateOverride[] = []) {
  const { cell, readout } = MODELS[kind];
  const trace = core.runForward(cell, encodeSequence(events), { overrides });
  const da = core.sigmoid(core.logit(readout, trace.hs[T - 1])) - (jams(events) ? 1 : 0);
  const dhs = trace.hs.map((_, t) =>
    t === T - 1 ? readout.w.map((w) => da * w) : new Float64Array(cell.H),
  );
  const grads = core.runBackward(cell, trace, dhs);
  return { dh: grads.dhs.map(l2), dc: grads.kind === 'lstm' ? grads.dcs.map(l2) : null };
}

/** A printed norm ("3.21e−5", "0") back to a number. */
const num = (s: string) => Number(s.replace('−', '-'));
/** equal to the three significant digits printed */
const printed = (shown: string, v: number) =>
  expect(Math.abs(num(shown) - v)).toBeLessThanOrEqual(0.005 * v);

const chart = (name: RegExp) => screen.getByRole('figure', { name });
/** The values the readout under a chart prints: { h: [t, value], c?: [t, value] } */
function readout(name: RegExp) {
  const text = within(chart(name)).getByTestId('flow-readout').textContent!;
  const values: Record<string, [number, string]> = {};
  for (const m of text.matchAll(/‖∂L\/∂([hc])(\d+)‖ = ([^:\s‖]+)/g)) values[m[1]] = [Number(m[2]), m[3]]; // prettier-ignore
  return values;
}
/** The numbers a chart's summary states: h (and c) at the last step and at the wobble. */
function summary(name: RegExp) {
  const label = within(chart(name)).getByRole('img').getAttribute('aria-label')!;
  const of = (sym: string) => {
    const m = label.match(
      new RegExp(`‖∂L/∂${sym}_t‖ is (\\S+) at the last step \\((\\d+)\\), (\\S+) at the wobble \\(step (\\d+)\\)`), // prettier-ignore
    );
    return m && { last: num(m[1]), lastT: Number(m[2]), target: num(m[3]), targetT: Number(m[4]) };
  };
  return { h: of('h'), c: of('c') };
}

const LSTM = /^LSTM/;
const RNN = /^Vanilla RNN/;
const GRU = /^GRU/;

describe('GradientFlow', () => {
  it('shows three charts, the lab’s model first, with the norms of the core’s BPTT at the cursor', () => {
    renderWithLab(<GradientFlow />);
    const panel = screen.getByRole('region', { name: 'Gradient flow' });
    expect(
      within(panel)
        .getAllByRole('figure')
        .map((f) => f.getAttribute('class')),
    ).toEqual(core.CELL_KINDS.map((_, k) => (k === 0 ? 'flow-chart current' : 'flow-chart')));
    expect(chart(LSTM)).toHaveAccessibleName('LSTM · the lab’s model');
    for (const [name, kind] of [
      [LSTM, 'lstm'],
      [RNN, 'rnn'],
      [GRU, 'gru'],
    ] as const) {
      const want = bptt(kind);
      const shown = readout(name);
      expect(shown.h[0]).toBe(0);
      printed(shown.h[1], want.dh[0]);
      if (want.dc) printed(shown.c[1], want.dc[0]);
      else expect(shown.c).toBeUndefined();
      const said = summary(name);
      expect([said.h!.lastT, said.h!.targetT]).toEqual([T - 1, WOBBLE]);
      printed(String(said.h!.last), want.dh[T - 1]);
      printed(String(said.h!.target), want.dh[WOBBLE]);
      if (want.dc) printed(String(said.c!.target), want.dc[WOBBLE]);
    }
  });

  it('puts each chart on its own scale on request, from its own norms', async () => {
    const user = userEvent.setup();
    renderWithLab(<GradientFlow />);
    const ticks = (name: RegExp) =>
      Array.from(chart(name).querySelectorAll('.flow-axes g text'), (t) => t.textContent);
    const own = (kind: core.CellKind) => {
      const { dh, dc } = bptt(kind);
      const flow = { kind, dh, dc } as unknown as Flow;
      return flowScales(300, T, normDomain([flow])).yTicks.map((v) => powerOfTen(Math.round(Math.log10(v)))); // prettier-ignore
    };
    expect(ticks(LSTM)).toEqual(ticks(RNN)); // one scale for all three
    expect(screen.getByText(/One log scale for every chart\./)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Each chart on its own scale' }));
    for (const [name, kind] of [
      [LSTM, 'lstm'],
      [RNN, 'rnn'],
      [GRU, 'gru'],
    ] as const)
      expect(ticks(name), kind).toEqual(own(kind));
    expect(ticks(LSTM)).not.toEqual(ticks(RNN));
    expect(screen.getByText(/Each chart has its own log scale\./)).toBeInTheDocument();
  });

  it('moves the readout with the step', () => {
    const { store } = renderWithLab(<GradientFlow />);
    const want = { lstm: bptt('lstm'), rnn: bptt('rnn') };
    for (const t of [WOBBLE, 17, T - 1]) {
      act(() => store.getState().seek(t));
      expect(readout(LSTM).h).toEqual([t, expect.any(String)]);
      printed(readout(LSTM).h[1], want.lstm.dh[t]);
      printed(readout(LSTM).c[1], want.lstm.dc![t]);
      printed(readout(RNN).h[1], want.rnn.dh[t]);
      expect(within(chart(RNN)).getByRole('img').querySelector('.flow-cursor')).toHaveAttribute(
        'data-step',
        String(t),
      );
    }
  });

  it('states the lesson from the numbers: how much the gradient shrinks back to the wobble', () => {
    renderWithLab(<GradientFlow />);
    const decades = (k: core.CellKind) =>
      Math.round(Math.log10(bptt(k).dh[T - 1] / bptt(k).dh[WOBBLE]));
    const sup = (n: number) => [...String(n)].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join('');
    const lesson = screen.getByText(/^From the last step back to the wobble at step 3/);
    expect(decades('rnn')).toBeGreaterThan(30);
    expect(lesson).toHaveTextContent(
      `the gradient shrinks 10${sup(decades('lstm'))}-fold in the LSTM, ` +
        `10${sup(decades('rnn'))}-fold in the Vanilla RNN`,
    );
  });

  it('follows a forced gate on the lab’s model; the others stay as learned', () => {
    const { store } = renderWithLab(<GradientFlow />);
    act(() => store.getState().seek(10));
    const learned = readout(LSTM).h[1];
    act(() => store.getState().setGateMode('f', 'zero'));
    const forced = bptt('lstm', [{ gate: 'f', value: 0 }]);
    expect(readout(LSTM).h[1]).not.toBe(learned);
    printed(readout(LSTM).h[1], forced.dh[10]);
    printed(readout(LSTM).c[1], forced.dc![10]);
    printed(readout(RNN).h[1], bptt('rnn').dh[10]);
    const others = screen.getByText(/Forced gates belong to the LSTM/);
    expect(others).toHaveTextContent(/run as learned\.$/);
    for (const k of core.CELL_KINDS.filter((k) => k !== 'lstm'))
      expect(others).toHaveTextContent(`the ${MODEL_NAMES[k]}`);
  });

  it('follows the model switch: the GRU first', () => {
    const { store } = renderWithLab(<GradientFlow />);
    act(() => store.getState().setKind('gru'));
    expect(screen.getAllByRole('figure')[0]).toHaveAccessibleName('GRU · the lab’s model');
    printed(readout(GRU).h[1], bptt('gru').dh[0]);
  });

  it('says where no gradient arrives: output gate forced shut cuts every path back', () => {
    const { store } = renderWithLab(<GradientFlow />);
    act(() => store.getState().setGateMode('o', 'zero'));
    act(() => store.getState().seek(5));
    const want = bptt('lstm', [{ gate: 'o', value: 0 }]);
    expect([want.dh[5], want.dh[T - 2], want.dc![T - 1]]).toEqual([0, 0, 0]);
    expect(within(chart(LSTM)).getByTestId('flow-readout')).toHaveTextContent(
      '‖∂L/∂h5‖ = 0: no gradient reaches here',
    );
    expect(within(chart(LSTM)).getByRole('img')).toHaveAccessibleName(
      expect.stringContaining(`exactly 0 at ${T - 1} of ${T} steps`),
    );
    expect(screen.getByText(/^From the last step/)).toHaveTextContent(
      'never arrives (exactly 0) in the LSTM',
    );
  });

  it('draws a readout weight near float64’s largest (1e308) without a NaN, on every scenario', () => {
    const errors = vi.spyOn(console, 'error');
    for (const { events } of SCENARIOS)
      for (const big of [[1e308], [1.7e308], [-1.7e308], Array<number>(8).fill(1e308)]) {
        const w = Float64Array.from(MODELS.gru.readout.w);
        w.set(big);
        const gru = { cell: MODELS.gru.cell, readout: { w, b: MODELS.gru.readout.b } };
        const { container, unmount } = renderWithLab(<GradientFlow />, {
          kind: 'gru', events, scenarioId: 'custom', models: { ...MODELS, gru },
        }); // prettier-ignore
        const drawn = [...container.querySelectorAll('path, circle, line')].flatMap((e) =>
          [...e.attributes].map((a) => a.value),
        );
        expect(drawn.filter((value) => value.includes('NaN'))).toEqual([]);
        unmount();
      }
    expect(errors).not.toHaveBeenCalled();
  });

  it('does not rerun BPTT on a step: only a change of model, sequence or forced gate does', () => {
    const { store } = renderWithLab(<GradientFlow />);
    const before = bpttRuns();
    for (let t = 1; t < T; t++) {
      act(() => store.getState().seek(t));
      expect(readout(RNN).h[0]).toBe(t); // each step rendered
    }
    act(() => store.getState().stepBack());
    expect(bpttRuns()).toBe(before);
    // a forced gate belongs to the current model: only its BPTT reruns
    act(() => store.getState().setGateMode('f', 'zero'));
    expect(bpttRuns()).toBe(before + 1);
    act(() => store.getState().setScenario('long-gap-jam'));
    expect(bpttRuns()).toBe(before + 1 + core.CELL_KINDS.length); // a new sequence: every model
  });
});

describe('the panel’s numbers in words and on the axis', () => {
  const flow = (kind: core.CellKind, dh: number[], dc: number[] | null = null): Flow => ({
    kind, loss: 1, y: 1, dh: Float64Array.from(dh), dc: dc && Float64Array.from(dc),
  }); // prettier-ignore

  it('prints norms to three digits with a true minus, and powers of ten as superscripts', () => {
    expect([fmtNorm(3.2147e-5), fmtNorm(1.64), fmtNorm(0)]).toEqual(['3.21e−5', '1.64e0', '0']);
    expect([powerOfTen(-45), powerOfTen(2), powerOfTen(0)]).toEqual(['10⁻⁴⁵', '10²', '1']);
  });

  it('shares one log domain over every nonzero norm, ticked at round powers', () => {
    const flows = [flow('rnn', [3e-47, 0, 1.6]), flow('lstm', [2e-9, 7e-4], [0, 5e-3])];
    expect(normDomain(flows)).toEqual([1e-47, 10]);
    expect(normDomain([flow('gru', [0, 0])])).toEqual([1e-12, 1]);
    const { yTicks, y, floor } = flowScales(300, 3, [1e-47, 10]);
    expect(yTicks).toEqual([1, 1e-10, 1e-20, 1e-30, 1e-40]);
    expect(y(0.5 * floor)).toBe(y(floor)); // below the floor: clamped onto it
  });

  it('keeps norms up to float64’s largest on the chart: the domain tops out at 10³⁰⁸', () => {
    expect(normDomain([flow('gru', [1e305, 1.7e308])])).toEqual([1e305, 1e308]);
    expect(normDomain([flow('gru', [1.7e308])])).toEqual([1e307, 1e308]);
  });

  it('compares the models back to the wobble, or to step 0 when nothing wobbles', () => {
    const flows = [flow('rnn', [1e-8, 1e-3, 1]), flow('gru', [2, 1, 0.5])];
    expect(teachingSentence(flows, 0)).toBe(
      'From the last step back to the wobble at step 0, the gradient shrinks 10⁸-fold in the ' +
        'Vanilla RNN and grows 4-fold in the GRU.',
    );
    expect(teachingSentence([flow('lstm', [0, 1, 1])], null)).toBe(
      'From the last step back to step 0, the gradient never arrives (exactly 0) in the LSTM.',
    );
  });
});
