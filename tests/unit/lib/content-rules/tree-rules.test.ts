// Rules run over the whole tree: translations, ids, language-neutral fields, headings across languages, ShellCheck.
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../../src/i18n/locales.ts';
import { aliases, caseUniqueIds, counterpartIds, relatedIds } from '../../../../src/lib/content-rules/entry-ids.ts';
import {
  byEntry,
  canonical,
  disagreements,
  listDifference,
  neutralFields,
  sameHeadings,
} from '../../../../src/lib/content-rules/same-across-languages.ts';
import { commandCount, SHELLCHECK_SEVERITY, shellcheck } from '../../../../src/lib/content-rules/shellcheck.ts';
import { translations } from '../../../../src/lib/content-rules/translations.ts';
import type { CheckOptions, FileContext, TreeContext, TreeProblem } from '../../../../src/lib/content-rules/types.ts';
import { entry, OUTLINE } from './entry.ts';

const required: CheckOptions = { shellcheck: 'required' };

/** `present` as the runner builds it: id → locale → file, for the given files. */
function presentOf(files: readonly FileContext[], extra: [string, Locale][] = []) {
  const present = new Map<string, Map<Locale, string>>();
  for (const [id, locale] of [...files.map((f): [string, Locale] => [f.id, f.locale]), ...extra]) {
    const m = present.get(id) ?? new Map<Locale, string>();
    m.set(locale, `faq/${locale}/${id}.mdx`);
    present.set(id, m);
  }
  return present;
}
const tree = (files: FileContext[], extra: [string, Locale][] = [], options = required): TreeContext => ({
  files,
  present: presentOf(files, extra),
  options,
});
const fields = (related = '[]', aliasList = '[]') => ({ related, aliases: aliasList });

describe('translations', () => {
  it('asks for every missing language, at a file of the entry', () => {
    expect(
      translations.check({
        files: [],
        options: required,
        present: new Map([
          ['a', new Map<Locale, string>([['ja', 'faq/ja/a.mdx']])],
          [
            'b',
            new Map<Locale, string>([
              ['zh', 'faq/zh/b.mdx'],
              ['ja', 'faq/ja/b.mdx'],
              ['en', 'faq/en/b.mdx'],
            ]),
          ],
        ]),
      }),
    ).toEqual([
      { file: 'faq/ja/a.mdx', field: 'id', message: 'expected a "zh" translation of "a" at faq/zh/a.mdx, found none' },
      { file: 'faq/ja/a.mdx', field: 'id', message: 'expected a "en" translation of "a" at faq/en/a.mdx, found none' },
    ]);
  });
});

describe('related-ids', () => {
  it('reports the entry itself and ids that do not exist, by position', () => {
    const a = entry(OUTLINE, { id: 'a', fields: fields('[b, a, c]') });
    const b = entry(OUTLINE, { id: 'b', fields: fields('[a]') });
    expect(relatedIds.check(tree([a, b]))).toEqual([
      { file: 'faq/en/a.mdx', field: 'related[1]', message: 'expected another entry\'s id, found the entry\'s own id "a"' },
      { file: 'faq/en/a.mdx', field: 'related[2]', message: 'expected the id of an existing entry, found "c"' },
    ]);
  });
  it('accepts an entry present only in another language', () => {
    const a = entry(OUTLINE, { id: 'a', fields: fields('[c]') });
    expect(relatedIds.check(tree([a], [['c', 'zh']]))).toEqual([]);
  });
});

