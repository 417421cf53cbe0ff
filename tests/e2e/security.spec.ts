/**
 * The built page's Content-Security-Policy in Chromium: inline script and eval are refused, and
 * the lab itself (workers, KaTeX, exports) runs under it — every other spec fails on any console
 * error, which is where a violation of the policy would show.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { status } from './lab-page';

// Code the test evaluates through DevTools is exempt from the policy, so eval is tried by a
// same-origin script the policy allows to load: a probe put next to the build for this spec only.
const PROBE = `${process.env.E2E_DIST ?? 'dist'}/csp-probe.js`;
test.beforeAll(() =>
  writeFileSync(
    PROBE,
    'try { window.evalRan = new Function("return true")(); } catch (e) { window.evalRan = e.name; }',
  ),
);
test.afterAll(() => rmSync(PROBE, { force: true }));

test('the policy refuses inline script and eval', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
  await page.goto('/');
  await expect(status(page)).toHaveText(/Jam risk \d+%/);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const scripts = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
  expect(scripts.trim()).toBe("script-src 'self'");

  const ranInline = await page.evaluate(() => {
    const inline = document.createElement('script');
    inline.textContent = 'window.ranInline = true';
    document.head.append(inline);
    return (window as { ranInline?: boolean }).ranInline === true;
  });
  expect(ranInline).toBe(false);
  await page.addScriptTag({ url: '/csp-probe.js' });
  await expect.poll(() => page.evaluate(() => (window as { evalRan?: unknown }).evalRan)).toBe('EvalError'); // prettier-ignore
  // the browser says why it refused the inline script
  await expect.poll(() => violations.some((v) => /inline script.*Content Security Policy/.test(v))).toBe(true); // prettier-ignore
});
