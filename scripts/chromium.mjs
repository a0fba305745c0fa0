// How every tool here starts Chromium: Debian's /usr/bin/chromium when present
// (Playwright's own browser elsewhere), headless, with the background network
// traffic this closed network refuses turned off.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Launch options for Playwright's chromium.launch() and the test config. */
export const chromiumLaunchOptions = {
  ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
