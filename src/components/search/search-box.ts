/**
 * The header search box once the reader focuses it: results as they type, in
 * a listbox-style popup navigable with the arrow keys. Enter opens the active
 * result, or the search page when none is active; Escape closes.
 */
import { engineLoader, type Engine } from './engine.ts';
import { offerLine, renderHit, type RenderStrings } from './render.ts';

/** One loader for the page: the box is attached once, and its engine outlives a failed load. */
let loader: (() => Promise<Engine>) | undefined;

/** Wires the box; called once, on first focus. */
export function attach(host: HTMLElement, input: HTMLInputElement): void {
  const base = host.dataset.base!;
  const lang = host.dataset.lang!;
  const strings = JSON.parse(host.dataset.strings!) as RenderStrings & { showAll: string };
  const popup = host.querySelector<HTMLElement>('[data-popup]')!;
  const form = host.querySelector('form')!;
  const current = (loader ??= engineLoader(base, lang));
  // Loading starts on focus, before the first keystroke; a failure here is met again, and said, on the first search.
  current().catch(() => undefined);
  let active = -1;
  let seq = 0;
  const links = () => [...popup.querySelectorAll<HTMLAnchorElement>('a')];

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'header-search-results');
  input.setAttribute('aria-autocomplete', 'list');

  const close = () => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (i: number) => {
    // Only options carry aria-selected; the "see all results" link is a plain link.
    const all = links().filter((a) => a.getAttribute('role') === 'option');
    all.forEach((a, j) => a.setAttribute('aria-selected', String(j === i)));
    active = i;
    if (all[i]) {
      input.setAttribute('aria-activedescendant', all[i]!.id);
      all[i]!.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  async function update() {
    const query = input.value;
    const mine = ++seq;
    if (!query.trim()) return close();
    let e: Engine;
    let hits: Awaited<ReturnType<Engine['search']>>['hits'];
    try {
      e = await current();
      hits = (await e.search(query, { plugin: [], component: [], kind: [] }, 6)).hits;
    } catch (error) {
      // The search page says what failed; here only the way to it stays.
      if (mine !== seq) return;
      const all = document.createElement('a');
      all.href = `${form.action}?q=${encodeURIComponent(query)}`;
      all.className = 'search-all';
      all.textContent = strings.showAll;
      popup.replaceChildren(all);
      popup.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      input.removeAttribute('aria-activedescendant');
      active = -1;
      console.error(error);
      return;
    }
    if (mine !== seq) return;
    const list = document.createElement('ol');
    list.id = 'header-search-results';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.placeholder);
    list.dataset.query = query;
    hits.forEach((hit, i) => {
      const li = renderHit(hit, strings, `header-hit-${i}`);
      li.setAttribute('role', 'presentation');
      li.firstElementChild!.setAttribute('role', 'option');
      list.append(li);
    });
    const all = document.createElement('a');
    all.href = `${form.action}?q=${encodeURIComponent(query)}`;
    all.className = 'search-all';
    all.textContent = strings.showAll;
    // A symptom without an error: the tree that checks it step by step, under the entries.
    const tree = e.offer(query);
    const offer = document.createElement('p');
    if (tree) {
      offer.className = 'search-all';
      offer.dataset.triageOffer = tree.id;
      offer.append(...offerLine(tree));
    }
    popup.replaceChildren(list, ...(tree ? [offer] : []), all);
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    // Results that arrive after the reader started arrowing keep their place in the list.
    setActive(Math.min(active, hits.length - 1));
  }

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    const all = links().filter((a) => a.getAttribute('role') === 'option');
    if (event.key === 'ArrowDown' && !popup.hidden) {
      event.preventDefault();
      setActive(Math.min(active + 1, all.length - 1));
    } else if (event.key === 'ArrowUp' && !popup.hidden) {
      event.preventDefault();
      setActive(Math.max(active - 1, -1));
    } else if (event.key === 'Enter' && active >= 0 && all[active]) {
      event.preventDefault();
      all[active]!.click();
    } else if (event.key === 'Escape') {
      close();
    }
  });
  host.addEventListener('focusout', (event) => {
    if (!host.contains(event.relatedTarget as Node | null)) close();
  });
  if (input.value) void update();
}
