/** Marks the entry lists of a page against the reader's cluster (see ClusterFilter.astro). */
import { currentCluster } from './cluster-store.ts';
import { markList, type VerdictStrings } from './verdicts.ts';

/** Wires one kb-cluster-filter element. */
export async function attach(host: HTMLElement): Promise<void> {
  const { cluster, source } = currentCluster();
  if (source === 'none') return;
  const strings = (await (await fetch(host.dataset.stringsUrl!)).json()) as VerdictStrings;
  const only = host.querySelector<HTMLInputElement>('[data-only]')!;
  const note = host.querySelector<HTMLElement>('[data-hidden-note]')!;
  const update = () => {
    const hidden = markList(document, cluster, strings, only.checked);
    const [one, other] = strings.hidden.includes('|') ? strings.hidden.split('|') : [strings.hidden, strings.hidden];
    note.textContent = hidden ? (hidden === 1 ? one! : other!).replace('{count}', String(hidden)) : '';
  };
  only.addEventListener('change', update);
  // Lists that render later (search results) announce themselves.
  document.addEventListener('kb:results', update);
  update();
}
