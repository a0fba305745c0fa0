/**
 * The behaviour of ThemeToggle.astro, loaded with the other behaviours of its page in one module
 * (one request, not one per component; see the page's `<script>`).
 */
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const root = document.documentElement;
    this.querySelector('button')!.addEventListener('click', () => {
      // From following the system, the first click shows the other theme, the second the system's own,
      // the third follows the system again ('' stands for it).
      const cycle = matchMedia('(prefers-color-scheme: dark)').matches ? ['', 'light', 'dark'] : ['', 'dark', 'light'];
      const next = cycle[(cycle.indexOf(root.dataset.theme ?? '') + 1) % 3]!;
      if (next) root.dataset.theme = next;
      else delete root.dataset.theme;
      try {
        if (next) localStorage.setItem('kb-theme', next);
        else localStorage.removeItem('kb-theme');
      } catch {
        // Private mode: the choice lasts for this page only.
      }
    });
  }
}
customElements.define('kb-theme-toggle', ThemeToggle);

export {};
