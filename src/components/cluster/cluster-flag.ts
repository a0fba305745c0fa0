/**
 * True when the page may have a cluster to show: the head script in
 * Base.astro has already looked (storage and link) before first paint. Kept
 * apart from cluster-store.ts so pages can ask without loading anything else.
 */
export function mayHaveCluster(): boolean {
  return document.documentElement.classList.contains('has-cluster');
}
