/** Closes the home page's list for the plugin the reader's cluster does not run (see PluginSections.astro). */
import { currentCluster } from '../cluster/cluster-store.ts';

/** With a plugin known, closes every other plugin's list; the lists for any plugin stay open. */
export function foldOtherPlugin(): void {
  const { plugin } = currentCluster().cluster;
  if (!plugin) return;
  for (const list of document.querySelectorAll<HTMLDetailsElement>('details[data-plugin-fold]')) {
    const of = list.dataset.pluginFold;
    if (of !== 'any' && of !== plugin) list.open = false;
  }
}
