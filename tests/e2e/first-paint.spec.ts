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
import { expect, test, type Page } from '@playwright/test';

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

/** Opens `url` and reports, at the first contentful paint: its time, whether the page was still arriving, and its title. */
async function firstPaint(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(
    () =>
      new Promise<{ fcp: number; state: DocumentReadyState; title: boolean }>((resolve) => {
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (!entry) return;
          observer.disconnect();
          resolve({ fcp: entry.startTime, state: document.readyState, title: document.querySelector('h1') !== null });
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

for (const path of ['/en/faq/dns-resolution-fails/', '/zh/faq/network-troubleshooting-checklist/']) {
  test(`an entry page paints its first screen before the rest of the page arrives: ${path}`, async ({ page }) => {
    const seen = await firstPaint(page, origin + path);
    // Painted while the page was still arriving (the rest comes HOLD_MS after the start), with its title.
    expect(seen.state).toBe('loading');
    expect(seen.fcp).toBeLessThan(HOLD_MS);
    expect(seen.title).toBe(true);
  });
}

test('nothing is painted while the header is only partly in', async ({ page }) => {
  const seen = await firstPaint(page, `${origin}/en/faq/dns-resolution-fails/?cut=header`);
  expect(seen.fcp).toBeGreaterThan(HOLD_MS);
});
