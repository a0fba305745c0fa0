// Rules that read an entry's fenced blocks.
import { describe, expect, it } from 'vitest';
import { codeConventions } from '../../../../src/lib/content-rules/code-conventions.ts';
import { corefile, removedCorefileWords } from '../../../../src/lib/content-rules/corefile.ts';
import { disruptiveCommand, disruptiveCommands } from '../../../../src/lib/content-rules/disruptive-commands.ts';
import { kubectlPatch } from '../../../../src/lib/content-rules/kubectl-patch.ts';
import { shellSyntax } from '../../../../src/lib/content-rules/shell-syntax.ts';
import { parseStructured, structuredBlocks } from '../../../../src/lib/content-rules/structured-blocks.ts';
import { systemConfigMapExcerpts, systemConfigMaps } from '../../../../src/lib/content-rules/system-configmaps.ts';
import { block, entry, frontmatterLines, OUTLINE } from './entry.ts';

/** An entry whose body is the outline followed by `extra`; `line(n)` is the file line of extra's n-th line. */
function withBody(extra: string, locale: 'en' | 'zh' | 'ja' = 'en') {
  const ctx = entry(`${OUTLINE}\n${extra}`, { locale });
  const first = frontmatterLines() + 3 + OUTLINE.split('\n').length;
  return { ctx, line: (n: number) => first + n - 1 };
}
const fence = (info: string, ...lines: string[]) => ['```' + info, ...lines, '```'].join('\n');

describe('code-conventions', () => {
  it('reports a missing or unknown language, bad options, and block problems at their lines', () => {
    const { ctx, line } = withBody(
      [
        fence(''), // 1-2
        fence('python', 'x'), // 3-5
        fence('bash copy', 'ls'), // 6-8
        fence('bash', 'ls', '$ kubectl get pod'), // 9-12
        fence('text output', '$ ok <none>'), // 13-15
        fence('yaml placeholders="x"', 'a: <x>'), // 16-18
      ].join('\n'),
    );
    expect(codeConventions.check(ctx)).toEqual([
      {
        line: line(1),
        message:
          'expected a fenced code block with a language (bash, shell, console, yaml, json, ini, text, diff, toml, go), found none',
      },
      {
        line: line(3),
        message:
          'expected a fenced code block with a language (bash, shell, console, yaml, json, ini, text, diff, toml, go), found "python"',
      },
      {
        line: line(6),
        message: 'expected title="…", placeholders="name …" or one of the flags output, healthy, broken, found copy',
      },
      { line: line(11), message: 'expected a command without a shell prompt, found "$ kubectl get pod"' },
    ]);
  });
});

describe('corefile', () => {
  it('names the removed words and why', () => {
    expect(Object.keys(removedCorefileWords)).toEqual(['upstream', 'resyncperiod', 'federation', 'proxy']);
  });
  it('reports removed directives in Corefile blocks, at their line, once per line', () => {
    const { ctx, line } = withBody(
      [
        fence('yaml', 'data:', '  Corefile: |', '    .:53 {', '        proxy . /etc/resolv.conf', '        upstream', '    }'), // 1-8
        fence(
          'text title="Corefile"',
          'federation cluster.local {',
          'resyncperiod 30s',
          'proxy{',
          'proxyx',
          'upstreams',
          '# proxy',
        ), // 9-16
        fence('diff title="CoreDNS ConfigMap"', '-upstream # [!code --]', ' forward . /etc/resolv.conf', '+forward . 1.1.1.1'), // 17-21
      ].join('\n'),
    );
    const message = (word: string) =>
      `expected Corefile lines current CoreDNS accepts, found "${word}" (${removedCorefileWords[word]}; a Corefile with it fails to load)`;
    expect(corefile.check(ctx)).toEqual([
      { line: line(5), message: message('proxy') },
      { line: line(6), message: message('upstream') },
      { line: line(10), message: message('federation') },
      { line: line(11), message: message('resyncperiod') },
      { line: line(12), message: message('proxy') },
    ]);
  });
  it('leaves alone blocks that are not Corefiles, output, and other languages', () => {
    const { ctx } = withBody(
      [
        fence('yaml', 'upstream: x'),
        fence('text output title="Corefile"', 'upstream'),
        fence('bash title="Corefile"', 'upstream'),
        fence('ini title="coredns settings"', 'x = 1'),
        fence('toml', 'Corefile: x', 'upstream'),
        fence('json', '{"Corefile": "upstream"}'),
      ].join('\n'),
    );
    expect(corefile.check(ctx)).toEqual([]);
  });
  it('finds the Corefile key in ini and toml blocks, and a CoreDNS title in any case', async () => {
    const { ctx, line } = withBody(
      [fence('ini', 'Corefile: |', 'proxy . x'), fence('toml title="COREDNS"', 'upstream')].join('\n'), // 1-4, 5-7
    );
    expect((await corefile.check(ctx)).map((p) => p.line)).toEqual([line(3), line(6)]);
  });
});

