// @vitest-environment jsdom
/**
 * A reading picked on the timeline offers its edit in place: a tap or click without movement opens
 * the popover (a drag does not), its fields and buttons edit the events exactly as the editor's
 * do, and moving through time, Escape or Close shut it. A finger scrubs sideways only.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScanEvent } from '../../src/data';
import { SequenceEditor } from '../../src/ui/editor/SequenceEditor';
import { MIN_COL, NARROW, drawnWidth } from '../../src/ui/timeline/geometry';
import { Timeline } from '../../src/ui/timeline/Timeline';
import { renderWithLab } from './helpers';

afterEach(cleanup);

const svg = () => screen.getByRole('img', { name: /Scanner readings and jam risk/ });
const popover = () => screen.queryByRole('dialog', { name: /^Edit the reading at step/ });

/** Lays the timeline's SVG out 600 px wide from x = 100 (jsdom lays nothing out). */
function layOut(T: number) {
  svg().getBoundingClientRect = () => ({ left: 100, width: 600, top: 0, height: 132 }) as DOMRect;
  return (t: number) => 100 + (600 * (t + 0.5)) / T;
}

/** A press and release at the same place: a click, or a finger's tap. */
function tap(x: number, pointerType = 'mouse') {
  fireEvent.pointerDown(svg(), { clientX: x, clientY: 20, pointerId: 1, pointerType });
  fireEvent.pointerUp(svg(), { clientX: x, clientY: 20, pointerId: 1, pointerType });
}

describe('picking a reading', () => {
  it('a click on a column jumps there and opens the reading’s edit at it', () => {
    const { store } = renderWithLab(<Timeline />);
    const at = layOut(store.getState().events.length);
    tap(at(10));
    expect(store.getState().t).toBe(10);
    const p = screen.getByRole('dialog', { name: 'Edit the reading at step 10' });
    const reading = store.getState().events[10];
    expect(within(p).getByRole('combobox', { name: 'Kind of this reading' })).toHaveValue(reading.kind); // prettier-ignore
    expect(within(p).getByRole('slider', { name: 'Magnitude of this reading' })).toHaveValue(String(reading.magnitude)); // prettier-ignore
  });

  it('a drag scrubs and opens nothing', () => {
    const { store } = renderWithLab(<Timeline />);
    const at = layOut(store.getState().events.length);
    fireEvent.pointerDown(svg(), { clientX: at(10), pointerId: 1 });
    fireEvent.pointerMove(svg(), { clientX: at(20), pointerId: 1 });
    fireEvent.pointerUp(svg(), { clientX: at(20), pointerId: 1 });
    expect(store.getState().t).toBe(20);
    expect(popover()).toBeNull();
  });

  it('a finger: a tap jumps on release, a sideways drag scrubs, an up-or-down one does nothing', () => {
    const { store } = renderWithLab(<Timeline />);
    const at = layOut(store.getState().events.length);
    const touch = { pointerId: 7, pointerType: 'touch' };
    fireEvent.pointerDown(svg(), { ...touch, clientX: at(12), clientY: 20 });
    expect(store.getState().t).toBe(0); // not yet: it may be a scroll
    fireEvent.pointerUp(svg(), { ...touch, clientX: at(12), clientY: 20 });
    expect(store.getState().t).toBe(12);
    expect(popover()).toHaveAccessibleName('Edit the reading at step 12');

    fireEvent.pointerDown(svg(), { ...touch, clientX: at(12), clientY: 20 });
    fireEvent.pointerMove(svg(), { ...touch, clientX: at(12) + 3, clientY: 60 });
    fireEvent.pointerUp(svg(), { ...touch, clientX: at(12) + 3, clientY: 60 });
    expect(store.getState().t).toBe(12); // not a scrub, and not a tap either
    expect(popover()).toHaveAccessibleName('Edit the reading at step 12');

    fireEvent.pointerDown(svg(), { ...touch, clientX: at(12), clientY: 20 });
    fireEvent.pointerMove(svg(), { ...touch, clientX: at(25), clientY: 24 });
    fireEvent.pointerUp(svg(), { ...touch, clientX: at(25), clientY: 24 });
    expect(store.getState().t).toBe(25);
    expect(popover()).toBeNull(); // the scrub moved through time, which closes it
  });
});

describe('a finger on the current reading’s handle', () => {
  it('sideways scrubs and leaves the reading; up drags its magnitude; a tap picks it', () => {
    const { store, container } = renderWithLab(<Timeline />);
    const at = layOut(store.getState().events.length);
    const handle = () => container.querySelector('.magnitude-handle')!;
    const touch = { pointerId: 3, pointerType: 'touch' };
    act(() => store.getState().seek(12));
    const before = store.getState().events;
    fireEvent.pointerDown(handle(), { ...touch, clientX: at(12), clientY: 40 });
    fireEvent.pointerMove(handle(), { ...touch, clientX: at(16), clientY: 42 });
    fireEvent.pointerUp(handle(), { ...touch, clientX: at(16), clientY: 42 });
    expect(store.getState().t).toBe(16);
    expect(store.getState().events).toBe(before);
    expect(popover()).toBeNull();

    const m0 = before[16].magnitude;
    fireEvent.pointerDown(handle(), { ...touch, clientX: at(16), clientY: 40 });
    fireEvent.pointerMove(handle(), { ...touch, clientX: at(16) + 2, clientY: 20 });
    fireEvent.pointerUp(handle(), { ...touch, clientX: at(16) + 2, clientY: 20 });
    expect(store.getState().t).toBe(16);
    expect(store.getState().events[16].magnitude).toBeCloseTo(Math.min(1, m0 + 0.2), 10);
    expect(popover()).toBeNull();

    fireEvent.pointerDown(handle(), { ...touch, clientX: at(16), clientY: 40 });
    fireEvent.pointerUp(handle(), { ...touch, clientX: at(16), clientY: 40 });
    expect(popover()).toHaveAccessibleName('Edit the reading at step 16');
  });
});

