/**
 * Export in Chromium: a panel as SVG and PNG files, the weights as PyTorch-layout JSON and as a
 * runnable PyTorch script; and such weights imported back.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { createRng, initModel, jamRisk, modelFromFile, runForward } from '../../src/core';
import { CANONICAL, encodeSequence, scenario } from '../../src/data';
import { torchScript } from '../../src/ui/export/torch-script';
import { torchWeights } from '../../src/ui/export/torch-weights';
import { openLabForEachTest, status } from './lab-page';

openLabForEachTest();

/** Clicks the button and returns the downloaded file's name and bytes. */
async function downloadFrom(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('the timeline exports as a standalone SVG with its risk path', async ({ page }) => {
  const { name, bytes } = await downloadFrom(page, 'Export timeline as SVG');
  expect(name).toBe('gate-lab-timeline.svg');
  const live = await page.locator('.timeline-svg path.risk-path').first().getAttribute('d');
  // parsed by the browser's XML parser: a well-formed SVG document, not just a string that looks like one
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const risk = doc.querySelector('path.risk-path');
    return {
      root: doc.documentElement.localName,
      error: doc.querySelector('parsererror') !== null,
      d: risk?.getAttribute('d') ?? null,
      stroke: risk?.getAttribute('style') ?? '',
    };
  }, bytes.toString('utf8'));
  expect(parsed).toMatchObject({ root: 'svg', error: false, d: live });
  expect(parsed.stroke).toMatch(/stroke: rgb\(/);
});

test('the timeline exports as a PNG', async ({ page }) => {
  const { name, bytes } = await downloadFrom(page, 'Export timeline as PNG');
  expect(name).toBe('gate-lab-timeline.png');
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // 2×: the IHDR width is twice the timeline's drawn width
  const width = await page
    .locator('.timeline-box')
    .evaluate((el) => el.getBoundingClientRect().width);
  expect(bytes.readUInt32BE(16)).toBe(Math.round(width * 2));
});

test('the cell diagram embeds its valve canvas as a PNG image', async ({ page }) => {
  const { bytes } = await downloadFrom(page, 'Export cell diagram as SVG');
  const text = bytes.toString('utf8');
  expect(text).toContain('<image');
  expect(text).toContain('href="data:image/png;base64,');
  const { bytes: png } = await downloadFrom(page, 'Export cell diagram as PNG');
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
});

test('the weights download as PyTorch-layout JSON', async ({ page }) => {
  const { name, bytes } = await downloadFrom(page, 'Export weights (PyTorch JSON)');
  expect(name).toBe('gate-lab-lstm-weights.json');
  const w = JSON.parse(bytes.toString('utf8'));
  const H = w.weight_hh_l0[0].length;
  expect(w.weight_ih_l0).toHaveLength(4 * H);
  expect(w.weight_ih_l0[0]).toHaveLength(6);
  expect(w.weight_hh_l0).toHaveLength(4 * H);
  expect(w.bias_ih_l0).toHaveLength(4 * H);
  expect(w['readout.weight']).toEqual([expect.any(Array)]);
  expect(w['readout.weight'][0]).toHaveLength(H);
  expect(w['readout.bias']).toHaveLength(1);
});

test('the PyTorch script downloads as the script of the shown model and sequence', async ({
  page,
}) => {
  await page.getByRole('radio', { name: 'GRU', exact: true }).check();
  const { name, bytes } = await downloadFrom(page, 'Export as PyTorch script');
  expect(name).toBe('gate-lab-gru.py');
  // what the core's script writer gives for the shown model and sequence (tests/interop runs
  // that script with real torch); the browser's exp and tanh may differ from Node's in the last bit
  const risksOf = (text: string) => JSON.parse(/^LAB_RISKS = (.*)$/m.exec(text)![1]) as number[];
  const without = (text: string) => text.replace(/^LAB_RISKS = .*$/m, '');
  const { model } = modelFromFile(JSON.parse(readFileSync(new URL('../../public/models/gru.json', import.meta.url), 'utf8'))); // prettier-ignore
  const [script, expected] = [bytes.toString('utf8'), torchScript(model, scenario(CANONICAL).events)!]; // prettier-ignore
  expect(without(script)).toBe(without(expected));
  risksOf(script).forEach((p, t) => expect(p).toBeCloseTo(risksOf(expected)[t], 12));
});

test('weights trained elsewhere import into the lab, which runs them as the core does', async ({
  page,
}) => {
  // a GRU of another hidden size, as torch's state_dict() and a Linear(H, 1) would write it
  const model = initModel('gru', 6, 5, createRng(21));
  const events = scenario(CANONICAL).events;
  const risks = jamRisk(model.readout, runForward(model.cell, encodeSequence(events)).hs);
  const picker = page.getByLabel('Import weights (PyTorch JSON)');
  await picker.setInputFiles({
    name: 'torch-gru.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(torchWeights(model))),
  });
  await expect(page.getByRole('status').filter({ hasText: 'torch-gru.json' })).toHaveText('The lab now shows the GRU from torch-gru.json (H = 5).'); // prettier-ignore
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'GRU', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Go to end' }).click();
  await expect(status(page)).toHaveText(`Jam risk ${Math.round(risks[risks.length - 1] * 100)}%`);
  // a refused file says why and changes nothing
  await picker.setInputFiles({
    name: 'two-layers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...torchWeights(model), weight_ih_l1: [[0]] })),
  });
  await expect(page.getByRole('alert')).toContainText('Could not import the weights in two-layers.json: it has two layers or more (num_layers > 1)'); // prettier-ignore
  await expect(status(page)).toHaveText(`Jam risk ${Math.round(risks[risks.length - 1] * 100)}%`);
  await page.getByRole('button', { name: 'Restore the shipped GRU' }).click();
  await expect(page.getByText('The lab now shows the GRU from')).toHaveCount(0);
  await expect(status(page)).not.toHaveText(`Jam risk ${Math.round(risks[risks.length - 1] * 100)}%`); // prettier-ignore
});

test('every panel’s SVG is well-formed and carries its parts', async ({ page }) => {
  const expected: Record<string, { images: number; minSvgs: number }> = {
    'gradient flow': { images: 0, minSvgs: 3 },
    'learning curves': { images: 0, minSvgs: 2 },
    heatmaps: { images: 6, minSvgs: 6 },
  };
  for (const [name, want] of Object.entries(expected)) {
    const { bytes } = await downloadFrom(page, `Export ${name} as SVG`);
    const got = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        images: doc.querySelectorAll(':scope > image').length,
        svgs: doc.querySelectorAll(':scope > svg').length,
        texts: doc.querySelectorAll(':scope > text').length,
      };
    }, bytes.toString('utf8'));
    expect(got.error, name).toBe(false);
    expect(got.images, name).toBe(want.images);
    expect(got.svgs, name).toBeGreaterThanOrEqual(want.minSvgs);
    // the HTML titles come along as <text>
    expect(got.texts, name).toBeGreaterThan(0);
  }
});