describe('counterpart-ids', () => {
  const about = (id: string, plugin: string, counterparts = '{}') => entry(OUTLINE, { id, fields: { plugin, counterparts } });
  it('accepts an entry about the named plugin, also one present only in another language', () => {
    expect(
      counterpartIds.check(tree([about('t', '[terway]', '{ flannel: f }'), about('f', '[flannel]', '{ terway: t }')])),
    ).toEqual([]);
    expect(counterpartIds.check(tree([about('t', '[terway]', '{ flannel: f }')], [['f', 'zh']]))).toEqual([]);
    expect(counterpartIds.check(tree([about('t', '[terway]', '{ flannel: f }'), about('f', '[flannel, terway]')]))).toEqual([]);
  });
  it('reports a counterpart for a plugin the entry covers, its own id, a missing id and an entry about another plugin', () => {
    const files = [
      about('both', '[terway, flannel]', '{ flannel: f }'),
      about('any', '[any]', '{ terway: t }'),
      about('self', '[terway]', '{ flannel: self }'),
      about('gone', '[terway]', '{ flannel: nowhere }'),
      about('wrong', '[terway]', '{ flannel: t }'),
      about('t', '[terway]'),
      about('f', '[flannel]'),
    ];
    expect(counterpartIds.check(tree(files))).toEqual([
      {
        file: 'faq/en/both.mdx',
        field: 'counterparts.flannel',
        message: 'expected a counterpart only for a plugin this entry is not about, found one for flannel, which it covers',
      },
      {
        file: 'faq/en/any.mdx',
        field: 'counterparts.terway',
        message: 'expected a counterpart only for a plugin this entry is not about, found one for terway, which it covers',
      },
      {
        file: 'faq/en/self.mdx',
        field: 'counterparts.flannel',
        message: 'expected another entry\'s id, found the entry\'s own id "self"',
      },
      {
        file: 'faq/en/gone.mdx',
        field: 'counterparts.flannel',
        message: 'expected the id of an existing entry, found "nowhere"',
      },
      {
        file: 'faq/en/wrong.mdx',
        field: 'counterparts.flannel',
        message: 'expected an entry about flannel, found "t", which is about terway',
      },
    ]);
  });
  it('names every plugin of the wrong entry', () => {
    const files = [about('f', '[flannel]', '{ terway: x }'), entry(OUTLINE, { id: 'x', fields: { plugin: '[flannel, any]' } })];
    const [problem] = counterpartIds.check(tree(files)) as TreeProblem[];
    expect(problem?.message).toBe('expected an entry about terway, found "x", which is about flannel, any');
  });
});

describe('aliases', () => {
  it('reports an alias that is a live id, and one claimed by two entries (at the second)', () => {
    const a = entry(OUTLINE, { id: 'a', fields: fields('[]', '[old, b]') });
    const b = entry(OUTLINE, { id: 'b', fields: fields('[]', '[older, old]') });
    expect(aliases.check(tree([a, b]))).toEqual([
      {
        file: 'faq/en/a.mdx',
        field: 'aliases[1]',
        message: 'expected a former id that no entry uses now, found "b", the id of an existing entry',
      },
      {
        file: 'faq/en/b.mdx',
        field: 'aliases[1]',
        message: 'expected an alias used by one entry only, found "old" also claimed by "a"',
      },
    ]);
  });
  it('lets the languages of one entry share its aliases', () => {
    const en = entry(OUTLINE, { id: 'a', fields: fields('[]', '[old]') });
    const ja = entry(
      OUTLINE.replace('Symptom', '症状').replace('Cause', '原因').replace('Solution', '解決策').replace('Verify', '確認'),
      {
        id: 'a',
        locale: 'ja',
        fields: fields('[]', '[old]'),
      },
    );
    expect(aliases.check(tree([en, ja]))).toEqual([]);
  });
});

describe('case-unique-ids', () => {
  it('reports an id that differs from an earlier one only in case', () => {
    const present = new Map([
      ['beta', new Map<Locale, string>([['en', 'faq/en/beta.mdx']])],
      ['alpha', new Map<Locale, string>([['en', 'faq/en/alpha.mdx']])],
      [
        'Beta',
        new Map<Locale, string>([
          ['ja', 'faq/ja/Beta.mdx'],
          ['en', 'faq/en/Beta.mdx'],
        ]),
      ],
      ['BETA', new Map<Locale, string>([['zh', 'faq/zh/BETA.mdx']])],
    ]);
    expect(caseUniqueIds.check({ files: [], present, options: required })).toEqual([
      { file: 'faq/ja/Beta.mdx', field: 'id', message: 'expected a unique id, found "Beta" and "beta"' },
      { file: 'faq/zh/BETA.mdx', field: 'id', message: 'expected a unique id, found "BETA" and "Beta"' },
    ]);
  });
});

describe('canonical', () => {
  it('ignores list order and key order, and nothing else', () => {
    expect(canonical(['b', 'a'])).toBe(canonical(['a', 'b']));
    expect(canonical({ b: 1, a: [2, 1] })).toBe(canonical({ a: [1, 2], b: 1 }));
    expect(canonical({ a: 1 })).not.toBe(canonical({ a: 2 }));
    expect(canonical(['a'])).not.toBe(canonical(['a', 'a']));
    expect(canonical({ a: 1 })).not.toBe(canonical({ b: 1 }));
  });
  it('renders values as sorted JSON', () => {
    expect(canonical({ b: 'x', a: ['z', 'y'] })).toBe('[["a","[\\"\\\\\\"y\\\\\\"\\",\\"\\\\\\"z\\\\\\"\\"]"],["b","\\"x\\""]]');
    expect(canonical(null)).toBe('null');
    expect(canonical(undefined)).toBe(undefined);
    expect(canonical(3)).toBe('3');
    expect(canonical('s')).toBe('"s"');
  });
});