describe('disruptiveCommand', () => {
  it.each([
    ['kubectl delete pod x', 'kubectl delete'],
    ['kubectl -n kube-system drain node', 'kubectl drain'],
    ['kubectl --namespace=kube-system cordon n', 'kubectl cordon'],
    ['kubectl --context prod scale deploy x --replicas=0', 'kubectl scale'],
    ['kubectl --namespace kube-system replace -f x.yaml', 'kubectl replace'],
    ['kubectl -n kube-system rollout restart ds/terway', 'kubectl rollout restart'],
    ['reboot', 'reboot'],
    ['sudo shutdown -r now', 'shutdown'],
    ['ls; reboot', 'reboot'],
    ['(shutdown)', 'shutdown'],
    ['systemctl restart kubelet', 'systemctl restart'],
    ['systemctl stop containerd', 'systemctl stop'],
    ['sudo systemctl reboot', 'systemctl reboot'],
    ['iptables -t nat -F', 'iptables -F'],
    ['ip6tables -D INPUT 1', 'ip6tables -D'],
    ['iptables --flush KUBE-SERVICES', 'iptables --flush'],
    ['iptables -X', 'iptables -X'],
    ['ip link del cni0', 'ip link del'],
    ['ip link delete flannel.1', 'ip link delete'],
    ['rm -rf /var/lib/cni/', 'rm'],
    ['sudo rm /etc/cni/net.d/x', 'rm'],
    ['find . | xargs rm -f', 'rm'],
    ['ls && rm x', 'rm'],
  ])('finds %j as %j', (line, name) => {
    expect(disruptiveCommand(line)).toBe(name);
  });
  it.each([
    'kubectl get pod',
    'kubectl describe node x # then kubectl delete it',
    '# kubectl delete pod x',
    'kubectl rollout status ds/x',
    'kubectl-delete x',
    'echo reboot',
    'systemctl status kubelet',
    'iptables -L -n',
    'iptables -t nat -S',
    'ip link show',
    'crm status',
    'firmware',
    'git rm-cache',
  ])('finds nothing disruptive in %j', (line) => {
    expect(disruptiveCommand(line)).toBeUndefined();
  });
});

describe('disruptive-commands', () => {
  it('asks for a warning above a block that disrupts, once per block, at the first such line', () => {
    const { ctx, line } = withBody(
      [
        '### Restart', // 1
        fence('bash', 'kubectl get pod', 'kubectl delete pod x', 'reboot'), // 2-6
        '> **Warning:** this restarts the node; pods come back after it.', // 7
        fence('bash', 'reboot'), // 8-10
        '### Next', // 11
        fence('shell', 'systemctl restart kubelet'), // 12-14
        fence('bash output', 'reboot'), // 15-17
        fence('yaml', 'kubectl delete: x'), // 18-20
        fence('bash', 'kubectl delete pod a # [!code --]', 'kubectl get pod'), // 21-24
      ].join('\n'),
    );
    const message = (name: string) =>
      `expected a labelled warning (> **Warning:** …) above this block in the same step, saying what "${name}" disrupts and how to undo it, found none`;
    expect(disruptiveCommands.check(ctx)).toEqual([
      { line: line(4), message: message('kubectl delete') },
      { line: line(13), message: message('systemctl restart') },
    ]);
  });
  it('takes a warning only from the same step and from above the block, in the entry language', async () => {
    const { ctx, line } = withBody(
      [
        '### One', // 1
        '> **注意**：会重启节点。', // 2
        fence('bash', 'reboot'), // 3-5
        '> **Note:** not a warning.', // 6
        fence('bash', 'reboot'), // 7-9
        '### Two', // 10
        fence('bash', 'reboot'), // 11-13
        '> **Warning:** too late.', // 14
      ].join('\n'),
    );
    expect((await disruptiveCommands.check(ctx)).map((p) => p.line)).toEqual([line(4), line(8), line(12)]);
    const zh = withBody(['### 一', '> **注意**：会重启节点，重启后恢复。', fence('bash', 'reboot')].join('\n'), 'zh');
    expect(disruptiveCommands.check(zh.ctx)).toEqual([]);
  });
});

