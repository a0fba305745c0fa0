import { copiedText, isInput } from './document.ts';
import type { BodyRule, RuleProblem } from './types.ts';

/**
 * Directives and properties current CoreDNS refuses, with the release that
 * removed them (CoreDNS release notes, notes/coredns-*.md). A Corefile that
 * uses one fails to load: the reload keeps the old config and restarted pods
 * crash-loop.
 */
export const removedCorefileWords: Readonly<Record<string, string>> = {
  upstream: 'the kubernetes plugin option removed in CoreDNS 1.7.0',
  resyncperiod: 'the kubernetes plugin option removed in CoreDNS 1.7.0',
  federation: 'the plugin removed in CoreDNS 1.7.0',
  proxy: 'the plugin moved out of CoreDNS in 1.5.0; use forward',
};

const WORD_RE = new RegExp(`^\\s*(${Object.keys(removedCorefileWords).join('|')})(?=\\s|$|\\{)`);

/** A block holds Corefile text: a coredns ConfigMap, a `Corefile:` key, or a title naming it. */
function holdsCorefile(title: string | undefined, text: string): boolean {
  return /corefile|coredns/i.test(title ?? '') || /^\s*Corefile:\s*\|/m.test(text);
}

/** Corefiles offered to copy use only directives current CoreDNS accepts. */
export const corefile: BodyRule = {
  id: 'corefile',
  description: 'Corefiles use no directive or property that current CoreDNS rejects (upstream, proxy, resyncperiod, federation).',
  check({ blocks }) {
    const problems: RuleProblem[] = [];
    for (const block of blocks) {
      if (!isInput(block) || !['yaml', 'text', 'ini', 'toml', 'diff'].includes(block.lang)) continue;
      const { text, lines } = copiedText(block);
      if (!holdsCorefile(block.meta?.title, text)) continue;
      text.split('\n').forEach((line, i) => {
        const word = WORD_RE.exec(line)?.[1];
        if (word) {
          problems.push({
            line: lines[i],
            message: `expected Corefile lines current CoreDNS accepts, found "${word}" (${removedCorefileWords[word]}; a Corefile with it fails to load)`,
          });
        }
      });
    }
    return problems;
  },
};
