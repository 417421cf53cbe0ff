// @vitest-environment jsdom
/**
 * Deferred panels: without IntersectionObserver (jsdom) the panel mounts at once; with one, a
 * placeholder holding the panel's heading stands in until the observer reports the panel near
 * (and the layout still says so a moment later), until `force` turns true, or until keyboard
 * focus reaches it — and the panel then stays.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Deferred } from '../../src/ui/Deferred';
import { SETTLE_MS } from '../../src/ui/use-near-viewport';

/** A stand-in for a heavy panel: a heading, a control, and a count of its renders. */
let bodyRenders = 0;
function Body() {
  bodyRenders++;
  return (
    <section aria-label="Heatmaps panel">
      <h2>Heatmaps</h2>
      <button type="button">Export heatmaps</button>
    </section>
  );
}

const panel = (force = false, watch = true) => (
  <>
    <button type="button">Before</button>
    <Deferred id="heatmaps" title="Heatmaps" minHeight={640} force={force} watch={watch}>
      {() => <Body />}
    </Deferred>
  </>
);

/** A fake IntersectionObserver: remembers what it observes; report() calls back as the browser would. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets = new Set<Element>();
  disconnected = false;
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.disconnected = true;
    this.targets.clear();
  }
  takeRecords() {
    return [];
  }
  /** Tells every live observer that its targets are (or are not) intersecting. */
  static report(isIntersecting: boolean) {
    for (const o of FakeObserver.all.filter((x) => !x.disconnected)) {
      const entries = [...o.targets].map(
        (target) => ({ target, isIntersecting }) as IntersectionObserverEntry,
      );
      o.callback(entries, o as unknown as IntersectionObserver);
    }
  }
}

/** Reports intersection, then lets the settling time pass (the layout still has it near). */
function near() {
  act(() => FakeObserver.report(true));
  act(() => vi.advanceTimersByTime(SETTLE_MS));
}

/** Puts every element's box `top` px down the page (jsdom lays nothing out: all boxes are 0). */
const placeAt = (top: number) =>
  vi
    .spyOn(Element.prototype, 'getBoundingClientRect')
    .mockReturnValue({ top, bottom: top + 640 } as DOMRect);

beforeEach(() => {
  bodyRenders = 0;
  FakeObserver.all = [];
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Deferred without IntersectionObserver', () => {
  it('mounts the panel at once', () => {
    expect(typeof IntersectionObserver).toBe('undefined'); // jsdom has none
    render(panel());
    expect(screen.getByRole('region', { name: 'Heatmaps panel' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show heatmaps' })).toBeNull();
    expect(bodyRenders).toBeGreaterThan(0);
  });
});

describe('Deferred with IntersectionObserver', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('shows a placeholder with the heading and height until the observer reports it near', () => {
    render(panel());
    const placeholder = screen.getByRole('region', { name: 'Heatmaps' });
    expect(screen.getByRole('heading', { name: 'Heatmaps' })).toBeInTheDocument();
    expect(placeholder).toHaveStyle({ minHeight: '640px' });
    expect(placeholder).toHaveAttribute('data-deferred', 'heatmaps');
    expect(bodyRenders).toBe(0);
    // it watches the placeholder with a margin, so the panel mounts before it scrolls into view
    const [observer] = FakeObserver.all;
    expect([...observer.targets]).toEqual([placeholder]);
    expect(observer.options.rootMargin).toBe('25% 0px');

    act(() => FakeObserver.report(false));
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(bodyRenders).toBe(0);
    act(() => FakeObserver.report(true));
    expect(bodyRenders).toBe(0); // not yet: it waits for the layout to settle
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(screen.getByRole('region', { name: 'Heatmaps panel' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Heatmaps' })).toBeNull();
    expect(observer.disconnected).toBe(true);
  });

  it('stays mounted once shown', () => {
    render(panel());
    near();
    act(() => FakeObserver.report(false));
    expect(screen.getByRole('region', { name: 'Heatmaps panel' })).toBeInTheDocument();
  });

  it('ignores a moment of nearness that the settled layout takes back', () => {
    render(panel());
    act(() => FakeObserver.report(true));
    act(() => FakeObserver.report(false)); // the page above grew: it is far again
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(bodyRenders).toBe(0);
    // reported near, but laid out three screens down when the time is up
    placeAt(3 * window.innerHeight);
    near();
    expect(bodyRenders).toBe(0);
    placeAt(window.innerHeight); // just below the fold: within a quarter screen
    near();
    expect(screen.getByRole('region', { name: 'Heatmaps panel' })).toBeInTheDocument();
  });

  it('does not watch while told not to, and mounts once it may', () => {
    const { rerender } = render(panel(false, false));
    expect(FakeObserver.all).toHaveLength(0);
    rerender(panel(false, true));
    near();
    expect(screen.getByRole('region', { name: 'Heatmaps panel' })).toBeInTheDocument();
  });

  it('mounts when force turns true, and stays when it turns false again', () => {
    const { rerender } = render(panel(false));
    expect(bodyRenders).toBe(0);
    rerender(panel(true));
    expect(screen.getByRole('region', { name: 'Heatmaps panel' })).toBeInTheDocument();
    rerender(panel(false));
    expect(screen.getByRole('region', { name: 'Heatmaps panel' })).toBeInTheDocument();
  });

  it('mounts when focus tabs onto it, and moves focus into the panel', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(panel());
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(screen.getByRole('region', { name: 'Heatmaps panel' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export heatmaps' })).toHaveFocus();
  });
});
