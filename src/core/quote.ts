/**
 * A value as an error message quotes it: short, whatever the value. A long string is cut with "…",
 * an array or object is named rather than printed (it may be huge, or nested too deeply for
 * JSON.stringify), and a number beyond float64 — JSON's 1e999, which JSON.parse reads as
 * Infinity — is called what it is rather than printed as JSON's null.
 */

/** The most characters of a string a message quotes. */
export const QUOTE_CHARS = 40;

/** A string cut to `max` characters, ending in "…" when it was cut. */
export const cut = (text: string, max = QUOTE_CHARS): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

export function quote(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(cut(x, QUOTE_CHARS));
  if (typeof x === 'number') {
    if (Number.isNaN(x)) return 'NaN';
    return Number.isFinite(x) ? String(x) : 'a number beyond float64’s range';
  }
  if (Array.isArray(x)) return `an array of ${x.length}`;
  if (ArrayBuffer.isView(x)) return 'an array of numbers';
  if (x === null) return 'null';
  if (typeof x === 'object') return 'an object';
  return cut(String(x), QUOTE_CHARS);
}
