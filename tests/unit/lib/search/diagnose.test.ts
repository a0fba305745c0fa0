import { describe, expect, it } from 'vitest';
import {
  evidenceText,
  knownErrorLines,
  linesAbout,
  MAX_LINES,
  pasteLines,
  readPaste,
  signalTerms,
} from '../../../../src/lib/search/diagnose.ts';

const describeTail = [
  'Events:',
  '  Type     Reason                  Age   From     Message',
  '  ----     ------                  ----  ----     -------',
  '  Normal   Scheduled               2m    default-scheduler  Successfully assigned default/web-7d9f8b6c5d-x2k9p to cn-hangzhou.192.168.0.12',
  '  Warning  FailedCreatePodSandBox  2m    kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "abc": plugin type="terway" failed (add): cmdAdd: error alloc ip rpc error: code = Unknown desc = InvalidVSwitchId.IpNotEnough',
  '',
  '  Warning  FailedCreatePodSandBox  1m    kubelet  (combined from similar events): InvalidVSwitchId.IpNotEnough',
].join('\n');

const sources = [
  { id: 'vswitch-ip-exhausted', errors: ['InvalidVSwitchId.IpNotEnough', 'AllocIPFailed'] },
  { id: 'dns-resolution-fails', errors: ['no servers could be reached'] },
  { id: 'flannel-pod-cidr-exhausted', errors: ['no IP addresses available in range set'] },
];

describe('pasteLines', () => {
  it('keeps the telling lines with their numbers, drops headers, rules and blanks', () => {
    const lines = pasteLines(describeTail);
    expect(lines.map((l) => l.n)).toEqual([4, 5, 7]);
    expect(lines[1]!.text).toContain('FailedCreatePodSandBox');
    expect(lines[0]!.cleaned).not.toContain('192.168.0.12');
  });
  it('reads Windows and old Mac line ends', () => {
    expect(pasteLines('first line here\r\nsecond line here\rthird line here').map((l) => l.n)).toEqual([1, 2, 3]);
  });
  it('reads at most MAX_LINES lines', () => {
    const long = Array.from({ length: MAX_LINES + 20 }, (_, i) => `line number ${i} says timeout`).join('\n');
    const lines = pasteLines(long);
    expect(lines).toHaveLength(MAX_LINES);
    expect(lines.at(-1)!.n).toBe(MAX_LINES);
  });
  it('drops lines with too little left after clean-up', () => {
    expect(pasteLines('10.0.0.1\nabc\n2026-11-30T10:00:00Z\nreal words here')).toEqual([
      { n: 4, text: 'real words here', cleaned: 'real words here' },
    ]);
  });
});

describe('evidenceText', () => {
  it('drops table headers and keeps every other line, short counts included', () => {
    const paste = [
      'NAME                       READY   STATUS             RESTARTS        AGE',
      'coredns-6d4b75cb6d-x7k2p   0/1     CrashLoopBackOff   12 (41s ago)    38m',
      '$ kubectl get pod -A --no-headers | wc -l',
      '61',
    ].join('\n');
    expect(evidenceText(paste).split('\n')).toEqual([
      'coredns-6d4b75cb6d-x7k2p   0/1     CrashLoopBackOff   12 (41s ago)    38m',
      '$ kubectl get pod -A --no-headers | wc -l',
      '61',
    ]);
  });
  it('reads no further than the lines a diagnosis reads', () => {
    const long = Array.from({ length: MAX_LINES + 5 }, (_, i) => `line ${i + 1}`).join('\n');
    expect(evidenceText(long).split('\n')).toHaveLength(MAX_LINES);
  });
});

describe('readPaste', () => {
  it('gives the searched lines and the evidence text of one split, and says when lines were left unread', () => {
    const paste = 'NAME   READY   STATUS\n$ kubectl get pod | wc -l\n61';
    expect(readPaste(paste)).toEqual({
      lines: pasteLines(paste),
      evidence: evidenceText(paste),
      truncated: false,
    });
    expect(readPaste(Array.from({ length: MAX_LINES + 1 }, (_, i) => `line ${i}`).join('\n')).truncated).toBe(true);
    expect(readPaste(Array.from({ length: MAX_LINES }, (_, i) => `line ${i}`).join('\n')).truncated).toBe(false);
  });
});

describe('knownErrorLines', () => {
  it('lists each entry once with every line that carries its errors', () => {
    expect(knownErrorLines(pasteLines(describeTail), sources)).toEqual([
      { id: 'vswitch-ip-exhausted', error: 'InvalidVSwitchId.IpNotEnough', lines: [5, 7], score: 27 },
    ]);
  });
  it('puts the more specific match first, then the one on more lines', () => {
    const paste = ';; connection timed out; no servers could be reached\nAllocIPFailed\nAllocIPFailed again';
    expect(knownErrorLines(pasteLines(paste), sources).map((k) => [k.id, k.lines])).toEqual([
      ['dns-resolution-fails', [1]],
      ['vswitch-ip-exhausted', [2, 3]],
    ]);
  });
  it('keeps the most specific error an entry matched', () => {
    const paste = 'AllocIPFailed\nInvalidVSwitchId.IpNotEnough';
    expect(knownErrorLines(pasteLines(paste), sources)[0]).toEqual({
      id: 'vswitch-ip-exhausted',
      error: 'InvalidVSwitchId.IpNotEnough',
      lines: [1, 2],
      score: 27,
    });
  });
});

describe('signalTerms', () => {
  // How many of 10 entries use each word.
  const df = new Map([
    ['timeout', 3],
    ['coredns', 2],
    ['upstream', 1],
    ['plugin', 4],
    ['reload', 1],
    ['running', 6],
  ]);
  it('takes the entries’ words from failure lines first, rarest first, each once', () => {
    const paste =
      'plugin/reload: Running configuration\n[ERROR] plugin/errors: 2 example.com. A: read udp: i/o timeout upstream\nupstream again';
    expect(signalTerms(pasteLines(paste), df, 10)).toEqual(['upstream', 'timeout', 'plugin', 'reload']);
  });
  it('leaves out words most entries use and words no entry uses', () => {
    expect(signalTerms(pasteLines('running coredns here now'), df, 10)).toEqual(['coredns']);
  });
  it('keeps words of other scripts as rare ones and stops at the maximum', () => {
    expect(signalTerms(pasteLines('解析 失败 timeout 超时\nmore words'), df, 10, 3)).toEqual(['解析', '失败', '超时']);
  });
});

describe('linesAbout', () => {
  const lines = pasteLines('coredns pod restarted twice\nnothing related here\nupstream dns timeout');
  it('finds the lines sharing at least two words with a text', () => {
    expect(linesAbout(lines, 'CoreDNS restarted: DNS stops for a while')).toEqual([1]);
    expect(linesAbout(lines, 'upstream timeout', 1)).toEqual([3]);
  });
  it('ignores short ASCII words', () => {
    expect(linesAbout(pasteLines('a pod is up on it'), 'a pod is up on it')).toEqual([]);
  });
});
