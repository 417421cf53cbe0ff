/**
 * The installable lab offline, in Chromium: after one visit the service worker serves the whole
 * build, so a reload with the network off opens the lab with its models, typeset equations (the
 * lazy KaTeX chunk and its fonts) and a training worker — and nothing reaches the network.
 */
import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';
import { CELL_KINDS } from '../../src/core';
import { showEveryPanel, status } from './lab-page';

const LONG = { timeout: 60_000 };

/** Resolves once the service worker has precached the build and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // the worker claims the open page as soon as it activates (registerType 'autoUpdate')
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), LONG)
    .toBe(true);
}

/** The loading state of each KaTeX font face the page has asked for. */
const katexFonts = (page: Page) =>
  page.evaluate(() =>
    [...document.fonts]
      .filter((f) => f.family.includes('KaTeX') && f.status !== 'unloaded')
      .map((f) => f.status),
  );

/** A failed fetch of the service worker's script: the browser checking for a newer worker. */
const isWorkerUpdateCheck = (m: ConsoleMessage) =>
  m.text().startsWith('Failed to load resource') && m.location().url.endsWith('/sw.js');

test('the web app manifest names the lab, its start page and its icons', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as Record<string, unknown>;
  expect(manifest).toMatchObject({ name: 'Gate Lab', start_url: '/', display: 'standalone' });
  const icons = manifest.icons as { src: string; sizes: string; type: string }[];
  expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of icons) {
    const png = await page.request.get(`/${icon.src}`);
    expect(png.headers()['content-type']).toBe('image/png');
    // the PNG signature, and the size the manifest claims (IHDR width and height)
    const bytes = await png.body();
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
  }
});

test('after the first visit the lab reloads and works with the network off', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('console', (m) => {
    // the browser's own check for a newer worker fails offline, and Chromium may log that failure
    // to the page's console (in one CI run it did, twice): not an error of the lab's
    if (m.type() === 'error' && !isWorkerUpdateCheck(m))
      errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(status(page)).toHaveText(/Jam risk \d+%/);
  await waitForServiceWorker(page);

  // setOffline cuts the page off; the service worker's own fetches are refused by the route
  await context.setOffline(true);
  const network: string[] = [];
  await context.route('**', (route) => {
    network.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  const notFromWorker: string[] = [];
  page.on('response', (r) => r.fromServiceWorker() || notFromWorker.push(r.url()));

  await page.reload();
  await expect(status(page)).toHaveText(/Jam risk \d+%/);
  await showEveryPanel(page);
  await expect(page.locator('.equations .katex').first()).toBeVisible();
  await expect.poll(() => katexFonts(page)).toContain('loaded');
  expect(await katexFonts(page)).not.toContain('error');

  // a short training run: the worker chunk comes from the cache too
  await page.getByRole('slider', { name: 'Updates' }).fill('100');
  await page.getByRole('combobox', { name: 'Hidden size' }).selectOption('4');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByText(/^Done: 100 of 100 updates\.$/)).toHaveCount(CELL_KINDS.length, LONG);

  expect(notFromWorker).toEqual([]);
  // the only request that may try the network is the browser's own check for a newer worker
  expect(network.filter((url) => !url.endsWith('/sw.js'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('the service worker answers only the lab’s own page, not other pages on its origin', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(status(page)).toHaveText(/Jam risk \d+%/);
  await waitForServiceWorker(page);
  // every request that reaches the network is refused: only the worker can answer
  await context.route('**', (route) => route.abort('internetdisconnected'));

  // the lab's own page, with or without a query, comes from the worker
  for (const path of ['/', '/index.html', '/?from=slides']) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(status(page)).toHaveText(/Jam risk \d+%/);
  }
  // another page on the same host is not answered with the lab
  for (const path of ['/other-app/', '/docs/notes.html']) {
    await expect(page.goto(path), path).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
  }
});
