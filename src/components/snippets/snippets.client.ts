/**
 * The behaviour of Snippets.astro, loaded with the other behaviours of its page in one module
 * (one request, not one per component; see the page's `<script>`).
 */
// First visit: only the copy buttons. Copying and the fill-in panel load on first use
// (or at once when this tab already holds values to show).
const lazy = () => import('./snippets.ts');

class SnippetsElement extends HTMLElement {
  connectedCallback() {
    const strings = JSON.parse(this.dataset.strings!) as { copy: string; label: string };
    this.querySelectorAll<HTMLElement>('figure.code:not([data-kind=output])').forEach((figure) => {
      const caption = figure.querySelector('figcaption')!;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-button';
      button.textContent = strings.copy;
      button.setAttribute('aria-label', strings.label.replace('{title}', caption.textContent?.trim() ?? ''));
      button.addEventListener('click', () => void lazy().then((m) => m.copy(this, figure.querySelector('pre')!, button)));
      caption.append(button);
    });
    const panel = this.querySelector('[data-fill]');
    const attach = () => void lazy().then((m) => m.attachPanel(this));
    panel?.addEventListener('focusin', attach, { once: true });
    if (panel) {
      // A placeholder in a command leads to its field: a button for pointer and keyboard alike.
      this.querySelectorAll<HTMLElement>('.ph').forEach((ph) => {
        ph.tabIndex = 0;
        ph.role = 'button';
        ph.setAttribute('aria-describedby', 'fill-in');
      });
      const toField = (event: Event) => {
        const ph = (event.target as Element).closest<HTMLElement>('.ph');
        if (!ph) return;
        event.preventDefault();
        void lazy().then((m) => m.toField(this, ph.dataset.ph!, ph));
      };
      this.addEventListener('click', toField);
      this.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') toField(event);
      });
    }
    try {
      if (Object.keys(sessionStorage).some((k) => k.startsWith('kb-ph:'))) attach();
    } catch {
      // Storage blocked: nothing stored to show.
    }
  }
}
customElements.define('kb-snippets', SnippetsElement);

export {};
