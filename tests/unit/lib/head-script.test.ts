import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HEAD_SCRIPT, contentSecurityPolicy } from '../../../src/lib/head-script.ts';

describe('contentSecurityPolicy', () => {
  it('allows only this origin, Pagefind’s needs and the hashed head script', () => {
    const hash = createHash('sha256').update(HEAD_SCRIPT).digest('base64');
    expect(contentSecurityPolicy()).toBe(
      [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
        "style-src 'self'",
      ].join('; '),
    );
  });
});

describe('HEAD_SCRIPT', () => {
  it('looks for every cluster parameter in the query', () => {
    expect(HEAD_SCRIPT).toContain('/[?&](plugin|terway|flannel|');
  });
});
