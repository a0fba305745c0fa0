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
