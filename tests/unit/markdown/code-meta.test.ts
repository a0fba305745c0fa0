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
  it('reads healthy and broken as output with a verdict, and refuses both on one block', () => {
    expect(parseCodeMeta('healthy')).toEqual({ output: true, verdict: 'healthy', placeholders: [] });
    expect(parseCodeMeta('broken title="Events"')).toEqual({
      title: 'Events',
      output: true,
      verdict: 'broken',
      placeholders: [],
    });
    expect(parseCodeMeta('output broken broken')).toEqual({ output: true, verdict: 'broken', placeholders: [] });
    expect(() => parseCodeMeta('healthy broken')).toThrow('expected one of the flags healthy or broken, found both');
  });
  it('rejects unknown options and malformed placeholder names', () => {
    expect(() => parseCodeMeta('copy')).toThrow(
      'expected title="…", placeholders="name …" or one of the flags output, healthy, broken, found copy',
    );
    expect(() => parseCodeMeta('lang="x"')).toThrow('found lang="x"');
    expect(() => parseCodeMeta('placeholders="Node_Name"')).toThrow('found "Node_Name"');
  });
});

describe('parseCodeMeta details', () => {
  it('reads nothing from null, empty or blank meta', () => {
    expect(parseCodeMeta(null)).toEqual({ output: false, placeholders: [] });
    expect(parseCodeMeta('   ')).toEqual({ output: false, placeholders: [] });
  });
  it('keeps an empty title and spaces inside quotes, and splits placeholders on any run of spaces', () => {
    expect(parseCodeMeta('title=""')).toEqual({ title: '', output: false, placeholders: [] });
    expect(parseCodeMeta('  output   placeholders="  a   b-2 "  title="On the node"  ')).toEqual({
      title: 'On the node',
      output: true,
      placeholders: ['a', 'b-2'],
    });
    expect(parseCodeMeta('placeholders=""')).toEqual({ output: false, placeholders: [] });
  });
  it('lets the last title or placeholders win', () => {
    expect(parseCodeMeta('title="a" title="b" placeholders="x" placeholders="y"')).toEqual({
      title: 'b',
      output: false,
      placeholders: ['y'],
    });
  });
  it('rejects output given a value, a title without quotes and names that are not lower-case kebab', () => {
    expect(() => parseCodeMeta('output="yes"')).toThrow(
      new Error('expected title="…", placeholders="name …" or one of the flags output, healthy, broken, found output="yes"'),
    );
    expect(() => parseCodeMeta('title=x')).toThrow(
      new Error('expected title="…", placeholders="name …" or one of the flags output, healthy, broken, found title=x'),
    );
    expect(() => parseCodeMeta('outputs')).toThrow(/found outputs$/);
    for (const bad of ['pod_name', 'Pod', '1pod', 'pod-', '-pod', 'pod--name', 'pod.name']) {
      expect(() => parseCodeMeta(`placeholders="node-name ${bad}"`)).toThrow(
        new Error(`expected placeholder names in lower-case kebab-case such as "node-name", found "${bad}"`),
      );
    }
  });
});
