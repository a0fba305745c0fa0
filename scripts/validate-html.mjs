// HTML validation over every page of the built site (html-validate, rules in
// .htmlvalidate.json). Prints each error with page, line and rule; fails on any.
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { htmlFiles } from './site-files.mjs';

const root = process.argv[2] ?? 'dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const results = [];
let files = 0;
for (const file of htmlFiles(root)) {
  files++;
  const report = await validator.validateFile(file);
  if (!report.valid) results.push(...report.results);
}
const errors = results.reduce((n, r) => n + r.errorCount, 0);
if (errors) console.error(formatterFactory('stylish')(results));
console.log(`validate-html: ${files} pages in ${root}, ${errors} error(s)`);
// 58 entries × 3 languages alone are 174 pages: fewer means the walk missed the site.
const floor = Number(process.env.KB_MIN_PAGES ?? 174);
if (files < floor) console.error(`validate-html: expected at least ${floor} pages in ${root}, found ${files}`);
process.exitCode = errors || files < floor ? 1 : 0;
