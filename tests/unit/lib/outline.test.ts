import { describe, expect, it } from 'vitest';
import { readOutline, sectionForTitle, unclosedBold } from '../../../src/lib/outline.ts';

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
