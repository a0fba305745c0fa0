import { describe, expect, it } from 'vitest';
import { checkPatches } from '../../../src/lib/kubectl-patch.ts';

describe('checkPatches', () => {
  it('accepts a merge patch of ConfigMap data with string values', () => {
    expect(
      checkPatches(`kubectl -n kube-system patch cm eni-config --type merge -p '{"data":{"in_cluster_loadbalance":"true"}}'`),
    ).toEqual([]);
  });
  it('rejects a non-string ConfigMap value, which the API server would refuse', () => {
    expect(
      checkPatches(`kubectl patch configmap eni-config -n kube-system -p '{"data":{"disable_network_policy":true}}'`),
    ).toEqual([
      {
        line: 0,
        message: 'expected a string for data.disable_network_policy (ConfigMap data holds strings, write "true"), found true',
      },
    ]);
  });
  it('checks json patches too', () => {
    expect(checkPatches(`kubectl patch cm x --type json -p '[{"op":"add","path":"/data/a","value":1}]'`)[0]!.message).toBe(
      'expected a string value for /data/a (ConfigMap data holds strings), found 1',
    );
    expect(checkPatches(`kubectl patch deploy x --type json -p '{"spec":{}}'`)[0]!.message).toBe(
      'expected a JSON array of operations for --type json',
    );
  });
  it('rejects invalid JSON and fields a ConfigMap does not have', () => {
    expect(checkPatches(`kubectl patch cm x -p '{"data":{"a":"b"}'`)[0]!.message).toMatch(/^expected valid JSON in the patch/);
    expect(checkPatches(`kubectl patch cm x -p '{"spec":{"a":"b"}}'`)[0]!.message).toBe(
      'expected only data, binaryData or metadata in a ConfigMap patch, found spec',
    );
  });
  it('follows backslash continuations and reports the first line of the command', () => {
    const block = `echo start\nkubectl -n kube-system patch cm eni-config \\\n  --type merge \\\n  -p '{"data":{"x":1}}'`;
    expect(checkPatches(block).map((p) => p.line)).toEqual([1]);
  });
  it('accepts strategic patches of other objects', () => {
    expect(
      checkPatches(
        `kubectl patch deployment web -p '{"spec":{"template":{"spec":{"dnsConfig":{"options":[{"name":"single-request-reopen"}]}}}}}'`,
      ),
    ).toEqual([]);
  });
});

describe('checkPatches in detail', () => {
  const message = (command: string) => checkPatches(command).map((p) => p.message);

  it('finds the patch after -p, --patch, = or spaces, and skips commands that are not patches', () => {
    expect(message(`kubectl patch cm x --patch='{"data":{"a":1}}'`)).toEqual([
      'expected a string for data.a (ConfigMap data holds strings, write "1"), found 1',
    ]);
    expect(message(`kubectl patch cm x -p  '{"data":{"a":1}}'`)).toHaveLength(1);
    expect(message(`oc patch cm x -p '{"data":{"a":1}}'`)).toEqual([]);
    expect(message(`kubectl get cm x -o yaml | grep patch`)).toEqual([]);
    expect(message(`kubectl patch cm x --patch-file patch.yaml`)).toEqual([]);
    expect(message(`kubectl patch cm x -p "{\\"data\\":{}}"`)).toEqual([
      'expected the patch in single quotes after -p or --patch, found none',
    ]);
  });
  it('reads the kind in any case, also as kind/name', () => {
    expect(message(`kubectl patch ConfigMaps/eni-config -p '{"data":{"a":1}}'`)).toHaveLength(1);
    expect(message(`kubectl patch configmap.v1 x -p '{"data":{"a":1}}'`)).toEqual([]);
  });
  it('checks the ConfigMap shape for each patch type', () => {
    expect(message(`kubectl patch cm x --type=json -p '{"op":"add"}'`)).toEqual([
      'expected a JSON array of operations for --type json',
    ]);
    expect(message(`kubectl patch cm x --type json -p '[{"op":"add"}]'`)).toEqual([
      'expected each operation to have "op" and "path"',
    ]);
    expect(message(`kubectl patch cm x --type json -p '[{"path":"/data/a"}]'`)).toEqual([
      'expected each operation to have "op" and "path"',
    ]);
    expect(
      message(
        `kubectl patch cm x --type "json" -p '[{"op":"remove","path":"/data/a"},{"op":"add","path":"/metadata/labels/a","value":1},{"op":"replace","path":"/data/b","value":"1"}]'`,
      ),
    ).toEqual([]);
    expect(message(`kubectl patch cm x --type json -p '[{"op":"replace","path":"/data/b","value":null}]'`)).toEqual([
      'expected a string value for /data/b (ConfigMap data holds strings), found null',
    ]);
    expect(message(`kubectl patch cm x --type merge -p 'null'`)).toEqual(['expected a JSON object for --type merge']);
    expect(message(`kubectl patch cm x -p '[]'`)).toEqual(['expected a JSON object for --type strategic']);
    expect(message(`kubectl patch cm x -p '"x"'`)).toEqual(['expected a JSON object for --type strategic']);
    expect(message(`kubectl patch cm x -p '{"a":1,"data":{},"b":2}'`)).toEqual([
      'expected only data, binaryData or metadata in a ConfigMap patch, found a, b',
    ]);
    expect(message(`kubectl patch cm x -p '{"data":null}'`)).toEqual(['expected "data" to be an object']);
    expect(message(`kubectl patch cm x -p '{"data":"a"}'`)).toEqual(['expected "data" to be an object']);
    expect(
      message(`kubectl patch cm x -p '{"data":{"a":null,"b":"x"},"binaryData":{},"metadata":{"labels":{"a":"b"}}}'`),
    ).toEqual([]);
    expect(message(`kubectl patch cm x -p '{"data":{"a":"x","b":{"c":1}}}'`)).toEqual([
      'expected a string for data.b (ConfigMap data holds strings, write "[object Object]"), found {"c":1}',
    ]);
  });
  it('checks the patch form for other objects', () => {
    expect(message(`kubectl patch svc x --type json -p '[]'`)).toEqual([]);
    expect(message(`kubectl patch svc x --type merge -p 'null'`)).toEqual(['expected a JSON object for --type merge']);
    expect(message(`kubectl patch svc x --type merge -p '[1]'`)).toEqual(['expected a JSON object for --type merge']);
    expect(message(`kubectl patch svc x -p '3'`)).toEqual(['expected a JSON object for --type strategic']);
  });
  it('reports invalid JSON with the patch and the parser’s message', () => {
    expect(message(`kubectl patch svc x -p '{'`)[0]).toMatch(/^expected valid JSON in the patch, found \{ \(.+\)$/);
  });
  it('reports each command at its first line, a command left continued at the end included', () => {
    const block = [
      `kubectl patch cm a -p '{"data":{"x":1}}'`,
      'echo \\',
      '  done',
      `kubectl patch cm b \\`,
      `  -p '{"data":{"y":2}}' \\`,
    ].join('\n');
    expect(checkPatches(block)).toEqual([
      { line: 0, message: 'expected a string for data.x (ConfigMap data holds strings, write "1"), found 1' },
      { line: 3, message: 'expected a string for data.y (ConfigMap data holds strings, write "2"), found 2' },
    ]);
  });
});
