import { describe, expect, it } from 'vitest';
import { allowedTitles, OutlineBuilder, readOutline, sectionForTitle, unclosedBold } from '../../../src/lib/outline.ts';

describe('readOutline', () => {
  it('gives language-neutral anchors and numbers the steps', () => {
    const body = [
      '## 问题现象',
      'x',
      '## 问题原因',
      '## 解决方法',
      '### 新建 vSwitch',
      '### 重建 Terway Pod',
      '## 结果验证',
      '### 检查',
    ].join('\n');
    const { headings, errors } = readOutline('zh', body);
    expect(errors).toEqual([]);
    expect(headings.map((h) => h.anchor)).toEqual(['symptom', 'cause', 'solution', 'step-1', 'step-2', 'verify', 'verify-1']);
    expect(headings.filter((h) => h.step).map((h) => h.step)).toEqual([1, 2]);
  });

  it('gives the same anchors in every language', () => {
    const zh = readOutline('zh', '## 问题现象\n## 解决方法\n### a\n### b').headings.map((h) => h.anchor);
    const ja = readOutline('ja', '## 症状\n## 解決策\n### a\n### b').headings.map((h) => h.anchor);
    const en = readOutline('en', '## Symptom\n## Solution\n### a\n### b').headings.map((h) => h.anchor);
    expect(ja).toEqual(zh);
    expect(en).toEqual(zh);
  });

  it('ignores headings inside fenced code', () => {
    const { headings, errors } = readOutline('en', '## Steps\n```bash\n## not a heading\n```\n### Do it');
    expect(errors).toEqual([]);
    expect(headings.map((h) => h.anchor)).toEqual(['steps', 'step-1']);
  });

  it('reports unknown sections, stray subheadings and other levels with their lines', () => {
    const { errors } = readOutline('en', '### Early\n## Background\n# Title\n#### Deep');
    expect(errors.map((e) => e.line)).toEqual([1, 2, 3, 4]);
    expect(errors[0]!.message).toContain('expected a "###" heading to follow a "##" section, found "Early"');
    expect(errors[1]!.message).toContain('found "Background"');
    expect(errors[2]!.message).toContain('found a level-1 heading "Title"');
  });

  it('matches section titles case-insensitively', () => {
    expect(sectionForTitle('en', 'verify')).toBe('verify');
    expect(sectionForTitle('ja', '確認')).toBe('verify');
  });

  it('reports bold text that Markdown would leave unclosed', () => {
    const { errors } = readOutline(
      'zh',
      '## 注意事项\n> **注意：**重启会中断业务。\n> **注意**：这样写没问题。\n> **注意：** 这样也可以。',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(2);
    expect(errors[0]!.message).toContain('found "**注意：**"');
  });

  it('pairs bold markers before judging them', () => {
    expect(
      unclosedBold('**クラスター** を開き、対象クラスターの名前をクリックして、**操作 > アドオン** に進みます。'),
    ).toBeUndefined();
    expect(unclosedBold('请进入**运维管理 > 组件管理**。')).toBeUndefined();
    expect(unclosedBold('见**说明：**后文')).toBe('**说明：**');
    expect(unclosedBold('文字**（注）**')).toBe('**（注）**');
  });
});

describe('section titles', () => {
  it('match after trimming and in any case, and nothing else', () => {
    expect(sectionForTitle('en', '  VERIFY  ')).toBe('verify');
    expect(sectionForTitle('zh', '问题原因')).toBe('cause');
    expect(sectionForTitle('en', 'Verify it')).toBeUndefined();
    expect(sectionForTitle('en', '')).toBeUndefined();
  });
  it('are listed for messages in the entry’s language', () => {
    expect(allowedTitles('en')).toBe('"Overview", "Symptom", "Cause", "Solution", "Steps", "Verify", "Details", "Notes"');
  });
});

describe('OutlineBuilder', () => {
  it('numbers subheadings per section and restarts the count at each section', () => {
    const b = new OutlineBuilder('en');
    expect(b.next(3, 'Early')).toEqual({
      error: 'expected a "###" heading to follow a "##" section, found "Early" before any section',
    });
    expect(b.next(2, 'Steps')).toEqual({ anchor: 'steps' });
    expect(b.next(3, 'a')).toEqual({ anchor: 'step-1', step: 1 });
    expect(b.next(3, 'b')).toEqual({ anchor: 'step-2', step: 2 });
    expect(b.next(2, 'Notes')).toEqual({ anchor: 'notes' });
    expect(b.next(3, 'c')).toEqual({ anchor: 'notes-1' });
    expect(b.next(2, 'Background')).toEqual({
      error:
        'expected a "##" heading to be one of "Overview", "Symptom", "Cause", "Solution", "Steps", "Verify", "Details", "Notes", found "Background"',
    });
    expect(b.next(3, 'd')).toEqual({ anchor: 'notes-2' });
    expect(b.next(2, 'Solution')).toEqual({ anchor: 'solution' });
    expect(b.next(3, 'e')).toEqual({ anchor: 'step-1', step: 1 });
    expect(b.next(1, 'T')).toEqual({
      error:
        'expected only "##" and "###" headings in an entry body (the title comes from frontmatter), found a level-1 heading "T"',
    });
    expect(b.next(4, 'U')).toEqual({
      error:
        'expected only "##" and "###" headings in an entry body (the title comes from frontmatter), found a level-4 heading "U"',
    });
  });
});

describe('unclosedBold in detail', () => {
  it.each([
    ['no bold here', undefined],
    ['**bold** text', undefined],
    ['a **b：** c', undefined],
    ['**注意：**重启', '**注意：**'],
    ['x**（注）** y', '**（注）**'],
    ['**a** and **b：**c', '**b：**'],
    ['**注意：**', undefined],
    ['（**注）** x', undefined],
    ['**a：**', undefined],
    ['a**b', undefined],
    ['**a** **b** **', undefined],
    ['**a.**1', '**a.**'],
    ['x**$5**', '**$5**'],
  ])('%j → %j', (line, span) => {
    expect(unclosedBold(line)).toBe(span);
  });
});

describe('readOutline in detail', () => {
  it('reads headings with trailing hashes and spaces, with their depth, text and body line', () => {
    expect(readOutline('en', 'x\n## Cause ##  \n\n## Solution\n###   Do it   #\n')).toEqual({
      headings: [
        { depth: 2, text: 'Cause', anchor: 'cause', line: 2 },
        { depth: 2, text: 'Solution', anchor: 'solution', line: 4 },
        { depth: 3, text: 'Do it', anchor: 'step-1', line: 5, step: 1 },
      ],
      errors: [],
    });
  });
  it('needs a space after the hashes', () => {
    expect(readOutline('en', '##Cause\n#hashtag').headings).toEqual([]);
  });
  it('skips fenced code of either kind until the same fence closes it, indented or not', () => {
    const body = ['## Steps', '~~~', '## no', '```', '## still no', '~~~~', '  ```bash', '### no', '  ```', '### Yes'].join('\n');
    expect(readOutline('en', body).headings.map((h) => [h.anchor, h.line])).toEqual([
      ['steps', 1],
      ['step-1', 10],
    ]);
  });
  it('checks bold outside inline code only, and reports it with a heading on the same line', () => {
    const { headings, errors } = readOutline('zh', '## 问题现象\n`**注意：**x` 是代码\n**注意：**x `y`\n```\n**注意：**x\n```');
    expect(headings).toHaveLength(1);
    expect(errors).toEqual([
      {
        line: 3,
        message:
          'expected bold text whose "**" touches punctuation to have a space or punctuation on its other side (write **注意**： or add a space), found "**注意：**", which Markdown leaves unbolded',
      },
    ]);
  });
});
