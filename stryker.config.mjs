// Mutation testing (StrykerJS): `npm run test:mutation`. See README, "Mutation testing".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // Every module of pure logic. Nothing is excluded: src/lib/faq.ts imports the
  // Astro virtual module `astro:content`, which Vitest cannot resolve, but its
  // test replaces that one import with vi.mock(), so the file still runs.
  mutate: ['src/lib/**/*.ts', 'src/markdown/**/*.ts'],
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.config.ts' },
  // Run only the tests that reach a mutant; skip mutants in module-level code
  // (constants, regex tables) that every test would have to rerun.
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  // Mutants that do not type-check are reported as compile errors, not run.
  checkers: ['typescript'],
  // Only the mutated code and what it imports: a mutant is checked in seconds, not in the whole project's time.
  tsconfigFile: 'tests/mutation/tsconfig.json',
  disableTypeChecks: 'src/**/*.ts',
  // Reuse the last results for files and tests that did not change.
  incremental: true,
  incrementalFile: 'tests/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Build output and reports are not needed in the sandbox.
  ignorePatterns: ['dist', 'dist-kb', 'dist-renamed', 'test-results', 'playwright-report', 'reports'],
  concurrency: 2,
  // `break` applies to all files together; scripts/mutation-scores.mjs (run after Stryker by
  // `npm run test:mutation`) holds every folder to it.
  thresholds: { high: 90, low: 80, break: 80 },
};
