/**
 * Golden links and saves: what the build of 2026-12-05 wrote and read (golden.json, written once by
 * make-golden.ts). Every later build must read every one of them exactly as that build did, and
 * write the same settings for the same state (a link's settings may come in another order, and in
 * link version 2, sealed).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkOf, readLink, type LinkState } from '../../../src/state/link';
import { readSave, saveOf } from '../../../src/state/save';
import { built, LONG, plain } from './golden-inputs';

interface Golden {
  written: { name: string; link: string; linkRead: unknown; save: string }[];
  links: { fragment: string; read: unknown }[];
  saves: { name: string; text: string | null; read: unknown }[];
}
const golden = JSON.parse(
  readFileSync(new URL('./golden.json', import.meta.url), 'utf8'),
) as Golden;

const full = (text: string) => LONG[text] ?? text;
/**
 * A link's settings, whatever their order and version: links are written as version 2 since,
 * which adds its version and its seal (z) to the same settings.
 */
const settings = (link: string) =>
  [...new URLSearchParams(link)].filter(([k]) => k !== 'v' && k !== 'z').sort();
/** A save's content, its link read as settings. */
const content = (save: string) => {
  const { link, ...rest } = JSON.parse(save) as { link: string };
  return { ...rest, link: settings(link) };
};

describe('golden links and saves of 2026-12-05', () => {
  it('has a golden entry for every state it writes', () => {
    expect(golden.written.map((w) => w.name)).toEqual(built.map((b) => b.name));
  });

  it.each(golden.links)('reads the link $fragment as that build did', ({ fragment, read }) => {
    // "v=2" was another version then, and is a sealed link now: one without its seal is refused
    // as cut short instead, opening the same defaults
    if (fragment.startsWith('#v=2&')) {
      expect(read).toEqual({ state: {}, weights: null, notice: expect.stringMatching(/not a Gate Lab link of this version/) }); // prettier-ignore
      expect(plain(readLink(full(fragment)))).toEqual({ ...(read as object), notice: expect.stringMatching(/cut short/) }); // prettier-ignore
      return;
    }
    expect(plain(readLink(full(fragment)))).toEqual(read);
  });

  it.each(golden.saves)('reads the save "$name" as that build did', ({ text, read }) => {
    // `unreadable` came later: that build said so only in the notice's words
    const { unreadable, ...rest } = readSave(text === null ? null : full(text));
    expect(plain(rest)).toEqual(read);
    expect(unreadable).toBe(/^Your saved work could not be read \(/.test((read as { notice: string | null }).notice ?? '')); // prettier-ignore
  });

  it.each(golden.written.map((w, k) => ({ ...w, ...built[k] })))(
    'writes "$name" as that build did, and reads its link back the same',
    ({ link, linkRead, save, state, trained }) => {
      const written = linkOf(state as LinkState);
      expect(written).toMatch(/^v=2&.*&z=[0-9a-f]{8}$/);
      expect(settings(written)).toEqual(settings(link));
      expect(plain(readLink(link))).toEqual(linkRead);
      // the version 2 link reads as that build read its version 1 link
      expect(plain(readLink(written))).toEqual(linkRead);
      expect(content(saveOf(state, trained))).toEqual(content(save));
    },
  );
});
