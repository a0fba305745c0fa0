/**
 * The reader's cluster, for ranking: loaded only when they described one (the
 * head script marks `<html class="has-cluster">`), so the cluster code never
 * loads for readers who did not.
 */
export async function readerCluster(): Promise<{ plugin?: string }> {
  if (!document.documentElement.classList.contains('has-cluster')) return {};
  const { currentCluster } = await import('../cluster/cluster-store.ts');
  return currentCluster().cluster;
}
