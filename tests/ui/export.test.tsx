// @vitest-environment jsdom
/**
 * Export: the standalone SVG (parts placed, computed styles inlined, canvases embedded as PNG
 * images), the panel buttons that download it, and the PyTorch-layout weights.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  cellFromStateDict,
  cellToStateDict,
  modelFromFile,
  runForward,
  type StateDict,
} from '../../src/core';
import {
  composeSvg,
  figureParts,
  type Box,
  type ComposeEnv,
} from '../../src/ui/export/compose-svg';
import { ExportControl, fileStem } from '../../src/ui/export/ExportControl';
import { textBlocks } from '../../src/ui/export/html-text';
import { inlineStyles, styleText } from '../../src/ui/export/inline-styles';
import { torchWeights } from '../../src/ui/export/torch-weights';
import { WeightsExport } from '../../src/ui/export/WeightsExport';
import { Timeline } from '../../src/ui/timeline/Timeline';
import { MODELS, renderWithLab } from './helpers';

afterEach(cleanup);

/** A computed style that answers from a table keyed by class name. */
const tableStyle =
  (table: Record<string, Record<string, string>>) =>
  (el: Element): Pick<CSSStyleDeclaration, 'getPropertyValue'> => ({
    getPropertyValue: (p: string) => table[el.getAttribute('class') ?? '']?.[p] ?? '',
  });

const BOXES: Record<string, Box> = {
  root: { left: 100, top: 50, width: 400, height: 200 },
  plot: { left: 110, top: 60, width: 300, height: 100 },
  pixels: { left: 100, top: 170, width: 80, height: 40 },
  label: { left: 120, top: 40, width: 60, height: 14 },
  para: { left: 120, top: 220, width: 200, height: 40 },
  more: { left: 400, top: 50, width: 30, height: 20 },
};

function figure(): HTMLElement {
  document.body.innerHTML = `
    <div id="root">
      <svg id="plot" viewBox="0 0 30 10" class="plot"><g class="g"><path class="risk-path" d="M0,1L5,2"/><text class="label">p</text></g></svg>
      <div><canvas id="pixels" class="pix" width="8" height="4"></canvas></div>
      <h3 id="label" class="title">Forget <em>gate</em></h3>
      <p id="para" class="title">A sentence long enough to wrap.</p>
      <button id="more">more</button>
    </div>`;
  return document.getElementById('root')!;
}

const env: ComposeEnv = {
  // DOMRects as the browser gives them: fields are getters, not own properties
  measure: (el) => {
    const b = BOXES[el.id];
    return new DOMRect(b.left, b.top, b.width, b.height);
  },
  styleOf: tableStyle({
    'risk-path': { fill: 'none', stroke: 'rgb(200, 0, 0)', 'stroke-width': '2px' },
    label: { 'font-size': '11px', 'font-family': 'sans-serif' },
    title: { 'font-size': '12px', 'font-weight': '700', color: 'rgb(27, 31, 36)' },
    pix: { 'image-rendering': 'pixelated' },
  }),
  pixels: () => 'data:image/png;base64,AAAA',
};

const parse = (markup: string) =>
  new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;

describe('styleText and inlineStyles', () => {
  it('writes only the properties that have a value', () => {
    const style = tableStyle({ a: { fill: 'red', stroke: '', opacity: '0.5', color: 'blue' } });
    const el = document.createElement('span');
    el.setAttribute('class', 'a');
    expect(styleText(style(el))).toBe('fill: red; opacity: 0.5');
  });

  it('walks the source and its clone in step', () => {
    const root = figure();
    const plot = root.querySelector('svg')!;
    const clone = plot.cloneNode(true) as Element;
    inlineStyles(plot, clone, env.styleOf);
    expect(clone.querySelector('path')!.getAttribute('style')).toBe(
      'fill: none; stroke: rgb(200, 0, 0); stroke-width: 2px',
    );
    expect(clone.querySelector('text')!.getAttribute('style')).toBe(
      'font-size: 11px; font-family: sans-serif',
    );
    expect(clone.querySelector('g')!.hasAttribute('style')).toBe(false);
    expect(plot.querySelector('path')!.hasAttribute('style')).toBe(false);
  });
});

