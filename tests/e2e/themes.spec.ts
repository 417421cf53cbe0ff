/**
 * The light and the dark theme in Chromium: each axe-clean (AA contrast included) over the whole
 * page at three desktop sizes and two phones, whether dark comes from the system or from the
 * "Dark theme" toggle; the toggle's choice survives a reload; lecture mode keeps every text at
 * ≥ 7:1 in both; the diagram's canvas redraws its valves' track in the new theme. Screenshots of
 * each first screen go to .ci/out/screenshots/theme-<theme>-<w>x<h>.png.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { lowContrast } from './contrast';
import { openLabForEachTest, showEveryPanel } from './lab-page';

const SHOTS = '.ci/out/screenshots';
const THEMES = ['light', 'dark'] as const;

const toggle = (page: Page) => page.getByRole('button', { name: 'Dark theme' });
const shownTheme = (page: Page) =>
  page.evaluate(() => document.documentElement.getAttribute('data-theme'));

async function axeViolations(page: Page): Promise<string[]> {
  await showEveryPanel(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(' '))
        .join(', ')})`,
  );
}

const SIZES = [
  { width: 1440, height: 900, phone: false },
  { width: 1366, height: 768, phone: false },
  { width: 1280, height: 720, phone: false },
  { width: 390, height: 844, phone: true },
  { width: 360, height: 740, phone: true },
];

for (const { width, height, phone } of SIZES) {
  test.describe(`${width}×${height}`, () => {
    test.use({
      viewport: { width, height },
      ...(phone ? { isMobile: true, hasTouch: true } : {}),
    });

    for (const theme of THEMES) {
      test.describe(`system ${theme}`, () => {
        test.use({ colorScheme: theme });
        openLabForEachTest();

        test(`shows the ${theme} theme, axe-clean`, async ({ page }) => {
          expect(await shownTheme(page)).toBe(theme);
          await expect(toggle(page)).toHaveAttribute('aria-pressed', String(theme === 'dark'));
          await page.screenshot({ path: `${SHOTS}/theme-${theme}-${width}x${height}.png` });
          expect(await axeViolations(page)).toEqual([]);
        });
      });
    }

    test.describe('the toggle', () => {
      test.use({ colorScheme: 'light' });
      openLabForEachTest();

      test('turns the dark theme on over a light system, axe-clean', async ({ page }) => {
        await toggle(page).click();
        await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
        expect(await shownTheme(page)).toBe('dark');
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  });
}

test.describe('the choice', () => {
  test.use({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
  openLabForEachTest();

  test('persists across a reload, and outranks the system’s preference', async ({ page }) => {
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    await toggle(page).click();
    await page.reload();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    expect(await shownTheme(page)).toBe('dark');
    // the reader chose dark: a light system does not undo it, and chosen light holds over dark
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await shownTheme(page)).toBe('dark');
    await toggle(page).click();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    expect(await shownTheme(page)).toBe('light');
  });

  test('follows the system while the reader has not chosen', async ({ page }) => {
    expect(await shownTheme(page)).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    expect(await shownTheme(page)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  });

  test('redraws the diagram’s canvas in the theme shown', async ({ page }) => {
    // pixels of the valves' track colour (the token, as the canvas draws it) on the canvas
    const trackPixels = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('.valve-canvas')!;
        const probe = canvas.getContext('2d')!;
        const style = getComputedStyle(canvas).getPropertyValue('--color-valve-track').trim();
        probe.save();
        probe.fillStyle = style;
        const [r, g, b] = (probe.fillStyle as string)
          .match(/[0-9a-f]{2}/gi)!
          .map((h) => parseInt(h, 16));
        probe.restore();
        const data = probe.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let k = 0; k < data.length; k += 4)
          if (data[k] === r && data[k + 1] === g && data[k + 2] === b && data[k + 3] === 255) n++;
        return { track: style, n };
      });
    const light = await trackPixels();
    expect(light.n).toBeGreaterThan(100);
    await toggle(page).click();
    const dark = await trackPixels();
    expect(dark.track).not.toBe(light.track);
    expect(dark.n).toBeGreaterThan(100);
  });
});

for (const theme of THEMES) {
  test.describe(`lecture mode, ${theme}`, () => {
    test.use({ viewport: { width: 1280, height: 720 }, colorScheme: theme });
    openLabForEachTest();

    test('keeps every text at 7:1 or more', async ({ page }) => {
      const button = page.getByRole('button', { name: 'Lecture mode' });
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      expect(await shownTheme(page)).toBe(theme);
      await page.screenshot({ path: `${SHOTS}/theme-${theme}-lecture-1280x720.png` });
      expect(await lowContrast(page, 7)).toEqual([]);
    });
  });
}
