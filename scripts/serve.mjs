// A small static server for the built site: what `npm start` and the browser
// tests use. It behaves like a plain static host (directory index, MIME types,
// gzip where asked for, ETags so a browser revalidates what it holds, a year's
// caching for files named by their content: src/lib/caching.ts) plus one
// rule hosts are configured with (README: hosting): an unknown URL under
// /{lang}/ gets /{lang}/404/, anything else /404.html.
//
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist] [--base /]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { cacheControl, REVALIDATE } from '../src/lib/caching.ts';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(opt('port', process.env.PORT ?? '4321'));
const root = resolve(opt('dir', process.env.KB_OUT_DIR ?? 'dist'));
const base = `/${opt('base', process.env.KB_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const locales = ['zh', 'ja', 'en'];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

if (!existsSync(root)) {
  console.error(`serve: expected a built site in ${root}, found nothing (run npm run build first)`);
  process.exit(1);
}

/** Maps a URL path to a file inside root, or null. */
function fileFor(pathname) {
  if (!pathname.startsWith(base)) return null;
  const rel = normalize(decodeURIComponent(pathname.slice(base.length)));
  const full = join(root, rel);
  if (full !== root && !full.startsWith(root + sep)) return null;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, 'index.html');
  if (existsSync(index)) return pathname.endsWith('/') ? index : { redirect: `${pathname}/` };
  return null;
}

function notFoundFile(pathname) {
  const first = pathname.slice(base.length).split('/')[0];
  const localized = locales.includes(first) ? join(root, first, '404', 'index.html') : null;
  if (localized && existsSync(localized)) return localized;
  return join(root, '404.html');
}

function send(req, res, status, file) {
  const type = types[extname(file)] ?? 'application/octet-stream';
  // Files named by their content are kept a year; an error page, like every other file, is asked for again.
  // Judged by the file served, not the address asked for (`/_astro/..%2Fen%2F` is a page, not a bundle).
  const cache = status === 200 ? cacheControl(`/${relative(root, file).split(sep).join('/')}`) : REVALIDATE;
  const headers = { 'content-type': type, 'cache-control': cache, 'x-content-type-options': 'nosniff' };
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /text|json|svg|xml|javascript/.test(type);
  if (gzip) headers['content-encoding'] = 'gzip';
  if (status === 200) {
    // As static hosts do: a validator, so a browser asks again (no-cache) but gets 304 for a file it holds.
    const { size, mtimeMs } = statSync(file);
    headers.etag = `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
    headers.vary = 'accept-encoding';
    if (req.headers['if-none-match'] === headers.etag) {
      res.writeHead(304, headers).end();
      return;
    }
  }
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return res.end();
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  let found;
  try {
    found = fileFor(url.pathname);
  } catch {
    // A malformed path (bad percent-encoding) is simply not found.
    found = null;
  }
  if (found && typeof found === 'object') {
    res.writeHead(301, { location: found.redirect + url.search }).end();
    return;
  }
  if (found) return send(req, res, 200, found);
  if (url.pathname === '/' && base !== '/') {
    res.writeHead(302, { location: base }).end();
    return;
  }
  send(req, res, 404, notFoundFile(url.pathname));
});

server.listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://localhost:${port}${base}`);
});