describe('disagreements', () => {
  const f = (locale: Locale, value: string) =>
    ({ locale, file: `${locale}.mdx`, value }) as unknown as FileContext & { value: string };
  const key = (x: FileContext) => (x as FileContext & { value: string }).value;
  const names = (list: { file: FileContext; reference: FileContext }[]) =>
    list.map(({ file, reference }) => [file.file, reference.file]);

  it('names the odd one out against the majority', () => {
    expect(names(disagreements([f('zh', 'x'), f('ja', 'y'), f('en', 'y')], key))).toEqual([['zh.mdx', 'ja.mdx']]);
    expect(names(disagreements([f('zh', 'y'), f('ja', 'y'), f('en', 'x')], key))).toEqual([['en.mdx', 'zh.mdx']]);
  });
  it('takes English as the reference without a majority, else the first file', () => {
    expect(names(disagreements([f('zh', 'x'), f('ja', 'y'), f('en', 'z')], key))).toEqual([
      ['zh.mdx', 'en.mdx'],
      ['ja.mdx', 'en.mdx'],
    ]);
    expect(names(disagreements([f('zh', 'x'), f('ja', 'y')], key))).toEqual([['ja.mdx', 'zh.mdx']]);
    expect(names(disagreements([f('ja', 'y'), f('en', 'x')], key))).toEqual([['ja.mdx', 'en.mdx']]);
  });
  it('finds nothing when all agree or there is one file', () => {
    expect(disagreements([f('zh', 'x'), f('ja', 'x'), f('en', 'x')], key)).toEqual([]);
    expect(disagreements([f('zh', 'x')], key)).toEqual([]);
    expect(disagreements([], key)).toEqual([]);
  });
});

describe('byEntry', () => {
  it('groups files by id in locale order, ids in order of first appearance', () => {
    const files = [
      { id: 'b', locale: 'en' },
      { id: 'a', locale: 'ja' },
      { id: 'b', locale: 'zh' },
      { id: 'a', locale: 'zh' },
    ] as FileContext[];
    expect(byEntry(files).map((g) => g.map((x) => `${x.locale}/${x.id}`))).toEqual([
      ['zh/b', 'en/b'],
      ['zh/a', 'ja/a'],
    ]);
  });
});

describe('listDifference', () => {
  it('says what is missing and what is extra', () => {
    expect(listDifference(['a', 'b', 'c'], ['b', 'd', 'e'])).toBe(' (missing "a", "c"; extra "d", "e")');
    expect(listDifference(['a', 'b'], ['a'])).toBe(' (missing "b")');
    expect(listDifference(['a'], ['a', { x: 1 }])).toBe(' (extra {"x":1})');
    expect(listDifference([{ a: 1, b: 2 }], [{ b: 2, a: 1 }])).toBe('');
  });
  it('says nothing for lists with the same items or for values that are not lists', () => {
    expect(listDifference(['a', 'b'], ['b', 'a'])).toBe('');
    expect(listDifference('a', ['a'])).toBe('');
    expect(listDifference(['a'], 'a')).toBe('');
  });
});

const JA = OUTLINE.replace('Symptom', '症状').replace('Cause', '原因').replace('Solution', '解決策').replace('Verify', '確認');
const ZH = OUTLINE.replace('Symptom', '问题现象')
  .replace('Cause', '问题原因')
  .replace('Solution', '解决方法')
  .replace('Verify', '结果验证');

describe('neutral-fields', () => {
  it('reports each field that differs, at the file that differs, with both values', () => {
    const zh = entry(ZH, { locale: 'zh', fields: { components: '[eni]', errors: "['b', 'a']" } });
    const ja = entry(JA, { locale: 'ja', fields: { errors: "['a', 'b']" } });
    const en = entry(OUTLINE, { fields: { errors: "['a', 'b']", versions: "{ terway: '>=1.2.0' }" } });
    expect(neutralFields.check(tree([en, ja, zh]))).toEqual([
      {
        file: 'faq/zh/alpha.mdx',
        field: 'components',
        message: 'expected the same value as faq/ja/alpha.mdx (["eni","vswitch"]), found ["eni"] (missing "vswitch")',
      },
      {
        file: 'faq/en/alpha.mdx',
        field: 'versions',
        message: 'expected the same value as faq/zh/alpha.mdx ({}), found {"terway":">=1.2.0"}',
      },
    ]);
  });
  it('checks every entry separately', () => {
    const a = entry(OUTLINE, { id: 'a', fields: { kind: 'howto', symptom: undefined, cause: undefined } });
    const b = entry(JA, { id: 'b', locale: 'ja' });
    expect(neutralFields.check(tree([a, b]))).toEqual([]);
  });
});

