import { describe, expect, it } from 'vitest';
import { readCodeText, sentinel, splitSentinels } from '../../../src/markdown/code-text.ts';

const bash = (source: string, placeholders: string[] = []) => readCodeText(source, { lang: 'bash', output: false, placeholders });

describe('readCodeText', () => {
  it('drops diff markers and marks the lines', () => {
    const { code, problems } = readCodeText('a: 1\nb: 2 # [!code ++]\nc: 3 # [!code --]\n', {
      lang: 'yaml',
      output: false,
      placeholders: [],
    });
    expect(problems).toEqual([]);
    expect(code.text).toBe('a: 1\nb: 2\nc: 3');
    expect(code.marks).toEqual([undefined, 'add', 'del']);
  });
  it('reads JSON-style markers', () => {
    const { code } = readCodeText('{\n  "x": 1 // [!code ++]\n}', { lang: 'json', output: false, placeholders: [] });
    expect(code.text).toBe('{\n  "x": 1\n}');
    expect(code.marks[1]).toBe('add');
  });
  it('accepts declared placeholders and lists them in order of use', () => {
    const { code, problems } = bash('kubectl logs <pod-name> -n <namespace>\nkubectl get pod <pod-name>', [
      'namespace',
      'pod-name',
    ]);
    expect(problems).toEqual([]);
    expect(code.used).toEqual(['pod-name', 'namespace']);
  });
  it('rejects a placeholder that is never declared, with its line', () => {
    const { problems } = bash('kubectl get node\nkubectl describe node <node-name>');
    expect(problems).toEqual([
      {
        line: 1,
        message: 'expected placeholder <node-name> to be declared in placeholders="…" on the block, found it undeclared',
      },
    ]);
  });
  it('rejects a declared placeholder that the block never uses', () => {
    expect(bash('kubectl get node', ['node-name']).problems[0]!.message).toBe(
      'expected declared placeholder <node-name> to appear in the block, found it unused',
    );
  });
  it.each(['kubectl logs [$Pod_Name]', 'kubectl logs <Pod_Name>', 'kubectl logs <podName>'])(
    'rejects the malformed marker in %j',
    (line) => {
      const { problems } = bash(line, []);
      expect(problems.some((p) => p.message.startsWith('expected a placeholder written <lower-case-kebab>, found'))).toBe(true);
    },
  );
  it('rejects shell prompts, which must never be copied', () => {
    expect(bash('$ kubectl get pod').problems[0]!.message).toBe(
      'expected a command without a shell prompt, found "$ kubectl get pod"',
    );
  });
  it('leaves output blocks alone: <none> is output, not a placeholder', () => {
    const { problems } = readCodeText('NAME   EXTERNAL-IP\nsvc    <none>', { lang: 'text', output: true, placeholders: [] });
    expect(problems).toEqual([]);
  });
});

describe('sentinels', () => {
  it('round-trip through text', () => {
    expect(splitSentinels(`grep ${sentinel(0)} | x ${sentinel(12)}`)).toEqual(['grep ', 0, ' | x ', 12]);
  });
});

describe('readCodeText details', () => {
  const yaml = (source: string) => readCodeText(source, { lang: 'yaml', output: false, placeholders: [] });

  it('drops one trailing newline, keeps blank lines and gives every line a mark', () => {
    const { code } = yaml('a\n\nb\n\n');
    expect(code.text).toBe('a\n\nb\n');
    expect(code.marks).toEqual([undefined, undefined, undefined, undefined]);
  });
  it('removes a marker with the spaces before it, in # and // comments, and nothing that only looks like one', () => {
    const { code } = yaml('a: 1   #  [!code ++]  \nb: 2//[!code --]\nc: "[!code ++]" x\nd: 4 # [!code +]');
    expect(code.text).toBe('a: 1\nb: 2\nc: "[!code ++]" x\nd: 4 # [!code +]');
    expect(code.marks).toEqual(['add', 'del', undefined, undefined]);
  });
  it('applies markers to output too, and checks nothing else there', () => {
    const { code, problems } = readCodeText('$ ls <x> # [!code --]\n<Bad_Name>', {
      lang: 'bash',
      output: true,
      placeholders: ['unused'],
    });
    expect(code).toEqual({ text: '$ ls <x>\n<Bad_Name>', marks: ['del', undefined], used: [] });
    expect(problems).toEqual([]);
  });
  it('finds a prompt in bash and shell blocks only, after indentation, and not in $VARIABLES', () => {
    const prompt = (lang: string, line: string) => readCodeText(line, { lang, output: false, placeholders: [] }).problems;
    expect(prompt('shell', '  $ ls')).toEqual([{ line: 0, message: 'expected a command without a shell prompt, found "$ ls"' }]);
    expect(prompt('bash', '$HOME/bin/x')).toEqual([]);
    expect(prompt('bash', 'echo $ x')).toEqual([]);
    expect(prompt('console', '$ ls')).toEqual([]);
    expect(prompt('yaml', '$ ls')).toEqual([]);
  });
  it('reports every undeclared and malformed placeholder with its line, and each unused one at line 0', () => {
    const { code, problems } = bash('a <x> <pod-name>\nb <Pod_Name> [$POD] <pod-name>\nc <y>', ['pod-name', 'node', 'ns']);
    expect(code.used).toEqual(['pod-name']);
    expect(problems).toEqual([
      { line: 0, message: 'expected placeholder <x> to be declared in placeholders="…" on the block, found it undeclared' },
      { line: 1, message: 'expected a placeholder written <lower-case-kebab>, found "<Pod_Name>"' },
      { line: 1, message: 'expected a placeholder written <lower-case-kebab>, found "[$POD]"' },
      { line: 2, message: 'expected placeholder <y> to be declared in placeholders="…" on the block, found it undeclared' },
      { line: 0, message: 'expected declared placeholder <node> to appear in the block, found it unused' },
      { line: 0, message: 'expected declared placeholder <ns> to appear in the block, found it unused' },
    ]);
  });
  it('accepts placeholders in yaml blocks and keeps them in the text', () => {
    const { code, problems } = readCodeText('name: <node-name>', { lang: 'yaml', output: false, placeholders: ['node-name'] });
    expect(problems).toEqual([]);
    expect(code).toEqual({ text: 'name: <node-name>', marks: [undefined], used: ['node-name'] });
  });
});

describe('splitSentinels edge cases', () => {
  it('handles text without sentinels, sentinels at both ends and side by side, and empty text', () => {
    expect(splitSentinels('plain')).toEqual(['plain']);
    expect(splitSentinels(`${sentinel(3)}${sentinel(4)} x ${sentinel(5)}`)).toEqual([3, 4, ' x ', 5]);
    expect(splitSentinels('')).toEqual([]);
    expect(sentinel(7)).toBe('KBPH7KBPH');
  });
});
