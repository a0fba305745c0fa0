// Vitest as StrykerJS runs it (stryker.config.mjs): the unit suite minus two files
// that cannot tell a mutant from the original code.
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.ts';

export default mergeConfig(
  base,
  defineConfig({
    // The config lives here; the tests are found from the project root.
    root: fileURLToPath(new URL('../..', import.meta.url)),
    test: {
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
