// Checks the content (FAQ entries and triage trees) without building the site: the same checks the
// build runs (it starts this script beside its own work, with --json).
// Usage: npm run check:content [-- <content-dir>] [--json] [--shellcheck-if-present]
//   --json                  print {"problems": [...]} on stdout instead of one line per problem
//   --shellcheck-if-present lint shell scripts only when ShellCheck is installed (the build's choice)
import { checkTree } from '../src/lib/content-check.ts';
import { formatProblem } from '../src/lib/errors.ts';
import { siteConfig } from '../src/lib/site-config.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? siteConfig().contentDir;
const report = await checkTree(dir, process.cwd(), {
  shellcheck: args.includes('--shellcheck-if-present') ? 'if-present' : 'required',
});
if (args.includes('--json')) {
  console.log(JSON.stringify({ problems: report.problems }));
} else {
  for (const p of report.problems) console.error(formatProblem(p));
  const ids = new Set(report.files.map((f) => f.id));
  const trees = new Set(report.triage.map((f) => f.tree));
  console.log(
    `${report.files.length} file(s), ${ids.size} entr${ids.size === 1 ? 'y' : 'ies'}, ` +
      `${report.triage.length} triage node file(s) in ${trees.size} tree(s), ${report.problems.length} problem(s)`,
  );
}
process.exitCode = report.problems.length ? 1 : 0;
