// @vitest-environment jsdom
/**
 * The training panel over the real protocol (the in-process host runs the same job a worker
 * does): progress rises, the curves are the runs' points through the charts' scales, Stop stops,
 * a trained model goes into the lab, and a divergence is said and rolled back.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { format } from 'd3-format';
import { CELL_KINDS, CELLS, paramCount, type CellKind } from '../../src/core';
import { evaluate } from '../../src/sim/train';
import { createInlineHost } from '../../src/sim/train-host';
import { jobData } from '../../src/sim/train-job';
import { createLabStore } from '../../src/state/store';
import { LabProvider } from '../../src/state/use-lab';
import { MODEL_NAMES } from '../../src/ui/cell-kinds';
import { TrainingPanel } from '../../src/ui/training/TrainingPanel';
import { MARGIN, chartScales, yDomain, type Measure } from '../../src/ui/training/curve-geometry';
import { MODELS } from './helpers';

afterEach(cleanup);

/** The panel over a store that trains in process; the job's clock moves 7 ms a read. */
function renderPanel() {
  let now = 0;
  const host = createInlineHost(
    () => new Promise((r) => setTimeout(r, 0)),
    () => (now += 7),
  );
  const store = createLabStore({ models: MODELS }, { trainer: host });
  render(
    <LabProvider store={store}>
      <TrainingPanel />
    </LabProvider>,
  );
  return store;
}

/** Sets a small, quick task through the panel's own controls. */
function setSmall(updates = '50', lr?: string) {
  fireEvent.change(screen.getByRole('slider', { name: 'Gap' }), { target: { value: '5' } });
  fireEvent.change(screen.getByRole('slider', { name: 'Updates' }), { target: { value: updates } });
  fireEvent.change(screen.getByRole('combobox', { name: 'Hidden size' }), {
    target: { value: '4' },
  });
  if (lr) fireEvent.change(screen.getByRole('combobox', { name: 'Learning rate' }), { target: { value: lr } }); // prettier-ignore
}

const overall = () => screen.getByRole('progressbar', { name: 'Training progress' });
const valueNow = (el: HTMLElement) => Number(el.getAttribute('aria-valuenow'));
const LONG = { timeout: 30_000, interval: 20 };

/** The (x, y) pairs of an SVG path made of M/L commands. */
function pathPoints(d: string): [number, number][] {
  const nums = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
  return Array.from({ length: nums.length / 2 }, (_, k) => [nums[2 * k], nums[2 * k + 1]]);
}

function line(measure: Measure, kind: CellKind): SVGPathElement {
  const svg = document.querySelector(`svg[data-measure="${measure}"]`)!;
  return svg.querySelector(`path[data-kind="${kind}"]`)!;
}

