import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

/**
 * Replaces Vite's dynamic-import preload helper (≈0.9 KB gzip, loaded on every
 * page that lazy-loads anything) with a pass-through. It only matters for
 * preloading CSS and nested chunks of lazy modules; here all CSS is global and
 * lazy modules are small, so the bytes on every first visit are not worth it.
 */
export function leanPreloadHelper(): Plugin {
  return {
    name: 'kb:lean-preload-helper',
    enforce: 'pre',
    load(id) {
      return id === HELPER ? 'export const __vitePreload = (load) => load();' : undefined;
    },
  };
}
