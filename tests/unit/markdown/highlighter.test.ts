import { describe, expect, it } from 'vitest';
import { codeThemes, getHighlighter, tokenClasses } from '../../../src/markdown/highlighter.ts';
import { codeCssPlugin } from '../../../src/markdown/vite-code-css.ts';

describe('getHighlighter', () => {
  it('creates one highlighter with both themes and every code language (text needs none)', async () => {
    const first = getHighlighter();
    expect(getHighlighter()).toBe(first);
    const h = await first;
    expect(h.getLoadedThemes().sort()).toEqual(['github-dark-high-contrast', 'github-light-high-contrast']);
    expect(h.getLoadedLanguages()).toEqual(
      expect.arrayContaining(['bash', 'shell', 'console', 'yaml', 'json', 'ini', 'diff', 'toml', 'go']),
    );
  });
});

describe('tokenClasses', () => {
  it('names every colour of each theme once, upper-cased, the theme’s own foreground first', async () => {
    const h = await getHighlighter();
    const { light, dark } = await tokenClasses();
    for (const [map, prefix, theme] of [
      [light, 'l', codeThemes.light],
      [dark, 'd', codeThemes.dark],
    ] as const) {
      const t = h.getTheme(theme);
      const colours = new Set(
        [t.fg, ...t.settings.map((s) => s.settings?.foreground)].filter((c): c is string => !!c).map((c) => c.toUpperCase()),
      );
      expect([...map.keys()]).toEqual([...colours]);
      expect([...map.values()]).toEqual([...colours].map((_, i) => `${prefix}${i}`));
      expect([...map.keys()][0]).toBe(t.fg.toUpperCase());
    }
    expect(light.size).toBeGreaterThan(5);
    expect(dark.size).toBeGreaterThan(5);
  });
  it('writes one custom property per class, lower-cased, after the rule that picks light or dark', async () => {
    const { light, dark, css } = await tokenClasses();
    expect(css.split('\n')).toEqual([
      '.code pre span[class]{color:light-dark(var(--l),var(--d))}',
      ...[...light].map(([c, cls]) => `.${cls}{--l:${c.toLowerCase()}}`),
      ...[...dark].map(([c, cls]) => `.${cls}{--d:${c.toLowerCase()}}`),
    ]);
    expect(css).toContain('\n.l0{--l:#0e1116}\n');
  });
});

describe('codeCssPlugin', () => {
  const plugin = codeCssPlugin();
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (id: string) => Promise<string | undefined>;

  it('serves the token stylesheet as virtual:kb-code.css', async () => {
    expect(plugin.name).toBe('kb:code-css');
    expect(resolveId('virtual:kb-code.css')).toBe('\0virtual:kb-code.css');
    expect(await load('\0virtual:kb-code.css')).toBe((await tokenClasses()).css);
  });
  it('leaves every other module alone', async () => {
    expect(resolveId('virtual:other.css')).toBeUndefined();
    expect(resolveId('\0virtual:kb-code.css')).toBeUndefined();
    expect(await load('virtual:kb-code.css')).toBeUndefined();
  });
});
