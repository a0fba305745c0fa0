import { describe, expect, it } from 'vitest';
import { matchKnownErrors } from '../../../../src/lib/search/known-errors.ts';

const sources = [
  {
    id: 'vswitch-ip-exhausted',
    errors: ['InvalidVSwitchId.IpNotEnough', 'Assign private ip address failed', 'has not enough IpAddress'],
  },
  { id: 'flannel-ip-leak', errors: ['failed to allocate for range 0: no IP addresses available in range set'] },
  { id: 'flannel-pod-cidr-exhausted', errors: ['no IP addresses available in range set'] },
  { id: 'mac', errors: ["failed to do add; error parse config, can't found dev by mac 00:16:3e:xx:xx:xx: not found"] },
];

describe('matchKnownErrors', () => {
  it('finds a known error inside a pasted line with the reader’s own ids', () => {
    const line =
      'level=warning msg="Assign private ip address failed: ... Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-uf6q1w2e3r4t5y\\" has not enough IpAddress."';
    expect(matchKnownErrors(line, sources)[0]?.id).toBe('vswitch-ip-exhausted');
  });
  it.each(['InvalidVSwitchId.IpNotEnough', 'IpNotEnough', 'ip not enough', 'IP NOT ENOUGH'])(
    'matches the error code written as %j',
    (q) => {
      expect(matchKnownErrors(q, sources).map((m) => m.id)).toEqual(['vswitch-ip-exhausted']);
    },
  );
  it('matches an error with a masked MAC against a real one', () => {
    expect(matchKnownErrors("can't found dev by mac 00:16:3e:0a:1b:2c: not found", sources)[0]?.id).toBe('mac');
  });
  it('ranks the more specific error first when two entries share words', () => {
    const ids = matchKnownErrors(
      'failed to allocate for range 0: no IP addresses available in range set: 10.1.0.1-10.1.0.254',
      sources,
    ).map((m) => m.id);
    expect(ids).toEqual(['flannel-ip-leak', 'flannel-pod-cidr-exhausted']);
  });
  it('does not call a vague word a known error', () => {
    expect(matchKnownErrors('failed', sources)).toEqual([]);
    expect(matchKnownErrors('ip', sources)).toEqual([]);
  });
});

describe('matchKnownErrors scores', () => {
  it('scores a whole error found in the query by its squashed length', () => {
    expect(matchKnownErrors('Code: InvalidVSwitchId.IpNotEnough', sources)).toEqual([
      { id: 'vswitch-ip-exhausted', error: 'InvalidVSwitchId.IpNotEnough', score: 'invalidvswitchidipnotenough'.length },
    ]);
  });
  it('matches a four-character error exactly, and nothing shorter', () => {
    const short = [
      { id: 'ipvs', errors: ['IPVS'] },
      { id: 'dns', errors: ['DNS'] },
    ];
    expect(matchKnownErrors('ipvs', short)).toEqual([{ id: 'ipvs', error: 'IPVS', score: 4 }]);
    expect(matchKnownErrors('dns timeout', short)).toEqual([]);
  });
  it('scores a query found inside an error at 0.9 of its length, from eight characters on', () => {
    const long = [{ id: 'leak', errors: ['no IP addresses available in range set'] }];
    expect(matchKnownErrors('ip addres', long)).toEqual([
      { id: 'leak', error: 'no IP addresses available in range set', score: 8 * 0.9 },
    ]);
    expect(matchKnownErrors('ip addre', long)).toEqual([]);
  });
  it('keeps the first of two equally good errors of an entry, and the best per entry', () => {
    const twins = [{ id: 'x', errors: ['alpha beta', 'ALPHA-BETA', 'alpha'] }];
    expect(matchKnownErrors('alpha beta', twins)).toEqual([{ id: 'x', error: 'alpha beta', score: 9 }]);
  });
  it('sorts entries by score, most specific first', () => {
    const two = [
      { id: 'short', errors: ['timeout'] },
      { id: 'long', errors: ['i/o timeout'] },
    ];
    expect(matchKnownErrors('dial tcp: i/o timeout', two)).toEqual([
      { id: 'long', error: 'i/o timeout', score: 9 },
      { id: 'short', error: 'timeout', score: 7 },
    ]);
  });
});

describe('matchKnownErrors and errors of several words', () => {
  const several = [
    { id: 'conntrack-table-full', errors: ['conntrack full', 'nf_conntrack: table full, dropping packet'] },
    { id: 'timeouts', errors: ['Connection timed out'] },
    { id: 'code', errors: ['InvalidVSwitchId.IpNotEnough'] },
  ];
  it('does not call one word of a several-word error a known error', () => {
    expect(matchKnownErrors('conntrack', several)).toEqual([]);
    expect(matchKnownErrors('nf_conntrack', several)).toEqual([]);
    expect(matchKnownErrors('connection', several)).toEqual([]);
    expect(matchKnownErrors('Connectio', several)).toEqual([]);
  });
  it('matches a part that reaches over two of its words, or the whole error', () => {
    expect(matchKnownErrors('conntrack full', several)).toEqual([
      { id: 'conntrack-table-full', error: 'conntrack full', score: 'conntrackfull'.length },
    ]);
    expect(matchKnownErrors('table full', several)).toEqual([
      { id: 'conntrack-table-full', error: 'nf_conntrack: table full, dropping packet', score: 'tablefull'.length * 0.9 },
    ]);
    expect(matchKnownErrors('connection timed', several)).toEqual([
      { id: 'timeouts', error: 'Connection timed out', score: 'connectiontimed'.length * 0.9 },
    ]);
  });
  it('still matches a part of a one-word error code', () => {
    expect(matchKnownErrors('IpNotEnough', several)).toEqual([
      { id: 'code', error: 'InvalidVSwitchId.IpNotEnough', score: 'ipnotenough'.length * 0.9 },
    ]);
  });
});
