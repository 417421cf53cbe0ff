/** #6's rule: no component writes raw HTML into the page — KaTeX renders into a node, not a string. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../src');
const RAW_HTML = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML/;

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

describe('no raw HTML', () => {
  it.each(files(SRC).map((f) => [relative(SRC, f), f]))('%s writes no raw HTML', (_n, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(RAW_HTML);
  });

  it('would catch it', () => {
    expect('<div dangerouslySetInnerHTML={{ __html: x }} />').toMatch(RAW_HTML);
    expect('node.innerHTML = text;').toMatch(RAW_HTML);
  });
});
