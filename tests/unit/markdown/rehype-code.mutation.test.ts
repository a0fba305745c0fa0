import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Highlighter } from 'shiki';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { codeFigure, rehypeCode } from '../../../src/markdown/rehype-code.ts';
import { getHighlighter, tokenClasses } from '../../../src/markdown/highlighter.ts';

const highlighter = await getHighlighter();
const classes = await tokenClasses();
const plain = { output: false, placeholders: [] };

/** A highlighter whose `<code>` holds exactly the nodes given, with the code text after them. */
function highlighterGiving(extra: RootContent[]): Highlighter {
  return {
    codeToHast(code: string) {
      const children = [...extra, { type: 'text', value: code }] as ElementContent[];
      const line: Element = { type: 'element', tagName: 'span', properties: { class: 'line' }, children };
      const codeEl: Element = { type: 'element', tagName: 'code', properties: {}, children: [line] };
      return { type: 'root', children: [{ type: 'element', tagName: 'pre', properties: {}, children: [codeEl] }] };
    },
  } as unknown as Highlighter;
}

describe('codeFigure details', () => {
  it('marks the block as a diff when only some of its lines are marked', () => {
    const { element } = codeFigure(highlighter, classes, {
      source: 'a: 1\nb: 2 # [!code ++]',
      lang: 'yaml',
      meta: plain,
      locale: 'en',
      where: 'w',
    });
    const pre = element.children[1] as Element;
    expect(pre.properties.dataDiff).toBe('');
    expect(toHtml(pre)).toMatch(
      /^<pre class="shiki" tabindex="0" data-diff=""><code><span class="line">.*<\/span>\n<span class="line add">/,
    );
  });
  it('shows text that merely looks like a placeholder stand-in verbatim when the block declares no placeholders', () => {
    const { element, placeholders } = codeFigure(highlighter, classes, {
      source: 'echo KBPH0KBPH',
      lang: 'text',
      meta: plain,
      locale: 'en',
      where: 'w',
    });
    expect(placeholders).toEqual([]);
    expect(toHtml(element.children[1]!)).toBe(
      '<pre class="shiki" tabindex="0"><code><span class="line"><span>echo KBPH0KBPH</span></span></code></pre>',
    );
  });
  it('turns stand-ins back into placeholders in text only, leaving comments and raw nodes as they are', () => {
    // `raw` nodes (HTML left as is) come from mdast-util-to-hast; hast's own types do not list them.
    const raw = { type: 'raw', value: 'KBPH0KBPH' } as unknown as RootContent;
    const { element } = codeFigure(highlighterGiving([{ type: 'comment', value: 'KBPH0KBPH' }, raw]), classes, {
      source: 'ls <dir>',
      lang: 'bash',
      meta: { output: false, placeholders: ['dir'] },
      locale: 'en',
      where: 'w',
    });
    const line = ((element.children[1] as Element).children[0] as Element).children[0] as Element;
    expect(line.children).toEqual([
      { type: 'comment', value: 'KBPH0KBPH' },
      raw,
      { type: 'text', value: 'ls ' },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['ph'], dataPh: 'dir' },
        children: [{ type: 'text', value: '<dir>' }],
      },
    ]);
  });
  it('keeps text nodes without stand-ins as they are, empty ones included', () => {
    const empty = { type: 'text', value: '' } as const;
    const { element } = codeFigure(highlighterGiving([empty]), classes, {
      source: 'ls <dir>',
      lang: 'bash',
      meta: { output: false, placeholders: ['dir'] },
      locale: 'en',
      where: 'w',
    });
    const line = ((element.children[1] as Element).children[0] as Element).children[0] as Element;
    expect(line.children[0]).toEqual({ type: 'text', value: '' });
    expect(line.children).toHaveLength(3);
  });
});

type Hook = (this: unknown, node: Element, ...rest: unknown[]) => void;
interface Transformer {
  name: string;
  span?: Hook;
}

/** A highlighter that records the transformers it is given and runs their span hook on one token with the style given. */
function recordingHighlighter(style: string, seen: string[] = []): Highlighter {
  return {
    codeToHast(text: string, options: { transformers: Transformer[] }) {
      const span: Element = {
        type: 'element',
        tagName: 'span',
        properties: { style },
        children: [{ type: 'text', value: text }],
      };
      for (const t of options.transformers) {
        seen.push(t.name);
        t.span?.call({}, span);
      }
      const codeEl: Element = { type: 'element', tagName: 'code', properties: {}, children: [span] };
      return { type: 'root', children: [{ type: 'element', tagName: 'pre', properties: {}, children: [codeEl] }] };
    },
  } as unknown as Highlighter;
}
const token = (style: string, seen?: string[]) =>
  toHtml(
    (
      codeFigure(recordingHighlighter(style, seen), classes, {
        source: 'x',
        lang: 'text',
        meta: plain,
        locale: 'en',
        where: 'w',
      }).element.children[1] as Element
    ).children[0]!,
  );

describe('codeFigure token styles', () => {
  it('hands Shiki two named transformers: colours to classes, and diff lines', () => {
    const seen: string[] = [];
    token('', seen);
    expect(seen).toEqual(['kb:style-to-class', 'kb:diff-lines']);
  });
  it('takes italic only from a font-style and bold only from a font-weight', () => {
    expect(
      token('--shiki-light-font-weight:italic;--shiki-dark-text-decoration:italic;color:bold;--shiki-light-font-style:bold'),
    ).toBe('<code><span>x</span></code>');
    expect(token('font-style:italic;font-weight:bold')).toBe('<code><span class="fi fb">x</span></code>');
  });
});

