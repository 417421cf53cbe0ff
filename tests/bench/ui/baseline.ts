/**
 * The same key-to-paint measurement on a page that does nothing but move a slider: what headless
 * Chromium's pipeline (input, frame, raster, software compositing) costs on this machine before
 * the lab adds anything. The page is as large as the viewport, so the window's size is the same.
 */
import type { Browser } from '@playwright/test';
import { addNameShim } from './measure';
import { pageOptions } from './run-kind';
import { pressRight, type InputResult } from './scenarios';

const PAGE = `<!doctype html><html lang="en"><body style="margin:0">
<main style="height:100vh"><input type="range" aria-label="Time step" min="0" max="199"
 value="0" aria-valuenow="0"></main>
<script>
  const slider = document.querySelector('input');
  addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowRight') return;
    slider.value = String(Number(slider.value) + 1);
    slider.setAttribute('aria-valuenow', slider.value);
  });
</script></body></html>`;

/** → pressed n times on the empty page in a width × height window (a phone's, if `phone`). */
export async function baselineKeys(
  browser: Browser,
  viewport: { width: number; height: number; phone?: boolean },
  n: number,
): Promise<InputResult> {
  const page = await browser.newPage(pageOptions(viewport));
  try {
    await addNameShim(page);
    await page.setContent(PAGE);
    await page.locator('body').click({ position: { x: 5, y: viewport.height - 5 } });
    return await pressRight(page, n);
  } finally {
    await page.close();
  }
}
