/**
 * The 404 page sends a near-miss entry URL (another case, no language) to the
 * entry, and otherwise turns the words of the broken URL into a search and
 * offers the closest entries, so a mistyped or outdated ticket link still
 * leads somewhere. The address the reader typed stays in the address bar.
 */
import { isLocale, pickLocale } from '../../i18n/locales.ts';
import { entryPathFor, wordsOfPath } from '../../lib/not-found.ts';
import { createEngine } from '../search/engine.ts';
import { renderHit, type RenderStrings } from '../search/render.ts';

export class NotFoundElement extends HTMLElement {
  connectedCallback() {
    const base = this.dataset.base!;
    const lang = this.dataset.lang!;
    const params = new URLSearchParams(location.search);
    // What the reader asked for: the address, or what the site-wide 404 handed over.
    const here = location.pathname + location.search + location.hash;
    const handed = params.get('path');
    // Only a path of this site is taken from the query (replaceState refuses any other origin).
    const asked = handed && new URL(handed, location.origin).origin === location.origin ? handed : here;
    const url = new URL(asked, location.origin);
    const reader = pickLocale(navigator.languages ?? [navigator.language]);
    const entry = entryPathFor(url.pathname, JSON.parse(this.dataset.names!) as Record<string, string>, reader);
    if (entry) {
      location.replace(entry + url.search + url.hash);
      return;
    }
    // The site-wide 404 (no language in the URL, e.g. /go/<unknown>/) hands over to the reader's language…
    if (asked === here && !isLocale(url.pathname.slice(base.length).split('/')[0])) {
      location.replace(`${base}${reader}/404/?path=${encodeURIComponent(asked)}`);
      return;
    }
    // …which puts the reader's address back, so a typo can be fixed where it was typed.
    if (asked !== here) history.replaceState(null, '', asked);
    const shown = this.querySelector<HTMLElement>('[data-asked]')!;
    shown.querySelector('code')!.textContent = url.pathname;
    shown.hidden = false;
    void this.suggest(base, lang, wordsOfPath(url.pathname));
  }

  private async suggest(base: string, lang: string, query: string) {
    if (!query) return;
    const strings = JSON.parse(this.dataset.strings!) as RenderStrings & { searchFor: string };
    const engine = await createEngine(base, lang);
    const { hits } = await engine.search(query, { plugin: [], component: [], kind: [] }, 5);
    const list = this.querySelector<HTMLOListElement>('[data-closest-list]')!;
    list.replaceChildren(...hits.map((hit, i) => renderHit(hit, strings, `closest-${i}`)));
    const link = this.querySelector<HTMLAnchorElement>('[data-search-link]')!;
    link.href = `${base}${lang}/search/?q=${encodeURIComponent(query)}`;
    link.textContent = strings.searchFor.replace('{q}', query);
    this.querySelector<HTMLElement>('[data-closest]')!.hidden = false;
  }
}