const code = (lang: string, text: string, properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName: 'code',
  properties: { className: [`language-${lang}`], ...properties },
  children: [{ type: 'text', value: text }],
});
const pre = (children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'pre',
  properties: {},
  position: { start: { line: 4, column: 1 }, end: { line: 6, column: 4 } },
  children,
});
const file = (path: string) => ({ path, data: {} }) as unknown as VFile;
const run = async (children: ElementContent[], f: VFile = file('/r/faq/en/a.mdx')) => {
  const tree: Root = { type: 'root', children };
  await rehypeCode()(tree, f);
  return tree;
};

describe('rehypeCode details', () => {
  it('looks for the <code> among the children of <pre>, past other elements', async () => {
    const span: Element = { type: 'element', tagName: 'span', properties: {}, children: [{ type: 'text', value: 'x' }] };
    const onlySpan = pre([span]);
    const tree = await run([onlySpan, pre([{ type: 'text', value: '\n' }, span, code('yaml', 'a: 1')])]);
    expect(tree.children[0]).toBe(onlySpan);
    expect((tree.children[1] as Element).properties).toEqual({ className: ['code'], dataLang: 'yaml', dataKind: 'file' });
  });
  it('leaves inline code in a paragraph alone', async () => {
    const paragraph: Element = {
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [
        { type: 'text', value: 'run ' },
        { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: 'ls' }] },
      ],
    };
    const tree = await run([paragraph]);
    expect(toHtml(tree)).toBe('<p>run <code>ls</code></p>');
  });
  it('finds the language class wherever it is among the classes', async () => {
    const tree = await run([pre([code('yaml', 'a: 1', { className: ['hljs', 'language-yaml'] })])]);
    expect((tree.children[0] as Element).properties).toEqual({ className: ['code'], dataLang: 'yaml', dataKind: 'file' });
  });
  it('converts blocks nested inside other elements too', async () => {
    const tree = await run([{ type: 'element', tagName: 'div', properties: {}, children: [pre([code('go', 'x')])] }]);
    const figure = (tree.children[0] as Element).children[0] as Element;
    expect(figure.tagName).toBe('figure');
    expect(toHtml(figure.children[0]!)).toBe('<figcaption><span>Go</span></figcaption>');
  });
  it('ignores a meta value that is not a string', async () => {
    const tree = await run([pre([code('bash', 'ls', { metastring: 5 })])]);
    expect((tree.children[0] as Element).properties).toEqual({ className: ['code'], dataLang: 'bash', dataKind: 'shell' });
  });
  it('reads the meta from the code properties before the fence data', async () => {
    const c = code('bash', 'ls', { metastring: 'output' });
    c.data = { meta: 'title="T"' } as never;
    const tree = await run([pre([c])]);
    expect((tree.children[0] as Element).properties.dataKind).toBe('output');
  });
  it('marks healthy and broken output and captions them so, unless a title is given', async () => {
    const tree = await run([
      pre([code('text', 'ok', { metastring: 'healthy' })]),
      pre([code('text', 'bad', { metastring: 'broken' })]),
    ]);
    const [healthy, broken] = tree.children as Element[];
    expect(healthy!.properties).toEqual({ className: ['code'], dataLang: 'text', dataKind: 'output', dataVerdict: 'healthy' });
    expect(toHtml(healthy!.children[0]!)).toBe('<figcaption><span>Healthy output</span></figcaption>');
    expect(broken!.properties.dataVerdict).toBe('broken');
    expect(toHtml(broken!.children[0]!)).toBe('<figcaption><span>Broken output</span></figcaption>');
    const titled = await run([pre([code('text', 'x', { metastring: 'broken title="Events"' })])]);
    expect(toHtml((titled.children[0] as Element).children[0]!)).toBe('<figcaption><span>Events</span></figcaption>');
  });
  it('keeps the meta error as the cause of the error it throws', async () => {
    const promise = run([pre([code('bash', 'ls', { metastring: 'copy' })])]);
    await expect(promise).rejects.toThrow(
      new Error(
        '/r/faq/en/a.mdx:4: expected title="…", placeholders="name …" or one of the flags output, healthy, broken, found copy',
      ),
    );
    const error = (await promise.catch((e: unknown) => e)) as Error;
    expect((error.cause as Error).message).toBe(
      'expected title="…", placeholders="name …" or one of the flags output, healthy, broken, found copy',
    );
  });
  it('counts block lines from the line after the opening fence', async () => {
    await expect(run([pre([code('bash', 'ls\n\n$ ls')])])).rejects.toThrow(
      new Error('/r/faq/en/a.mdx:7: expected a command without a shell prompt, found "$ ls"'),
    );
  });
  it('hands the page each placeholder once, in order of first use across blocks', async () => {
    const f = file('/r/faq/ja/a.mdx');
    await run(
      [
        pre([code('bash', 'a <x> <y>', { metastring: 'placeholders="x y"' })]),
        pre([code('bash', 'b <z> <x>', { metastring: 'placeholders="z x"' })]),
      ],
      f,
    );
    expect(f.data).toEqual({ astro: { frontmatter: { placeholders: ['x', 'y', 'z'] } } });
  });
});
