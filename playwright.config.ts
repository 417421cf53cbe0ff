import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './tests/e2e/chromium-launch';

// Debian's Chromium, never a downloaded browser (nothing can be downloaded on these machines).
// E2E_PORT and E2E_DIST let two checkouts (or two builds) be tested side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: '.ci/out/test-results',
  reporter: 'list',
  workers: 1,
  forbidOnly: !!process.env.CI,
  use: {
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${port}`,
    headless: true,
    launchOptions: chromiumLaunch,
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
