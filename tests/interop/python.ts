/**
 * Real PyTorch for the interop tests: Debian's python3-torch under /usr/bin/python3 (the python3
 * on PATH may be another interpreter), and the Python snippets of docs/pytorch.md, read from the
 * page as the tests run so the page cannot drift from what works.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const PYTHON = '/usr/bin/python3';

/** Whether torch imports, and if not, what to do about it. */
export function torchMissing(): string | null {
  const r = spawnSync(PYTHON, ['-c', 'import torch, numpy'], { encoding: 'utf8' });
  if (r.status === 0) return null;
  return `PyTorch is missing from ${PYTHON}: apt-get install -y python3-torch python3-numpy (bash .ci/run does this)`; // prettier-ignore
}

/** Runs Python code in `cwd`; returns its stdout, or throws with its stderr. */
export function python(code: string, cwd: string): string {
  const r = spawnSync(PYTHON, ['-'], { input: code, cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0)
    throw new Error(`python failed (exit ${r.status}):\n${r.stderr.slice(-3000)}`);
  return r.stdout;
}

const DOC = new URL('../../docs/pytorch.md', import.meta.url);

/** The page's Python snippets: the encoding, loading the lab's JSON, and writing it from torch. */
export function snippets(): { encode: string; load: string; save: string } {
  const blocks = [...readFileSync(DOC, 'utf8').matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1]); // prettier-ignore
  const one = (what: string, test: (code: string) => boolean) => {
    const found = blocks.filter(test);
    if (found.length !== 1) throw new Error(`docs/pytorch.md: expected one ${what} snippet, found ${found.length}`); // prettier-ignore
    return found[0];
  };
  return {
    encode: one('encoding', (c) => c.includes('KINDS =')),
    load: one('loading', (c) => c.includes('json.load(')),
    save: one('writing', (c) => c.includes('json.dump(')),
  };
}
