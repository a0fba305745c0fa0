/**
 * "My cluster" answers the questions it knows: on a node that asks a cluster
 * fact (the plugin, the kube-proxy mode, …) the page goes straight on to the
 * answer for the reader's cluster, and the next page says so, with a link to
 * answer the question themselves (`?ask=1` keeps the question on screen).
 * Without JavaScript, or without a cluster, every question is asked.
 */
import { currentCluster } from '../cluster/cluster-store.ts';

/** Query parameter: the cluster facts answered from "My cluster" on the way here, comma-separated. */
export const FROM_CLUSTER = 'from-cluster';

/** Reveals the notes for answers given from "My cluster" and skips this node's question when the cluster answers it. */
export function skipKnown(doc: Document = document, loc: Location = location): void {
  const params = new URLSearchParams(loc.search);
  const from = (params.get(FROM_CLUSTER) ?? '').split(',').filter(Boolean);
  const note = doc.querySelector<HTMLElement>('[data-cluster-note]');
  if (note && from.includes(note.dataset.clusterNote!)) note.hidden = false;
  for (const badge of doc.querySelectorAll<HTMLElement>('[data-triage-path] li[data-ask] [data-cluster-badge]')) {
    if (from.includes(badge.closest<HTMLElement>('li')!.dataset.ask!)) badge.hidden = false;
  }
  const node = doc.querySelector<HTMLElement>('[data-triage-node][data-asks]');
  if (!node || params.has('ask')) return;
  const ask = node.dataset.asks!;
  const value = (currentCluster(loc.search).cluster as Record<string, string | undefined>)[ask];
  if (!value) return;
  const link = [...doc.querySelectorAll<HTMLAnchorElement>('[data-answers] a[data-when]')].find((a) => a.dataset.when === value);
  if (!link) return;
  const next = new URL(link.href);
  next.searchParams.set(FROM_CLUSTER, [...from.filter((f) => f !== ask), ask].join(','));
  loc.replace(next.href);
}
