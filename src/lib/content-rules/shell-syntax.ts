import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getProcessor, LangVariant } from 'sh-syntax';
import { copiedText, fillPlaceholders, isInput, shellLanguages } from './document.ts';
import type { BodyRule, RuleProblem } from './types.ts';

interface ShellSyntaxError {
  Text?: string;
  Pos?: { Line?: number };
}

/**
 * sh-syntax's parser with its WebAssembly module compiled once per process: its own `parse`
 * compiles the module again for every script (about 9 ms each); a fresh instance of a compiled
 * module per script costs well under a millisecond.
 */
let compiled: WebAssembly.Module | undefined;
const parse = getProcessor((imports) => {
  compiled ??= new WebAssembly.Module(readFileSync(createRequire(import.meta.url).resolve('sh-syntax/main.wasm')));
  return WebAssembly.instantiate(compiled, imports);
});

/**
 * The parser's verdict on a script, once per distinct text in a process: the three languages
 * of an entry share their commands, so the corpus' 1,194 shell blocks hold only 284 different scripts.
 */
const verdicts = new Map<string, Promise<ShellSyntaxError | undefined>>();
function verdict(script: string): Promise<ShellSyntaxError | undefined> {
  let found = verdicts.get(script);
  // Stryker disable next-line ConditionalExpression: parsing every time gives the same verdicts, only slower.
  if (!found) {
    // Stryker disable next-line ObjectLiteral: sh-syntax parses as bash when given no variant, so {} behaves the same.
    found = parse(script, { variant: LangVariant.LangBash }).then(
      () => undefined,
      (error: unknown) => error as ShellSyntaxError,
    );
    // Stryker disable next-line all: without the cache every parse gives the same verdict, only slower.
    verdicts.set(script, found);
  }
  return found;
}

/** Shell blocks parse with a real bash parser (mvdan/sh), placeholders filled, as the reader pastes them. */
export const shellSyntax: BodyRule = {
  id: 'shell-syntax',
  description: 'bash/shell blocks parse with a real shell parser (mvdan/sh) once placeholders are filled.',
  async check({ blocks }) {
    const problems: RuleProblem[] = [];
    for (const block of blocks) {
      if (!shellLanguages.has(block.lang) || !isInput(block)) continue;
      const { text, lines } = copiedText(block);
      const e = await verdict(fillPlaceholders(text));
      if (e) {
        const row = (e.Pos?.Line ?? 1) - 1;
        problems.push({
          line: lines[row] ?? block.line,
          message: `expected a command bash can parse, found a syntax error: ${e.Text ?? String(e)}`,
        });
      }
    }
    return problems;
  },
};
