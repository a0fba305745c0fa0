import type { Plugin } from 'vite';
import { tokenClasses } from './highlighter.ts';

const ID = 'virtual:kb-code.css';

/** Serves the token-colour stylesheet that matches rehypeCode's classes as `virtual:kb-code.css`. */
export function codeCssPlugin(): Plugin {
  return {
    name: 'kb:code-css',
    resolveId(id) {
      return id === ID ? `\0${ID}` : undefined;
    },
    async load(id) {
      return id === `\0${ID}` ? (await tokenClasses()).css : undefined;
    },
  };
}
