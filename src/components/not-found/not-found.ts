/**
 * The 404 page turns the words of the broken URL into a search and offers the
 * closest entries, so a mistyped or outdated ticket link still leads somewhere.
 */
import { isLocale, pickLocale } from '../../i18n/locales.ts';
import { createEngine } from '../search/engine.ts';
import { renderHit, type RenderStrings } from '../search/render.ts';

/** The words of a URL path worth searching for (`/ja/faq/vswitch-ip-exhaust/` → `vswitch ip exhaust`). */
export function wordsOfPath(path: string, base: string): string {
  const rest = decodeURIComponent(path.startsWith(base) ? path.slice(base.length) : path);
  return rest
    .split(/[/\-_.]+/)
    .filter((w) => w && !isLocale(w) && !['faq', 'go', 'index', 'html', '404'].includes(w))
    .join(' ');
}

export class NotFoundElement extends HTMLElement {
  connectedCallback() {
    const base = this.dataset.base!;
    const lang = this.dataset.lang!;
    const params = new URLSearchParams(location.search);
    const path = params.get('path') ?? location.pathname;
    // The site-wide 404 (no language in the URL, e.g. /go/<unknown>/) hands over to the reader's language.
    if (!params.has('path') && !isLocale(path.slice(base.length).split('/')[0])) {
      const target = pickLocale(navigator.languages ?? [navigator.language]);
      location.replace(`${base}${target}/404/?path=${encodeURIComponent(path)}`);
      return;
    }
    void this.suggest(base, lang, wordsOfPath(path, base));
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
