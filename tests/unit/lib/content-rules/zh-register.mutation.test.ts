// Where zh-register sees a fenced block end, and how it quotes the text around 你.
import { describe, expect, it } from 'vitest';
import { zhRegister } from '../../../../src/lib/content-rules/zh-register.ts';
import { entry, frontmatterLines } from './entry.ts';

const ZH_OUTLINE = '## 问题现象\n\n文字。\n\n## 问题原因\n\n文字。\n\n## 解决方法\n\n### 一\n\n文字。\n\n## 结果验证\n\n文字。';
/** File line of the body's line `n` (1-based) in an entry written by `entry()`. */
const at = (n: number) => frontmatterLines() + 2 + n;
const check = (...body: string[]) => zhRegister.check(entry(`${body.join('\n')}\n\n${ZH_OUTLINE}`, { locale: 'zh' }));
const found = (line: number, text: string) => ({
  line: at(line),
  message: `expected the reader addressed as 您, found "${text}"`,
});

describe('zh-register', () => {
  it('keeps a block open past a line with a fence in the middle of it', () => {
    expect(check('```text', 'a ``` b', '你', '```')).toEqual([]);
  });
  it('keeps a block open past lines that start with one backtick or one tilde', () => {
    expect(check('```text', '`x`', '你', '```')).toEqual([]);
    expect(check('```text', '~/bin', '你', '```')).toEqual([]);
  });
  it('ends an indented block at its indented closing fence', () => {
    expect(check('1. 步骤：', '', '   ```text', '   x', '   ```', '', '你好')).toEqual([found(7, '你好')]);
  });
  it('quotes the text around 你 without surrounding spaces', () => {
    expect(check('你好   ')).toEqual([found(1, '你好')]);
  });
});
