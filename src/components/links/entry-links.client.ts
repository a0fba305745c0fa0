/**
 * The behaviour of EntryLinks.astro, loaded with the other behaviours of its page in one module
 * (one request, not one per component; see the page's `<script>`).
 */
// A delegated listener is all a first visit loads; the copying itself loads on the first click.
class EntryLinksElement extends HTMLElement {
  connectedCallback() {
    // The section links' tooltip (CSS reads --tip): their shared label, the span above, without the
    // colon that joins it to each heading in their names.
    this.style.setProperty('--tip', JSON.stringify(this.firstElementChild!.textContent!.slice(0, -1)));
    this.addEventListener('click', (event) => {
      const control = (event.target as Element).closest<HTMLElement>('a.heading-link, [data-cite-format]');
      if (!control) return;
      event.preventDefault();
      void import('./entry-links.ts').then((m) => m.handle(this, control));
    });
  }
}
customElements.define('kb-entry-links', EntryLinksElement);

export {};