describe('the popover edits as the editor does', () => {
  /** Renders the timeline and the editor with the cursor at step 6; `pick` opens the popover. */
  function setUp() {
    const lab = renderWithLab(
      <>
        <Timeline />
        <SequenceEditor />
      </>,
      { t: 6 },
    );
    const at = layOut(lab.store.getState().events.length);
    return { ...lab, pick: () => tap(at(6)) };
  }
  const editor = () => screen.getByRole('region', { name: 'Edit the sequence' });

  /** What each way of editing leaves: the readings and the cursor. */
  async function outcome(
    edit: (scope: HTMLElement) => Promise<void> | void,
    via: 'popover' | 'editor',
  ) {
    const { store, pick } = setUp();
    pick();
    await edit(via === 'popover' ? popover()! : editor());
    const { events, t } = store.getState();
    cleanup();
    return { events: events as readonly ScanEvent[], t };
  }

  const EDITS: [string, Record<'popover' | 'editor', (scope: HTMLElement) => Promise<void> | void>][] = [
    ['kind', {
      popover: (p) => userEvent.selectOptions(within(p).getByRole('combobox', { name: 'Kind of this reading' }), 'wobble'),
      editor: (e) => userEvent.selectOptions(within(e).getByRole('combobox', { name: 'Kind' }), 'wobble'),
    }],
    ['magnitude', {
      popover: (p) => void fireEvent.change(within(p).getByRole('slider', { name: 'Magnitude of this reading' }), { target: { value: '0.73' } }),
      editor: (e) => void fireEvent.change(within(e).getByRole('slider', { name: 'Magnitude' }), { target: { value: '0.73' } }),
    }],
    ['insert before', {
      popover: (p) => userEvent.click(within(p).getByRole('button', { name: 'Insert before this reading' })),
      editor: (e) => userEvent.click(within(e).getByRole('button', { name: 'Insert before' })),
    }],
    ['insert after', {
      popover: (p) => userEvent.click(within(p).getByRole('button', { name: 'Insert after this reading' })),
      editor: (e) => userEvent.click(within(e).getByRole('button', { name: 'Insert after' })),
    }],
    ['delete', {
      popover: (p) => userEvent.click(within(p).getByRole('button', { name: 'Delete this reading' })),
      editor: (e) => userEvent.click(within(e).getByRole('button', { name: 'Delete reading' })),
    }],
  ]; // prettier-ignore

  for (const [what, ways] of EDITS)
    it(`${what}: the same readings and cursor as the editor’s control`, async () => {
      const before = setUp().store.getState().events;
      cleanup();
      const fromPopover = await outcome(ways.popover, 'popover');
      expect(fromPopover).toEqual(await outcome(ways.editor, 'editor'));
      expect(fromPopover.events).not.toEqual(before); // it did edit
    });

  it('follows its own edits, and its names are not the editor’s', async () => {
    const { store, pick } = setUp();
    pick();
    const T = store.getState().events.length;
    await userEvent.click(within(popover()!).getByRole('button', { name: 'Insert after this reading' })); // prettier-ignore
    // the cursor moved to the new reading with the edit: the popover is still open, on it
    expect(store.getState().t).toBe(7);
    expect(store.getState().events).toHaveLength(T + 1);
    expect(popover()).toHaveAccessibleName('Edit the reading at step 7');
    expect(within(popover()!).getByRole('combobox', { name: 'Kind of this reading' })).toHaveValue('ok'); // prettier-ignore
    // the editor's pinned names are still on the page exactly once
    for (const name of ['Insert before', 'Insert after', 'Delete reading'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kind' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Magnitude' })).toBeInTheDocument();
  });
});

describe('closing the popover', () => {
  it('closes on Escape, on Close, and when the cursor moves by other means', async () => {
    const { store } = renderWithLab(<Timeline />);
    const at = layOut(store.getState().events.length);
    tap(at(3));
    await userEvent.keyboard('{Escape}');
    expect(popover()).toBeNull();
    tap(at(3));
    await userEvent.click(within(popover()!).getByRole('button', { name: 'Close' }));
    expect(popover()).toBeNull();
    tap(at(3));
    act(() => store.getState().stepForward());
    expect(popover()).toBeNull();
    expect(store.getState().t).toBe(4);
  });
});

describe('drawnWidth', () => {
  it('keeps a wide box as it is, and gives a phone’s columns at least MIN_COL pixels', () => {
    expect(drawnWidth(30, 900)).toBe(900);
    expect(drawnWidth(200, NARROW)).toBe(NARROW);
    expect(drawnWidth(30, 360)).toBe(30 * MIN_COL);
    expect(drawnWidth(10, 360)).toBe(360); // short sequences still fill the box
  });
});
