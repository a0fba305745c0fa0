/**
 * Where the reader's cluster lives: localStorage for the one they saved,
 * sessionStorage for one that came in a link (it lasts for the visit and
 * never overwrites theirs). Nothing leaves the browser.
 */
import { clusterFromParams, hasCluster, type Cluster } from '../../lib/applicability.ts';

const SAVED = 'kb-cluster';
const FROM_LINK = 'kb-cluster-link';

function read(storage: Storage, key: string): Cluster | null {
  try {
    const raw = storage.getItem(key);
    return raw ? (JSON.parse(raw) as Cluster) : null;
  } catch {
    return null;
  }
}

/** The cluster in force for this page, and where it came from. */
export function currentCluster(search = location.search): { cluster: Cluster; source: 'link' | 'saved' | 'none' } {
  const fromUrl = clusterFromParams(new URLSearchParams(search));
  if (hasCluster(fromUrl)) {
    try {
      sessionStorage.setItem(FROM_LINK, JSON.stringify(fromUrl));
    } catch {
      // Storage blocked: the link's values hold for this page only.
    }
    return { cluster: fromUrl, source: 'link' };
  }
  const linked = read(sessionStorage, FROM_LINK);
  if (linked && hasCluster(linked)) return { cluster: linked, source: 'link' };
  const saved = read(localStorage, SAVED);
  if (saved && hasCluster(saved)) return { cluster: saved, source: 'saved' };
  return { cluster: {}, source: 'none' };
}

/** Saves the reader's cluster (and drops any link-provided one). */
export function saveCluster(cluster: Cluster): void {
  try {
    sessionStorage.removeItem(FROM_LINK);
    if (hasCluster(cluster)) localStorage.setItem(SAVED, JSON.stringify(cluster));
    else localStorage.removeItem(SAVED);
  } catch {
    // Storage blocked: nothing to keep.
  }
}

/** Forgets both the saved and the link-provided cluster. */
export function clearCluster(): void {
  try {
    sessionStorage.removeItem(FROM_LINK);
    localStorage.removeItem(SAVED);
  } catch {
    // Storage blocked: nothing was kept.
  }
}
