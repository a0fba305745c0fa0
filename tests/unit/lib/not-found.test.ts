import { describe, expect, it } from 'vitest';
import { entryPathFor, wordsOfPath } from '../../../src/lib/not-found.ts';

const names = { 'vswitch-ip-exhausted': 'vswitch-ip-exhausted', 'old-name': 'new-name', 'new-name': 'new-name' };

describe('entryPathFor', () => {
  it('sends another case of an entry URL to the entry', () => {
    expect(entryPathFor('/en/faq/VSwitch-IP-Exhausted/', names, 'ja')).toBe('/en/faq/vswitch-ip-exhausted/');
    expect(entryPathFor('/EN/FAQ/vswitch-ip-exhausted/', names, 'ja')).toBe('/en/faq/vswitch-ip-exhausted/');
    expect(entryPathFor('/go/VSwitch-IP-Exhausted/', names, 'zh')).toBe('/zh/faq/vswitch-ip-exhausted/');
  });
  it('gives a URL without its language the reader’s language', () => {
    expect(entryPathFor('/faq/vswitch-ip-exhausted/', names, 'zh')).toBe('/zh/faq/vswitch-ip-exhausted/');
    expect(entryPathFor('/vswitch-ip-exhausted', names, 'ja')).toBe('/ja/faq/vswitch-ip-exhausted/');
    expect(entryPathFor('/faq/vswitch-ip-exhausted/index.html', names, 'en')).toBe('/en/faq/vswitch-ip-exhausted/');
    expect(entryPathFor('/ja/vswitch-ip-exhausted/', names, 'en')).toBe('/ja/faq/vswitch-ip-exhausted/');
  });
  it('sends a former id in another case to the entry it became', () => {
    expect(entryPathFor('/ja/faq/Old-Name/', names, 'en')).toBe('/ja/faq/new-name/');
    expect(entryPathFor('/ja/faq/%4Fld-name/', names, 'en')).toBe('/ja/faq/new-name/');
  });
  it('leaves alone what names no entry, or is the entry’s own address', () => {
    expect(entryPathFor('/en/faq/vswitch-ip-exhausted/', names, 'en')).toBeUndefined();
    expect(entryPathFor('/en/faq/no-such-entry/', names, 'en')).toBeUndefined();
    expect(entryPathFor('/en/faq/vswitch-ip-exhausted/step-2/', names, 'en')).toBeUndefined();
    expect(entryPathFor('/en/faq/', names, 'en')).toBeUndefined();
    expect(entryPathFor('/', names, 'en')).toBeUndefined();
    expect(entryPathFor('/en/faq/constructor/', names, 'en')).toBeUndefined();
    expect(entryPathFor('/en/faq/%E0%A4%A/', names, 'en')).toBeUndefined();
    expect(entryPathFor('en/faq/VSwitch-IP-Exhausted/', names, 'en')).toBeUndefined();
  });
});

describe('wordsOfPath', () => {
  it('keeps the words of the path, without language, route names or file names', () => {
    expect(wordsOfPath('/ja/faq/vswitch-ip-exhaust/')).toBe('vswitch ip exhaust');
    expect(wordsOfPath('/go/conntrack_table.ful/index.html')).toBe('conntrack table ful');
    expect(wordsOfPath('/en/404/')).toBe('');
    expect(wordsOfPath('/en/faq/index/')).toBe('');
    expect(wordsOfPath('/zh/faq/%E5%9F%9F%E5%90%8D/')).toBe('域名');
    expect(wordsOfPath('/en/faq/Terway-ENI/')).toBe('terway eni');
  });
  it('drops placeholders such as the xx of a masked MAC address', () => {
    expect(wordsOfPath('/xx/')).toBe('');
    expect(wordsOfPath('/en/faq/dev-by-mac-XX-xxx/')).toBe('dev by mac');
    expect(wordsOfPath('/en/faq/xen-box/')).toBe('xen box');
  });
  it('reads nothing outside the base and keeps a malformed escape as it came', () => {
    expect(wordsOfPath('faq/dns/')).toBe('');
    expect(wordsOfPath('/en/faq/%E0%A4%A-dns/')).toBe('%e0%a4%a dns');
  });
});
