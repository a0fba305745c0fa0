// The first paint waits for the whole header and for nothing after it: the page holds rendering until
// <main> starts (<link rel="expect" href="#main" blocking="render">), so the search box is never painted
// where the header's later controls go, and once the header and the stylesheet are in, Chromium paints
// what has arrived. Served here by a server that sends an entry page up to a cut, waits, then sends the
// rest: cut in the middle of the body, the first contentful paint comes during the wait; cut inside
// the header, after it.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

const HOLD_MS = 1500;
const TYPES: Record<string, string> = {
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};
let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join('dist', path.endsWith('/') ? `${path}index.html` : path);
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    if (!file.endsWith('.html')) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      return;
    }
    // The page up to the cut now, the rest later: the middle of the body (well past the header and the
    // first screen), or, with ?cut=header, the middle of the header.
    const html = body.toString('utf8');
    const [open, close] = [html.indexOf('<header'), html.indexOf('</header>')];
    const cut = req.url?.includes('cut=header') ? Math.floor((open + close) / 2) : close + Math.floor((html.length - close) / 2);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(html.slice(0, cut));
    setTimeout(() => res.end(html.slice(cut)), HOLD_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

for (const path of ['/en/faq/dns-resolution-fails/', '/zh/faq/network-troubleshooting-checklist/']) {
  test(`an entry page paints its first screen before the rest of the page arrives: ${path}`, async ({ page }) => {
    await page.goto(origin + path, { waitUntil: 'load' });
    const { fcp, responseEnd } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
      responseEnd: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
    }));
    expect(responseEnd).toBeGreaterThan(HOLD_MS);
    expect(fcp).toBeLessThan(responseEnd - HOLD_MS / 2);
    // What was painted is the page's top: its title.
    await expect(page.locator('h1')).toBeVisible();
  });
}

test('nothing is painted while the header is only partly in', async ({ page }) => {
  await page.goto(`${origin}/en/faq/dns-resolution-fails/?cut=header`, { waitUntil: 'load' });
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0);
  expect(fcp).toBeGreaterThan(HOLD_MS);
});
