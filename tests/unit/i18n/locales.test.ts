import { describe, expect, it } from 'vitest';
import { defaultLocale, htmlLang, isLocale, localeKeys, pickLocale } from '../../../src/i18n/locales.ts';

describe('locales', () => {
  it('lists zh, ja and en with their BCP 47 tags', () => {
    expect(localeKeys).toEqual(['zh', 'ja', 'en']);
    expect(localeKeys.map(htmlLang)).toEqual(['zh-CN', 'ja', 'en']);
  });
  it('recognises only our URL segments', () => {
    expect(isLocale('ja')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale('toString')).toBe(false);
  });
  it.each([
    [['zh-CN', 'en'], 'zh'],
    [['zh-TW'], 'zh'],
    [['ja-JP', 'en-US'], 'ja'],
    [['en-GB'], 'en'],
    [['fr-FR', 'ja'], 'ja'],
    [['fr-FR', 'de'], defaultLocale],
    [[], defaultLocale],
  ])('picks a locale for %j', (preferred, expected) => {
    expect(pickLocale(preferred)).toBe(expected);
  });
});
