/**
 * The lesson beside the lab: after Start lesson and after every Next, the panel the step points at
 * (the one carrying data-lesson-target) is at least half in view — half of itself, or half of the
 * room the screen has for it when it is taller than that — with the step's text in view at the
 * same time. On a wide screen the lesson is docked beside the lab; on a phone it is a bottom
 * sheet, and what it covers does not count as in view.
 */
import { expect, test, type Page } from '@playwright/test';
import { LESSON_STEPS } from '../../src/ui/lesson/steps';
import { openLabForEachTest } from './lab-page';

/** How much of the target panel is in view, against how much must be. */
const inView = (page: Page) =>
  page.evaluate(() => {
    const panel = document.querySelector('[data-lesson-target]')!.getBoundingClientRect();
    const bar = document.querySelector('.top-bar')!.getBoundingClientRect();
    const lesson = document.querySelector('.lesson')!.getBoundingClientRect();
    const sheet = lesson.left < 1 && lesson.bottom >= window.innerHeight - 1; // across the bottom
    const top = Math.max(0, bar.bottom);
    const bottom = sheet ? lesson.top : window.innerHeight;
    const shown = Math.max(0, Math.min(panel.bottom, bottom) - Math.max(panel.top, top));
    return { shown, needed: 0.5 * Math.min(panel.height, bottom - top) };
  });

for (const [name, use] of [
  ['1440×900', { viewport: { width: 1440, height: 900 } }],
  ['phone 390×844', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
] as const) {
  test.describe(name, () => {
    test.use(use);
    openLabForEachTest();

    test('each step brings its panel into view beside its text', async ({ page }) => {
      await page.getByRole('button', { name: 'Start lesson' }).click();
      const lesson = page.getByRole('region', { name: 'Lesson' });
      for (let k = 0; k < LESSON_STEPS.length; k++) {
        await expect(lesson).toContainText(`Step ${k + 1} of ${LESSON_STEPS.length}`);
        await expect(page.locator('[data-lesson-target] h2')).toBeVisible();
        // the panel carries the lesson's outline (once its code has loaded, if it had not)
        await expect(page.locator('[data-lesson-target] [data-deferred]')).toHaveCount(0);
        await expect(page.locator('[data-lesson-target] section.panel').first()).toHaveCSS(
          'outline-style',
          'solid',
        );
        await expect(lesson.locator('.lesson-text')).toBeInViewport();
        // the scroll may be smooth: wait for it to settle
        await expect
          .poll(
            async () => {
              const { shown, needed } = await inView(page);
              return shown >= needed;
            },
            `step ${k + 1}: its panel is half in view`,
          )
          .toBe(true);
        if (k === 0)
          await page.screenshot({ path: `.ci/out/screenshots/lesson-${name.replace(/\D+/g, '-')}.png` }); // prettier-ignore
        await lesson.getByRole('button', { name: /^Next/ }).click();
      }
    });
  });
}
