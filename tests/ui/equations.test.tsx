// @vitest-environment jsdom
/**
 * The Equations panel: each line shows the numbers the core's trace holds for the chosen unit at
 * the current step, the displayed numbers satisfy the equation they sit under, a forced gate is
 * marked, and KaTeX (loaded lazily) eventually typesets the equations.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { GruTrace, LstmTrace, RnnTrace } from '../../src/core';
import { Equations } from '../../src/ui/equations/Equations';
import { fmtValue } from '../../src/ui/format';
import { renderWithLab } from './helpers';

afterEach(cleanup);

/** a gate as a factor: gates lie in [0, 1], so three decimals without a sign */
const factor = (v: number) => v.toFixed(3);
const line = (name: string) => screen.getByRole('listitem', { name });
const numbersOf = (name: string) => line(name).querySelector('.eq-numbers')!.textContent!;
/** "−0.880" → −0.88: the displayed numbers, read back as numbers */
const numbersIn = (text: string) =>
  [...text.replace(/−/g, '-').matchAll(/[+-]?\d+\.\d+/g)].map((m) => Number(m[0]));

/** The LSTM at step 12 with unit 3 chosen through the "Unit" control. */
async function lstmAt12Unit3() {
  const lab = renderWithLab(<Equations />, { kind: 'lstm' });
  act(() => lab.store.getState().seek(12));
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), 'unit 3');
  return { ...lab, trace: lab.store.getState().trace as LstmTrace };
}

