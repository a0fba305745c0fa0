/** Section permalinks and the "copy for a ticket" citation of an entry page. */

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

export class EntryLinksElement extends HTMLElement {
  connectedCallback() {
    const cite = JSON.parse(this.dataset.cite!) as Cite;
    const permalink = new URL(cite.path, location.href).href;
    const announcer = this.querySelector<HTMLElement>('[data-links-announce]')!;
    const announce = (text: string) => {
      announcer.textContent = '';
      requestAnimationFrame(() => (announcer.textContent = text));
    };
    const copy = async (text: string, done: string) => {
      try {
        await navigator.clipboard.writeText(text);
        announce(done);
      } catch {
        // No clipboard: show the text so it can be copied by hand.
        prompt('', text);
      }
    };

    this.querySelectorAll<HTMLAnchorElement>('a.heading-link').forEach((link) => {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        const url = `${permalink}${link.hash}`;
        history.replaceState(null, '', link.hash);
        void copy(url, cite.linkCopied.replace('{url}', url));
      });
    });

    const box = this.querySelector<HTMLElement>('[data-cite-box]')!;
    box.querySelectorAll<HTMLButtonElement>('[data-cite-format]').forEach((button) => {
      button.addEventListener(
        'click',
        () => void copy(citation(cite, permalink, button.dataset.citeFormat as 'markdown' | 'plain'), cite.copied),
      );
    });
  }
}
