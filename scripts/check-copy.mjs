// Runs ../shared/tools/copycheck.mjs over content/ and fails if it lists any
// prose copied from the source texts. Where ../shared is absent (a clone
// without the source material) it says so and passes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tool = '../shared/tools/copycheck.mjs';
if (!existsSync(tool)) {
  console.log(`check-copy: ${tool} not found; skipped (it needs ../shared beside the project)`);
  process.exit(0);
}
const run = spawnSync(process.execPath, [tool, 'content'], { encoding: 'utf8' });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
const copied = /copycheck: (\d+) copied run/.exec(run.stdout);
if (run.status !== 0 || copied) {
  console.error(`check-copy: expected no prose copied from ../shared/sources, found ${copied ? copied[1] : 'an error'}`);
  process.exit(1);
}
