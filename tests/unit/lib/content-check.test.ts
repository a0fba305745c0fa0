// The content check's own steps, on files and trees written to a temporary folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFile, checkTree, readEntryFile } from '../../../src/lib/content-check.ts';
import { bodyRules, fileRules, treeRules } from '../../../src/lib/content-rules/index.ts';
import { frontmatter, OUTLINE } from './content-rules/entry.ts';

const mdx = (fields: Record<string, string | undefined> = {}, body = OUTLINE) => `---\n${frontmatter(fields)}\n---\n${body}`;

describe('readEntryFile', () => {
  it('returns the context the rules run on, with headings at file lines', () => {
    const source = mdx();
    const { file, problems } = readEntryFile('faq/en/alpha.mdx', 'en', 'alpha', source);
    expect(problems).toEqual([]);
    expect(file).toMatchObject({ file: 'faq/en/alpha.mdx', locale: 'en', id: 'alpha', source, bodyLine: 16 });
    expect(file!.body).toBe(OUTLINE);
    expect(file!.data.title).toBe('Sample entry');
    expect(file!.headings.map((h) => [h.anchor, h.line])).toEqual([
      ['symptom', 16],
      ['cause', 20],
      ['solution', 24],
      ['step-1', 26],
      ['verify', 30],
    ]);
    expect(file!.blocks).toEqual([]);
    expect(file!.prose[0]).toEqual({ line: 16, text: '## Symptom' });
    expect(file!.keyLines.get('title')).toBe(2);
  });
  it('reports an id that is not kebab-case and still reads the file', () => {
    const { file, problems } = readEntryFile('faq/en/Alpha_Entry.mdx', 'en', 'Alpha_Entry', mdx());
    expect(problems).toEqual([
      {
        file: 'faq/en/Alpha_Entry.mdx',
        field: 'id',
        rule: 'entry-id',
        message: 'expected an ASCII kebab-case file name such as "vswitch-ip-exhausted.mdx", found "Alpha_Entry"',
      },
    ]);
    expect(file?.id).toBe('Alpha_Entry');
  });
  it('stops at a frontmatter that does not split, keeping the id problem', () => {
    expect(readEntryFile('f.mdx', 'en', 'Bad', 'no frontmatter')).toEqual({
      problems: [
        {
          file: 'f.mdx',
          field: 'id',
          rule: 'entry-id',
          message: 'expected an ASCII kebab-case file name such as "vswitch-ip-exhausted.mdx", found "Bad"',
        },
        { file: 'f.mdx', line: 1, rule: 'frontmatter', message: 'expected the file to start with "---" frontmatter, found none' },
      ],
    });
  });
  it('reports every schema problem with its line and field where known', () => {
    const { file, problems } = readEntryFile(
      'f.mdx',
      'en',
      'alpha',
      mdx({ title: undefined, plugin: '[calico]', kind: 'howto' }),
    );
    expect(file).toBeUndefined();
    expect(problems).toEqual([
      { file: 'f.mdx', field: 'title', rule: 'frontmatter', message: 'expected a value of type string, found nothing' },
      {
        file: 'f.mdx',
        line: 4,
        field: 'plugin[0]',
        rule: 'frontmatter',
        message: 'expected one of "terway", "flannel", "any", found "calico"',
      },
    ]);
  });
  it('reports a problem of the whole frontmatter without a field', () => {
    const { problems } = readEntryFile('f.mdx', 'en', 'alpha', '---\n- a\n---\nx');
    expect(problems).toEqual([{ file: 'f.mdx', rule: 'frontmatter', message: 'expected a value of type object, found ["a"]' }]);
  });
});

describe('checkFile', () => {
  it('runs every file rule and tags each problem with the file and the rule', async () => {
    const { file } = readEntryFile('faq/en/alpha.mdx', 'en', 'alpha', mdx({ errors: '[]' }, `${OUTLINE}\n\n> quote`));
    expect(await checkFile(file!)).toEqual([
      {
        file: 'faq/en/alpha.mdx',
        line: 34,
        rule: 'blockquote-label',
        message: 'expected a blockquote to start with a bold label (> **Warning:** … or > **Note:** …), found "> quote"',
      },
      {
        file: 'faq/en/alpha.mdx',
        line: 4,
        field: 'errors',
        rule: 'troubleshooting-errors',
        message: 'expected a troubleshooting entry to list the literal messages readers paste (errors: […]), found none',
      },
    ]);
  });
  it('knows every rule by its id, and runs the body rules (shared with triage nodes) on entries too', () => {
    const body = [
      'mdx-syntax',
      'code-conventions',
      'kubectl-patch',
      'structured-blocks',
      'kubernetes-objects',
      'system-configmaps',
      'corefile',
      'shell-syntax',
      'disruptive-commands',
      'blockquote-label',
      'zh-register',
    ];
    expect(bodyRules.every((r) => fileRules.includes(r))).toBe(true);
    expect(bodyRules.map((r) => r.id)).toEqual(body);
    expect(fileRules.map((r) => r.id)).toEqual([
      'headings',
      'required-sections',
      ...body,
      'entry-reference-link',
      'troubleshooting-errors',
      'mitigation-steps',
      'step-versions',
      'reviewed-date',
    ]);
    expect(treeRules.map((r) => r.id)).toEqual([
      'translations',
      'neutral-fields',
      'same-headings',
      'related-ids',
      'counterpart-ids',
      'aliases',
      'case-unique-ids',
      'shellcheck',
    ]);
  });
});

