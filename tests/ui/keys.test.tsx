// @vitest-environment jsdom
/** Keyboard shortcuts anywhere outside a text field, and the help overlay that lists them. */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { EditButtons } from '../../src/ui/editor/EditButtons';
import { NEW_READING } from '../../src/ui/editor/reading';
import { SHORTCUTS } from '../../src/ui/keys/shortcuts';
import { Dock } from '../../src/ui/stage/Dock';
import { TopBar } from '../../src/ui/TopBar';
import { HelpOverlay } from '../../src/ui/keys/HelpOverlay';
import { useShortcuts } from '../../src/ui/keys/use-shortcuts';
import { renderWithLab } from './helpers';

afterEach(cleanup);

function Keyed() {
  useShortcuts();
  return (
    <>
      <TopBar />
      <Dock />
      <EditButtons />
      <label>
        Note <input type="text" />
      </label>
      <HelpOverlay />
    </>
  );
}

describe('keyboard shortcuts', () => {
  it('step, jump, play and pause from anywhere on the page', async () => {
    const { store } = renderWithLab(<Keyed />);
    const user = userEvent.setup();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowLeft}');
    expect(store.getState().t).toBe(2);
    await user.keyboard('{End}');
    expect(store.getState().t).toBe(store.getState().events.length - 1);
    await user.keyboard('{Home}');
    expect(store.getState().t).toBe(0);
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(true);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(false);
  });

  it('1 / 2 / 3 choose the model, as the radio group shows', async () => {
    const { store } = renderWithLab(<Keyed />);
    const user = userEvent.setup();
    await user.keyboard('3');
    expect(store.getState().kind).toBe('gru');
    expect(screen.getByRole('radio', { name: 'GRU' })).toBeChecked();
    await user.keyboard('1');
    expect(store.getState().kind).toBe('rnn');
    await user.keyboard('2');
    expect(store.getState().kind).toBe('lstm');
  });

  it('Space and Enter on a focused button press it, and do not play', async () => {
    const { store } = renderWithLab(<Keyed />);
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Step forward' }).focus();
    await user.keyboard(' ');
    expect([store.getState().t, store.getState().playing]).toEqual([1, false]);
    await user.keyboard('{Enter}');
    expect([store.getState().t, store.getState().playing]).toEqual([2, false]);
    const T = store.getState().events.length;
    screen.getByRole('button', { name: 'Insert after' }).focus();
    await user.keyboard(' ');
    expect([store.getState().events.length, store.getState().playing]).toEqual([T + 1, false]);
    // the slider is no button: there Space plays
    screen.getByRole('slider', { name: 'Time step' }).focus();
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(true);
  });

  it('a step button pressed to its end keeps focus, announced as unavailable', async () => {
    const { store } = renderWithLab(<Keyed />);
    const user = userEvent.setup();
    const forward = screen.getByRole('button', { name: 'Step forward' });
    await user.click(screen.getByRole('button', { name: 'Go to end' }));
    expect(screen.getByRole('button', { name: 'Go to end' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Go to end' })).toHaveAttribute('aria-disabled', 'true'); // prettier-ignore
    forward.focus();
    await user.keyboard('{Enter}');
    expect(forward).toHaveFocus();
    expect(store.getState().t).toBe(store.getState().events.length - 1);
    await user.click(screen.getByRole('button', { name: 'Go to start' }));
    expect(screen.getByRole('button', { name: 'Go to start' })).toHaveFocus();
    expect(forward).not.toHaveAttribute('aria-disabled');
  });

  it('Space on a focused checkbox ticks it and does not play', async () => {
    const { store } = renderWithLab(
      <>
        <Keyed />
        <label>
          <input type="checkbox" /> Tick
        </label>
      </>,
    );
    const user = userEvent.setup();
    screen.getByRole('checkbox', { name: 'Tick' }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Tick' })).toBeChecked();
    expect(store.getState().playing).toBe(false);
    await user.keyboard('{ArrowRight}'); // other keys still step
    expect(store.getState().t).toBe(1);
  });

  it('leave keys to a text field', async () => {
    const { store } = renderWithLab(<Keyed />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: 'Note' }));
    await user.keyboard('3 {ArrowRight}?');
    const s = store.getState();
    expect([s.kind, s.t, s.playing, s.helpOpen]).toEqual(['lstm', 0, false, false]);
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('3 ?');
  });

  it('? opens the help, which lists every shortcut; Escape closes it', async () => {
    renderWithLab(<Keyed />);
    const user = userEvent.setup();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.querySelectorAll('tbody tr')).toHaveLength(SHORTCUTS.length);
    for (const s of SHORTCUTS) expect(dialog).toHaveTextContent(s.does);
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('the "Keyboard shortcuts" button opens the same help', async () => {
    renderWithLab(<Keyed />);
    await userEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });
});

describe('editing keys', () => {
  it('Delete deletes the current reading, Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo', async () => {
    const { store } = renderWithLab(<Keyed />);
    const user = userEvent.setup();
    const original = store.getState().events;
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{Delete}');
    expect(store.getState().events).toEqual(original.toSpliced(3, 1));
    await user.keyboard('{Backspace}');
    expect(store.getState().events).toEqual(original.toSpliced(3, 2));
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().events).toEqual(original.toSpliced(3, 1));
    await user.keyboard('{Meta>}z{/Meta}');
    expect(store.getState().events).toEqual(original);
    await user.keyboard('{Control>}{Shift>}Z{/Shift}{/Control}');
    expect(store.getState().events).toEqual(original.toSpliced(3, 1));
    await user.keyboard('{Control>}y{/Control}');
    expect(store.getState().events).toEqual(original.toSpliced(3, 2));
  });

  it('Insert and I insert a reading after the current one and move to it', async () => {
    const { store } = renderWithLab(<Keyed />);
    const user = userEvent.setup();
    const T = store.getState().events.length;
    await user.keyboard('{ArrowRight}{Insert}');
    expect([store.getState().t, store.getState().events.length]).toEqual([2, T + 1]);
    await user.keyboard('i');
    expect([store.getState().t, store.getState().events.length]).toEqual([3, T + 2]);
    expect(store.getState().events.slice(2, 4)).toEqual([NEW_READING, NEW_READING]);
  });

  it('a focused slider, select or text field keeps the editing keys', async () => {
    const { store } = renderWithLab(<Keyed />);
    const user = userEvent.setup();
    const before = store.getState().events;
    screen.getByRole('slider', { name: 'Time step' }).focus();
    await user.keyboard('{Delete}{Backspace}{Insert}i');
    screen.getByRole('combobox', { name: 'Scenario' }).focus();
    await user.keyboard('{Delete}i');
    await user.click(screen.getByRole('textbox', { name: 'Note' }));
    await user.keyboard('ab{Backspace}{Control>}z{/Control}');
    expect(store.getState().events).toBe(before);
    expect(store.getState().past).toHaveLength(0);
  });

  it('Ctrl+Z still undoes with a slider focused (it is not a text field)', async () => {
    const { store } = renderWithLab(<Keyed />);
    const user = userEvent.setup();
    act(() => store.getState().deleteEvent(0));
    screen.getByRole('slider', { name: 'Time step' }).focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().future).toHaveLength(1);
  });

  it('chords the table does not list are left to the browser', async () => {
    const { store } = renderWithLab(<Keyed />);
    const user = userEvent.setup();
    await user.keyboard('{Control>}3{/Control}{Control>}{ArrowRight}{/Control}');
    expect([store.getState().kind, store.getState().t]).toEqual(['lstm', 0]);
  });
});
