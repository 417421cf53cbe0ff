/**
 * Phones (isMobile, hasTouch): the page never scrolls sideways, the transport and the time step
 * are on the first screen (the dock sticks to the bottom, in a thumb's reach), and every control
 * is at least 44 × 44 px. Screenshots go to .ci/out/screenshots/.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openLabForEachTest, showEveryPanel } from './lab-page';

const SHOTS = '.ci/out/screenshots';

/**
 * Every control a finger may aim at: the elements with an interactive role. The diagram's stacks
 * and the heatmaps' cells are read-outs (role img), focusable for reading values with the keys,
 * and are not counted here.
 */
const CONTROLS =
  'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [role=slider], [role=checkbox], [role=radio], [role=tab], [role=switch]';

/** The transport's parts that are not wholly on screen. */
async function offScreen(page: Page): Promise<string[]> {
  const { width, height } = page.viewportSize()!;
  const out: string[] = [];
  for (const [name, l] of [
    ['Play', page.getByRole('button', { name: /^(Play|Pause)$/ })],
    ['Step forward', page.getByRole('button', { name: 'Step forward' })],
    ['Time step', page.getByRole('slider', { name: 'Time step' })],
  ] as const) {
    const b = await l.boundingBox();
    if (!b || b.x < 0 || b.y < 0 || b.x + b.width > width + 0.5 || b.y + b.height > height + 0.5)
      out.push(name);
  }
  return out;
}

/** The visible texts of a region drawn under 12 px on screen (an SVG's text scaled by its viewBox). */
const smallText = (region: Locator) =>
  region.evaluate((root) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      const text = n.textContent!.trim();
      if (!text || !el.checkVisibility({ visibilityProperty: true })) continue;
      if (el.closest('.sr-only, .narrow-sr, title')) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
      const view = svg?.viewBox.baseVal;
      const shown = svg && view?.width ? (px * svg.getBoundingClientRect().width) / view.width : px;
      if (shown < 12 - 0.05) out.push(`${text.slice(0, 24)}: ${shown.toFixed(1)} px`);
    }
    return out;
  });

/** The controls under 44 × 44 px, by name. */
const small = (page: Page) =>
  page.evaluate((selector) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const b = el.getBoundingClientRect();
      if (b.width === 0 && b.height === 0) continue;
      if (b.width < 44 - 0.5 || b.height < 44 - 0.5) {
        const name =
          el.getAttribute('aria-label') ??
          el.closest('label')?.textContent ??
          el.textContent ??
          el.tagName;
        out.push(`${el.tagName.toLowerCase()} "${name.trim().slice(0, 40)}" ${Math.round(b.width)}×${Math.round(b.height)}`); // prettier-ignore
      }
    }
    return out;
  }, CONTROLS);

for (const [width, height] of [
  [390, 844],
  [360, 740],
] as const) {
  test.describe(`phone ${width}×${height}`, () => {
    test.use({ viewport: { width, height }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    openLabForEachTest();

    test('no sideways scroll; the transport and the time step on the first screen', async ({
      page,
    }) => {
      await page.screenshot({ path: `${SHOTS}/phone-${width}x${height}.png` });
      expect(await offScreen(page)).toEqual([]);
      await showEveryPanel(page);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
      // the dock stays in reach while the page scrolls
      await page.getByRole('heading', { name: 'Heatmaps' }).scrollIntoViewIfNeeded();
      expect(await offScreen(page)).toEqual([]);
    });

    test('the diagram scales to the width with no text under 12 px', async ({ page }) => {
      for (const name of ['LSTM', 'GRU', 'Vanilla RNN']) {
        await page.getByRole('radio', { name }).check();
        const figure = page.getByRole('region', { name: new RegExp(`^${name} cell at step`) });
        const box = (await figure.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
        expect(await smallText(figure), name).toEqual([]);
      }
    });

    test('every control is at least 44 × 44 px', async ({ page }) => {
      await showEveryPanel(page);
      expect(await small(page)).toEqual([]);
      // and in the dialogs a finger opens
      await page.getByRole('button', { name: 'Forget gate' }).tap();
      await expect(page.getByRole('dialog', { name: 'Forget gate' })).toBeVisible();
      expect(await small(page)).toEqual([]);
    });
  });
}
