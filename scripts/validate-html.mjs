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
process.exitCode = errors ? 1 : 0;
