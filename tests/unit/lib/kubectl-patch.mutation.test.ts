import { describe, expect, it } from 'vitest';
import { checkPatches } from '../../../src/lib/kubectl-patch.ts';

const messages = (block: string) => checkPatches(block).map((p) => p.message);

describe('checkPatches across continued lines', () => {
  it('drops the backslash when it joins a patch split inside its JSON', () => {
    expect(messages(`kubectl patch cm x -p '{"data":\\\n{"a":1}}'`)).toEqual([
      'expected a string for data.a (ConfigMap data holds strings, write "1"), found 1',
    ]);
  });
  it('joins a continued line with one space, its indentation removed', () => {
    expect(messages(`kubectl patch svc x -p '{\\\n    "a"'`)).toEqual([
      expect.stringMatching(/^expected valid JSON in the patch, found \{ "a" \(.+\)$/),
    ]);
  });
});

describe('checkPatches spacing', () => {
  it('finds the kind after several spaces', () => {
    expect(messages(`kubectl patch  cm   x -p '{"data":{"a":1}}'`)).toEqual([
      'expected a string for data.a (ConfigMap data holds strings, write "1"), found 1',
    ]);
  });
  it('finds the patch type after several spaces', () => {
    expect(messages(`kubectl patch svc x --type  json -p '{}'`)).toEqual(['expected a JSON array of operations for --type json']);
    expect(messages(`kubectl patch svc x --type =  'merge' -p '[]'`)).toEqual(['expected a JSON object for --type merge']);
  });
  it('finds the patch body after several spaces', () => {
    expect(messages(`kubectl patch cm x -p  '{"data":{"a":1}}'`)).toEqual([
      'expected a string for data.a (ConfigMap data holds strings, write "1"), found 1',
    ]);
  });
});

describe('checkPatches of ConfigMaps', () => {
  it('accepts a patch of only the metadata or only binaryData', () => {
    expect(messages(`kubectl patch cm x -p '{"metadata":{"labels":{"a":"b"}}}'`)).toEqual([]);
    expect(messages(`kubectl patch cm x --type merge -p '{"binaryData":{"a":"YQ=="}}'`)).toEqual([]);
  });
  it('accepts string data values and reports the first value that is not a string', () => {
    expect(messages(`kubectl patch cm x -p '{"data":{"a":"1","b":false,"c":2}}'`)).toEqual([
      'expected a string for data.b (ConfigMap data holds strings, write "false"), found false',
    ]);
  });
  it('reports only the first bad operation of a json patch', () => {
    expect(
      messages(
        `kubectl patch cm x --type json -p '[{"op":"add","path":"/data/a","value":"1"},{"op":"add","path":"/data/b","value":true},{"op":"add"}]'`,
      ),
    ).toEqual(['expected a string value for /data/b (ConfigMap data holds strings), found true']);
  });
});
