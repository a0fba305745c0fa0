/**
 * Applies the reader's cluster to what a page shows: the status line on an
 * entry, and dimming (or, on request, hiding with a count) in entry lists.
 * Elements carry their entry's rules as `data-rules` (JSON of plugin,
 * versions, modes).
 */
import { evaluate, hasCluster, type Cluster, type Reason, type Rules, type Verdict } from '../../lib/applicability.ts';

/** Localized strings for verdicts (from the page, via data-*). */
export interface VerdictStrings {
  yes: string;
  no: string;
  fixed: string;
  why: Record<'plugin' | 'version' | 'fixed' | 'mode', string>;
  unchecked: string;
  labels: Record<string, string>;
  badgeNo: string;
  badgeFixed: string;
  hidden: string;
}

const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (w, k: string) => vars[k] ?? w);

/** One sentence per reason, in the page language. */
export function explain(verdict: Verdict, s: VerdictStrings): string[] {
  const label = (key: string) => s.labels[key] ?? key;
  const unknown: string[] = [];
  const out: string[] = [];
  for (const r of verdict.reasons as Reason[]) {
    if (r.kind === 'plugin') out.push(fill(s.why.plugin, { expected: r.expected.map(label).join(', '), found: label(r.found) }));
    else if (r.kind === 'version')
      out.push(fill(s.why.version, { component: label(r.component), found: r.found, range: r.range }));
    else if (r.kind === 'fixed')
      out.push(fill(s.why.fixed, { component: label(r.component), found: r.found, fixedIn: r.fixedIn }));
    else if (r.kind === 'mode')
      out.push(fill(s.why.mode, { mode: label(r.mode), expected: r.expected.map(label).join(', '), found: label(r.found) }));
    else unknown.push(label(r.what));
  }
  if (unknown.length) out.push(fill(s.unchecked, { what: unknown.join(', ') }));
  return out;
}

/** The verdict for an element's `data-rules`. */
export function verdictOf(el: HTMLElement, cluster: Cluster): Verdict {
  return evaluate(JSON.parse(el.dataset.rules!) as Rules, cluster);
}

/** Marks list items: dimmed with a label when they do not apply; hidden too when `only` is set. Returns how many were hidden. */
export function markList(root: ParentNode, cluster: Cluster, s: VerdictStrings, only: boolean): number {
  let hidden = 0;
  root.querySelectorAll<HTMLElement>('[data-rules]').forEach((item) => {
    item.querySelector('.verdict-badge')?.remove();
    const verdict = hasCluster(cluster) ? verdictOf(item, cluster) : { status: 'unset' as const, reasons: [] };
    item.dataset.verdict = verdict.status;
    const off = verdict.status === 'not-applicable' || verdict.status === 'fixed';
    item.hidden = only && off;
    if (item.hidden) hidden++;
    if (off) {
      const badge = document.createElement('span');
      badge.className = 'badge verdict-badge';
      badge.textContent = verdict.status === 'fixed' ? s.badgeFixed : s.badgeNo;
      badge.title = explain(verdict, s).join('; ');
      (item.querySelector('[data-badges]') ?? item).append(badge);
    }
  });
  return hidden;
}
