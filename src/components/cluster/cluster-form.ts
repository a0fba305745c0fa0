/**
 * The "my cluster" form: fills from the link or the saved cluster, saves on
 * every change (in this browser only), reduces what the cluster prints
 * (image references, `kubectl version`) to the version, shows only the
 * fields of the chosen plugin, says which value it could not save, copies a
 * link that carries the values, and forgets them on request.
 */
import { clusterParams, clusterToParams, fieldApplies, type Cluster, type ClusterKey } from '../../lib/applicability.ts';
import { versionFromOutput } from '../../lib/cluster-input.ts';
import { versionedComponents, type VersionedComponent } from '../../schemas/versioned-components.ts';
import { clearCluster, currentCluster, saveCluster } from './cluster-store.ts';

const isVersioned = (key: string): key is VersionedComponent => (versionedComponents as readonly string[]).includes(key);

export class ClusterFormElement extends HTMLElement {
  connectedCallback() {
    const strings = JSON.parse(this.dataset.strings!) as { invalid: string; copied: string; saved: string; savedExcept: string };
    const form = this.querySelector<HTMLFormElement>('[data-form]')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const linkNote = this.querySelector<HTMLElement>('[data-link-note]')!;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    const { cluster, source } = currentCluster();
    for (const key of clusterParams) field(key).value = (cluster as Record<string, string | undefined>)[key] ?? '';
    linkNote.hidden = source !== 'link';

    // A Flannel cluster has no Terway version, ENI mode or data path (and a Terway cluster no Flannel version):
    // their fields are hidden and not saved, but keep what was typed in case the plugin was picked by mistake.
    const showFields = () => {
      for (const box of this.querySelectorAll<HTMLElement>('[data-for-plugin]')) {
        box.hidden = !fieldApplies(
          box.querySelector<HTMLElement>('[name]')!.getAttribute('name') as ClusterKey,
          field('plugin').value,
        );
      }
    };
    showFields();

    /** Reads the form; returns the cluster and the fields whose value could not be used. */
    const read = (): { cluster: Cluster; dropped: (HTMLInputElement | HTMLSelectElement)[] } => {
      const out: Record<string, string> = {};
      const dropped: (HTMLInputElement | HTMLSelectElement)[] = [];
      for (const key of clusterParams) {
        const input = field(key);
        let value = input.value.trim();
        const used = fieldApplies(key, field('plugin').value);
        let bad = false;
        if (isVersioned(key) && value !== '' && used) {
          const version = versionFromOutput(key, value);
          if (version) input.value = value = version;
          else bad = true;
        }
        const error = this.querySelector<HTMLElement>(`[data-error-for="${key}"]`);
        if (error) {
          error.hidden = !bad;
          error.textContent = bad ? strings.invalid.replace('{value}', value) : '';
          input.setAttribute('aria-invalid', String(bad));
        }
        if (bad) dropped.push(input);
        else if (value && used) out[key] = value;
      }
      return { cluster: out as Cluster, dropped };
    };
    /** Saves; says which fields were left out and why, and (when asked) takes the reader to the first one. */
    const save = (focus: boolean) => {
      const { cluster, dropped } = read();
      saveCluster(cluster);
      linkNote.hidden = true;
      const names = dropped.map((input) => this.querySelector(`label[for="${input.id}"]`)!.textContent.trim());
      status.textContent = names.length ? strings.savedExcept.replace('{fields}', names.join(', ')) : strings.saved;
      status.classList.toggle('field-error', names.length > 0);
      if (focus) dropped[0]?.focus();
    };

    // The form's commands print more than the version (several image references, kubectl version's lines).
    // An input field would glue the lines of a paste together; read the paste as the cluster printed it.
    form.addEventListener('paste', (event) => {
      const input = event.target as HTMLInputElement;
      const text = event.clipboardData?.getData('text/plain');
      const version = text && isVersioned(input.name) ? versionFromOutput(input.name, text) : null;
      if (!version) return;
      event.preventDefault();
      input.value = version;
      save(false);
    });
    // Saving on every change must not pull the reader back to a field they are leaving; Save and Keep do.
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).getAttribute('name') === 'plugin') showFields();
      save(false);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      save(true);
    });
    this.querySelector('[data-keep]')!.addEventListener('click', () => save(true));
    this.querySelector('[data-clear]')!.addEventListener('click', () => {
      clearCluster();
      form.reset();
      showFields();
      read();
      linkNote.hidden = true;
      status.textContent = '';
      status.classList.remove('field-error');
    });
    this.querySelector('[data-copy-link]')!.addEventListener('click', async () => {
      const url = new URL(location.pathname, location.href);
      url.search = clusterToParams(read().cluster).toString();
      try {
        await navigator.clipboard.writeText(url.href);
        status.textContent = strings.copied;
      } catch {
        prompt('', url.href);
      }
    });
    // Arriving from a verdict's "set … to check": start in that field.
    const target = location.hash.startsWith('#cluster-') && document.getElementById(location.hash.slice(1));
    if (target instanceof HTMLElement && !target.closest('[hidden]')) target.focus();
  }
}
