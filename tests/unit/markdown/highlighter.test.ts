import { describe, expect, it } from 'vitest';
import { codeLanguages } from '../../../src/markdown/code-meta.ts';
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

describe('the JavaScript regex engine', () => {
  // A sample of every language the entries use, with what their grammars find hardest (nesting, escapes, heredocs).
  const samples: Record<(typeof codeLanguages)[number], string> = {
    bash: 'kubectl -n kube-system get cm eni-config -o jsonpath=\'{.data.eni_conf}\' | jq -r ".vswitches[] | keys[]"\ncat <<EOF > /tmp/x\n$(date) ${HOME:-/root} "a\\"b"\nEOF',
    shell: 'for n in $(kubectl get nodes -o name); do echo "${n#node/}"; done',
    console: '$ ip route show table main\ndefault via 192.168.0.253 dev eth0',
    yaml: 'apiVersion: v1\nkind: ConfigMap\ndata:\n  eni_conf: |\n    {"vswitches": {"cn-hangzhou-i": ["vsw-1"]}}\n  flag: "true" # quoted\n',
    json: '{"a": [1, 2.5e3, true, null, {"b": "c\\u00e9\\n"}]}',
    ini: '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--max-pods=110"\n; comment',
    text: 'no IP addresses available in range set: 172.20.1.1-172.20.1.254',
    diff: '--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new',
    toml: '[plugins."io.containerd.grpc.v1.cri".registry]\n  config_path = "/etc/containerd/certs.d"',
    go: 'func f(m map[string][][]int) (x [][]map[int][]string) { return nil }',
  };
  it('colours a sample of every language exactly as Oniguruma does', async () => {
    const { createHighlighter } = await import('shiki');
    const { createOnigurumaEngine } = await import('shiki/engine/oniguruma');
    const oniguruma = await createHighlighter({
      themes: Object.values(codeThemes),
      langs: [...codeLanguages],
      engine: createOnigurumaEngine(import('shiki/wasm')),
    });
    const highlighter = await getHighlighter();
    expect(Object.keys(samples).sort()).toEqual([...codeLanguages].sort());
    for (const lang of codeLanguages) {
      const options = { lang, themes: codeThemes, defaultColor: false as const, tokenizeTimeLimit: 0 };
      expect(highlighter.codeToHtml(samples[lang], options), lang).toBe(oniguruma.codeToHtml(samples[lang], options));
    }
    oniguruma.dispose();
  });
});
