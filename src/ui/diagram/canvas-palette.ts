/**
 * The tokens the valve canvas paints with (the valves' own colours are data: viridis, PuOr). A
 * canvas cannot use var(), so they are read from the root's computed style, once per theme.
 *
 * Reading any computed style makes the browser bring the whole page's style (and here its
 * layout) up to date first. Read while a new figure was going onto the page, that was the largest
 * single piece of work of a phone's first load; read on every step, it would be the page's style
 * recalculation each step. The figure reads the palette while it renders, before its own changes
 * reach the page, and the root's values are kept until the theme changes.
 */
import type { Theme } from '../theme';
import { TICK_FILL } from './valves';

/** Lecture mode points these tokens at its own set (lecture.css), inside the lab only. */
const LECTURE: Readonly<Record<string, string>> = { '--color-danger': '--lecture-danger' };

export interface Palette {
  track: string;
  forced: string;
  edge: string;
  /** a colour as given, or the token a `var(--name)` names */
  resolve: (colour: string) => string;
}

const read = new Map<string, string>(); // `${theme} ${name}` → value

/** The canvas's palette in `theme`, with lecture mode's tokens when `lecture`. */
export function palette(theme: Theme, lecture: boolean): Palette {
  const token = (name: string) => {
    const shown = lecture ? (LECTURE[name] ?? name) : name;
    const key = `${theme} ${shown}`;
    let value = read.get(key);
    if (value === undefined) {
      value = getComputedStyle(document.documentElement).getPropertyValue(shown).trim();
      read.set(key, value);
    }
    return value;
  };
  const resolve = (c: string) => (c.startsWith('var(') ? token(c.slice(4, -1)) : c);
  resolve(TICK_FILL); // read now, not when a ghost is first drawn
  return {
    track: token('--color-valve-track'),
    forced: token('--color-danger'),
    edge: token('--color-halo'),
    resolve,
  };
}
