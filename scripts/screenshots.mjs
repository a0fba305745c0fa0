// Takes screenshots of the built site for a human to look at: every locale,
// light and dark, desktop and phone width. Serve the site first (npm start).
// Usage: node scripts/screenshots.mjs [out-dir] [path …]   (paths without the locale, e.g. faq/vswitch-ip-exhausted/)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const [outDir = '/tmp/kb-shots', ...paths] = process.argv.slice(2);
const base = process.env.KB_URL ?? 'http://localhost:4321';
const pages = paths.length ? paths : ['', 'faq/vswitch-ip-exhausted/'];
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions);
for (const lang of ['zh', 'ja', 'en']) {
  for (const scheme of ['light', 'dark']) {
    for (const [device, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ]) {
      const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(`${base}/${lang}/${path}`);
        const name = `${lang}-${(path || 'home').replace(/\W+/g, '_')}-${scheme}-${device}.png`;
        await page.screenshot({ path: `${outDir}/${name}`, fullPage: device === 'desktop' });
        console.log(`${outDir}/${name}`);
      }
      await context.close();
    }
  }
}
await browser.close();
