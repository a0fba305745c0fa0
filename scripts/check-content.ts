// Checks the content (FAQ entries and triage trees) without building the site: the same checks the
// build runs first. Usage: npm run check:content [-- <content-dir>]
import { checkTree } from '../src/lib/content-check.ts';
import { formatProblem } from '../src/lib/errors.ts';
import { siteConfig } from '../src/lib/site-config.ts';

const dir = process.argv[2] ?? siteConfig().contentDir;
const report = await checkTree(dir);
for (const p of report.problems) console.error(formatProblem(p));
const ids = new Set(report.files.map((f) => f.id));
const trees = new Set(report.triage.map((f) => f.tree));
console.log(
  `${report.files.length} file(s), ${ids.size} entr${ids.size === 1 ? 'y' : 'ies'}, ` +
    `${report.triage.length} triage node file(s) in ${trees.size} tree(s), ${report.problems.length} problem(s)`,
);
process.exitCode = report.problems.length ? 1 : 0;
