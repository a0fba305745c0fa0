import { describe, expect, it } from 'vitest';
import { errorsComparedWith, matchKnownErrors } from '../../../../src/lib/search/known-errors.ts';
import { squash, stripNoise } from '../../../../src/lib/search/normalize.ts';

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
  it('does not call a part shorter than eight letters a known error, even one across words', () => {
    expect(matchKnownErrors('no route', [{ id: 'x', errors: ['no route to host'] }])).toEqual([]);
    expect(matchKnownErrors('no route to', [{ id: 'x', errors: ['no route to host'] }])).toEqual([
      { id: 'x', error: 'no route to host', score: 'norouteto'.length * 0.9 },
    ]);
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

describe('matchKnownErrors, looking errors up instead of scanning them', () => {
  // The matcher as it was before errors were filed: every error compared with the query.
  const scan = (query: string, list: { id: string; errors: string[] }[]) => {
    const q = squash(stripNoise(query));
    if (q.length < 4) return [];
    const best = new Map<string, { id: string; error: string; score: number }>();
    for (const { id, errors } of list)
      for (const error of errors) {
        const plain = stripNoise(error);
        const e = squash(plain);
        if (e.length < 4) continue;
        const words = plain.split(' ').map(squash);
        let score = 0;
        if (q.includes(e)) score = e.length;
        else if (q.length >= 8 && e.includes(q) && !(words.length > 1 && words.some((w) => w.includes(q))))
          score = q.length * 0.9;
        if (score > (best.get(id)?.score ?? 0)) best.set(id, { id, error, score });
      }
    return [...best.values()].sort((a, b) => b.score - a.score);
  };
  const many = [
    ...sources.map((s) => ({ ...s, errors: [...s.errors] })),
    // Same error in two entries, errors sharing their first letters, equal lengths in one entry, other scripts.
    { id: 'twin', errors: ['no IP addresses available in range set'] },
    { id: 'prefixes', errors: ['failed to allocate', 'failed to add route', 'failed to add', 'eniip', 'abc'] },
    { id: 'equal', errors: ['conntrack table full', 'nf_conntrack: table full, dropping packet'] },
    { id: 'cjk', errors: ['未找到可用的交换机', '交换机IP不足'] },
  ];
  const queries = [
    ...many.flatMap((s) => s.errors),
    'failed to add route 10.0.0.0/8 via eth0: failed to allocate for range 0',
    'nf_conntrack: table full, dropping packet. conntrack table full',
    'addresses available in range',
    'available in range set',
    'IP不足',
    '创建失败：交换机IP不足，未找到可用的交换机',
    'route',
    'failed',
    'to add',
  ];
  it.each(queries)('finds what a scan of every error finds for %j', (q) => {
    expect(matchKnownErrors(q, many)).toEqual(scan(q, many));
  });
  it('finds an error at the very end of a query, and one that is the whole query', () => {
    expect(matchKnownErrors('retrying: eniip', many).map((m) => m.error)).toEqual(['eniip']);
    expect(matchKnownErrors('failed to add', many).map((m) => m.error)).toEqual(['failed to add']);
  });
});

describe('errorsComparedWith', () => {
  // A new list each time: the matcher keeps the table it builds for a list, and each test must build its own.
  const table = () => [
    { id: 'a', errors: ['no route to host', 'connection refused'] },
    { id: 'b', errors: ['failed to allocate for range 0: no IP addresses available in range set', 'abc'] },
    { id: 'c', errors: ['route table full', 'refused by policy'] },
  ];
  it('compares a line longer than any error only with the errors that start somewhere in it', () => {
    expect(
      errorsComparedWith('dial tcp 10.0.0.1:80: connect: connection refused, retrying the request to the API server', table()),
    ).toEqual(['connection refused', 'refused by policy']);
    expect(errorsComparedWith('ping: no route to host; route table full, and again for every later packet', table())).toEqual([
      'no route to host',
      'route table full',
    ]);
  });
  it('adds, for a query a partial match could come from, the errors that hold its first letters and are at least as long', () => {
    expect(errorsComparedWith('addresses available', table())).toEqual([
      'failed to allocate for range 0: no IP addresses available in range set',
    ]);
    // Neither starts in "outetohost"; both hold "oute" and are long enough.
    expect(errorsComparedWith('oute to host', table())).toEqual(['no route to host', 'route table full']);
    // 14 letters: "no route to host" (13) holds "oute" but is too short to hold the query.
    expect(errorsComparedWith('oute table fulls', table())).toEqual(['route table full']);
    // The last eight letters of an error: the latest place a partial match can start.
    // Its last letters begin no partial match long enough: "olicy and more" is not compared with it.
    expect(errorsComparedWith('olicy and more', table())).toEqual([]);
    expect(errorsComparedWith('by policy', table())).toEqual(['refused by policy']);
    expect(matchKnownErrors('by policy', table())).toEqual([
      { id: 'c', error: 'refused by policy', score: 'bypolicy'.length * 0.9 },
    ]);
    // Long enough, but without the query's first letters: not compared.
    expect(errorsComparedWith('xyzw to host', table())).toEqual([]);
  });
  it('compares a query too short for a partial match only with errors starting in it, and one shorter than four letters with none', () => {
    expect(errorsComparedWith('refused', table())).toEqual(['refused by policy']);
    expect(errorsComparedWith('abc', table())).toEqual([]);
    expect(errorsComparedWith('routes', table())).toEqual(['route table full']);
  });
});

describe('matchKnownErrors, ties and order', () => {
  it('keeps, of two errors of one entry that match equally, the one it lists first, wherever each stands in the query', () => {
    const tie = [{ id: 't', errors: ['bbbb cccc', 'aaaa dddd'] }];
    expect(matchKnownErrors('aaaa dddd then bbbb cccc', tie).map((m) => m.error)).toEqual(['bbbb cccc']);
  });
  it('finds a partial match in a long error listed after shorter ones', () => {
    const list = [{ id: 's', errors: ['short one', 'eni quota exceeded for this instance type'] }];
    expect(matchKnownErrors('quota exceeded for this', list)).toEqual([
      { id: 's', error: 'eni quota exceeded for this instance type', score: 'quotaexceededforthis'.length * 0.9 },
    ]);
  });
});
