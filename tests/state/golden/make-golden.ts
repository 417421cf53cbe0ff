/**
 * Writes golden.json: links and saves written by the build of 2026-12-05 (before the kept-fields
 * table), and what that build read from them and from the inputs in golden-inputs.ts. Run once
 * with `npx tsx tests/state/golden/make-golden.ts`; rerunning it on a later build would only copy
 * that build's behaviour, so golden.json is not regenerated.
 */
import { writeFileSync } from 'node:fs';
import { linkOf, readLink, type LinkState } from '../../../src/state/link';
import { readSave, saveOf } from '../../../src/state/save';
import { broken, built, LINKS, plain, saves } from './golden-inputs';

const short = (text: string | null) =>
  text !== null && text.length > 100_000 ? `<${text.length} characters>` : text;

const golden = {
  about: 'Links and saves written by the build of 2026-12-05, and what it read from them. See make-golden.ts.', // prettier-ignore
  written: built.map(({ name, state, trained }) => ({
    name,
    link: linkOf(state as LinkState),
    linkRead: plain(readLink(linkOf(state as LinkState))),
    save: saveOf(state, trained),
  })),
  links: LINKS.map((fragment) => ({ fragment: short(fragment), read: plain(readLink(fragment)) })), // prettier-ignore
  saves: [...saves, ...broken].map(({ name, text }) => ({
    name,
    text: short(text),
    read: plain(readSave(text)),
  })),
};
writeFileSync(new URL('./golden.json', import.meta.url), JSON.stringify(golden) + '\n');
console.log(`golden.json: ${golden.written.length} states, ${golden.links.length} links, ${golden.saves.length} saves`); // prettier-ignore
