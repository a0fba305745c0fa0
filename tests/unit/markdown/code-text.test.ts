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
