// Prints the mutation score of each folder StrykerJS mutates and fails when one
// is under the break threshold (stryker.config.mjs holds the threshold; Stryker
// itself only checks the score of all files together).
// Usage: node scripts/mutation-scores.mjs [reports/mutation/mutation.json]
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import config from '../stryker.config.mjs';

const KILLED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

/** Score per folder (killed + timed out over everything a test could have caught), sorted by folder. */
export function folderScores(report) {
  const folders = new Map();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const f = folders.get(dirname(file)) ?? { killed: 0, counted: 0 };
    for (const { status } of mutants) {
      if (KILLED.has(status)) f.killed++;
      if (COUNTED.has(status)) f.counted++;
    }
    folders.set(dirname(file), f);
  }
  return [...folders]
    .map(([folder, { killed, counted }]) => ({ folder, killed, counted, score: counted ? (killed / counted) * 100 : 100 }))
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

/** Prints each folder's score; false when one is under the floor (each named on stderr). */
export function printScores(scores, floor) {
  for (const s of scores)
    console.log(`${s.folder.padEnd(24)} ${s.score.toFixed(1).padStart(5)}%  (${s.killed} of ${s.counted} mutants killed)`);
  const low = scores.filter((s) => s.score < floor);
  for (const s of low) console.error(`mutation-scores: expected ${s.folder} at ${floor}% or more, found ${s.score.toFixed(1)}%`);
  return low.length === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2] ?? config.jsonReporter.fileName;
  process.exit(printScores(folderScores(JSON.parse(readFileSync(path, 'utf8'))), config.thresholds.break) ? 0 : 1);
}
