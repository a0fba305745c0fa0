/**
 * Applies the reader's cluster to what a page shows: the status line on an
 * entry, and dimming (or, on request, hiding with a count) in entry lists.
 * Elements carry their entry's rules as `data-rules` (JSON of plugin,
 * versions, modes).
 */
import { evaluate, hasCluster, type Cluster, type ClusterKey, type Rules, type Verdict } from '../../lib/applicability.ts';
import { describeRange, type RangeWords } from '../../lib/versions.ts';

/** Localized strings for verdicts (from `/{lang}/verdict-strings.json`). */
export interface VerdictStrings {
  yes: string;
  no: string;
  fixed: string;
  maybe: string;
  why: Record<'plugin' | 'version' | 'fixed' | 'mode', string>;
  unchecked: string;
  /** Between the items of a list (", ", "、"). */
  sep: string;
  stepOff: string;
  /** Names of plugins, versioned components (products) and mode values. */
  labels: Record<string, string>;
  /** Names of the cluster form's fields ("Flannel version", "IP family"). */
  fields: Record<string, string>;
  range: RangeWords;
  badgeNo: string;
  badgeFixed: string;
  hidden: string;
}

/** Fills `{name}` placeholders. */
export const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (w, k: string) => vars[k] ?? w);

/** The unset fields a "may apply" verdict asks for, in order. */
export const unchecked = (verdict: Verdict): ClusterKey[] =>
  verdict.reasons.flatMap((r) => (r.kind === 'unknown' ? [r.what] : []));

/** One sentence per reason, in the page language. */
export function explain(verdict: Verdict, s: VerdictStrings): string[] {
  const label = (key: string) => s.labels[key] ?? key;
  const out: string[] = [];
  for (const r of verdict.reasons) {
    if (r.kind === 'plugin') out.push(fill(s.why.plugin, { expected: r.expected.map(label).join(s.sep), found: label(r.found) }));
    else if (r.kind === 'version')
      out.push(fill(s.why.version, { component: label(r.component), found: r.found, range: describeRange(r.range, s.range) }));
    else if (r.kind === 'fixed')
      out.push(fill(s.why.fixed, { component: label(r.component), found: r.found, fixedIn: r.fixedIn }));
    else if (r.kind === 'mode')
      out.push(fill(s.why.mode, { mode: s.fields[r.mode]!, expected: r.expected.map(label).join(s.sep), found: label(r.found) }));
  }
  const unset = unchecked(verdict);
  if (unset.length) out.push(fill(s.unchecked, { what: unset.map((k) => s.fields[k]).join(s.sep) }));
  return out;
}

/** The verdict's heading: applies, may apply, fixed or does not apply. */
export function title(verdict: Verdict, s: VerdictStrings): string {
  return { applies: s.yes, maybe: s.maybe, fixed: s.fixed, 'not-applicable': s.no, unset: '' }[verdict.status];
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
