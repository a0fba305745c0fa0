/** Fills an entry's applicability status from the reader's cluster. */
import { clusterToParams } from '../../lib/applicability.ts';
import { currentCluster } from './cluster-store.ts';
import { explain, verdictOf, type VerdictStrings } from './verdicts.ts';

/** Shows the verdict in a kb-applicability element. */
export async function show(host: HTMLElement): Promise<void> {
  const { cluster, source } = currentCluster();
  if (source === 'none') return;
  const strings = (await (await fetch(host.dataset.stringsUrl!)).json()) as VerdictStrings;
  const verdict = verdictOf(host, cluster);
  host.dataset.verdict = verdict.status;
  host.querySelector('[data-verdict-title]')!.textContent =
    verdict.status === 'applies' ? strings.yes : verdict.status === 'fixed' ? strings.fixed : strings.no;
  const list = host.querySelector('[data-verdict-reasons]')!;
  list.replaceChildren(
    ...explain(verdict, strings).map((text) => {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    }),
  );
  // The cluster page opens with the same values the reader is looking at.
  const link = host.querySelector<HTMLAnchorElement>('[data-cluster-link]')!;
  if (source === 'link') link.search = clusterToParams(cluster).toString();
}
