/** Fills an entry's applicability status from the reader's cluster. */
import { clusterToParams, offVersionSteps } from '../../lib/applicability.ts';
import type { Versions } from '../../schemas/versions.ts';
import { currentCluster } from './cluster-store.ts';
import { explain, fill, title, unchecked, verdictOf, type VerdictStrings } from './verdicts.ts';

const item = (...parts: (string | Node)[]) => {
  const li = document.createElement('li');
  li.append(...parts);
  return li;
};

/** Shows the verdict in a kb-applicability element, in the one-line verdict under the title, and on the steps it concerns. */
export async function show(host: HTMLElement): Promise<void> {
  const { cluster, source } = currentCluster();
  if (source === 'none') return;
  const strings = (await (await fetch(host.dataset.stringsUrl!)).json()) as VerdictStrings;
  const verdict = verdictOf(host, cluster);
  host.dataset.verdict = verdict.status;
  const heading = title(verdict, strings);
  host.querySelector('[data-verdict-title]')!.textContent = heading;
  // The cluster page opens with the same values the reader is looking at.
  const link = host.querySelector<HTMLAnchorElement>('[data-cluster-link]')!;
  if (source === 'link') link.search = clusterToParams(cluster).toString();

  // "Set Kubernetes version to check": each unset field links to its place in the cluster form.
  const unset = unchecked(verdict);
  const sentences = explain(verdict, strings).map((text) => item(text));
  if (unset.length) {
    const [before, after] = strings.unchecked.split('{what}') as [string, string];
    const links = unset.map((key) => {
      const a = document.createElement('a');
      a.href = new URL(`#cluster-${key}`, link.href).href;
      a.textContent = strings.fields[key]!;
      return a;
    });
    sentences[sentences.length - 1] = item(before, ...links.flatMap((a, i) => (i ? [strings.sep, a] : [a])), after);
  }
  host.querySelector('[data-verdict-reasons]')!.replaceChildren(...sentences);
  // The entry for the reader's plugin, where this one is about the other.
  host.querySelectorAll<HTMLElement>('[data-counterpart]').forEach((p) => (p.hidden = p.dataset.counterpart !== cluster.plugin));

  const line = document.querySelector<HTMLElement>('.verdict-line');
  if (line) {
    const a = document.createElement('a');
    a.href = '#verdict';
    a.textContent = heading;
    line.replaceChildren(a);
    line.dataset.verdict = verdict.status;
  }

  // Steps for other versions ("Kubernetes 1.18 and later: …" on 1.16) say so under their heading; anchors stay.
  const steps = JSON.parse(host.dataset.steps ?? '{}') as Record<string, Versions>;
  for (const off of offVersionSteps(steps, cluster)) {
    const wrap = document.getElementById(off.step)?.parentElement;
    if (!wrap) continue;
    const note = document.createElement('p');
    note.className = 'step-off muted text-sm font-semibold';
    note.textContent = fill(strings.stepOff, { component: strings.labels[off.component]!, found: off.found });
    wrap.after(note);
  }
}
