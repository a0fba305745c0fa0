// Runs ../shared/tools/copycheck.mjs over content/ and fails if it lists any
// prose copied from the source texts. Without ../shared (and its sources) it
// fails too: a check that could not run has not passed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tool = process.env.KB_COPYCHECK ?? '../shared/tools/copycheck.mjs';
const sources = process.env.KB_SOURCES ?? '../shared/sources';
for (const needed of [tool, sources]) {
  if (!existsSync(needed)) {
    console.error(`check-copy: expected ${needed} (../shared beside the project), found nothing; the copy check cannot run`);
    process.exit(1);
  }
}
const run = spawnSync(process.execPath, [tool, 'content'], { encoding: 'utf8' });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
const copied = /copycheck: (\d+) copied run/.exec(run.stdout);
if (run.status !== 0 || copied) {
  console.error(`check-copy: expected no prose copied from ../shared/sources, found ${copied ? copied[1] : 'an error'}`);
  process.exit(1);
}
