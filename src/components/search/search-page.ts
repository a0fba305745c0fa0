/**
 * The search page: `?q=` runs on load (links from tickets), typing updates the
 * URL, facet chips narrow the results, and an empty result shows suggestions.
 * The results region carries aria-busy while a search runs.
 */
import { createEngine, type Facets } from './engine.ts';
import { renderHit, type RenderStrings } from './render.ts';

interface PageStrings extends RenderStrings {
  count: string;
  countOne: string;
  searching: string;
}

const FACET_KEYS = ['plugin', 'component', 'kind'] as const;

/** Wires the search page element. */
export function attachSearchPage(host: HTMLElement): void {
  const base = host.dataset.base!;
  const lang = host.dataset.lang!;
  const strings = JSON.parse(host.dataset.strings!) as PageStrings;
  const input = host.querySelector<HTMLInputElement>('#search-q')!;
  const form = host.querySelector<HTMLFormElement>('[data-search-form]')!;
  const region = host.querySelector<HTMLElement>('[data-results]')!;
  const status = host.querySelector<HTMLElement>('[data-status]')!;
  const list = host.querySelector<HTMLOListElement>('[data-list]')!;
  const empty = host.querySelector<HTMLElement>('[data-empty]')!;
  const suggestions = host.querySelector<HTMLOListElement>('[data-suggestions]')!;
  const chips = [...host.querySelectorAll<HTMLButtonElement>('[data-facet]')];
  const clear = host.querySelector<HTMLButtonElement>('[data-clear]')!;
  const engine = createEngine(base, lang);
  let seq = 0;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const chip of chips) {
    if (params.getAll(chip.dataset.facet!).includes(chip.dataset.value!)) chip.setAttribute('aria-pressed', 'true');
  }

  const facets = (): Facets => {
    const f: Facets = { plugin: [], component: [], kind: [] };
    for (const chip of chips)
      if (chip.getAttribute('aria-pressed') === 'true') f[chip.dataset.facet as keyof Facets].push(chip.dataset.value!);
    return f;
  };

  function syncUrl(query: string, f: Facets) {
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const key of FACET_KEYS) for (const v of f[key]) next.append(key, v);
    const qs = next.toString();
    history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
  }

  async function update() {
    const mine = ++seq;
    const query = input.value;
    const f = facets();
    clear.hidden = !FACET_KEYS.some((k) => f[k].length);
    syncUrl(query, f);
    if (!query.trim() && clear.hidden) {
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = true;
      region.setAttribute('aria-busy', 'false');
      region.dataset.query = query;
      return;
    }
    region.setAttribute('aria-busy', 'true');
    status.textContent = strings.searching;
    const e = await engine;
    const { hits } = await e.search(query, f, 20);
    if (mine !== seq) return;
    list.replaceChildren(...hits.map((hit, i) => renderHit(hit, strings, `hit-${i}`)));
    status.textContent = hits.length === 1 ? strings.countOne : strings.count.replace('{count}', String(hits.length));
    empty.hidden = hits.length > 0;
    if (!hits.length) {
      // Nearest entries: the same words without the filters, else the most general guides.
      const wider = FACET_KEYS.some((k) => f[k].length)
        ? (await e.search(query, { plugin: [], component: [], kind: [] }, 5)).hits
        : [];
      if (mine !== seq) return;
      const fallback = wider.length
        ? wider
        : e.entries
            .filter((x) => x.kind !== 'troubleshooting')
            .slice(0, 5)
            .map((entry) => ({ entry, url: `${base}${lang}/faq/${entry.id}/`, excerpt: '' }));
      suggestions.replaceChildren(...fallback.map((hit, i) => renderHit(hit, strings, `suggestion-${i}`)));
    }
    region.setAttribute('aria-busy', 'false');
    host.dispatchEvent(new CustomEvent('kb:results', { bubbles: true }));
    // Which query the rendered results belong to (tests and tools wait on it).
    region.dataset.query = query;
  }

  input.addEventListener('input', () => void update());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update();
  });
  for (const chip of chips) {
    chip.addEventListener('click', () => {
      chip.setAttribute('aria-pressed', String(chip.getAttribute('aria-pressed') !== 'true'));
      void update();
    });
  }
  clear.addEventListener('click', () => {
    for (const chip of chips) chip.setAttribute('aria-pressed', 'false');
    void update();
    input.focus();
  });
  void update();
}
