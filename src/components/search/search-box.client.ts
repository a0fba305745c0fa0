/**
 * The behaviour of SearchBox.astro, loaded with the other behaviours of its page in one module
 * (one request, not one per component; see the page's `<script>`).
 */
// Kept tiny: shortcuts, the paste hand-over and lazy loading only. The engine and renderer load on first focus.
import { isMultiLine, keepPaste } from './paste.ts';

class SearchBox extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input')!;
    const load = () => import('./search-box.ts').then((m) => m.attach(this, input));
    input.addEventListener('focus', load, { once: true });
    // A paste of several lines (a describe tail, a log excerpt) would lose its line breaks in this
    // one-line box: it goes to the search page's diagnosis view, through this tab's storage, not the URL.
    input.addEventListener('paste', (event) => {
      const text = event.clipboardData?.getData('text/plain') ?? '';
      // With storage blocked nothing can carry the paste over: it lands in the box as one line.
      if (!isMultiLine(text) || !keepPaste(text)) return;
      event.preventDefault();
      location.assign(`${input.form!.action}#diagnose`);
    });
    document.addEventListener('keydown', (event) => {
      const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
      if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
  }
}
customElements.define('kb-search-box', SearchBox);
