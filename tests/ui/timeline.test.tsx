// @vitest-environment jsdom
/** The conveyor timeline: one icon per reading, the cursor at t, click and drag to move in time. */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EVENT_INFO, SCENARIOS } from '../../src/data';
import { riskY, stepAt } from '../../src/ui/timeline/geometry';
import { Timeline } from '../../src/ui/timeline/Timeline';
import { renderWithLab } from './helpers';

afterEach(cleanup);

const svg = () => screen.getByRole('img', { name: /Scanner readings and jam risk/ });

describe('Timeline', () => {
  it('draws one labelled icon per reading, kind and magnitude', () => {
    const { store, container } = renderWithLab(<Timeline />);
    const { events } = store.getState();
    const icons = container.querySelectorAll('.conveyor [data-kind]');
    expect(icons).toHaveLength(events.length);
    const wobble = events.findIndex((e) => e.kind === 'wobble');
    expect(icons[wobble]).toHaveAttribute('data-kind', 'wobble');
    expect(icons[wobble].querySelector('title')).toHaveTextContent(
      `step ${wobble}: ${EVENT_INFO.wobble.label}, magnitude ${events[wobble].magnitude.toFixed(2)}`,
    );
  });

  it('tells the scenario’s story, and follows a change of scenario', () => {
    const { store } = renderWithLab(<Timeline />);
    expect(screen.getByText(SCENARIOS[0].story)).toBeInTheDocument();
    act(() => store.getState().setScenario('long-gap-jam'));
    expect(screen.getByText(SCENARIOS[4].story)).toBeInTheDocument();
  });

  it('marks the current step and its jam risk, following t', () => {
    const { store, container } = renderWithLab(<Timeline />);
    act(() => store.getState().seek(27));
    const cursor = container.querySelector('.cursor')!;
    expect(cursor).toHaveAttribute('data-step', '27');
    const dot = cursor.querySelector('circle')!;
    expect(Number(dot.getAttribute('cy'))).toBeCloseTo(riskY(store.getState().risks![27]), 9);
  });

  it('draws the risk line through every p_t', () => {
    const { store, container } = renderWithLab(<Timeline />);
    const d = container.querySelector('.risk-path')!.getAttribute('d')!;
    const ys = [...d.matchAll(/[ML][\d.e-]+,([\d.e-]+)/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(store.getState().events.length);
    // d3-shape writes coordinates to 3 decimals
    ys.forEach((y, t) => expect(y).toBeCloseTo(riskY(store.getState().risks![t]), 2));
  });

  it('jumps to the clicked column and scrubs while dragging', () => {
    const { store } = renderWithLab(<Timeline />);
    const T = store.getState().events.length;
    const el = svg();
    el.getBoundingClientRect = () => ({ left: 100, width: 600, top: 0, height: 100 }) as DOMRect;
    fireEvent.pointerDown(el, { clientX: 100 + (600 * 10.5) / T, pointerId: 1 });
    expect(store.getState().t).toBe(10);
    fireEvent.pointerMove(el, { clientX: 100 + (600 * 20.5) / T, pointerId: 1 });
    expect(store.getState().t).toBe(20);
    fireEvent.pointerUp(el, { pointerId: 1 });
    fireEvent.pointerMove(el, { clientX: 100 + (600 * 3.5) / T, pointerId: 1 });
    expect(store.getState().t).toBe(20); // no longer dragging
  });
});

describe('stepAt', () => {
  it('maps a pointer to its column and clamps outside the strip', () => {
    const rect = { left: 10, width: 300 };
    expect([stepAt(10, rect, 30), stepAt(19.9, rect, 30), stepAt(20, rect, 30)]).toEqual([0, 0, 1]);
    expect([stepAt(-50, rect, 30), stepAt(1e4, rect, 30)]).toEqual([0, 29]);
  });

  it('shades the steps where gates are forced, once some gate is', () => {
    const { store, container } = renderWithLab(<Timeline />);
    const band = () => container.querySelector('.forced-band rect');
    act(() => store.getState().setForceScope({ steps: [4, 9] }));
    expect(band()).toBeNull(); // a scope alone forces nothing
    act(() => store.getState().setGateMode('f', 'zero'));
    const col = 720 / store.getState().events.length; // jsdom: the fallback width
    expect(Number(band()!.getAttribute('x'))).toBeCloseTo(4 * col);
    expect(Number(band()!.getAttribute('width'))).toBeCloseTo(6 * col);
    act(() => store.getState().setForceScope({ steps: null }));
    expect(band()).toBeNull();
  });
});
