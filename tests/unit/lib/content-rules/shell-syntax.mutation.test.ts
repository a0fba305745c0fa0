import { describe, expect, it } from 'vitest';
import { shellSyntax } from '../../../../src/lib/content-rules/shell-syntax.ts';
import { entry, frontmatterLines, OUTLINE } from './entry.ts';

/** File line of the n-th line after the outline in an entry written by `entry()`. */
const at = (n: number) => frontmatterLines() + 2 + OUTLINE.split('\n').length + n;

describe('shell-syntax', () => {
  it('quotes the parser’s message at the line it names', async () => {
    const ctx = entry(`${OUTLINE}\n\`\`\`bash\necho ok\necho )\n\`\`\``);
    expect(await shellSyntax.check(ctx)).toEqual([
      {
        line: at(3),
        message:
          'expected a command bash can parse, found a syntax error: a command can only contain words and redirects; encountered `)`',
      },
    ]);
  });
  it('reports an error the parser gives without a position (it is in the text) at the first line of the block', async () => {
    const ctx = entry(`${OUTLINE}\n\`\`\`shell\necho ok\necho \${(f)a}\n\`\`\``);
    expect(await shellSyntax.check(ctx)).toEqual([
      {
        line: at(2),
        message:
          'expected a command bash can parse, found a syntax error: SyntaxError: 2:6: parameter expansion flags are a zsh feature; tried parsing as bash',
      },
    ]);
  });
});
