/**
 * The PyTorch bridge, proven with real PyTorch (Debian's python3-torch): for every kind PyTorch
 * has, the lab's models run in torch — through the exported JSON loaded with the docs' snippet,
 * and through the exported script — and torch-made models run in the lab, written with the docs'
 * snippet, at several hidden sizes. Both ways agree within 1e-9 in float64. What cannot cross is
 * refused with its reason.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CELL_KINDS,
  CELLS,
  heldGates,
  jamRisk,
  runForward,
  type CellKind,
  type Model,
} from '../../src/core';
import { CANONICAL, SCENARIOS, encodeSequence, scenario, type ScanEvent } from '../../src/data';
import { createLabStore } from '../../src/state/store';
import { readTorchWeights } from '../../src/state/torch-import';
import { torchScript } from '../../src/ui/export/torch-script';
import { torchWeights } from '../../src/ui/export/torch-weights';
import { MODELS } from '../shipped';
import { python, snippets, torchMissing } from './python';

const TOLERANCE = 1e-9;
const KINDS = CELL_KINDS.filter((k) => CELLS[k].torch !== null);
const moduleOf = (kind: CellKind) => CELLS[kind].torch!;
const canonical = scenario(CANONICAL).events;

/** The lab's jam risk at every step, from its own core. */
const labRisks = (model: Model, events: readonly ScanEvent[]) =>
  Array.from(jamRisk(model.readout, runForward(model.cell, encodeSequence(events)).hs));

const worst = (a: readonly number[], b: readonly number[]) => {
  expect(a).toHaveLength(b.length);
  return Math.max(...a.map((x, k) => Math.abs(x - b[k])));
};

/** The docs' encoding snippet with its example readings replaced by `events`. */
function encoding(events: readonly ScanEvent[]): string {
  const readings = events.map((e) => `("${e.kind}", ${e.magnitude})`).join(', ');
  const { encode } = snippets();
  expect(encode).toMatch(/^readings = .*$/m);
  return encode.replace(/^readings = .*$/m, `readings = [${readings}]`);
}

let dir = '';
beforeAll(() => {
  const missing = torchMissing();
  if (missing) throw new Error(missing);
  dir = mkdtempSync(join(tmpdir(), 'gate-lab-interop-'));
});

describe('lab → torch, through the exported JSON and the docs’ loading snippet', () => {
  it.each(KINDS)('%s: the shipped model on every curated scenario', (kind) => {
    const file = `gate-lab-${kind}-weights.json`;
    writeFileSync(join(dir, file), JSON.stringify(torchWeights(MODELS[kind])));
    const { load } = snippets();
    expect(load).toContain('torch.nn.LSTM(');
    const code = SCENARIOS.map(({ events }) =>
      [
        encoding(events),
        load.replace('gate-lab-lstm-weights.json', file).replace('torch.nn.LSTM(', `torch.nn.${moduleOf(kind)}(`), // prettier-ignore
        'print(json.dumps(p.reshape(-1).tolist()))',
      ].join('\n'),
    ).join('\n');
    const lines = python(code, dir).trim().split('\n');
    expect(lines).toHaveLength(SCENARIOS.length);
    SCENARIOS.forEach(({ events }, k) => {
      expect(worst(JSON.parse(lines[k]), labRisks(MODELS[kind], events))).toBeLessThanOrEqual(TOLERANCE); // prettier-ignore
    });
  });
  it('needs xs in float64, as the docs say: float32 fails with a dtype error', () => {
    writeFileSync(
      join(dir, 'gate-lab-lstm-weights.json'),
      JSON.stringify(torchWeights(MODELS.lstm)),
    );
    const float32 = encoding(canonical).replace('dtype=torch.float64', 'dtype=torch.float32');
    expect(() => python(`${float32}\n${snippets().load}`, dir)).toThrow(/dtype|Double|Float/);
  });
});