describe('same-headings', () => {
  it('reports the file whose anchors differ, with both lists', () => {
    const zh = entry(ZH, { locale: 'zh' });
    const ja = entry(`${JA}\n\n### 追加`, { locale: 'ja' });
    const en = entry(OUTLINE);
    expect(sameHeadings.check(tree([zh, ja, en]))).toEqual([
      {
        file: 'faq/ja/alpha.mdx',
        message:
          'expected the same headings as faq/zh/alpha.mdx (anchors: symptom cause solution step-1 verify), found anchors: symptom cause solution step-1 verify verify-1',
      },
    ]);
  });
  it('calls an outline without headings "none"', () => {
    const en = entry('Text.', { fields: { kind: 'concept', symptom: undefined, cause: undefined } });
    const ja = entry('## 詳細', { locale: 'ja', fields: { kind: 'concept', symptom: undefined, cause: undefined } });
    expect(sameHeadings.check(tree([en, ja]))).toEqual([
      {
        file: 'faq/ja/alpha.mdx',
        message: 'expected the same headings as faq/en/alpha.mdx (anchors: none), found anchors: details',
      },
    ]);
  });
});

describe('commandCount', () => {
  it('counts commands, joining continued lines and skipping comments and blank lines', () => {
    expect(commandCount('a \\\n  b\n\n  # note\nc\n   \n#x')).toBe(2);
    expect(commandCount('')).toBe(0);
    expect(commandCount('a # not a comment line')).toBe(1);
  });
});

describe('shellcheck', () => {
  const script = (body: string, id = 'alpha') => entry(`${OUTLINE}\n\n${body}`, { id });

  it('lints multi-line shell input blocks at warning level and reports each finding at its file line', async () => {
    expect(SHELLCHECK_SEVERITY).toBe('warning');
    const a = script('```bash placeholders="pod"\nfor f in $(ls *.log); do echo "$f"; done\nkubectl logs <pod> | grep x\n```');
    const b = script('```shell\ncd /tmp\nrm $X # [!code --]\necho "$((1+1))"\nexport A=$(ls)\n```', 'beta');
    const fine = script('```bash\nls\n```\n\n```bash output\nx=$(ls)\ny=1\n```\n\n```yaml\na: $(ls)\nb: 1\n```', 'gamma');
    // ShellCheck's own order of files is not ours to pin.
    const problems = (await shellcheck.check(tree([a, b, fine]))).sort(
      (x, y) => x.file.localeCompare(y.file) || x.line! - y.line!,
    );
    const aLine = a.source.split('\n').indexOf('for f in $(ls *.log); do echo "$f"; done') + 1;
    const cdLine = b.source.split('\n').indexOf('cd /tmp') + 1;
    const bLine = b.source.split('\n').indexOf('export A=$(ls)') + 1;
    expect(bLine).toBe(cdLine + 3);
    expect(problems).toEqual([
      {
        file: 'faq/en/alpha.mdx',
        line: aLine,
        message: 'expected a script ShellCheck accepts, found SC2045 (error): Iterating over ls output is fragile. Use globs.',
      },
      {
        file: 'faq/en/beta.mdx',
        line: cdLine,
        message:
          "expected a script ShellCheck accepts, found SC2164 (warning): Use 'cd ... || exit' or 'cd ... || return' in case cd fails.",
      },
      {
        file: 'faq/en/beta.mdx',
        line: bLine,
        message:
          'expected a script ShellCheck accepts, found SC2155 (warning): Declare and assign separately to avoid masking return values.',
      },
    ]);
  });
  it('does not run without scripts to lint', async () => {
    expect(await shellcheck.check(tree([script('```bash\nls\n```')]))).toEqual([]);
  });
  it('says ShellCheck is missing when it is required, and only warns when it is optional', async () => {
    const a = script('```bash\nls\nls\n```');
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(await shellcheck.check(tree([a]))).toEqual([
        {
          file: 'faq/en/alpha.mdx',
          message: 'expected ShellCheck on the PATH to lint shell scripts (Debian: apt-get install shellcheck), found none',
        },
      ]);
      expect(warn).not.toHaveBeenCalled();
      expect(await shellcheck.check(tree([a], [], { shellcheck: 'if-present' }))).toEqual([]);
      expect(warn).toHaveBeenCalledWith(
        'content check: expected ShellCheck on the PATH to lint shell scripts (Debian: apt-get install shellcheck), found none; scripts not linted',
      );
    } finally {
      process.env.PATH = path;
      warn.mockRestore();
    }
  });
});