describe('kubectl-patch', () => {
  it('reports bad patches in shell input blocks at their lines', () => {
    const { ctx, line } = withBody(
      [
        fence('bash', 'kubectl get cm x', `kubectl patch cm x -p '{"data":{"a":true}}'`), // 1-4
        fence('shell', `kubectl patch deploy x -p '[1]'`), // 5-7
        fence('bash output', `kubectl patch cm x -p '{"data":{"a":true}}'`), // 8-10
        fence('yaml', `kubectl patch cm x -p '{"data":{"a":true}}'`), // 11-13
      ].join('\n'),
    );
    expect(kubectlPatch.check(ctx)).toEqual([
      { line: line(3), message: 'expected a string for data.a (ConfigMap data holds strings, write "true"), found true' },
      { line: line(6), message: 'expected a JSON object for --type strategic' },
    ]);
  });
});

describe('parseStructured', () => {
  it('parses YAML documents and JSON with placeholders filled and diff applied', () => {
    expect(
      parseStructured(
        block('a: <x> # [!code ++]\nb: 1 # [!code --]\n---\nc: [1]', { meta: { output: false, placeholders: ['x'] } }),
      ),
    ).toEqual({
      docs: [{ a: 'kbfill-x' }, { c: [1] }],
    });
    expect(parseStructured(block('{"a": "<x>"}', { lang: 'json', meta: { output: false, placeholders: ['x'] } }))).toEqual({
      docs: [{ a: 'kbfill-x' }],
    });
  });
  it('locates a JSON error at its line', () => {
    const result = parseStructured(block('{\n  "a": 1\n}\n}', { lang: 'json' }));
    expect(result.docs).toEqual([]);
    expect(result.problem?.line).toBe(24);
    expect(result.problem?.message).toMatch(
      /^expected JSON that parses once diff markers are applied, found: Unexpected non-whitespace character after JSON at position 13/,
    );
    expect(parseStructured(block('{\n\n  x}', { lang: 'json' })).problem?.line).toBe(23);
  });
  it('locates a JSON error without a position at the block', () => {
    const result = parseStructured(block('', { lang: 'json' }));
    expect(result.problem).toEqual({
      line: 21,
      message: 'expected JSON that parses once diff markers are applied, found: Unexpected end of JSON input',
    });
  });
  it('locates a YAML error at its line, after removed lines are dropped, with the first line of its message', () => {
    const result = parseStructured(block('a: 1\nx: 1 # [!code --]\nb: [\nc: 2'));
    expect(result.docs).toEqual([]);
    expect(result.problem?.line).toBe(24);
    expect(result.problem?.message).toMatch(
      /^expected YAML that parses once diff markers are applied and placeholders filled, found: [^\n]+$/,
    );
    const second = parseStructured(block('a: 1\n---\nb: : :'));
    expect(second.problem?.line).toBe(23);
  });
});