describe('Equations', () => {
  // First in the file on purpose: KaTeX loads once per module, so only the first render can
  // catch the plain-text stand-in before the chunk arrives.
  it('shows the numbers at once, the plain-text equation until KaTeX loads, then KaTeX', async () => {
    const { container, store } = renderWithLab(<Equations />, { kind: 'lstm' });
    const { gates, t } = { gates: (store.getState().trace as LstmTrace).gates, t: 0 };
    expect(line('Forget gate')).toHaveTextContent('f_t = σ(W_if x_t + b_if + W_hf h_{t−1} + b_hf)');
    expect(numbersOf('Forget gate')).toContain(`= ${fmtValue(gates.f[t][0])}`);
    await waitFor(() => expect(container.querySelector('.katex')).not.toBeNull());
    // six lines typeset, each with MathML that carries the TeX it came from
    expect(container.querySelectorAll('.eq-tex .katex')).toHaveLength(6);
    const annotation = within(line('Forget gate')).getByText(/^f_t = \\sigma/, {
      selector: 'annotation',
    });
    expect(annotation.textContent).toBe(
      'f_t = \\sigma(W_{if} x_t + b_{if} + W_{hf} h_{t-1} + b_{hf})',
    );
    expect(container.querySelector('.eq-plain')).toBeNull();
  });

  it('says the model is loading before there is a trace', () => {
    renderWithLab(<Equations />, { models: {} });
    expect(screen.getByText('Loading the model…')).toBeInTheDocument();
  });

  it('names every LSTM gate and state in full, and binds the Unit control to the store', async () => {
    const { store } = await lstmAt12Unit3();
    expect(store.getState().unit).toBe(3);
    expect(screen.getByRole('combobox', { name: 'Unit' })).toHaveValue('3');
    const names = screen
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.eq-name')!.textContent);
    expect(names).toEqual(['Input gate', 'Forget gate', 'Candidate', 'Output gate', 'Cell state', 'Hidden state']); // prettier-ignore
  });

  it('plugs the LSTM trace of the chosen unit into the gate, cell and hidden lines', async () => {
    const { trace } = await lstmAt12Unit3();
    const [t, j] = [12, 3];
    const { i, f, g, o } = trace.gates;
    expect(numbersOf('Forget gate')).toBe(
      `ft[3] = σ(${fmtValue(trace.pre.f[t][j])}) = ${fmtValue(f[t][j])}`,
    );
    expect(numbersOf('Candidate')).toBe(
      `gt[3] = tanh(${fmtValue(trace.pre.g[t][j])}) = ${fmtValue(g[t][j])}`,
    );
    expect(numbersOf('Cell state')).toBe(
      `ct[3] = ${factor(f[t][j])} × (${fmtValue(trace.cs[t - 1][j])}) + ` +
        `${factor(i[t][j])} × (${fmtValue(g[t][j])}) = ${fmtValue(trace.cs[t][j])}`,
    );
    expect(numbersOf('Hidden state')).toBe(
      `ht[3] = ${factor(o[t][j])} × tanh(${fmtValue(trace.cs[t][j])}) = ` +
        `${factor(o[t][j])} × (${fmtValue(trace.tanhCs[t][j])}) = ${fmtValue(trace.hs[t][j])}`,
    );
  });

  it('shows LSTM cell numbers that satisfy c = f·cPrev + i·g to display precision', async () => {
    await lstmAt12Unit3();
    const [fv, cPrev, iv, gv, c] = numbersIn(numbersOf('Cell state'));
    expect(Math.abs(fv * cPrev + iv * gv - c)).toBeLessThan(2e-3);
    const [o, , , tanhC, h] = numbersIn(numbersOf('Hidden state'));
    expect(Math.abs(o * tanhC - h)).toBeLessThan(2e-3);
  });

  it('reads the initial cell state at step 0', () => {
    const { store } = renderWithLab(<Equations />, { kind: 'lstm' });
    const trace = store.getState().trace as LstmTrace;
    expect(numbersOf('Cell state')).toContain(`× (${fmtValue(trace.c0[0])}) +`);
    expect(screen.getByText(/the previous state is the initial state/)).toBeInTheDocument();
  });

  it('marks a forced forget gate and shows the value it was forced to', async () => {
    const { store } = await lstmAt12Unit3();
    act(() => store.getState().setOverrides([{ gate: 'f', value: 0 }]));
    const trace = store.getState().trace as LstmTrace;
    expect(trace.gates.f[12][3]).toBe(0);
    expect(numbersOf('Forget gate')).toBe(
      `ft[3] = ${fmtValue(0)} (forced; learned pre-activation ${fmtValue(trace.pre.f[12][3])})`,
    );
    expect(line('Forget gate')).toHaveClass('eq-forced');
    expect(numbersOf('Input gate')).not.toContain('forced');
    expect(numbersOf('Cell state')).toMatch(/^ct\[3\] = 0\.000 × /);
  });

  it('plugs the GRU trace into the update gate, candidate and hidden lines', async () => {
    const { store } = renderWithLab(<Equations />, { kind: 'lstm' });
    act(() => {
      store.getState().setKind('gru');
      store.getState().seek(12);
    });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), 'unit 5');
    const trace = store.getState().trace as GruTrace;
    const [t, j] = [12, 5];
    const { r, z, n } = trace.gates;
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    expect(line('Reset gate')).toBeInTheDocument();
    expect(numbersOf('Update gate')).toBe(
      `zt[5] = σ(${fmtValue(trace.pre.z[t][j])}) = ${fmtValue(z[t][j])}`,
    );
    expect(numbersOf('Candidate')).toBe(
      `nt[5] = tanh(${fmtValue(trace.pre.n[t][j])}) = ${fmtValue(n[t][j])}, with reset term ` +
        `r ⊙ (W_hn h + b_hn) = ${factor(r[t][j])} × (${fmtValue(trace.hns[t][j])})`,
    );
    const h = numbersOf('Hidden state');
    expect(h).toBe(
      `ht[5] = (1 − ${factor(z[t][j])}) × (${fmtValue(n[t][j])}) + ` +
        `${factor(z[t][j])} × (${fmtValue(trace.hs[t - 1][j])}) = ${fmtValue(trace.hs[t][j])}`,
    );
    const [zv, nv, zv2, hPrev, hv] = numbersIn(h);
    expect(zv2).toBe(zv);
    expect(Math.abs((1 - zv) * nv + zv * hPrev - hv)).toBeLessThan(2e-3);
  });

  it('plugs the RNN trace into its one line', async () => {
    const { store } = renderWithLab(<Equations />, { kind: 'rnn' });
    act(() => store.getState().seek(7));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), 'unit 2');
    const trace = store.getState().trace as RnnTrace;
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(numbersOf('Hidden state')).toBe(
      `ht[2] = tanh(${fmtValue(trace.pre.h[7][2])}) = ${fmtValue(trace.hs[7][2])}`,
    );
    expect(screen.getByText(/No gates/)).toBeInTheDocument();
  });
});
