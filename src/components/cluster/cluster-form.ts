/**
 * The "my cluster" form: fills from the link or the saved cluster, saves on
 * every change (in this browser only), validates versions, copies a link
 * that carries the values, and forgets them on request.
 */
import { clusterParams, clusterToParams, type Cluster } from '../../lib/applicability.ts';
import { parseVersion } from '../../lib/versions.ts';
import { versionedComponents } from '../../schemas/versioned-components.ts';
import { clearCluster, currentCluster, saveCluster } from './cluster-store.ts';

export class ClusterFormElement extends HTMLElement {
  connectedCallback() {
    const strings = JSON.parse(this.dataset.strings!) as { invalid: string; copied: string; saved: string };
    const form = this.querySelector<HTMLFormElement>('[data-form]')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const linkNote = this.querySelector<HTMLElement>('[data-link-note]')!;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    const { cluster, source } = currentCluster();
    for (const key of clusterParams) field(key).value = (cluster as Record<string, string | undefined>)[key] ?? '';
    linkNote.hidden = source !== 'link';

    const read = (): Cluster => {
      const out: Record<string, string> = {};
      for (const key of clusterParams) {
        const value = field(key).value.trim();
        const error = this.querySelector<HTMLElement>(`[data-error-for="${key}"]`);
        const bad = (versionedComponents as readonly string[]).includes(key) && value !== '' && !parseVersion(value);
        if (error) {
          error.hidden = !bad;
          error.textContent = bad ? strings.invalid.replace('{value}', value) : '';
          field(key).setAttribute('aria-invalid', String(bad));
        }
        if (value && !bad) out[key] = value;
      }
      return out as Cluster;
    };
    const save = () => {
      saveCluster(read());
      linkNote.hidden = true;
      status.textContent = strings.saved;
    };

    form.addEventListener('change', save);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      save();
    });
    this.querySelector('[data-keep]')!.addEventListener('click', save);
    this.querySelector('[data-clear]')!.addEventListener('click', () => {
      clearCluster();
      form.reset();
      read();
      linkNote.hidden = true;
      status.textContent = '';
    });
    this.querySelector('[data-copy-link]')!.addEventListener('click', async () => {
      const url = new URL(location.pathname, location.href);
      url.search = clusterToParams(read()).toString();
      try {
        await navigator.clipboard.writeText(url.href);
        status.textContent = strings.copied;
      } catch {
        prompt('', url.href);
      }
    });
  }
}
