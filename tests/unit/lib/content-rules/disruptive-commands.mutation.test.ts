// Which part of a shell line disruptive-commands reads as a comment, and where a step's warning may stand.
import { describe, expect, it } from 'vitest';
import { disruptiveCommand, disruptiveCommands } from '../../../../src/lib/content-rules/disruptive-commands.ts';
import { entry, OUTLINE } from './entry.ts';

describe('disruptiveCommand', () => {
  it('reads a # inside a word as part of the command, not as a comment', () => {
    expect(disruptiveCommand('echo a#b; kubectl delete pod x')).toBe('kubectl delete');
  });
  it('finds the command before a trailing comment', () => {
    expect(disruptiveCommand('reboot # the node comes back in a minute')).toBe('reboot');
    expect(disruptiveCommand('sudo systemctl restart kubelet # reloads the config')).toBe('systemctl restart');
  });
});

describe('disruptive-commands', () => {
  it('takes a warning on the first line of a body without headings as the warning of the block below it', () => {
    const ctx = entry(
      `> **Warning:** this reboots the node; it comes back in a minute.\n\n\`\`\`bash\nreboot\n\`\`\`\n\n${OUTLINE}`,
    );
    expect(disruptiveCommands.check(ctx)).toEqual([]);
  });
});
