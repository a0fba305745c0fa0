import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

const PORT = Number(process.env.KB_E2E_PORT ?? 4329);
/** The real site built under the sub-path /kb/ (npm run build:kb). */
export const KB_PORT = PORT + 1;
/** A fixture site where an entry was renamed (npm run build:fixtures). */
export const RENAMED_PORT = PORT + 2;

/**
 * End-to-end tests run against the built site (`npm run build` first), served
 * by scripts/serve.mjs exactly as `npm start` serves it. Debian's Chromium is
 * used when present; elsewhere Playwright's own browser.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: [
    { command: `node scripts/serve.mjs --port ${PORT}`, url: `http://localhost:${PORT}/en/`, timeout: 30_000 },
    {
      command: `node scripts/serve.mjs --port ${KB_PORT} --dir dist-kb --base /kb/`,
      url: `http://localhost:${KB_PORT}/kb/en/`,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve.mjs --port ${RENAMED_PORT} --dir dist-renamed`,
      url: `http://localhost:${RENAMED_PORT}/en/`,
      timeout: 30_000,
    },
  ],
});