describe('structured-blocks', () => {
  it('reports parse errors and bad JSON in whole ConfigMaps, skipping output and other languages', () => {
    const { ctx, line } = withBody(
      [
        fence('yaml', 'a: [', 'b: 1'), // 1-4
        fence(
          'yaml',
          'apiVersion: v1',
          'kind: ConfigMap',
          'data:',
          '  good: |',
          '    {"a": 1}',
          '  bad: "{x}"',
          '  text: "{not json"',
          '  list: "[1,"',
          '  n: 1',
        ), // 5-15
        fence('yaml', 'data:', '  bad: "{x}"'), // 16-19 excerpt: not checked
        fence('yaml output', 'a: ['), // 20-22
        fence('text', 'a: ['), // 23-25
        fence('json', '{"apiVersion": "v1", "kind": "ConfigMap", "data": {"x": " {1} "}}'), // 26-28
        fence('yaml', 'apiVersion: v1', 'kind: ConfigMap', 'data: "{x}"'), // 29-33
        fence('yaml', 'apiVersion: v1', 'data:', '  bad: "{x}"'), // 34-38
        fence('yaml', 'kind: ConfigMap', 'data:', '  bad: "{x}"'), // 39-43
        fence('yaml', '---', '- a'), // 44-47
      ].join('\n'),
    );
    const problems = structuredBlocks.check(ctx) as { line: number; message: string }[];
    expect(problems.map((p) => p.line)).toEqual([line(3), line(5), line(26)]);
    expect(problems[1]!.message).toMatch(/^expected data\.bad to hold JSON that parses, found: /);
    expect(problems[2]!.message).toMatch(/^expected data\.x to hold JSON that parses, found: /);
  });
});

describe('system-configmaps', () => {
  it('lists the ConfigMaps ACK owns', () => {
    expect([...systemConfigMaps]).toEqual([
      'coredns',
      'kube-proxy',
      'kube-proxy-worker',
      'kube-proxy-master',
      'eni-config',
      'kube-flannel-cfg',
      'node-local-dns',
    ]);
  });
  it('reports whole system ConfigMaps in kube-system or without a namespace', () => {
    const { ctx, line } = withBody(
      [
        fence('yaml', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: coredns', '  namespace: kube-system'), // 1-7
        fence('json', '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "eni-config"}}'), // 8-10
        fence('yaml', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: coredns', '  namespace: default'), // 11-17
        fence('yaml', 'kind: ConfigMap', 'metadata:', '  name: coredns'), // 18-22
        fence('yaml', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: my-app'), // 23-28
        fence('yaml', 'apiVersion: v1', 'kind: Secret', 'metadata:', '  name: coredns'), // 29-34
        fence('yaml output', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: coredns'), // 35-40
        fence('yaml', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: 1'), // 41-46
        fence('yaml', 'apiVersion: v1', 'kind: ConfigMap'), // 47-50
        fence('yaml', '~'), // 51-53
        fence('text', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: coredns'), // 54-59
      ].join('\n'),
    );
    expect(systemConfigMapExcerpts.check(ctx)).toEqual([
      {
        line: line(1),
        message:
          'expected the lines to change in kube-system/coredns with some context (a block without apiVersion and kind), found the whole ConfigMap, which a reader would paste over the live one',
      },
      {
        line: line(8),
        message:
          'expected the lines to change in kube-system/eni-config with some context (a block without apiVersion and kind), found the whole ConfigMap, which a reader would paste over the live one',
      },
    ]);
  });
});

describe('shell-syntax', () => {
  it('reports the first syntax error of each shell input block at its line', async () => {
    const { ctx, line } = withBody(
      [
        fence(
          'bash placeholders="pod-name"',
          'kubectl logs <pod-name> > out.txt',
          'if true; then',
          '  echo x',
          'fi # [!code --]',
          'fi',
        ), // 1-7
        fence('bash', 'echo ok', 'if true; then', 'echo "x"'), // 8-12
        fence('shell', 'echo )'), // 13-15
        fence('bash output', 'if'), // 16-18
        fence('yaml', 'if: ('), // 19-21
      ].join('\n'),
    );
    const problems = await shellSyntax.check(ctx);
    expect(problems.map((p) => p.line)).toEqual([line(10), line(14)]);
    expect(problems[0]!.message).toMatch(/^expected a command bash can parse, found a syntax error: .*if/);
    expect(problems[1]!.message).toMatch(/^expected a command bash can parse, found a syntax error: /);
  });
});
