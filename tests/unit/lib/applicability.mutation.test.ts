import { describe, expect, it } from 'vitest';
import { evaluate, type Rules } from '../../../src/lib/applicability.ts';

const rules = (r: Partial<Rules>): Rules => ({ plugin: ['any'], versions: {}, modes: {}, ...r });

describe('evaluate a capped range with a lower bound', () => {
  const r = rules({ versions: { terway: '>=1.2.0 <1.8.0' } });
  it('rules out a version below the range instead of calling it fixed', () => {
    expect(evaluate(r, { terway: '1.0.0' })).toEqual({
      status: 'not-applicable',
      reasons: [{ kind: 'version', component: 'terway', range: '>=1.2.0 <1.8.0', found: '1.0.0' }],
    });
  });
  it('calls a version at or above the cap fixed', () => {
    expect(evaluate(r, { terway: '1.9.1' })).toEqual({
      status: 'fixed',
      reasons: [{ kind: 'fixed', component: 'terway', fixedIn: '1.8.0', found: '1.9.1' }],
    });
  });
});
