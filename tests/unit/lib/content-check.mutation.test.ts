import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTree, readEntryFile } from '../../../src/lib/content-check.ts';
import { frontmatter, OUTLINE } from './content-rules/entry.ts';

const mdx = (fields: Record<string, string | undefined> = {}) => `---\n${frontmatter(fields)}\n---\n${OUTLINE}`;

describe('readEntryFile frontmatter values', () => {
  it('describes a date that does not parse by the value the schema read, not the raw text', () => {
    const { file, problems } = readEntryFile('f.mdx', 'en', 'alpha', mdx({ updated: 'soon' }));
    expect(file).toBeUndefined();
    expect(problems).toEqual([
      {
        file: 'f.mdx',
        line: 12,
        field: 'updated',
        rule: 'frontmatter',
        message: 'expected a date (YYYY-MM-DD), found an invalid date',
      },
    ]);
  });
});

describe('checkTree file layout', () => {
  const root = mkdtempSync(join(tmpdir(), 'kb-check-mut-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  /** Writes empty files and folders at the given paths under a new tree and returns its name. */
  function write(paths: string[]): string {
    const name = `t${n++}`;
    for (const path of paths) {
      mkdirSync(join(root, name, path, '..'), { recursive: true });
      writeFileSync(join(root, name, path), '');
    }
    return name;
  }
  const layout = async (name: string) =>
    (await checkTree(join(root, name), root)).problems.filter((p) => p.rule === 'layout').map((p) => p.file);

  it('refuses backup copies and names with a line break as entries', async () => {
    const t = write(['faq/en/a.mdx.bak', 'faq/en/x\ny.mdx', 'faq/en/b.md']);
    expect((await checkTree(join(root, t), root)).problems).toEqual([
      { file: join(t, 'faq/en/a.mdx.bak'), rule: 'layout', message: 'expected only .mdx entry files, found "a.mdx.bak"' },
      { file: join(t, 'faq/en/b.md'), rule: 'layout', message: 'expected only .mdx entry files, found "b.md"' },
      { file: join(t, 'faq/en/x\ny.mdx'), rule: 'layout', message: 'expected only .mdx entry files, found "x\ny.mdx"' },
    ]);
  });

  it('reads a file named <id>.mdx as the entry <id>', async () => {
    const t = write(['faq/en/vswitch-ip-exhausted.mdx']);
    expect((await checkTree(join(root, t), root)).problems.slice(0, 1)).toEqual([
      {
        file: join(t, 'faq/en/vswitch-ip-exhausted.mdx'),
        line: 1,
        rule: 'frontmatter',
        message: 'expected the file to start with "---" frontmatter, found none',
      },
    ]);
  });

  it('reports folders and files in JavaScript string order, not the file system’s byte order', async () => {
    // UTF-8 bytes put U+FF21 (Ａ) before U+1F600 (😀); UTF-16 code units put the emoji first.
    const t = write(['faq/Ａ/x', 'faq/😀/x', 'faq/en/Ａ.txt', 'faq/en/😀.txt']);
    expect(await layout(t)).toEqual([join(t, 'faq/en/😀.txt'), join(t, 'faq/en/Ａ.txt'), join(t, 'faq/😀'), join(t, 'faq/Ａ')]);
  });
});
