// Rules that read an entry's prose: blockquote labels, the zh register, links to other entries, bold and headings.
import { describe, expect, it } from 'vitest';
import { blockquoteLabel } from '../../../../src/lib/content-rules/blockquote-label.ts';
import { entryReferenceLink, referencePhrases } from '../../../../src/lib/content-rules/entry-reference-link.ts';
import { headings } from '../../../../src/lib/content-rules/headings.ts';
import { blockquoteLabels, isNoteLine, isWarningLine, labelExample } from '../../../../src/lib/content-rules/labels.ts';
import { zhRegister } from '../../../../src/lib/content-rules/zh-register.ts';
import { entry, frontmatterLines, OUTLINE } from './entry.ts';

/** File line of the body's line `n` (1-based) in an entry written by `entry()`. */
const at = (n: number) => frontmatterLines() + 2 + n;

describe('labels', () => {
  it('have a warning and a note word per language', () => {
    expect(blockquoteLabels).toEqual({
      zh: { warning: '注意', note: '说明' },
      ja: { warning: '注意', note: '説明' },
      en: { warning: 'Warning', note: 'Note' },
    });
  });
  it.each([
    ['en', '> **Warning:** it stops pods', true],
    ['en', '  >**Warning:** x', true],
    ['en', '> **Warning**: x', false],
    ['en', '> **Warning:**x', false],
    ['en', 'x > **Warning:** x', false],
    ['en', '> **Note:** x', false],
    ['zh', '> **注意**：重启', true],
    ['zh', '> **注意：**重启', true],
    ['zh', '>  **注意**:重启', false],
    ['zh', '> **注意** 重启', false],
    ['ja', '> **注意**：再起動', true],
    ['ja', '> **説明**：x', false],
  ] as const)('%s %j is a warning: %s', (locale, text, expected) => {
    expect(isWarningLine(locale, text)).toBe(expected);
  });
  it.each([
    ['en', '> **Note:** x', true],
    ['en', '> **Warning:** x', false],
    ['zh', '> **说明**：x', true],
    ['zh', '> **注意**：x', false],
    ['ja', '> **説明：**x', true],
  ] as const)('%s %j is a note: %s', (locale, text, expected) => {
    expect(isNoteLine(locale, text)).toBe(expected);
  });
  it('show how each label is written', () => {
    expect(labelExample('en', 'warning')).toBe('> **Warning:** …');
    expect(labelExample('en', 'note')).toBe('> **Note:** …');
    expect(labelExample('zh', 'warning')).toBe('> **注意**：…');
    expect(labelExample('ja', 'note')).toBe('> **説明**：…');
  });
});

describe('blockquote-label', () => {
  it('reports a quote that opens without a label, once per quote, with its first 40 characters', () => {
    const body = [
      '> **Note:** fine', // 1
      '> continued', // 2
      '', // 3
      `>   ${'x'.repeat(50)}   `, // 4
      '> more of the same quote', // 5
      '', // 6
      '> **Warning:** fine too', // 7
      'not a quote', // 8
      ' > Unlabelled again', // 9
    ].join('\n');
    const ctx = entry(`${body}\n\n${OUTLINE}`);
    expect(blockquoteLabel.check(ctx)).toEqual([
      {
        line: at(4),
        message: `expected a blockquote to start with a bold label (> **Warning:** … or > **Note:** …), found ">   ${'x'.repeat(36)}"`,
      },
      {
        line: at(9),
        message:
          'expected a blockquote to start with a bold label (> **Warning:** … or > **Note:** …), found "> Unlabelled again"',
      },
    ]);
    expect(blockquoteLabel.id).toBe('blockquote-label');
  });
  it('words its message in the entry’s language', () => {
    const ctx = entry(
      `> 普通の引用\n\n${OUTLINE.replace('Symptom', '症状').replace('Cause', '原因').replace('Solution', '解決策').replace('Verify', '確認')}`,
      {
        locale: 'ja',
      },
    );
    expect(blockquoteLabel.check(ctx)).toEqual([
      {
        line: at(1),
        message: 'expected a blockquote to start with a bold label (> **注意**：… or > **説明**：…), found "> 普通の引用"',
      },
    ]);
  });
});

const ZH_OUTLINE = '## 问题现象\n\n文字。\n\n## 问题原因\n\n文字。\n\n## 解决方法\n\n### 一\n\n文字。\n\n## 结果验证\n\n文字。';

