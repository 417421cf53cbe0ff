/**
 * `npm run train:presets [-- --kinds rnn,lstm,gru,mgu]`: trains the shipped models and writes
 * public/models/<kind>.json. Deterministic: a rerun writes byte-identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CELL_KINDS, type CellKind } from '../core';
import { trainPreset } from '../sim/presets';

const { values } = parseArgs({
  options: { kinds: { type: 'string', default: CELL_KINDS.join(',') } },
});
const kinds = values.kinds.split(',') as CellKind[];
const bad = kinds.find((k) => !CELL_KINDS.includes(k));
if (bad) {
  console.error(`train:presets: unknown kind "${bad}"; kinds are ${CELL_KINDS.join(', ')}`);
  process.exit(2);
}
const dir = new URL('../../public/models/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const kind of kinds) {
  const t0 = performance.now();
  const file = trainPreset(kind, (step, acc) =>
    console.error(`  ${kind} update ${step}: held-out ${(100 * acc).toFixed(1)}%`),
  );
  writeFileSync(new URL(`${kind}.json`, dir), JSON.stringify(file) + '\n');
  const acc = file.meta.heldOutAccuracy as number;
  console.log(
    `${kind}: held-out accuracy ${(100 * acc).toFixed(1)}% (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
  );
}
