import { describe, expect, it } from 'vitest';
import { parseCodeMeta } from '../../../src/markdown/code-meta.ts';

describe('parseCodeMeta', () => {
  it('reads a title, the output flag and placeholders', () => {
    expect(parseCodeMeta('title="ConfigMap kube-system/eni-config" placeholders="node-name pod-name"')).toEqual({
      title: 'ConfigMap kube-system/eni-config',
      output: false,
      placeholders: ['node-name', 'pod-name'],
    });
    expect(parseCodeMeta('output')).toEqual({ output: true, placeholders: [] });
    expect(parseCodeMeta(undefined)).toEqual({ output: false, placeholders: [] });
  });
  it('rejects unknown options and malformed placeholder names', () => {
    expect(() => parseCodeMeta('copy')).toThrow('expected title="…", placeholders="name …" or the flag output, found copy');
    expect(() => parseCodeMeta('lang="x"')).toThrow('found lang="x"');
    expect(() => parseCodeMeta('placeholders="Node_Name"')).toThrow('found "Node_Name"');
  });
});
