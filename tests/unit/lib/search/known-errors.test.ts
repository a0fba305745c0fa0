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