describe('TrainingPanel', () => {
  it('Train: the overall bar rises to 100, and each kind’s lines are its curve points', async () => {
    const store = renderPanel();
    setSmall();
    expect(store.getState().trainSettings).toEqual({ gap: 5, H: 4, lr: 0.01, updates: 50 });
    expect(valueNow(overall())).toBe(0);
    const seen: number[] = [];
    const observer = new MutationObserver(() => seen.push(valueNow(overall())));
    observer.observe(overall(), { attributes: true, attributeFilter: ['aria-valuenow'] });
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    await waitFor(() => expect(valueNow(overall())).toBe(100), LONG);
    observer.disconnect();
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.some((v) => v > 0 && v < 100)).toBe(true);

    const { runs } = store.getState();
    for (const measure of ['loss', 'accuracy'] as const) {
      const width = Number(document.querySelector(`svg[data-measure="${measure}"]`)!.getAttribute('width')); // prettier-ignore
      const s = chartScales(
        width,
        100,
        yDomain(
          measure,
          CELL_KINDS.map((k) => runs[k].curve),
        ),
      );
      for (const kind of CELL_KINDS) {
        const curve = runs[kind].curve;
        const points = pathPoints(line(measure, kind).getAttribute('d')!);
        expect(curve).toHaveLength(10); // one evaluation every 5 updates
        expect(points).toHaveLength(curve.length);
        points.forEach(([x, y], j) => {
          // across: the step's share of the 50 updates, inside the margins
          const expectedX = MARGIN.left + (curve[j].step / 50) * (width - MARGIN.left - MARGIN.right); // prettier-ignore
          expect(x).toBeCloseTo(expectedX, 2); // d3-path writes 3 decimals
          expect(y).toBeCloseTo(s.y(curve[j][measure]), 2);
        });
      }
    }
    // accuracy is drawn on [0, 1]: 100% at the top margin, 0% at the bottom
    const acc = chartScales(640, 50, yDomain('accuracy', []));
    expect([acc.y(1), acc.y(0)]).toEqual([MARGIN.top, 170 - MARGIN.bottom]);
    for (const kind of CELL_KINDS) {
      const card = screen.getByRole('heading', { name: MODEL_NAMES[kind] }).closest('li')!;
      expect(within(card).getByRole('progressbar', { name: `${MODEL_NAMES[kind]} progress` })).toHaveAttribute('aria-valuenow', '100'); // prettier-ignore
      expect(card).toHaveTextContent('Done: 50 of 50 updates.');
      const last = runs[kind].curve.at(-1)!.accuracy;
      expect(card).toHaveTextContent(`Held-out accuracy: ${Math.round(100 * last)}%`);
    }
  });

  it('Stop: every run says stopped, and neither the bars nor the curves move again', async () => {
    const store = renderPanel();
    setSmall('3000');
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    await waitFor(() => expect(store.getState().runs.lstm.curve.length).toBeGreaterThan(1), LONG);
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    for (const kind of CELL_KINDS) expect(store.getState().runs[kind].status).toBe('stopped');
    await waitFor(() => expect(CELL_KINDS.every((k) => store.getState().runs[k].model)).toBe(true));
    const at = valueNow(overall());
    const d = line('loss', 'lstm').getAttribute('d');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(100);
    await new Promise((r) => setTimeout(r, 200));
    expect(valueNow(overall())).toBe(at);
    expect(line('loss', 'lstm').getAttribute('d')).toBe(d);
    expect(screen.getAllByText(/^Stopped after \d+ of 3000 updates\.$/)).toHaveLength(CELL_KINDS.length); // prettier-ignore
    expect(screen.getByRole('button', { name: 'Stop' })).toBeDisabled();
  });

  it('"Use this LSTM" puts the trained weights into the lab; restoring brings the shipped one back', async () => {
    const store = renderPanel();
    store.getState().setKind('gru');
    setSmall();
    const use = screen.getByRole('button', { name: 'Use this LSTM' });
    expect(use).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    await waitFor(() => expect(use).toBeEnabled(), LONG);
    fireEvent.click(use);
    const s = store.getState();
    expect(s.kind).toBe('lstm');
    expect(Array.from(s.models.lstm!.cell.theta)).toEqual(
      Array.from(s.runs.lstm.model!.cell.theta),
    );
    expect(s.trace?.H).toBe(4);
    expect(screen.getByText('The lab now shows this trained LSTM.')).toBeInTheDocument();
    expect(use).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Restore the shipped LSTM' }));
    expect(store.getState().models.lstm).toBe(MODELS.lstm);
    expect(use).toBeEnabled();
  });

  it('"Compare the designs": the core’s counts at the chosen H, then what the last run measured', async () => {
    const store = renderPanel();
    setSmall('120');
    const table = screen.getByRole('table', { name: 'Compare the designs' });
    const cells = (kind: CellKind) =>
      within(within(table).getByRole('rowheader', { name: MODEL_NAMES[kind] }).closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    for (const kind of CELL_KINDS) {
      const G = CELLS[kind].blocks.length;
      // G·H·(D + H + 2) parameters and G·H·(D + H) multiply-adds per step, at H = 4 and D = 6
      expect(cells(kind)).toEqual([String(paramCount(kind, 6, 4)), String(G * 4 * 10), '–', '–', '–']); // prettier-ignore
      expect(paramCount(kind, 6, 4)).toBe(G * 4 * 12);
    }
    expect(screen.getByText(/Train to measure, in this browser/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    await waitFor(() => expect(valueNow(overall())).toBe(100), LONG);
    const { runs } = store.getState();
    for (const kind of CELL_KINDS) {
      const run = runs[kind];
      expect(run.ms).toBeGreaterThan(0);
      const learned = run.curve.find((p) => p.accuracy >= 0.95);
      expect(cells(kind).slice(2)).toEqual([
        format('.2~r')(run.ms! / run.step),
        format('.1~%')(run.accuracy!),
        learned ? format(',')(learned.step) : 'never',
      ]);
    }
    const reading = screen.getByText(/has \d+(\.\d)?× the parameters of/);
    expect(reading).toHaveTextContent(
      /At gap 5, the \w+ reached \d+% held-out and the \w+ \w* ?\d+%; /,
    );
  });

  it('a huge learning rate: each run says it diverged and was rolled back, with finite weights', async () => {
    const store = renderPanel();
    setSmall('50', '10');
    fireEvent.click(screen.getByRole('button', { name: 'Train' }));
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(CELL_KINDS.length), LONG);
    for (const alert of screen.getAllByRole('alert'))
      expect(alert).toHaveTextContent(/^Diverged, so training stopped and the weights were rolled back: update \d+: .*restored the weights after update \d+/); // prettier-ignore
    for (const kind of CELL_KINDS) {
      const model = store.getState().runs[kind].model!;
      expect(Array.from(model.cell.theta).every(Number.isFinite)).toBe(true);
      // the card gives the rolled-back weights' own held-out accuracy
      const { accuracy } = evaluate(model, jobData(5).test);
      const card = screen.getByRole('heading', { name: MODEL_NAMES[kind] }).closest('li')!;
      expect(card).toHaveTextContent(`Held-out accuracy: ${Math.round(100 * accuracy)}%`);
      expect(screen.getByRole('button', { name: `Use this ${MODEL_NAMES[kind]}` })).toBeEnabled();
    }
    expect(valueNow(overall())).toBe(100);
  });
});