describe('composeSvg', () => {
  it('finds top-level svgs and canvases in document order', () => {
    expect(figureParts(figure()).map((el) => el.id)).toEqual(['plot', 'pixels']);
  });

  it('finds the one-line HTML labels, not controls', () => {
    expect(textBlocks(figure()).map((el) => el.id)).toEqual(['label', 'para']);
  });

  it('crops to what is drawn, places each part in it, over a white page, with a title', () => {
    const svg = parse(composeSvg(figure(), 'Gate Lab: timeline', env));
    expect(svg.localName).toBe('svg');
    // left 100 (canvas) … right 410 (plot), top 40 (label) … bottom 260 (paragraph)
    expect(svg.getAttribute('viewBox')).toBe('0 0 310 220');
    expect(svg.querySelector('title')!.textContent).toBe('Gate Lab: timeline');
    expect(svg.querySelector('rect')!.getAttribute('fill')).toBe('#fff');
    const plot = svg.querySelector('svg')!;
    expect(['x', 'y', 'width', 'height'].map((a) => plot.getAttribute(a))).toEqual([
      '10',
      '20',
      '300',
      '100',
    ]);
    expect(plot.getAttribute('viewBox')).toBe('0 0 30 10');
    expect(plot.querySelector('path')!.getAttribute('d')).toBe('M0,1L5,2');
    expect(plot.querySelector('path')!.getAttribute('style')).toContain('stroke: rgb(200, 0, 0)');
  });

  it('embeds a canvas as a PNG image at its place', () => {
    const svg = parse(composeSvg(figure(), 't', env));
    const image = svg.querySelector('image')!;
    expect(image.getAttribute('href')).toBe('data:image/png;base64,AAAA');
    expect(['x', 'y', 'width', 'height'].map((a) => image.getAttribute(a))).toEqual([
      '0',
      '130',
      '80',
      '40',
    ]);
    expect(image.getAttribute('style')).toBe('image-rendering: pixelated');
    expect(svg.querySelector('canvas')).toBeNull();
  });
});

describe('textElement', () => {
  it('draws a one-line label as <text> in its font and colour; leaves a wrapped one out', () => {
    const svg = parse(composeSvg(figure(), 't', env));
    const texts = Array.from(svg.querySelectorAll(':scope > text'));
    expect(texts.map((t) => t.textContent)).toEqual(['Forget gate']);
    const [label] = texts;
    // x = 120 − 100; baseline = top 0 + half of 14 + 0.35 × 12
    expect([label.getAttribute('x'), label.getAttribute('y')]).toEqual(['20', '11.2']);
    expect(label.getAttribute('style')).toBe(
      'font-size: 12px; font-weight: 700; fill: rgb(27, 31, 36)',
    );
  });
});

describe('torchWeights', () => {
  it('is the cell’s state dict plus the readout as nn.Linear(H, 1)', () => {
    for (const model of Object.values(MODELS)) {
      const w = JSON.parse(JSON.stringify(torchWeights(model)));
      const sd = cellToStateDict(model.cell);
      for (const k of Object.keys(sd) as (keyof StateDict)[]) expect(w[k]).toEqual(sd[k]);
      expect(w['readout.weight']).toEqual([Array.from(model.readout.w)]);
      expect(w['readout.bias']).toEqual(Array.from(model.readout.b));
      expect(w.nonlinearity).toBe('tanh');
      expect(Object.keys(w).sort()).toEqual([
        'bias_hh_l0',
        'bias_ih_l0',
        'nonlinearity',
        'readout.bias',
        'readout.weight',
        'weight_hh_l0',
        'weight_ih_l0',
      ]);
    }
  });

  it('loads back into the same cell (the import path torch users take the other way)', () => {
    const model = MODELS.lstm;
    const w = torchWeights(model);
    const sd: StateDict = {
      weight_ih_l0: w.weight_ih_l0,
      weight_hh_l0: w.weight_hh_l0,
      bias_ih_l0: w.bias_ih_l0,
      bias_hh_l0: w.bias_hh_l0,
    };
    const back = cellFromStateDict('lstm', sd);
    expect(Array.from(back.theta)).toEqual(Array.from(model.cell.theta));
    expect(sd.weight_ih_l0).toHaveLength(4 * model.cell.H);
    expect(sd.weight_ih_l0[0]).toHaveLength(6);
  });
});

