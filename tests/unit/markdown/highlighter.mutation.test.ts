import { describe, expect, it, vi } from 'vitest';

// Themes shaped unlike the bundled GitHub pair: no foreground of their own, rules without
// settings or colour, and a theme without any rules.
const themes: Record<string, unknown> = {
  'github-light-high-contrast': {
    fg: '',
    settings: [{ scope: 'a' }, { settings: { fontStyle: 'bold' } }, { settings: { foreground: '#aa0000' } }],
  },
  'github-dark-high-contrast': { fg: '#00bb00' },
};
vi.mock('shiki', () => ({
  createHighlighter: () => Promise.resolve({ getTheme: (name: string) => themes[name] }),
}));

const { tokenClasses } = await import('../../../src/markdown/highlighter.ts');

describe('tokenClasses with sparse themes', () => {
  it('takes colours only from a theme foreground or rule foregrounds that are set', async () => {
    const { light, dark, css } = await tokenClasses();
    expect([...light]).toEqual([['#AA0000', 'l0']]);
    expect([...dark]).toEqual([['#00BB00', 'd0']]);
    expect(css).toBe('.code pre span[class]{color:light-dark(var(--l),var(--d))}\n.l0{--l:#aa0000}\n.d0{--d:#00bb00}');
  });
});
