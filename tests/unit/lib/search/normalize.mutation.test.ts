import { describe, expect, it } from 'vitest';
import { foldWidth, stripNoise, terms } from '../../../../src/lib/search/normalize.ts';

describe('stripNoise keeps words apart', () => {
  it('leaves a space where it removed an id, so the words around it do not join', () => {
    expect(stripNoise('Event coredns-6f4b8c9d7-x2k9p.17c1a2b3c4d5e6f7 failed')).toBe('Event coredns . failed');
    expect(stripNoise('error:msg=failed')).toBe('error: failed');
  });
  it('turns escaped quotes of JSON logs into spaces', () => {
    expect(stripNoise('{\\"code\\":\\"IpNotEnough\\"}')).toBe('code : IpNotEnough');
    expect(stripNoise("it\\'s")).toBe('it s');
  });
});

describe('foldWidth and terms on ideographic spaces', () => {
  it('turns the ideographic space into a plain space that separates terms', () => {
    expect(foldWidth('网络\u3000不通')).toBe('网络 不通');
    expect(terms('网络\u3000不通')).toEqual(['网络', '不通']);
  });
});