describe('download buttons', () => {
  let saved: Blob[];
  beforeEach(() => {
    saved = [];
    URL.createObjectURL = vi.fn((b: Blob) => (saved.push(b), 'blob:test'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('"Export timeline as SVG" downloads the timeline with its risk path', async () => {
    const { container } = renderWithLab(<Timeline />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export timeline as SVG' }));
    });
    expect(saved).toHaveLength(1);
    expect(saved[0].type).toBe('image/svg+xml');
    const svg = parse(await saved[0].text());
    expect(svg.querySelector('title')!.textContent).toBe('Gate Lab: timeline');
    const live = container.querySelector('.timeline-svg path.risk-path')!;
    const exported = svg.querySelector('path.risk-path')!;
    expect(exported.getAttribute('d')).toBe(live.getAttribute('d'));
    expect(live.getAttribute('d')!.length).toBeGreaterThan(10);
    expect(exported.hasAttribute('style')).toBe(true);
    expect(screen.getByRole('button', { name: 'Export timeline as PNG' })).toBeInTheDocument();
  });

  it('says so when the figure is missing, and downloads nothing', async () => {
    renderWithLab(
      <section>
        <ExportControl name="nothing" figure=".absent" />
      </section>,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Export nothing as SVG' }));
    });
    expect(saved).toHaveLength(0);
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing to export');
  });

  it('"Export weights (PyTorch JSON)" downloads the shown model in torch layout', async () => {
    const { store } = renderWithLab(<WeightsExport />);
    act(() => store.getState().setKind('gru'));
    const kind = store.getState().kind;
    expect(kind).toBe('gru');
    fireEvent.click(screen.getByRole('button', { name: 'Export weights (PyTorch JSON)' }));
    expect(saved).toHaveLength(1);
    const w = JSON.parse(await saved[0].text());
    const sd = cellToStateDict(MODELS[kind].cell);
    expect(w.weight_hh_l0).toEqual(sd.weight_hh_l0);
    expect(w.bias_ih_l0).toEqual(sd.bias_ih_l0);
    expect(w['readout.weight'][0]).toEqual(Array.from(MODELS[kind].readout.w));
  });

  it('for the MGU (no PyTorch module) offers the lab’s model file instead, which loads back as the shown model', async () => {
    const { store } = renderWithLab(<WeightsExport />);
    act(() => store.getState().setKind('mgu'));
    expect(screen.queryByRole('button', { name: 'Export weights (PyTorch JSON)' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Export as PyTorch script' })).toBeNull();
    expect(screen.getByText(/PyTorch has no MGU module, so the lab offers its own model file/)).toBeInTheDocument(); // prettier-ignore
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export model file (Gate Lab JSON)' }));
    expect(names).toEqual(['gate-lab-mgu-model.json']);
    expect(saved).toHaveLength(1);
    expect(saved[0].type).toBe('application/json');
    const { model } = modelFromFile(JSON.parse(await saved[0].text()));
    const shown = MODELS.mgu;
    expect(model.cell.kind).toBe('mgu');
    expect(Array.from(model.cell.theta)).toEqual(Array.from(shown.cell.theta));
    expect(Array.from(model.readout.w)).toEqual(Array.from(shown.readout.w));
    const xs = [Float64Array.from([1, 0, 0, 0, 0, 0.5])];
    expect(Array.from(runForward(model.cell, xs).hs[0])).toEqual(
      Array.from(runForward(shown.cell, xs).hs[0]),
    );
  });

  it('for a kind PyTorch has, offers both PyTorch buttons and no model file', () => {
    const { store } = renderWithLab(<WeightsExport />);
    for (const kind of ['rnn', 'lstm', 'gru'] as const) {
      act(() => store.getState().setKind(kind));
      expect(screen.getByRole('button', { name: 'Export weights (PyTorch JSON)' })).toBeEnabled();
      expect(screen.getByRole('button', { name: 'Export as PyTorch script' })).toBeEnabled();
      expect(
        screen.queryByRole('button', { name: 'Export model file (Gate Lab JSON)' }),
      ).toBeNull();
    }
  });

  it('names files after the panel', () => {
    expect(fileStem('gradient flow')).toBe('gate-lab-gradient-flow');
  });
});
