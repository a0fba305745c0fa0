import { describe, expect, it } from 'vitest';
import { leanPreloadHelper } from '../../../src/lib/vite-lean-preload.ts';

describe('leanPreloadHelper', () => {
  const plugin = leanPreloadHelper();
  const load = plugin.load as (id: string) => string | undefined;

  it('runs before Vite’s own plugins under its own name', () => {
    expect(plugin.name).toBe('kb:lean-preload-helper');
    expect(plugin.enforce).toBe('pre');
  });
  it('replaces the preload helper with a pass-through and leaves other modules alone', () => {
    expect(load('\0vite/preload-helper.js')).toBe('export const __vitePreload = (load) => load();');
    expect(load('vite/preload-helper.js')).toBeUndefined();
    expect(load('/src/main.ts')).toBeUndefined();
  });
});
