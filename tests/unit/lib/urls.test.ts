import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  BASE,
  alternatesFor,
  clusterUrl,
  componentUrl,
  entryUrl,
  errorAnchor,
  errorsUrl,
  goUrl,
  homeUrl,
  localeFileUrl,
  pagedUrl,
  pluginUrl,
  searchUrl,
  switchLocaleUrl,
} from '../../../src/lib/urls.ts';
import { normalizeBase } from '../../../src/lib/site-config.ts';

describe('url helpers', () => {
  it('build every route with a trailing slash', () => {
    expect(homeUrl('zh')).toBe('/zh/');
    expect(entryUrl('ja', 'vswitch-ip-exhausted')).toBe('/ja/faq/vswitch-ip-exhausted/');
    expect(entryUrl('en', 'vswitch-ip-exhausted', 'step-2')).toBe('/en/faq/vswitch-ip-exhausted/#step-2');
    expect(pluginUrl('en', 'terway')).toBe('/en/plugin/terway/');
    expect(componentUrl('zh', 'kube-proxy')).toBe('/zh/component/kube-proxy/');
    expect(goUrl('vswitch-ip-exhausted', 'cause')).toBe('/go/vswitch-ip-exhausted/#cause');
  });
  it('make absolute URLs from the configured site', () => {
    expect(absoluteUrl('/en/', 'https://kb.example.com')).toBe('https://kb.example.com/en/');
  });
});

describe('switchLocaleUrl', () => {
  it('swaps the locale and keeps path, query and fragment', () => {
    expect(switchLocaleUrl('/zh/faq/x/?a=1#step-2', 'ja')).toBe('/ja/faq/x/?a=1#step-2');
  });
  it('falls back to the target home page for paths outside the locales', () => {
    expect(switchLocaleUrl('/go/x/', 'en')).toBe('/en/');
    expect(switchLocaleUrl('/', 'zh')).toBe('/zh/');
  });
});

describe('normalizeBase', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['kb', '/kb/'],
    ['/kb', '/kb/'],
    ['/kb/', '/kb/'],
    ['/a/b/', '/a/b/'],
  ])('%j becomes %j', (input, output) => {
    expect(normalizeBase(input)).toBe(output);
  });
});

describe('search, cluster and alternates helpers', () => {
  it('build the search and cluster pages and per-language data files', () => {
    expect(searchUrl('ja')).toBe('/ja/search/');
    expect(searchUrl('en', 'ip not enough')).toBe('/en/search/?q=ip%20not%20enough');
    expect(clusterUrl('zh')).toBe('/zh/cluster/');
    expect(localeFileUrl('en', 'verdict-strings.json')).toBe('/en/verdict-strings.json');
  });
  it('map every locale to its URL', () => {
    expect(alternatesFor(homeUrl)).toEqual({ zh: '/zh/', ja: '/ja/', en: '/en/' });
  });
});

describe('pagedUrl', () => {
  it('gives the first page itself and numbers the rest after it', () => {
    expect(pagedUrl('/en/plugin/terway/', 1)).toBe('/en/plugin/terway/');
    expect(pagedUrl('/en/plugin/terway/', 0)).toBe('/en/plugin/terway/');
    expect(pagedUrl('/en/plugin/terway/', 2)).toBe('/en/plugin/terway/2/');
    expect(pagedUrl('/kb/zh/errors/', 12)).toBe('/kb/zh/errors/12/');
  });
});

describe('errorsUrl and errorAnchor', () => {
  it('build the errors page, optionally at one error', () => {
    expect(errorsUrl('ja')).toBe('/ja/errors/');
    expect(errorsUrl('ja', '')).toBe('/ja/errors/');
    expect(errorsUrl('en', 'Connection timed out')).toBe('/en/errors/#e-connection-timed-out');
  });
  it('name the page of the index an error is on, the first page without a number', () => {
    expect(errorsUrl('en', 'Connection timed out', 2)).toBe('/en/errors/2/#e-connection-timed-out');
    expect(errorsUrl('en', 'Connection timed out', 1)).toBe('/en/errors/#e-connection-timed-out');
    expect(errorsUrl('zh', undefined, 3)).toBe('/zh/errors/3/');
  });
  it('keep letters and digits of every script, lower-case, one hyphen for each run of anything else', () => {
    expect(errorAnchor('InvalidVSwitchId.IpNotEnough')).toBe('e-invalidvswitchid-ipnotenough');
    expect(errorAnchor(';; connection timed out; no servers could be reached')).toBe(
      'e-connection-timed-out-no-servers-could-be-reached',
    );
    expect(errorAnchor('100% packet loss')).toBe('e-100-packet-loss');
    expect(errorAnchor('Using iptables Proxier.')).toBe('e-using-iptables-proxier');
    expect(errorAnchor('[x].')).toBe('e-x');
    expect(errorAnchor('节点Pod网段不在VPC路由表条目中')).toBe('e-节点pod网段不在vpc路由表条目中');
    expect(errorAnchor('ＩｐＮｏｔＥｎｏｕｇｈ')).toBe('e-ipnotenough');
  });
  it('give variants that differ only in case or punctuation one anchor', () => {
    expect(errorAnchor("enable-in-cluster-loadbalance='true'")).toBe(errorAnchor('enable-in-cluster-loadbalance=true'));
    expect(errorAnchor("Couldn't connect to server")).not.toBe(errorAnchor('Could not connect to server'));
  });
});

describe('url helpers in detail', () => {
  it('encode every segment and leave out an empty anchor or query', () => {
    expect(BASE).toBe('/');
    expect(entryUrl('en', 'a b/c')).toBe('/en/faq/a%20b%2Fc/');
    expect(entryUrl('en', 'x', '')).toBe('/en/faq/x/');
    expect(goUrl('x')).toBe('/go/x/');
    expect(goUrl('x', '')).toBe('/go/x/');
    expect(searchUrl('zh', '')).toBe('/zh/search/');
    expect(searchUrl('zh', 'a&b=c#d')).toBe('/zh/search/?q=a%26b%3Dc%23d');
  });
  it('make absolute URLs from a URL object too', () => {
    expect(absoluteUrl('/en/faq/x/', new URL('https://kb.example.cn/kb/'))).toBe('https://kb.example.cn/en/faq/x/');
    expect(absoluteUrl('en/', 'https://kb.example.cn/kb/')).toBe('https://kb.example.cn/kb/en/');
  });
  it('switch the locale of a bare locale path, a query-only link and an unknown locale', () => {
    expect(switchLocaleUrl('/en/', 'zh')).toBe('/zh/');
    expect(switchLocaleUrl('/en', 'ja')).toBe('/ja');
    expect(switchLocaleUrl('/ja/search/?q=dns', 'en')).toBe('/en/search/?q=dns');
    expect(switchLocaleUrl('/ja#x', 'zh')).toBe('/zh#x');
    expect(switchLocaleUrl('?q=1', 'ja')).toBe('/ja/');
    expect(switchLocaleUrl('/fr/faq/x/', 'ja')).toBe('/ja/');
    expect(switchLocaleUrl('en/faq/x/', 'ja')).toBe('/ja/');
    expect(switchLocaleUrl('', 'en')).toBe('/en/');
  });
});
