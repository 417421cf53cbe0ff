/**
 * Initial JavaScript of a production build: the module scripts and modulepreloads that
 * index.html names, plus whatever they import statically, each gzipped at level 6 (what Vite's
 * build report uses). Every other .js file in the build is loaded lazily, if at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Chunk {
  /** path relative to the build directory */
  file: string;
  raw: number;
  gzip: number;
}

export interface JsSizes {
  initial: Chunk[];
  lazy: Chunk[];
}

const chunk = (dir: string, file: string): Chunk => {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
};

/** Files a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), relative to dir. */
function staticImports(dir: string, file: string): string[] {
  const code = readFileSync(join(dir, file), 'utf8');
  const found = code.matchAll(
    /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  );
  return [...found].map((m) => posix.join(posix.dirname(file), m[1]));
}

/** Sizes of the initial and the lazy JavaScript in the build directory `dir`. */
export function jsSizes(dir: string): JsSizes {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  const named = tags
    .filter((tag) => /type="module"/.test(tag) || /rel="modulepreload"/.test(tag))
    .map((tag) => /(?:src|href)="\/?([^"]+\.js)"/.exec(tag)?.[1])
    .filter((file): file is string => file !== undefined);
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    staticImports(dir, file).forEach(visit);
  };
  named.forEach(visit);
  const all = readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  return {
    initial: [...initial].map((f) => chunk(dir, f)),
    lazy: all.filter((f) => !initial.has(f)).map((f) => chunk(dir, f)),
  };
}
