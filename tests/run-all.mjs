#!/usr/bin/env node
/**
 * Runs every check and test the project has — lint, format, typecheck, build, unit and component
 * tests (vitest), end-to-end tests in Debian's Chromium (Playwright) — and ends with one line,
 * `total: N passed, N failed, N skipped`. Each static check counts as one test. Exit 1 on any
 * failure, or when nothing passed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const OUT = '.ci/out';
const bin = (name) => `node_modules/.bin/${name}`;
mkdirSync(OUT, { recursive: true });
for (const f of ['unit.json', 'e2e.json']) rmSync(`${OUT}/${f}`, { force: true });

const checks = [];
function run(name, cmd, args, env = {}) {
  const t0 = Date.now();
  console.log(`::: ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  console.log(
    `::: ${name} ${ok ? 'ok' : `failed (exit ${r.status ?? r.signal})`} in ${((Date.now() - t0) / 1000).toFixed(1)}s`,
  );
  return ok;
}

checks.push(['lint', run('lint', bin('eslint'), ['.'])]);
checks.push(['format', run('format', bin('prettier'), ['--check', '--log-level=warn', '.'])]);
checks.push(['typecheck', run('typecheck', bin('tsc'), ['-b'])]);
const built = run('build', bin('vite'), ['build', '--logLevel', 'warn']);
checks.push(['build', built]);
run('unit', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${OUT}/unit.json`,
]);
if (built) {
  run('e2e', bin('playwright'), ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${OUT}/e2e.json`,
  });
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const [name, ok] of checks) {
  if (ok) passed++;
  else failed++;
  console.log(`${name}: ${ok ? 'passed' : 'FAILED'}`);
}
for (const name of ['unit', 'e2e']) {
  const file = `${OUT}/${name}.json`;
  if (!existsSync(file)) {
    failed++;
    console.log(`${name}: no report (the runner did not finish)`);
    continue;
  }
  const j = JSON.parse(readFileSync(file, 'utf8'));
  // vitest writes Jest-style counts; Playwright writes stats
  const [p, f, s] = j.stats
    ? [j.stats.expected + j.stats.flaky, j.stats.unexpected, j.stats.skipped]
    : [j.numPassedTests, j.numFailedTests, j.numPendingTests + j.numTodoTests];
  passed += p;
  failed += f;
  skipped += s;
  console.log(`${name}: ${p} passed, ${f} failed, ${s} skipped`);
}
console.log(`total: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
