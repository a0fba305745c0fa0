import { createHighlighter, type Highlighter, type ThemeRegistrationResolved } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { codeLanguages } from './code-meta.ts';

/** Themes for light and dark mode: the high-contrast GitHub pair keeps every token, comments and diff lines included, above 4.5:1 (WCAG AA). */
export const codeThemes = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

let pending: Promise<Highlighter> | undefined;

/**
 * The shared highlighter, created once per build (once per render worker).
 * Shiki's JavaScript regex engine instead of its Oniguruma WebAssembly: the
 * same HTML for every body of the corpus (compared on 2026-12-02) and for a
 * sample of every language (tests/unit/markdown/highlighter.test.ts, run
 * against both engines), and a fifth less time to render them. A pattern it
 * cannot translate throws when a line first needs it; a few it emulates (the
 * Go grammar's recursion, five levels deep) could colour differently past
 * that, which the sample comparison watches across upgrades.
 */
export function getHighlighter(): Promise<Highlighter> {
  pending ??= createHighlighter({
    themes: Object.values(codeThemes),
    langs: [...codeLanguages],
    engine: createJavaScriptRegexEngine(),
  });
  return pending;
}

/** Every foreground colour a theme can give a token, upper-cased, in a stable order. */
function palette(theme: ThemeRegistrationResolved): string[] {
  const colours = new Set<string>();
  if (theme.fg) colours.add(theme.fg.toUpperCase());
  // Stryker disable next-line ArrayDeclaration: a string element has no settings, so it adds no colour, exactly like an empty list
  for (const rule of theme.settings ?? []) {
    const fg = rule.settings?.foreground;
    if (fg) colours.add(fg.toUpperCase());
  }
  return [...colours];
}

/**
 * Maps token colours to short class names (`l3`, `d7`) so highlighted code
 * carries no inline styles (smaller pages, and a CSP without 'unsafe-inline'),
 * and produces the matching stylesheet.
 */
export async function tokenClasses(): Promise<{ light: Map<string, string>; dark: Map<string, string>; css: string }> {
  const h = await getHighlighter();
  const light = palette(h.getTheme(codeThemes.light));
  const dark = palette(h.getTheme(codeThemes.dark));
  const lightMap = new Map(light.map((c, i) => [c, `l${i}`]));
  const darkMap = new Map(dark.map((c, i) => [c, `d${i}`]));
  // Each token carries one light and one dark class; light-dark() picks per the page's color-scheme.
  const css = [
    '.code pre span[class]{color:light-dark(var(--l),var(--d))}',
    ...light.map((c, i) => `.l${i}{--l:${c.toLowerCase()}}`),
    ...dark.map((c, i) => `.d${i}{--d:${c.toLowerCase()}}`),
  ].join('\n');
  return { light: lightMap, dark: darkMap, css };
}
