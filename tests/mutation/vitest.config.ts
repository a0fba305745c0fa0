// Vitest as StrykerJS runs it (stryker.config.mjs): the unit suite minus two files
// that cannot tell a mutant from the original code, fast files first.
import { fileURLToPath } from 'node:url';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.ts';

/** Files that check whole content trees: slow, so they run after the unit tests of each module. */
const rank = (spec: TestSpecification) =>
  spec.moduleId.includes('/tests/unit/content/') ? 2 : spec.moduleId.endsWith('/tests/unit/lib/content-check.test.ts') ? 1 : 0;

/**
 * Stryker stops a mutant's run at its first failing test. Vitest's own order
 * puts the slowest files first, so every mutant would pay for the fixture
 * trees before reaching the unit test that kills it in milliseconds.
 */
class FastFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

export default mergeConfig(
  base,
  defineConfig({
    // The config lives here; the tests are found from the project root.
    root: fileURLToPath(new URL('../..', import.meta.url)),
    test: {
      sequence: { sequencer: FastFirst },
      exclude: [
        // Runs `astro build` in child processes. Stryker switches a mutant on
        // only inside its test runner, so these builds always run the original
        // code: they can neither cover nor kill a mutant, and cost a minute.
        'tests/unit/content/build-errors.test.ts',
        // Checks content/, which authors change independently of the code:
        // incremental results would go stale, and it costs 20 s per mutant.
        // Every rule has its own fixture under tests/fixtures/content/.
        'tests/unit/content/corpus.test.ts',
      ],
    },
  }),
);
