import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Highlighter } from 'shiki';
import type { VFile } from 'vfile';
import { describe, expect, it, vi } from 'vitest';
import { codeFigure, rehypeCode, type CodeSource } from '../../../src/markdown/rehype-code.ts';
import { getHighlighter, tokenClasses } from '../../../src/markdown/highlighter.ts';

const highlighter = await getHighlighter();
const classes = await tokenClasses();
const figure = (source: Partial<CodeSource> & { source: string; lang: string }) =>
  codeFigure(highlighter, classes, {
    meta: { output: false, placeholders: [] },
    locale: 'en',
    where: 'x.mdx:3',
    ...source,
  });

describe('codeFigure', () => {
  it('renders a shell block: caption, palette classes, diff lines and placeholders', () => {
    const { element, placeholders } = figure({
      source: 'kubectl get pod <pod-name> -n <ns> # [!code ++]\necho "<pod-name>" # [!code --]',
      lang: 'bash',
      meta: { output: false, placeholders: ['pod-name', 'ns'] },
      locale: 'ja',
    });
    expect(placeholders).toEqual(['pod-name', 'ns']);
    expect(toHtml(element)).toBe(
      '<figure class="code" data-lang="bash" data-kind="shell" data-placeholders="pod-name ns"><figcaption><span>ターミナル</span></figcaption>' +
        '<pre class="shiki" tabindex="0" data-diff=""><code><span class="line add"><span class="l4 d4">kubectl</span><span class="l7 d7"> get</span>' +
        '<span class="l7 d7"> pod</span><span class="l7 d7"> <span class="ph" data-ph="pod-name">&#x3C;pod-name></span></span>' +
        '<span class="l3 d3"> -n</span><span class="l7 d7"> <span class="ph" data-ph="ns">&#x3C;ns></span></span></span>\n' +
        '<span class="line del"><span class="l3 d3">echo</span><span class="l7 d7"> "<span class="ph" data-ph="pod-name">&#x3C;pod-name></span>"</span></span>' +
        '</code></pre></figure>',
    );
  });
  it('renders a file block without diff or placeholders, captioned by its language', () => {
    expect(toHtml(figure({ source: '# c\nkey: "v"', lang: 'yaml' }).element)).toBe(
      '<figure class="code" data-lang="yaml" data-kind="file"><figcaption><span>YAML</span></figcaption>' +
        '<pre class="shiki" tabindex="0"><code><span class="line"><span class="l1 d1"># c</span></span>\n' +
        '<span class="line"><span class="l6 d6">key</span><span class="l0 d0">: </span><span class="l7 d7">"v"</span></span></code></pre></figure>',
    );
  });
  it('marks bold tokens once, though both themes make them bold', () => {
    expect(toHtml(figure({ source: '@@ -1,2 +1,2 @@', lang: 'diff' }).element)).toContain(
      '<span class="line"><span class="l5 fb d5">@@ -1,2 +1,2 @@</span></span>',
    );
  });
  it.each([
    ['json', 'JSON'],
    ['ini', 'INI'],
    ['toml', 'TOML'],
    ['diff', 'Diff'],
    ['go', 'Go'],
    ['text', 'Text'],
    ['plaintext', 'plaintext'],
  ])('captions %s blocks %j', (lang, caption) => {
    const { element } = figure({ source: 'x', lang });
    expect(element.properties).toEqual({ className: ['code'], dataLang: lang, dataKind: 'file' });
    expect(toHtml(element.children[0]!)).toBe(`<figcaption><span>${caption}</span></figcaption>`);
  });
  it.each([
    ['bash', 'zh', '终端'],
    ['shell', 'en', 'Terminal'],
    ['console', 'ja', 'ターミナル'],
  ] as const)('captions %s blocks as the terminal in %s', (lang, locale, caption) => {
    const { element } = figure({ source: 'ls', lang, locale });
    expect(element.properties.dataKind).toBe('shell');
    expect(toHtml(element.children[0]!)).toBe(`<figcaption><span>${caption}</span></figcaption>`);
  });
  it('captions output as output in the page language, and a title over everything', () => {
    const output = figure({ source: '<none>', lang: 'text', meta: { output: true, placeholders: [] }, locale: 'zh' });
    expect(output.element.properties.dataKind).toBe('output');
    expect(toHtml(output.element)).toBe(
      '<figure class="code" data-lang="text" data-kind="output"><figcaption><span>输出</span></figcaption>' +
        '<pre class="shiki" tabindex="0"><code><span class="line"><span>&#x3C;none></span></span></code></pre></figure>',
    );
    const titled = figure({ source: 'ls', lang: 'bash', meta: { title: 'On the node', output: false, placeholders: [] } });
    expect(toHtml(titled.element.children[0]!)).toBe('<figcaption><span>On the node</span></figcaption>');
  });
  it('highlights each side of a diff on its own, so a change that is valid JSON shows no error tokens', () => {
    // Old and new lines read together close the object twice: Shiki marked what followed as invalid (red italic).
    const source = [
      '[{',
      '  "a": {',
      '    "b": true',
      '  } // [!code --]',
      '  }, // [!code ++]',
      '  "c": "<dir>" // [!code ++]',
      '}]',
    ].join('\n');
    const { element } = figure({ source, lang: 'json', meta: { output: false, placeholders: ['dir'] } });
    const html = toHtml(element.children[1]!);
    expect(html).not.toContain('fi');
    const lines = html.split('\n').map((l) => l.replace(/<[^>]+>/g, ''));
    expect(lines).toEqual(['[{', '  "a": {', '    "b": true', '  }', '  },', '  "c": "&#x3C;dir>"', '}]']);
    expect(html.match(/class="line[^"]*"/g)).toEqual([
      'class="line"',
      'class="line"',
      'class="line"',
      'class="line del"',
      'class="line add"',
      'class="line add"',
      'class="line"',
    ]);
    // The removed line is highlighted as part of the old text, placeholders restored on both sides.
    expect(html).toContain('<span class="line del"><span class="l0 d0">  }</span></span>');
    expect(html).toContain('<span class="ph" data-ph="dir">');
  });
  it('keeps removed lines in place: with placeholders, after an added line, and in a block of removed lines only', () => {
    const { element } = figure({
      source: 'ls <a> # [!code --]\nls <b> # [!code --]',
      lang: 'bash',
      meta: { output: false, placeholders: ['a', 'b'] },
    });
    const html = toHtml(element.children[1]!);
    expect(html.replace(/<[^>]+>/g, '')).toBe('ls &#x3C;a>\nls &#x3C;b>');
    expect(html.match(/class="line del"/g)).toHaveLength(2);
    const swapped = toHtml(
      figure({ source: 'echo new # [!code ++]\necho old # [!code --]\nls', lang: 'bash' }).element.children[1]!,
    );
    expect(swapped.replace(/<[^>]+>/g, '')).toBe('echo new\necho old\nls');
  });
  it('colours a line however long it takes: the same page on a busy machine as on a quiet one', () => {
    const source = 'kubectl -n kube-system get configmap eni-config -o yaml | grep -E "vswitches|security_group"';
    const quiet = toHtml(figure({ source, lang: 'bash' }).element);
    // Each look at the clock finds a second gone, as when the process waits for a core.
    let now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    try {
      expect(toHtml(figure({ source, lang: 'bash' }).element)).toBe(quiet);
    } finally {
      clock.mockRestore();
    }
    expect(quiet.match(/<span class="l\d+ d\d+">/g)!.length).toBeGreaterThan(5);
  });
  it('fails on the first problem, at its file line when the file is known', () => {
    const source = { source: 'ls\n$ kubectl get pod\n<x>', lang: 'bash' };
    expect(() => figure({ ...source, file: 'faq/en/a.mdx', firstLine: 10 })).toThrow(
      new Error('faq/en/a.mdx:11: expected a command without a shell prompt, found "$ kubectl get pod"'),
    );
    expect(() => figure({ ...source, file: 'faq/en/a.mdx' })).toThrow(/^faq\/en\/a\.mdx:2: /);
    expect(() => figure(source)).toThrow(/^x\.mdx:3: expected a command without a shell prompt/);
  });
  it('fails on a colour the palette does not know, naming the theme', () => {
    const partial = { ...classes, light: new Map<string, string>() };
    expect(() =>
      codeFigure(highlighter, partial, {
        source: 'a',
        lang: 'yaml',
        meta: { output: false, placeholders: [] },
        locale: 'en',
        where: 'w',
      }),
    ).toThrow(/^w: expected a colour from the light code theme, found #/);
    const noDark = { ...classes, dark: new Map<string, string>() };
    expect(() =>
      codeFigure(highlighter, noDark, {
        source: 'a',
        lang: 'yaml',
        meta: { output: false, placeholders: [] },
        locale: 'en',
        where: 'w',
      }),
    ).toThrow(/^w: expected a colour from the dark code theme, found #/);
  });
});

/** A highlighter that hands the transformers one token with the style given. */
type Hook = (this: unknown, ...args: unknown[]) => void;
function stubHighlighter(style: string): Highlighter {
  return {
    codeToHast(code: string, options: { transformers: { pre?: Hook; span?: Hook; line?: Hook }[] }) {
      const span: Element = {
        type: 'element',
        tagName: 'span',
        properties: { style },
        children: [{ type: 'text', value: code }],
      };
      const line: Element = { type: 'element', tagName: 'span', properties: { class: 'line' }, children: [span] };
      const pre: Element = {
        type: 'element',
        tagName: 'pre',
        properties: { style: 'background:#fff' },
        children: [{ type: 'element', tagName: 'code', properties: {}, children: [line] }],
      };
      const ctx = {
        addClassToHast(node: Element, cls: string) {
          node.properties.class = `${String(node.properties.class)} ${cls}`;
        },
      };
      for (const t of options.transformers) {
        t.pre?.call(ctx, pre);
        t.span?.call(ctx, span, 1, 0, line);
        t.line?.call(ctx, line, 1);
      }
      return { type: 'root', children: [pre] };
    },
  } as unknown as Highlighter;
}

describe('codeFigure token classes', () => {
  const light = [...classes.light][0]!;
  const dark = [...classes.dark][1]!;
  const render = (style: string, source = 'x') =>
    toHtml(
      codeFigure(stubHighlighter(style), classes, {
        source,
        lang: 'text',
        meta: { output: false, placeholders: [] },
        locale: 'en',
        where: 'w',
      }).element.children[1] as ElementContent,
    );

  it('turns colours, italics and bold into classes and drops the inline styles', () => {
    expect(
      render(
        `--shiki-light:${light[0].toLowerCase()}; --shiki-dark:${dark[0]};--shiki-light-font-style:italic;` +
          '--shiki-dark-font-style:italic;--shiki-light-font-weight:bold;--shiki-dark-font-weight:bold',
      ),
    ).toBe(`<pre class="shiki"><code><span class="line"><span class="${light[1]} ${dark[1]} fi fb">x</span></span></code></pre>`);
  });
  it('ignores other declarations, empty ones and values other than italic and bold', () => {
    expect(render(';:x;y:;color:red;--shiki-light-font-style:normal;--shiki-dark-font-weight:600')).toBe(
      '<pre class="shiki"><code><span class="line"><span>x</span></span></code></pre>',
    );
  });
  it('marks diff lines through the line transformer', () => {
    expect(render('', 'a # [!code --]')).toBe(
      '<pre class="shiki" data-diff=""><code><span class="line del"><span>a</span></span></code></pre>',
    );
  });
});

const pre = (lang: string | string[] | undefined, text: string, extra: Partial<Element> = {}): Element => ({
  type: 'element',
  tagName: 'pre',
  properties: {},
  position: { start: { line: 7, column: 1 }, end: { line: 9, column: 4 } },
  children: [
    {
      type: 'element',
      tagName: 'code',
      // A string className is what some pipelines give; hast's types only know lists.
      properties: (lang === undefined ? {} : { className: lang }) as Element['properties'],
      children: [{ type: 'text', value: text }],
    },
  ],
  ...extra,
});
const file = (path: string, data: Record<string, unknown> = {}) => ({ path, data }) as unknown as VFile;
const run = async (children: ElementContent[], f: VFile) => {
  const tree: Root = { type: 'root', children };
  await rehypeCode()(tree, f);
  return tree;
};

describe('rehypeCode', () => {
  it('replaces each fenced block with its frame in the file’s language and hands the placeholders to the page', async () => {
    const first = pre(['language-bash'], 'kubectl get pod <pod-name>\n');
    (first.children[0] as Element).properties.metastring = 'placeholders="pod-name"';
    const second = pre('language-bash', 'kubectl logs <pod-name> -c <container>', {
      children: [
        {
          type: 'element',
          tagName: 'code',
          properties: { className: 'language-bash' } as unknown as Element['properties'],
          data: { meta: 'placeholders="pod-name container"' } as never,
          children: [{ type: 'text', value: 'kubectl logs <pod-name> -c <container>' }],
        },
      ],
    });
    const f = file('/site/content/faq/zh/alpha.mdx', { astro: { frontmatter: { title: 'T' } } });
    const tree = await run([first, { type: 'text', value: '\n' }, second], f);
    const [a, , b] = tree.children as Element[];
    expect(a!.tagName).toBe('figure');
    expect(a!.properties.dataPlaceholders).toBe('pod-name');
    expect(toHtml(a!.children[0]!)).toBe('<figcaption><span>终端</span></figcaption>');
    expect(b!.properties.dataPlaceholders).toBe('pod-name container');
    expect(f.data).toEqual({ astro: { frontmatter: { title: 'T', placeholders: ['pod-name', 'container'] } } });
  });
  it('uses the default locale outside the entry folders and creates the frontmatter it hands over', async () => {
    const f = file('/tmp/page.mdx');
    const tree = await run([pre(['language-yaml', 'other'], 'a: 1')], f);
    expect((tree.children[0] as Element).properties).toEqual({ className: ['code'], dataLang: 'yaml', dataKind: 'file' });
    expect(f.data).toEqual({ astro: { frontmatter: { placeholders: [] } } });
    const g = file('/tmp/page.mdx', { astro: {} });
    await run([pre(['language-bash'], 'ls')], g);
    expect(toHtml((await run([pre(['language-bash'], 'ls')], g)).children[0]!)).toContain('<span>Terminal</span>');
    expect(g.data).toEqual({ astro: { frontmatter: { placeholders: [] } } });
  });
  it('leaves other elements and a pre without code alone', async () => {
    const plain: Element = { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: 'x' }] };
    const div: Element = { type: 'element', tagName: 'div', properties: {}, children: [] };
    const tree = await run([plain, div], file('/r/faq/en/a.mdx'));
    expect(tree.children).toEqual([plain, div]);
  });
  it.each([
    [undefined, 'none'],
    [['highlight'], 'none'],
    [['language-python'], '"python"'],
  ])('fails on a block with the language class %j, naming the file and line', async (lang, found) => {
    await expect(run([pre(lang, 'x')], file('/r/faq/en/a.mdx'))).rejects.toThrow(
      new Error(
        `/r/faq/en/a.mdx:7: expected a fenced code block with a language (bash, shell, console, yaml, json, ini, text, diff, toml, go), found ${found}`,
      ),
    );
  });
  it('fails on unknown options and on block problems, at the right line', async () => {
    const bad = pre(['language-bash'], 'ls');
    (bad.children[0] as Element).properties.metastring = 'copy';
    await expect(run([bad], file('/r/faq/en/a.mdx'))).rejects.toThrow(
      new Error(
        '/r/faq/en/a.mdx:7: expected title="…", placeholders="name …" or one of the flags output, healthy, broken, found copy',
      ),
    );
    await expect(run([pre(['language-bash'], 'ls\nls <x>')], file('/r/faq/en/a.mdx'))).rejects.toThrow(
      new Error(
        '/r/faq/en/a.mdx:9: expected placeholder <x> to be declared in placeholders="…" on the block, found it undeclared',
      ),
    );
    const nowhere = pre(['language-bash'], '<x>', { position: undefined });
    await expect(run([nowhere], file('/r/faq/en/a.mdx'))).rejects.toThrow(/^\/r\/faq\/en\/a\.mdx:1: expected placeholder <x>/);
    const unplaced = pre(['language-go'], 'x', { position: undefined });
    (unplaced.children[0] as Element).properties.metastring = 'copy';
    await expect(run([unplaced], file('/r/faq/en/a.mdx'))).rejects.toThrow(/^\/r\/faq\/en\/a\.mdx:\?: expected title=/);
  });
});
