import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './tests/e2e/chromium-launch';

// Debian's Chromium, never a downloaded browser (nothing can be downloaded on these machines).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: '.ci/out/test-results',
  reporter: 'list',
  workers: 1,
  forbidOnly: !!process.env.CI,
  use: {
    browserName: 'chromium',
    baseURL: 'http://127.0.0.1:4173',
    headless: true,
    launchOptions: chromiumLaunch,
  },
  webServer: {
    command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
