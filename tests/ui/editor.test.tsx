// @vitest-environment jsdom
/** The sequence editor panel and its marks on the timeline, through roles and accessible names. */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jamRisk, runForward, type CellKind } from '../../src/core';
import {
  CANONICAL,
  MAX_FILE_CHARS,
  encodeSequence,
  scenario,
  type ScanEvent,
} from '../../src/data';
import { DRAG_PX } from '../../src/ui/editor/MagnitudeHandle';
import { NEW_READING } from '../../src/ui/editor/reading';
import { SequenceEditor } from '../../src/ui/editor/SequenceEditor';
import { fmtPercent } from '../../src/ui/format';
import { Lab } from '../../src/ui/Lab';
import { riskY } from '../../src/ui/timeline/geometry';
import { Timeline } from '../../src/ui/timeline/Timeline';
import { MODELS, renderWithLab } from './helpers';

const CANON = scenario(CANONICAL).events;
const WOBBLE = CANON.findIndex((e) => e.kind === 'wobble');

/** The final jam risk of a sequence, from the core, computed here. */
const finalRisk = (events: readonly ScanEvent[], kind: CellKind = 'lstm') => {
  const m = MODELS[kind];
  const risks = jamRisk(m.readout, runForward(m.cell, encodeSequence(events)).hs);
  return risks[risks.length - 1];
};

const button = (name: string) => screen.getByRole('button', { name });
const EditorAndTimeline = () => (
  <>
    <Timeline />
    <SequenceEditor />
  </>
);

