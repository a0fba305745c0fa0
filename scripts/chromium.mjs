// How every tool here starts Chromium: Debian's Chromium when present
// (Playwright's own browser elsewhere), headless, with the background network
// traffic this closed network refuses turned off. Of Debian's two builds, the
// headless shell (package chromium-headless-shell, the build Playwright itself
// runs headless) comes first: it renders with the same Blink but draws no
// browser window around the page, and the browser tests take a third less CPU
// with it (the axe structure sweep: 87 s → 58 s on 2 workers). KB_CHROMIUM
// names another executable.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'];

/** The Chromium executable the tools run, or undefined for Playwright's own. */
export const chromiumPath = process.env.KB_CHROMIUM ?? SYSTEM_CHROMIUM.find((path) => existsSync(path));

/** Launch options for Playwright's chromium.launch() and the test config. */
export const chromiumLaunchOptions = {
  ...(chromiumPath ? { executablePath: chromiumPath } : {}),
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
