import { copiedText, isInput, shellLanguages } from './document.ts';
import { isWarningLine, labelExample } from './labels.ts';
import type { BodyRule, RuleProblem } from './types.ts';

const KUBECTL = String.raw`\bkubectl(?:\s+(?:-n\s+\S+|--namespace[= ]\S+|--context[= ]\S+))*\s+`;

/** Commands that stop, remove or restart something a cluster is running, with what they are called in messages. */
export const disruptivePatterns: readonly { re: RegExp; name: string }[] = [
  { re: new RegExp(`${KUBECTL}(delete|drain|cordon|scale|replace)\\b`), name: 'kubectl $1' },
  { re: new RegExp(`${KUBECTL}rollout\\s+restart\\b`), name: 'kubectl rollout restart' },
  { re: /(?:^|[;&|(]\s*|\bsudo\s+)(reboot|shutdown)\b/, name: '$1' },
  { re: /\bsystemctl\s+(restart|stop|reboot)\b/, name: 'systemctl $1' },
  { re: /\b(iptables|ip6tables)\b.*\s(-[FDX]|--flush|--delete|--delete-chain)\b/, name: '$1 $2' },
  { re: /\bip\s+link\s+(del|delete)\b/, name: 'ip link $1' },
  { re: /(?:^|[;&|(]\s*|\bsudo\s+|\bxargs\s+)rm\s/, name: 'rm' },
];

/** The disruptive command a line runs, if any. */
export function disruptiveCommand(line: string): string | undefined {
  const code = line.replace(/(^|\s)#.*$/, '');
  for (const { re, name } of disruptivePatterns) {
    const m = re.exec(code);
    if (m) return name.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? '');
  }
  return undefined;
}

/**
 * A step that runs a disruptive command warns first: a labelled warning
 * blockquote in the same section or step, above the block, saying what it
 * disrupts and how to undo it.
 */
export const disruptiveCommands: BodyRule = {
  id: 'disruptive-commands',
  description: 'Disruptive commands (delete, drain, restart, reboot, flush, rm…) follow a labelled warning in their step.',
  check({ locale, blocks, prose }) {
    const problems: RuleProblem[] = [];
    for (const block of blocks) {
      if (!shellLanguages.has(block.lang) || !isInput(block)) continue;
      const warned = prose.some((p) => p.line >= block.regionStart && p.line < block.line && isWarningLine(locale, p.text));
      if (warned) continue;
      const { text, lines } = copiedText(block);
      const split = text.split('\n');
      for (let i = 0; i < split.length; i++) {
        const name = disruptiveCommand(split[i]!);
        if (!name) continue;
        problems.push({
          line: lines[i],
          message: `expected a labelled warning (${labelExample(locale, 'warning')}) above this block in the same step, saying what "${name}" disrupts and how to undo it, found none`,
        });
        break;
      }
    }
    return problems;
  },
};