beforeEach(() => {
  // jsdom has no 2D canvas; the heatmaps skip drawing without one
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('SequenceEditor', () => {
  it('changes the kind and magnitude of the reading at the cursor', async () => {
    const { store } = renderWithLab(<SequenceEditor />);
    act(() => store.getState().seek(WOBBLE));
    const kind = screen.getByRole('combobox', { name: 'Kind' });
    const magnitude = screen.getByRole('slider', { name: 'Magnitude' });
    expect(kind).toHaveValue('wobble');
    expect(magnitude).toHaveValue('0.9');
    await userEvent.selectOptions(kind, 'Blip');
    expect(store.getState().events[WOBBLE]).toEqual({ kind: 'blip', magnitude: 0.9 });
    fireEvent.change(magnitude, { target: { value: '0.42' } });
    expect(store.getState().events[WOBBLE]).toEqual({ kind: 'blip', magnitude: 0.42 });
    expect(screen.getByText('0.42')).toBeInTheDocument();
    // the other readings are untouched
    expect(store.getState().events.filter((_, t) => t !== WOBBLE)).toEqual(
      CANON.filter((_, t) => t !== WOBBLE),
    );
  });

  it('inserts before and after, deletes, undoes and redoes', async () => {
    const { store } = renderWithLab(<SequenceEditor />);
    const user = userEvent.setup();
    act(() => store.getState().seek(WOBBLE));
    expect(button('Undo')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('Insert after'));
    expect(store.getState().events[WOBBLE + 1]).toEqual(NEW_READING);
    expect(store.getState().t).toBe(WOBBLE + 1);
    await user.click(button('Insert before'));
    expect(store.getState().events[WOBBLE + 1]).toEqual(NEW_READING);
    expect(store.getState().events).toHaveLength(CANON.length + 2);
    act(() => store.getState().seek(WOBBLE));
    await user.click(button('Delete reading'));
    const edited = store.getState().events;
    expect(edited).toHaveLength(CANON.length + 1);
    expect(edited.some((e) => e.kind === 'wobble')).toBe(false);
    await user.click(button('Undo'));
    await user.click(button('Undo'));
    await user.click(button('Undo'));
    expect(store.getState().events).toEqual(CANON);
    expect(button('Undo')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('Redo'));
    await user.click(button('Redo'));
    await user.click(button('Redo'));
    expect(store.getState().events).toEqual(edited);
    expect(button('Redo')).toHaveAttribute('aria-disabled', 'true');
  });

  it('states the effect of the edits with the final risk of two core runs', async () => {
    const { store } = renderWithLab(<EditorAndTimeline />);
    const user = userEvent.setup();
    const sentence = () =>
      within(screen.getByRole('region', { name: 'Edit the sequence' })).getByRole('status');
    expect(sentence()).toHaveTextContent(/^$/);
    await user.click(screen.getByRole('checkbox', { name: 'Compare with original' }));
    expect(sentence()).toHaveTextContent('No edits yet: this is the original sequence.');
    act(() => store.getState().seek(WOBBLE));
    await user.click(button('Delete reading'));
    const [before, after] = [finalRisk(CANON), finalRisk(store.getState().events)];
    // the lesson this panel exists for: without the wobble the shipped LSTM expects no jam
    expect(before).toBeGreaterThan(0.5);
    expect(after).toBeLessThan(0.5);
    expect(sentence()).toHaveTextContent(
      `Your edits change the final jam risk from ${fmtPercent(before)} (original) to ${fmtPercent(after)}.`,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Compare with original' }));
    expect(sentence()).toHaveTextContent(/^$/);
  });

  it('draws the original’s risk dotted, step by step, over the longer of the two sequences', async () => {
    const { store, container } = renderWithLab(<EditorAndTimeline />, { compare: true });
    expect(container.querySelector('.risk-path.original')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Jam-risk lines' })).toBeNull();
    // three readings shorter: the original runs three columns past the edited sequence
    act(() => [0, 0, 0].forEach((at) => store.getState().deleteEvent(at)));
    const original = store.getState().originalRun!.risks;
    const d = container.querySelector('.risk-path.original')!.getAttribute('d')!;
    const points = [...d.matchAll(/[ML]([\d.e-]+),([\d.e-]+)/g)].map((m) => m.slice(1).map(Number));
    expect(points).toHaveLength(CANON.length);
    const col = 720 / CANON.length;
    points.forEach(([x, y], t) => {
      expect(x).toBeCloseTo((t + 0.5) * col, 2);
      expect(y).toBeCloseTo(riskY(original[t]), 2);
    });
    expect(screen.getByRole('list', { name: 'Jam-risk lines' })).toHaveTextContent(
      'original sequence',
    );
  });

  it('drags the magnitude of the current reading on the timeline, as one undo step, without scrubbing', () => {
    const { store, container } = renderWithLab(<Timeline />);
    act(() => store.getState().seek(WOBBLE));
    const handle = container.querySelector('.magnitude-handle')!;
    expect(handle).toHaveAttribute('data-step', String(WOBBLE));
    fireEvent.pointerDown(handle, { clientX: 5, clientY: 200, pointerId: 1 });
    fireEvent.pointerMove(handle, { clientX: 5, clientY: 200 + DRAG_PX * 0.2, pointerId: 1 });
    fireEvent.pointerMove(handle, { clientX: 5, clientY: 200 + DRAG_PX * 0.5, pointerId: 1 });
    fireEvent.pointerUp(handle, { pointerId: 1 });
    const s = store.getState();
    expect(s.events[WOBBLE]).toEqual({ kind: 'wobble', magnitude: 0.4 });
    expect([s.t, s.past.length]).toEqual([WOBBLE, 1]);
    // dragging far past the top stops at 1
    fireEvent.pointerDown(handle, { clientY: 200, pointerId: 2 });
    fireEvent.pointerMove(handle, { clientY: 200 - DRAG_PX * 3, pointerId: 2 });
    expect(store.getState().events[WOBBLE].magnitude).toBe(1);
  });
});

describe('files', () => {
  const upload = async (name: string, text: string, type = 'text/csv') => {
    // in the whole lab the editor's code loads as the panel is first shown (a module transform
    // that, with the whole suite running in parallel, can take over findBy's default second)
    await userEvent.upload(
      await screen.findByLabelText('Import sequence (JSON or CSV)', {}, { timeout: 10_000 }),
      new File([text], name, { type }),
    );
  };

  it('a bad file raises an alert naming the fault and keeps the sequence', async () => {
    const { store } = renderWithLab(<Lab />);
    act(() => store.getState().deleteEvent(WOBBLE));
    const before = store.getState();
    await upload('bad.csv', 'kind,magnitude\nok,0.1\ndrift,7');
    const message =
      'Could not import "bad.csv": row 3, field magnitude: expected a number in [0, 1], got 7. The sequence is unchanged.';
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(message));
    const after = store.getState();
    expect([after.events, after.past, after.t, after.trace]).toEqual([
      before.events,
      before.past,
      before.t,
      before.trace,
    ]);
  });

  it('refuses a file too big to be a sequence before reading it', async () => {
    const { store } = renderWithLab(<Lab />);
    const text = vi.spyOn(File.prototype, 'text');
    await upload('huge.csv', 'x'.repeat(4 * MAX_FILE_CHARS + 1));
    expect(screen.getByRole('alert')).toHaveTextContent(
      `Could not import "huge.csv": the file is ${4 * MAX_FILE_CHARS + 1} bytes`,
    );
    expect(text).not.toHaveBeenCalled();
    expect(store.getState().events).toEqual(CANON);
  });

  it('imports a good file as the new original', async () => {
    const { store } = renderWithLab(<SequenceEditor />);
    await upload('mine.csv', 'kind,magnitude\nwobble,0.8\ndrift,0.5\n');
    await waitFor(() => expect(store.getState().events).toHaveLength(2));
    expect(store.getState().original).toEqual([
      { kind: 'wobble', magnitude: 0.8 },
      { kind: 'drift', magnitude: 0.5 },
    ]);
  });

  it.each([
    ['Export JSON', 'gate-lab-custom.json'],
    ['Export CSV', 'gate-lab-custom.csv'],
  ])('%s downloads the sequence as a file that imports back', async (name, file) => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const { store } = renderWithLab(<SequenceEditor />);
    act(() => store.getState().changeEvent(1, { kind: 'drift', magnitude: 0.37 }));
    await userEvent.click(button(name));
    expect(names).toEqual([file]);
    const other = renderWithLab(<></>).store;
    other.getState().importSequence(await blobs[0].text(), file);
    expect(other.getState().events).toEqual(store.getState().events);
  });
});
