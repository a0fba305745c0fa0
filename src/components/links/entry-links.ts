/**
 * Section permalinks and the "copy for a ticket" citation of an entry page.
 * Loaded on the first click (EntryLinks.astro listens), so it costs nothing
 * on a first visit.
 */

interface Cite {
  title: string;
  path: string;
  plugin: string;
  versions: string;
  copied: string;
  linkCopied: string;
}

/** The citation in both formats; `url` is the absolute permalink. */
export function citation(cite: Cite, url: string, format: 'markdown' | 'plain'): string {
  if (format === 'markdown') return `[${cite.title.replace(/([[\]])/g, '\\$1')}](${url})\n${cite.plugin} · ${cite.versions}`;
  return `${cite.title}\n${url}\n${cite.plugin}\n${cite.versions}`;
}

async function copy(host: HTMLElement, text: string, done: string) {
  const announcer = host.querySelector<HTMLElement>('[data-links-announce]')!;
  try {
    await navigator.clipboard.writeText(text);
    announcer.textContent = '';
    requestAnimationFrame(() => (announcer.textContent = done));
  } catch {
    // No clipboard: show the text so it can be copied by hand.
    prompt('', text);
  }
}

/** Handles a click on a section link (`a.heading-link`) or a citation button (`[data-cite-format]`). */
export function handle(host: HTMLElement, control: HTMLElement): void {
  const cite = JSON.parse(host.dataset.cite!) as Cite;
  const permalink = new URL(cite.path, location.href).href;
  if (control instanceof HTMLAnchorElement) {
    const url = `${permalink}${control.hash}`;
    history.replaceState(null, '', control.hash);
    void copy(host, url, cite.linkCopied.replace('{url}', url));
  } else {
    void copy(host, citation(cite, permalink, control.dataset.citeFormat as 'markdown' | 'plain'), cite.copied);
  }
}
