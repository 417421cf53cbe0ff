/**
 * Phones (isMobile, hasTouch): the page never scrolls sideways, the transport and the time step
 * are on the first screen (the dock sticks to the bottom, in a thumb's reach), and every control
 * is at least 44 × 44 px. Screenshots go to .ci/out/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
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

    // not yet met: the styled controls and the phone diagram are the next part of #12
    test.fixme('no sideways scroll; the transport and the time step on the first screen', async ({
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

    test.fixme('every control is at least 44 × 44 px', async ({ page }) => {
      await showEveryPanel(page);
      expect(await small(page)).toEqual([]);
      // and in the dialogs a finger opens
      await page.getByRole('button', { name: 'Forget gate' }).tap();
      await expect(page.getByRole('dialog', { name: 'Forget gate' })).toBeVisible();
      expect(await small(page)).toEqual([]);
    });
  });
}
