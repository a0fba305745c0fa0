import { describe, expect, it, vi } from 'vitest';
import type { FaqEntry } from '../../../src/lib/faq.ts';

// faq.ts imports Astro's virtual collection module; aliasRoutes never calls it.
vi.mock('astro:content', () => ({ getCollection: async () => [] }));
const { aliasRoutes } = await import('../../../src/lib/redirects.ts');

const entry = (id: string, aliases: string[]) => ({ id, data: { aliases } }) as unknown as FaqEntry;

describe('aliasRoutes', () => {
  it('maps every alias of the English entries to the entry id', () => {
    expect(
      aliasRoutes([
        entry('zh/new-name', ['zh-only-alias']),
        entry('en/new-name', ['old-name', 'older-name']),
        entry('ja/new-name', ['ja-only-alias']),
        entry('en/other', []),
        entry('en/third', ['gone']),
      ]),
    ).toEqual([
      { alias: 'old-name', target: 'new-name' },
      { alias: 'older-name', target: 'new-name' },
      { alias: 'gone', target: 'third' },
    ]);
  });
  it('returns no routes without English entries', () => {
    expect(aliasRoutes([entry('zh/x', ['y'])])).toEqual([]);
  });
});
