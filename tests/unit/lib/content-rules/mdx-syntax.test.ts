import { describe, expect, it } from 'vitest';
import { mdxSyntax } from '../../../../src/lib/content-rules/mdx-syntax.ts';
import type { BodyContext, RuleProblem } from '../../../../src/lib/content-rules/types.ts';

/** The rule on a body that starts at file line 10. */
const check = (body: string) =>
  mdxSyntax.check({ file: 'x.mdx', locale: 'en', source: body, body, bodyLine: 10, blocks: [], prose: [] } satisfies BodyContext);

describe('mdxSyntax', () => {
  it('accepts Markdown that MDX reads the same way: fences, tables, escaped braces, code spans with angle brackets', () => {
    const body = [
      '## Symptom',
      '',
      'Run `kubectl get ep <name>` and read \\{ braces \\}.',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '1. Step',
      '',
      '   ```bash title="t"',
      '   kubectl get pods',
      '   ```',
      '',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it('reads tables and footnotes as both pipelines do (GFM): a cell split inside a code span or a link, and footnote text', () => {
    const cases = [
      '| Check | Command |\n| --- | --- |\n| Endpoints | `kubectl get ep <svc> -n <ns> | grep -c :` |\n',
      '| a | b |\n| - | - |\n| `x|{1+1}` | y |\n',
      "| a |\n| - |\n| `kubectl get pods -o jsonpath='{.items[*].metadata.name}' | wc -w` |\n",
      '| a | b |\n| - | - |\n| [l](u|{1+1}) | y |\n',
      'See[^a].\n\n[^a]: {.spec.clusterIP}\n',
      'See[^1].\n\n[^1]: <b>\n',
    ];
    for (const body of cases) expect((check(body) as RuleProblem[]).length, body).toBeGreaterThan(0);
  });

  it('accepts a brace in a bare URL, which both pipelines print as a link', () => {
    expect(check('See https://example.com/{id} for details.\n')).toEqual([]);
  });

  it('names the line of an MDX syntax error', () => {
    expect(check('## Cause\n\nAn unclosed <Callout component starts here.\n')).toEqual([
      { line: 12, message: expect.stringMatching(/^expected MDX that parses, found: .+/) as string },
    ]);
  });

  it('rejects a component, an import and an expression, each at its line', () => {
    const body = ['import X from "./x.ts"', '', '## Cause', '', '<Callout>Hi</Callout>', '', 'Count: {1 + 1}', ''].join('\n');
    expect(check(body)).toEqual([
      {
        line: 10,
        message:
          'expected Markdown without components, imports, expressions or images (entries render as Markdown, text only), found "import X from "./x.ts""',
      },
      {
        line: 14,
        message:
          'expected Markdown without components, imports, expressions or images (entries render as Markdown, text only), found the component <Callout>',
      },
      {
        line: 16,
        message:
          'expected Markdown without components, imports, expressions or images (entries render as Markdown, text only), found the expression {1 + 1}',
      },
    ]);
  });

  it('reports a component once, not again for what it holds, and names a fragment and a long expression briefly', () => {
    const long = 'a'.repeat(60);
    expect(check(`<Callout>{1 + 1}</Callout>\n\n<>x</>\n\n{${long}}\n`)).toEqual([
      { line: 10, message: expect.stringMatching(/found the component <Callout>$/) as string },
      { line: 12, message: expect.stringMatching(/found the component <>$/) as string },
      { line: 14, message: expect.stringMatching(new RegExp(`found the expression \\{${'a'.repeat(40)}\\}$`)) as string },
    ]);
  });

  it('rejects an image, local or remote, by its alt text', () => {
    expect(check('![topology](./net.png)\n\n![x][ref]\n\n[ref]: https://example.com/x.png\n')).toEqual([
      { line: 10, message: expect.stringMatching(/found the image !\[topology\]$/) as string },
      { line: 12, message: expect.stringMatching(/found the image !\[x\]$/) as string },
    ]);
  });

  it('rejects indented code, which MDX reads as text and Markdown as code', () => {
    expect(check('## Cause\n\nText.\n\n    kubectl get pods\n')).toEqual([
      {
        line: 14,
        message:
          'expected a fenced code block (```lang), found text indented by four spaces (MDX reads it as a paragraph, Markdown as code)',
      },
    ]);
  });

  it('accepts a tilde fence, an indented fence and a fence inside a list item', () => {
    expect(check('~~~text\nx\n~~~\n\n  ```text\n  z\n  ```\n\n- item\n\n  ```text\n  y\n  ```\n')).toEqual([]);
  });

  it('rejects indented code even when its first line holds a fence further on', () => {
    expect(check('Text.\n\n    echo ```\n')).toEqual([
      { line: 12, message: expect.stringMatching(/^expected a fenced code block/) as string },
    ]);
  });
});
