/**
 * The first screen is the model: at laptop and projector sizes, in and out of lecture mode, at load
 * and after End, the cell diagram, the conveyor timeline, Play, the jam risk and the time step are
 * all fully on screen without scrolling. Screenshots of each go to .ci/out/screenshots/.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openLabForEachTest, status } from './lab-page';

const SHOTS = '.ci/out/screenshots';
const SIZES = [
  [1440, 900],
  [1366, 768],
  [1280, 720],
] as const;

/** What must be on the first screen, found as a person finds it. */
const firstScreen = (page: Page): [string, Locator][] => [
  ['cell diagram', page.getByRole('region', { name: /^(LSTM|GRU|Vanilla RNN) cell at step \d+$/ })],
  ['timeline', page.getByRole('region', { name: 'Conveyor timeline' })],
  ['Play', page.getByRole('button', { name: 'Play' })],
  ['Jam risk', status(page)],
  ['Time step', page.getByRole('slider', { name: 'Time step' })],
];

/** The names of the parts not wholly inside the viewport (with where they are). */
async function outside(page: Page): Promise<string[]> {
  const { width, height } = page.viewportSize()!;
  const out: string[] = [];
  for (const [name, l] of firstScreen(page)) {
    const b = await l.boundingBox();
    if (!b) out.push(`${name}: not shown`);
    else if (b.x < 0 || b.y < 0 || b.x + b.width > width + 0.5 || b.y + b.height > height + 0.5)
      out.push(`${name}: ${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}`); // prettier-ignore
  }
  return out;
}

for (const [width, height] of SIZES) {
  test.describe(`${width}×${height}`, () => {
    test.use({ viewport: { width, height } });
    openLabForEachTest();

    for (const lecture of [false, true]) {
      const mode = lecture ? 'lecture mode' : 'plain';
      test(`${mode}: the model at work fits the first screen, at load and after End`, async ({
        page,
      }) => {
        if (lecture) await page.getByRole('button', { name: 'Lecture mode' }).click();
        await expect(page.getByRole('region', { name: /cell at step 0$/ })).toBeVisible();
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        expect(await outside(page)).toEqual([]);
        const tag = `${width}x${height}${lecture ? '-lecture' : ''}`;
        await page.screenshot({ path: `${SHOTS}/first-screen-${tag}.png` });

        await page.keyboard.press('End');
        await expect(page.getByRole('region', { name: /cell at step 29$/ })).toBeVisible();
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        expect(await outside(page)).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/first-screen-${tag}-end.png` });
      });
    }

    test('every model fits, with a gate forced', async ({ page }) => {
      for (const name of ['Vanilla RNN', 'GRU', 'LSTM']) {
        await page.getByRole('radio', { name }).check();
        await expect(page.getByRole('region', { name: new RegExp(`^${name} cell`) })).toBeVisible();
        expect(await outside(page), name).toEqual([]);
      }
      await page.getByRole('radiogroup', { name: 'Forget gate' }).getByLabel('Force 0').check();
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(page.getByRole('complementary', { name: 'Prediction' })).toContainText(
        'Forcing the forget gate to 0',
      );
      expect(await outside(page)).toEqual([]);
    });
  });
}