describe('checkTree', () => {
  const root = mkdtempSync(join(tmpdir(), 'kb-check-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  /** Writes a content tree from `path → text` and returns its folder. */
  function write(files: Record<string, string>): string {
    const dir = join(root, `t${n++}`);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }
  const JA = OUTLINE.replace('Symptom', '症状').replace('Cause', '原因').replace('Solution', '解決策').replace('Verify', '確認');
  const ZH = OUTLINE.replace('Symptom', '问题现象')
    .replace('Cause', '问题原因')
    .replace('Solution', '解决方法')
    .replace('Verify', '结果验证');
  const entry = (id: string, fields: Record<string, string | undefined> = {}) => ({
    [`faq/zh/${id}.mdx`]: mdx(fields, ZH),
    [`faq/ja/${id}.mdx`]: mdx(fields, JA),
    [`faq/en/${id}.mdx`]: mdx(fields, OUTLINE),
  });

  it('returns every file of a valid tree, in folder and name order, with paths relative to cwd', async () => {
    const dir = write({ ...entry('b'), ...entry('a') });
    const report = await checkTree(dir, root);
    expect(report.problems).toEqual([]);
    expect(report.files.map((f) => f.file)).toEqual(
      ['en/a', 'en/b', 'ja/a', 'ja/b', 'zh/a', 'zh/b'].map((p) => join(`t${n - 1}`, 'faq', `${p}.mdx`)),
    );
  });
  it('reports a missing faq folder', async () => {
    const dir = write({ 'other.txt': '' });
    expect(await checkTree(dir, root)).toEqual({
      files: [],
      triage: [],
      problems: [{ file: join(`t${n - 1}`, 'faq'), rule: 'layout', message: 'expected a folder of entries, found none' }],
    });
  });
  it('reports stray files and folders, and files that are not .mdx', async () => {
    const dir = write({
      ...entry('a'),
      'faq/README.md': '',
      'faq/fr/a.mdx': '',
      'faq/en/notes.md': '',
      'faq/en/x.txt': '',
      'faq/ja/y': '',
    });
    const t = `t${n - 1}`;
    expect((await checkTree(dir, root)).problems).toEqual([
      { file: join(t, 'faq/README.md'), rule: 'layout', message: 'expected only the folders zh, ja, en in faq/, found a file' },
      { file: join(t, 'faq/en/notes.md'), rule: 'layout', message: 'expected only .mdx entry files, found "notes.md"' },
      { file: join(t, 'faq/en/x.txt'), rule: 'layout', message: 'expected only .mdx entry files, found "x.txt"' },
      { file: join(t, 'faq/fr'), rule: 'layout', message: 'expected a language folder (zh, ja, en), found "fr"' },
      { file: join(t, 'faq/ja/y'), rule: 'layout', message: 'expected only .mdx entry files, found "y"' },
    ]);
  });
  it('runs tree rules over files with bad frontmatter too, and file rules only on good ones', async () => {
    const dir = write({ ...entry('a'), 'faq/en/b.mdx': 'broken', 'faq/ja/b.mdx': mdx({}, JA) });
    const t = `t${n - 1}`;
    const report = await checkTree(dir, root);
    expect(report.files.map((f) => f.file)).toEqual([
      join(t, 'faq/en/a.mdx'),
      join(t, 'faq/ja/a.mdx'),
      join(t, 'faq/ja/b.mdx'),
      join(t, 'faq/zh/a.mdx'),
    ]);
    expect(report.problems).toEqual([
      {
        file: join(t, 'faq/en/b.mdx'),
        line: 1,
        rule: 'frontmatter',
        message: 'expected the file to start with "---" frontmatter, found none',
      },
      {
        file: join(t, 'faq/en/b.mdx'),
        field: 'id',
        rule: 'translations',
        message: 'expected a "zh" translation of "b" at faq/zh/b.mdx, found none',
      },
    ]);
  });
  it('keeps absolute paths outside cwd and gives the folder itself when relative is empty', async () => {
    const dir = write({ 'faq/x': '' });
    expect((await checkTree(dir, '/nonexistent-cwd')).problems[0]?.file).toBe(join('..', dir, 'faq/x'));
    expect((await checkTree(join(dir, 'faq', '..'), join(dir, 'faq'))).problems[0]?.file).toBe('x');
    expect((await checkTree(dir, join(dir, 'faq', 'x'))).problems[0]?.file).toBe(join(dir, 'faq', 'x'));
  });
  it('passes its options to the tree rules', async () => {
    const script = `${OUTLINE}\n\n\`\`\`bash\nls\nls\n\`\`\``;
    const dir = write({
      'faq/zh/a.mdx': mdx({}, `${ZH}\n\n\`\`\`bash\nls\nls\n\`\`\``),
      'faq/ja/a.mdx': mdx({}, `${JA}\n\n\`\`\`bash\nls\nls\n\`\`\``),
      'faq/en/a.mdx': mdx({}, script),
    });
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect((await checkTree(dir, root)).problems.map((p) => p.rule)).toEqual(['shellcheck']);
      expect((await checkTree(dir, root, { shellcheck: 'if-present' })).problems).toEqual([]);
    } finally {
      process.env.PATH = path;
    }
  });
});
