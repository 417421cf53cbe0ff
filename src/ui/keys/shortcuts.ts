/**
 * The keyboard shortcuts, as data: the help overlay lists this table and the handler reads it, so
 * the two cannot disagree.
 */
import { CELL_KINDS } from '../../core';
import type { LabStore } from '../../state/lab-state';
import { NEW_READING } from '../editor/reading';
import { nextStep, previousStep } from '../lesson/navigate';
import { MODEL_NAMES } from '../cell-kinds';

export interface Shortcut {
  /** KeyboardEvent.key values that trigger it, or chords written "Mod+z", "Mod+Shift+z" (Mod: Ctrl or ⌘) */
  keys: readonly string[];
  /** how the help overlay writes the key */
  label: string;
  does: string;
  run(s: LabStore): void;
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    keys: [' '],
    label: 'Space',
    does: 'Play or pause (on a focused button or box, Space presses it)',
    run: (s) => s.togglePlay(),
  },
  { keys: ['ArrowLeft'], label: '←', does: 'Step back', run: (s) => s.stepBack() },
  { keys: ['ArrowRight'], label: '→', does: 'Step forward', run: (s) => s.stepForward() },
  { keys: ['Home'], label: 'Home', does: 'Go to start', run: (s) => s.goToStart() },
  { keys: ['End'], label: 'End', does: 'Go to end', run: (s) => s.goToEnd() },
  ...CELL_KINDS.map((kind, n) => ({
    keys: [String(n + 1)],
    label: String(n + 1),
    does: `Show the ${MODEL_NAMES[kind]}`,
    run: (s: LabStore) => s.setKind(kind),
  })),
  { keys: ['Mod+z'], label: 'Ctrl/⌘+Z', does: 'Undo the last edit', run: (s) => s.undo() },
  {
    keys: ['Mod+Shift+z', 'Mod+y'],
    label: 'Ctrl/⌘+Shift+Z, Ctrl/⌘+Y',
    does: 'Redo',
    run: (s) => s.redo(),
  },
  {
    keys: ['Insert', 'i'],
    label: 'Insert, I',
    does: 'Insert a reading after the current one',
    run: (s) => s.insertEvent(s.t + 1, NEW_READING),
  },
  {
    keys: ['Delete', 'Backspace'],
    label: 'Delete',
    does: 'Delete the current reading',
    run: (s) => s.deleteEvent(s.t),
  },
  { keys: ['n', 'N'], label: 'N', does: 'Next lesson step (lesson open)', run: nextStep },
  { keys: ['p', 'P'], label: 'P', does: 'Lesson step back (lesson open)', run: previousStep },
  {
    keys: ['?'],
    label: '?',
    does: 'Show or hide this help',
    run: (s) => s.setHelpOpen(!s.helpOpen),
  },
];

/** Keys that edit the sequence: never taken from a focused form field, which may use them itself. */
const EDIT_KEYS = ['Delete', 'Backspace', 'Insert', 'i'];

const TEXT_INPUTS =
  /^(text|search|email|url|tel|password|number|date|time|datetime-local|month|week)$/;

/** Controls that Space operates, natively or by their role. */
const SPACE_CONTROLS = [
  'button', 'summary', 'input[type="checkbox"]', 'input[type="radio"]',
  ...['button', 'checkbox', 'radio', 'switch', 'tab', 'option', 'menuitem', 'menuitemcheckbox', 'menuitemradio'].map((r) => `[role="${r}"]`),
].join(', '); // prettier-ignore

/** Where a key belongs to the focused control rather than to the lab. */
export function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('[contenteditable=""], [contenteditable="true"], textarea, select'))
    return true;
  if (EDIT_KEYS.includes(key) && target.closest('input')) return true;
  if (target instanceof HTMLInputElement) {
    if (TEXT_INPUTS.test(target.type)) return true;
    // radios move between models and sliders move through time with these keys themselves
    const navigates = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];
    if ((target.type === 'radio' || target.type === 'range') && navigates.includes(key))
      return true;
  }
  // Space presses a button, ticks a checkbox, picks a radio, opens a disclosure: those keep it
  return key === ' ' && target.closest(SPACE_CONTROLS) !== null;
}

/** A key press as the table writes it: the key, or a chord "Mod+z" / "Mod+Shift+z". */
const chord = (e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>) =>
  e.ctrlKey || e.metaKey ? `Mod+${e.shiftKey ? 'Shift+' : ''}${e.key.toLowerCase()}` : e.key;

/** The shortcut a key press triggers, if any (chords not in the table are left to the browser). */
export function shortcutFor(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target'>,
) {
  if (e.altKey || ownsKey(e.target, e.key)) return null;
  const pressed = chord(e);
  return SHORTCUTS.find((s) => s.keys.includes(pressed)) ?? null;
}
