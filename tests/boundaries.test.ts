/**
 * The architecture's boundaries (DESIGN §5), read from the source with the TypeScript parser:
 * imports flow ui → state → sim → core, data; core and data stay pure (no React, d3, zustand,
 * DOM, timers or Math.random), so the same math runs in a page, a worker and Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../src');
type Layer = 'core' | 'data' | 'sim' | 'state' | 'ui' | 'app';

/** Which layers each layer may import (besides itself). */
const MAY_IMPORT: Record<Layer, Layer[]> = {
  core: [],
  data: ['core'],
  sim: ['core', 'data'],
  state: ['sim', 'core', 'data'],
  ui: ['state', 'sim', 'core', 'data'],
  app: ['ui', 'state', 'sim', 'core', 'data'],
};
/**
 * Packages each layer may not import. The data layer may use d3-dsv, a DOM-free parser that
 * issue #3 asks for; every other d3 module stays out of it.
 */
const BANNED_PACKAGES: Record<Layer, RegExp | null> = {
  core: /^(react|react-dom|d3|d3-.*|zustand)(\/|$)/,
  data: /^(react|react-dom|d3|d3-(?!dsv$).*|zustand)(\/|$)/,
  sim: /^(react|react-dom|d3|d3-.*|zustand)(\/|$)/,
  state: /^(react|react-dom|d3|d3-.*)(\/|$)/,
  ui: null,
  app: null,
};
/** The one state/ file that may import React: the provider and hooks over the store. */
const STATE_HOOK_FILE = join(SRC, 'state', 'use-lab.tsx');
const HOOK_BANNED = /^(d3|d3-.*)(\/|$)/;
/** Globals the pure layers may not touch: the DOM, timers, and unseeded randomness. */
const IMPURE = ['document', 'window', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement',
  'setTimeout', 'setInterval', 'requestAnimationFrame', 'queueMicrotask', 'fetch', 'Worker']; // prettier-ignore

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

function layerOf(file: string): Layer {
  const top = relative(SRC, file).split(/[\\/]/)[0];
  return (['core', 'data', 'sim', 'state', 'ui'] as string[]).includes(top)
    ? (top as Layer)
    : 'app';
}

interface Facts {
  imports: string[];
  globals: string[];
}

/** Module specifiers (static, dynamic, re-exports) and the impure globals a file touches. */
function factsOf(file: string, text: string): Facts {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const facts: Facts = { imports: [], globals: [] };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      facts.imports.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      facts.imports.push(arg && ts.isStringLiteral(arg) ? arg.text : '<dynamic>');
    } else if (ts.isPropertyAccessExpression(node) && node.getText() === 'Math.random') {
      facts.globals.push('Math.random');
    } else if (ts.isIdentifier(node) && IMPURE.includes(node.text)) {
      const parent = node.parent;
      const isMemberName = ts.isPropertyAccessExpression(parent) && parent.name === node;
      const isKey =
        (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node;
      if (!isMemberName && !isKey) facts.globals.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return facts;
}

function violations(file: string, text = readFileSync(file, 'utf8')): string[] {
  const layer = layerOf(file);
  const { imports, globals } = factsOf(file, text);
  const out: string[] = [];
  for (const spec of imports) {
    if (spec.startsWith('.')) {
      const target = layerOf(resolve(dirname(file), spec));
      if (target !== layer && !MAY_IMPORT[layer].includes(target))
        out.push(`imports ${target}/ (${spec})`);
    } else if ((file === STATE_HOOK_FILE ? HOOK_BANNED : BANNED_PACKAGES[layer])?.test(spec)) {
      out.push(`imports ${spec}`);
    }
  }
  if (layer === 'core' || layer === 'data') out.push(...globals.map((g) => `touches ${g}`));
  return out;
}

describe('architecture boundaries', () => {
  const files = sourceFiles(SRC);

  it('finds the source files, core included', () => {
    expect(files.some((f) => layerOf(f) === 'core')).toBe(true);
  });

  it.each(files.map((f) => [relative(SRC, f), f]))('%s stays inside its layer', (_name, file) => {
    expect(violations(file)).toEqual([]);
  });

  it('would catch a core file that imports React or d3, uses a timer, the DOM or Math.random', () => {
    const probe = join(SRC, 'core', 'probe.ts');
    const text = [
      "import { useState } from 'react';",
      "import { scaleLinear } from 'd3-scale';",
      "import { trainer } from '../sim/trainer';",
      'setTimeout(() => Math.random(), 1);',
      "document.title = 'x';",
      'const ok = { window: 1 }.window; // a key and a member named like a global are fine',
    ].join('\n');
    expect(violations(probe, text)).toEqual([
      'imports react',
      'imports d3-scale',
      'imports sim/ (../sim/trainer)',
      'touches setTimeout',
      'touches Math.random',
      'touches document',
    ]);
  });

  it('lets the data layer parse CSV with d3-dsv but not draw with d3', () => {
    const probe = join(SRC, 'data', 'probe.ts');
    const text = "import { csvParse } from 'd3-dsv';\nimport { select } from 'd3-selection';\n";
    expect(violations(probe, text)).toEqual(['imports d3-selection']);
  });

  it('lets only the hook file of state/ import React', () => {
    const text = "import { useContext } from 'react';\n";
    expect(violations(join(SRC, 'state', 'probe.ts'), text)).toEqual(['imports react']);
    expect(violations(STATE_HOOK_FILE, text)).toEqual([]);
  });
});