describe('lab → torch, through the exported script', () => {
  /** Runs each script as a file would run, in one interpreter; its output, or the error it raised. */
  function runScripts(scripts: string[]): string[] {
    const files = scripts.map((text, k) => {
      const file = join(dir, `script-${k}.py`);
      writeFileSync(file, text);
      return file;
    });
    const driver = [
      'import contextlib, io, json, traceback',
      `for f in ${JSON.stringify(files)}:`,
      '    out = io.StringIO()',
      '    try:',
      '        with contextlib.redirect_stdout(out):',
      "            exec(compile(open(f).read(), f, 'exec'), {'__name__': '__main__'})",
      "        print(json.dumps({'ok': out.getvalue()}))",
      '    except Exception as e:',
      "        print(json.dumps({'error': repr(e)}))",
    ].join('\n');
    return python(driver, dir)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { ok?: string; error?: string })
      .map((r) => r.ok ?? `ERROR ${r.error}`);
  }

  it('runs unchanged for every kind and scenario, printing each step and agreeing with the lab', () => {
    const cases = KINDS.flatMap((kind) => SCENARIOS.map((s) => [kind, s.events] as const));
    const outputs = runScripts(cases.map(([kind, events]) => torchScript(MODELS[kind], events)!));
    cases.forEach(([kind, events], k) => {
      const lines = outputs[k].trim().split('\n');
      expect(lines, kind).toHaveLength(events.length + 1);
      // the printed risks are the lab's, to the six decimals printed
      labRisks(MODELS[kind], events).forEach((p, t) =>
        expect(lines[t]).toMatch(new RegExp(`^step +${t} .* jam risk ${p.toFixed(6)}$`)),
      );
      expect(lines.at(-1)).toMatch(new RegExp(`^torch agrees with the lab at all ${events.length} steps`)); // prettier-ignore
    });
  });

  it('says a forced gate is the lab’s own and checks the model as learned', () => {
    const forced = torchScript(MODELS.lstm, canonical, [{ gate: 'f', value: 0 }])!;
    expect(forced).toMatch(/forced gates \(f\)\. PyTorch's modules have no way to\nforce a gate/);
    expect(runScripts([forced])[0]).toMatch(/torch agrees with the lab at all 30 steps/);
  });

  it('runs a design without a gate: its weights hold the gate at exactly 1 in torch’s full cell', () => {
    const designs = [
      ['lstm', 'f'],
      ['lstm', 'i'],
      ['lstm', 'o'],
      ['gru', 'r'],
    ] as const;
    const models = designs.map(([kind, gate]) => ({ ...MODELS[kind], removed: [gate] }));
    const outputs = runScripts(models.map((m) => torchScript(m, canonical)!));
    models.forEach((model, k) => {
      // the lab's numbers with the gate held, not the full model's
      const held = jamRisk(model.readout, runForward(model.cell, encodeSequence(canonical), { overrides: heldGates(model) }).hs); // prettier-ignore
      expect(held).not.toEqual(labRisks(MODELS[model.cell.kind], canonical));
      const lines = outputs[k].trim().split('\n');
      held.forEach((p, t) => expect(lines[t]).toMatch(new RegExp(`jam risk ${p.toFixed(6)}$`)));
      expect(lines.at(-1)).toMatch(/^torch agrees with the lab at all 30 steps/);
    });
  });

  it('fails when its numbers and torch’s disagree (the check can fail)', () => {
    const script = torchScript(MODELS.gru, canonical)!;
    const off = script.replace(/^LAB_RISKS = \[([^,]+),/m, (_, p0) => `LAB_RISKS = [${Number(p0) + 1e-8},`); // prettier-ignore
    expect(off).not.toBe(script);
    expect(runScripts([off])[0]).toMatch(
      /^ERROR AssertionError\('torch and the lab differ by 1e-08/,
    );
  });
});

describe('torch → lab, torch-made modules written with the docs’ snippet', () => {
  const SIZES = [1, 5, 16, 64];

  it.each(KINDS)('%s at H = 1, 5, 16 and 64: the lab runs them as torch does', (kind) => {
    const { save } = snippets();
    const code = SIZES.map((H) =>
      [
        'import json, torch',
        `torch.manual_seed(${H})`,
        `module = torch.nn.${moduleOf(kind)}(6, ${H}, batch_first=True).double()`,
        `readout = torch.nn.Linear(${H}, 1).double()`,
        save.replace('my-model.json', `${kind}-${H}.json`),
        encoding(canonical),
        'with torch.no_grad():',
        '    print(json.dumps(torch.sigmoid(readout(module(xs)[0])).reshape(-1).tolist()))',
      ].join('\n'),
    ).join('\n');
    const lines = python(code, dir).trim().split('\n');
    SIZES.forEach((H, k) => {
      const text = readFileSync(join(dir, `${kind}-${H}.json`), 'utf8');
      const model = readTorchWeights(text);
      expect([model.cell.kind, model.cell.H]).toEqual([kind, H]);
      expect(worst(labRisks(model, canonical), JSON.parse(lines[k]))).toBeLessThanOrEqual(TOLERANCE); // prettier-ignore
      // and the lab takes it: shown in place of its own, with the same numbers
      const store = createLabStore({ models: MODELS });
      expect(store.getState().importWeights(text, `${kind}-${H}.json`)).toBe(true);
      expect(worst(Array.from(store.getState().risks!), JSON.parse(lines[k]))).toBeLessThanOrEqual(TOLERANCE); // prettier-ignore
    });
  });

  it.each([
    ['nn.RNN(nonlinearity="relu")', 'torch.nn.RNN(6, 4, nonlinearity="relu", batch_first=True)', /its RNN is relu/], // prettier-ignore
    ['a bidirectional GRU', 'torch.nn.GRU(6, 4, bidirectional=True, batch_first=True)', /bidirectional \(bidirectional=True\)/], // prettier-ignore
    ['a two-layer LSTM', 'torch.nn.LSTM(6, 4, num_layers=2, batch_first=True)', /two layers or more \(num_layers > 1\)/], // prettier-ignore
    ['an LSTM with projections', 'torch.nn.LSTM(6, 4, proj_size=2, batch_first=True)', /projections \(proj_size > 0\)/], // prettier-ignore
    ['a GRU without biases', 'torch.nn.GRU(6, 4, bias=False, batch_first=True)', /no biases \(bias=False\)/], // prettier-ignore
    ['an LSTM with a NaN weight', 'torch.nn.LSTM(6, 4, batch_first=True)', /NaN or Infinity \(json\.dump writes them/], // prettier-ignore
    ['an RNN of input size 5', 'torch.nn.RNN(5, 4, batch_first=True)', /input size is 5; the lab's readings have 6/], // prettier-ignore
  ])('refuses %s, saying why, and changes nothing', (name, make, why) => {
    const file = `bad-${name.replace(/\W+/g, '-')}.json`;
    const nan = name.includes('NaN') ? 'module.weight_hh_l0.data[0, 0] = float("nan")' : '';
    const { save } = snippets();
    python(['import torch', `module = ${make}.double()`, nan, 'readout = torch.nn.Linear(4, 1).double()', save.replace('my-model.json', file)].join('\n'), dir); // prettier-ignore
    const text = readFileSync(join(dir, file), 'utf8');
    expect(() => readTorchWeights(text)).toThrow(why);
    const store = createLabStore({ models: MODELS });
    const before = store.getState().models;
    expect(store.getState().importWeights(text, file)).toBe(false);
    expect(store.getState().models).toBe(before);
    expect(store.getState().notice?.text).toMatch(new RegExp(`^Could not import the weights in ${file}: `)); // prettier-ignore
  });
});