describe('zh-register', () => {
  it('reports 你 in zh prose with the text around it, but not in code blocks or inline code', () => {
    const body = [
      '如果你的集群使用 Terway，请检查。', // 1
      '您的集群 `你好` 没问题。', // 2
      '```bash', // 3
      'echo 你', // 4
      '```', // 5
      '一二三四五六七八九十你', // 6
      '~~~text output', // 7
      '你', // 8
      '~~~', // 9
    ].join('\n');
    const ctx = entry(`${body}\n\n${ZH_OUTLINE}`, { locale: 'zh' });
    expect(zhRegister.check(ctx)).toEqual([
      { line: at(1), message: 'expected the reader addressed as 您, found "如果你的集群使用 T"' },
      { line: at(6), message: 'expected the reader addressed as 您, found "三四五六七八九十你"' },
    ]);
  });
  it('leaves other languages alone', () => {
    expect(zhRegister.check(entry(`你\n\n${OUTLINE}`))).toEqual([]);
  });
  it('treats a block left open as code to the end of the file', () => {
    expect(zhRegister.check(entry(`${ZH_OUTLINE}\n\n\`\`\`text\n你`, { locale: 'zh' }))).toEqual([]);
  });
  it('checks the frontmatter and the line right after a block', () => {
    const ctx = entry(`${ZH_OUTLINE}\n\n\`\`\`text\nx\n\`\`\`\n你好`, { locale: 'zh', fields: { summary: "'你好'" } });
    expect(zhRegister.check(ctx)).toEqual([
      { line: 3, message: 'expected the reader addressed as 您, found "mmary: \'你好\'"' },
      { line: ctx.source.split('\n').length, message: 'expected the reader addressed as 您, found "你好"' },
    ]);
  });
});

describe('entry-reference-link', () => {
  it.each([
    ['en', 'See the related entry for details.', 'See the related entry'],
    ['en', 'Check the related entry.', 'related entry'],
    ['en', 'Read the entry about DNS.', 'the entry about'],
    ['en', 'see the DNS timeouts entry', 'see the DNS timeouts entry'],
    ['en', 'That entry explains it.', 'That entry'],
    ['en', 'the other entry', 'other entry'],
    ['zh', '请参见 DNS 解析失败条目。', '参见 DNS 解析失败条目'],
    ['zh', '详见相关条目。', '见相关条目'],
    ['zh', '另一条目说明了原因。', '另一条目'],
    ['ja', '関連項目を確認してください。', '関連項目'],
    ['ja', 'DNS の項目を参照してください。', 'の項目を参照'],
  ] as const)('finds a reference in %s %j', (locale, text, phrase) => {
    expect(referencePhrases[locale].exec(text)?.[0]).toBe(phrase);
  });
  it('reports a paragraph that refers to another entry without a link, at the referring line', () => {
    const body = [
      'First line.', // 1
      'See the related entry.', // 2
      '', // 3
      'See the related entry: [DNS](../dns-resolution-fails/).', // 4
      '', // 5
      'The related entry [is here](/en/faq/x/).', // 6
      '', // 7
      'Not a link: `see the related entry` in code.', // 8
      '', // 9
      'See the related entry [outside](https://example.com/).', // 10
    ].join('\n');
    const ctx = entry(`${body}\n\n${OUTLINE}`);
    expect(entryReferenceLink.check(ctx)).toEqual([
      {
        line: at(2),
        message:
          'expected a link such as [title](../<id>/) where the text refers to another entry, found "See the related entry" with no link in its paragraph',
      },
      {
        line: at(10),
        message:
          'expected a link such as [title](../<id>/) where the text refers to another entry, found "See the related entry" with no link in its paragraph',
      },
    ]);
  });
});

describe('headings', () => {
  it('reports outline errors at their file lines', () => {
    const ctx = entry(`${OUTLINE}\n\n#### Deep\n\n**Note:**text`);
    const lines = ctx.source.split('\n').length;
    expect(headings.check(ctx)).toEqual([
      {
        line: lines - 2,
        message:
          'expected only "##" and "###" headings in an entry body (the title comes from frontmatter), found a level-4 heading "Deep"',
      },
      {
        line: lines,
        message:
          'expected bold text whose "**" touches punctuation to have a space or punctuation on its other side (write **注意**： or add a space), found "**Note:**", which Markdown leaves unbolded',
      },
    ]);
  });
});
