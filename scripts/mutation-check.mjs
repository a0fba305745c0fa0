// The mutation check `npm test` runs. The committed results
// (tests/mutation/stryker-incremental.json) stand as they are when every file
// Stryker mutates and every test file they were measured with is unchanged:
// their per-folder scores are printed and held to the threshold, and nothing
// reruns. Otherwise StrykerJS runs incrementally from a copy of them, testing
// only the mutants whose code or tests changed (it still starts a dry run of
// the whole suite and a type checker, about a minute here).
// Usage: node scripts/mutation-check.mjs
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, globSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import config from '../stryker.config.mjs';
import { folderScores, printScores } from './mutation-scores.mjs';

/**
 * Why a report's results no longer describe the code, one line per reason;
 * empty when they do. A test file on disk that the report does not list is no
 * reason: a new test can only kill more mutants, so the scores read from the
 * report are the least the code now scores.
 */
export function whatChanged(report, mutated, read) {
  const reasons = [];
  for (const file of mutated) {
    const result = report.files[file];
    // Stryker lists only files it found something to mutate in: one of types alone has no results.
    if (!result) {
      if (hasRuntimeCode(read(file) ?? '')) reasons.push(`${file}: no results for this file`);
    } else if (read(file) !== result.source) reasons.push(`${file}: changed since its mutants ran`);
  }
  for (const file of Object.keys(report.files)) {
    if (!mutated.includes(file)) reasons.push(`${file}: results for a file that is no longer mutated`);
  }
  for (const [file, { source }] of Object.entries(report.testFiles ?? {})) {
    const now = read(file);
    if (now === undefined) reasons.push(`${file}: test file gone`);
    else if (now !== source) reasons.push(`${file}: test file changed`);
  }
  return reasons;
}

/** Whether TypeScript source compiles to any JavaScript (a file of types and type imports compiles to none). */
export function hasRuntimeCode(source) {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return (
    outputText
      .replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
      .replace(/export\s*\{\s*\};?/g, '')
      .trim() !== ''
  );
}

function run(command, args) {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const committed = config.incrementalFile;
  if (!existsSync(committed)) {
    console.error(
      `mutation-check: expected the committed results at ${committed}, found none (run npm run test:mutation and commit the file)`,
    );
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(committed, 'utf8'));
  const mutated = [...new Set(config.mutate.flatMap((pattern) => globSync(pattern)))].sort();
  const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  const reasons = whatChanged(report, mutated, read);
  let scores;
  if (reasons.length === 0) {
    console.log(
      `mutation-check: ${committed} is current for all ${mutated.length} mutated files and their tests; scores from it:`,
    );
    scores = folderScores(report);
  } else {
    console.log(`mutation-check: rerunning what changed since ${committed}:\n  ${reasons.join('\n  ')}`);
    const copy = join('reports', 'mutation', 'incremental.json');
    mkdirSync(join('reports', 'mutation'), { recursive: true });
    copyFileSync(committed, copy);
    run(process.execPath, [
      'node_modules/@stryker-mutator/core/bin/stryker.js',
      'run',
      '--incrementalFile',
      copy,
      '--reporters',
      'json',
    ]);
    scores = folderScores(JSON.parse(readFileSync(config.jsonReporter.fileName, 'utf8')));
  }
  process.exit(printScores(scores, config.thresholds.break) ? 0 : 1);
}
