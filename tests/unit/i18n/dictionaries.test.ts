import { describe, expect, it } from 'vitest';
import { localeKeys } from '../../../src/i18n/locales.ts';
import { dictionaries, t } from '../../../src/i18n/ui/index.ts';
import { components } from '../../../src/schemas/component.ts';
import { kinds } from '../../../src/schemas/kind.ts';
import { plugins } from '../../../src/schemas/plugin.ts';
import { sections } from '../../../src/schemas/sections.ts';

const keysOf = (locale: (typeof localeKeys)[number]) => Object.keys(dictionaries[locale]).sort();

describe('UI dictionaries', () => {
  it.each(localeKeys)('%s has exactly the keys of the English dictionary', (locale) => {
    expect(keysOf(locale)).toEqual(keysOf('en'));
  });

  it.each(localeKeys)('%s has no empty strings', (locale) => {
    for (const [key, value] of Object.entries(dictionaries[locale])) {
      expect(value.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('labels every plugin, kind, component and section in every locale', () => {
    const needed = [
      ...plugins.map((p) => `plugin.${p}`),
      ...kinds.map((k) => `kind.${k}`),
      ...components.map((c) => `component.${c}`),
      ...sections.map((s) => `section.${s}`),
    ];
    for (const locale of localeKeys) {
      for (const key of needed) expect(Object.keys(dictionaries[locale]), `${locale} ${key}`).toContain(key);
    }
  });

  it('translates prose strings instead of leaving the English text in zh and ja', () => {
    // Product names may legitimately be identical; sentences may not.
    const prose = ['site.tagline', 'home.intro', 'notFound.body', 'footer.note', 'skip.link', 'theme.system'] as const;
    for (const key of prose) {
      expect(dictionaries.zh[key], key).not.toBe(dictionaries.en[key]);
      expect(dictionaries.ja[key], key).not.toBe(dictionaries.en[key]);
    }
  });

  it('uses the glossary section headings', () => {
    expect([
      t('zh', 'section.symptom'),
      t('zh', 'section.cause'),
      t('zh', 'section.solution'),
      t('zh', 'section.verify'),
    ]).toEqual(['问题现象', '问题原因', '解决方法', '结果验证']);
    expect([
      t('ja', 'section.symptom'),
      t('ja', 'section.cause'),
      t('ja', 'section.solution'),
      t('ja', 'section.verify'),
    ]).toEqual(['症状', '原因', '解決策', '確認']);
  });

  it.each(localeKeys)('%s ends the section-link label with the colon its tooltip drops', (locale) => {
    // entry-links.client.ts shows the label without its last character; the names keep it ("…: Cause").
    expect(dictionaries[locale]['links.section']).toMatch(/[:：]$/);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'home.count', { count: 3 })).toBe('3 entries');
    expect(t('en', 'home.count', { count: 1 })).toBe('1 entry');
    expect(t('ja', 'home.count', { count: 1 })).toBe('1 件');
    expect(t('zh', 'home.count', { count: 3 })).toBe('3 篇');
    expect(t('en', 'site.title', { count: 1 })).toBe('ACK Network Troubleshooting');
  });
});
