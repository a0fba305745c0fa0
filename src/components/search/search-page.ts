/**
 * The search page: `?q=` runs on load (links from tickets), typing updates the
 * URL, facet chips narrow the results, and an empty result shows suggestions.
 * A paste of several lines opens the diagnosis view: the lines in a text
 * area, read one by one, each result with the lines that point to it. A paste
 * never goes into the URL; it is kept in sessionStorage so a reload (or the
 * header box handing it over) finds it. The results region carries aria-busy
 * while a search runs.
 */
import { engineLoader, type Facets } from './engine.ts';
import { PASTE_KEY, isMultiLine, keepPaste } from './paste.ts';
import { renderHit, renderPasteLines, type RenderStrings } from './render.ts';
import type { Hit } from './engine.ts';
import { offerLine } from './render.ts';

interface PageStrings extends RenderStrings {
  count: string;
  countOne: string;
  countCap: string;
  symptomFirst: string;
  searching: string;
  failed: string;
  pasteLines: string;
  pasteRead: string;
  pasteTruncated: string;
}

/** Forgets the kept paste. */
function forgetPaste(): void {
  try {
    sessionStorage.removeItem(PASTE_KEY);
  } catch {
    // Storage blocked: nothing was kept.
  }
}

/** The paste kept for this tab, if any. */
function keptPaste(): string | null {
  try {
    return sessionStorage.getItem(PASTE_KEY);
  } catch {
    return null;
  }
}

const FACET_KEYS = ['plugin', 'component', 'kind'] as const;
/** Results shown at first, and added by each "Show more". */
const PAGE = 20;

/**
 * A result, and for one that opens a troubleshooting entry at a later section
 * (a solution step) a second link to its symptom: the step is only right if
 * the symptom is the reader's.
 */
function resultItem(hit: Hit, strings: PageStrings, id: string): HTMLLIElement {
  const li = renderHit(hit, strings, id);
  const at = hit.url.indexOf('#');
  if (hit.entry.kind === 'troubleshooting' && at >= 0 && !hit.url.endsWith('#symptom')) {
    const top = document.createElement('a');
    top.className = 'search-hit-top';
    top.href = `${hit.url.slice(0, at)}#symptom`;
    top.textContent = strings.symptomFirst;
    li.append(top);
  }
  return li;
}

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
  const diagnoseBox = host.querySelector<HTMLElement>('[data-diagnose]')!;
  const paste = host.querySelector<HTMLTextAreaElement>('#search-paste')!;
  const pasteClear = host.querySelector<HTMLButtonElement>('[data-paste-clear]')!;
  const more = host.querySelector<HTMLButtonElement>('[data-more]')!;
  const intro = host.querySelector<HTMLElement>('[data-intro]')!;
  const offer = host.querySelector<HTMLElement>('[data-triage-offer]')!;
  let limit = PAGE;
  let shownFor = '';
  // Made again after a failure (a part of the search data that did not arrive): the next search retries.
  const engine = engineLoader(base, lang);
  let seq = 0;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const diagnosing = () => !diagnoseBox.hidden;
  /** Shows or hides the diagnosis view; the paste is kept for this tab only (if storage is blocked, for this page). */
  function setPaste(text: string | null) {
    diagnoseBox.hidden = text === null;
    if (text === null) return forgetPaste();
    keepPaste(text);
    paste.value = text;
    input.value = '';
  }
  const handedOver = location.hash === '#diagnose' && !input.value ? keptPaste() : null;
  if (handedOver) setPaste(handedOver);
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
    // Short queries make shareable links; a long line stays out of the address like a paste.
    if (query && !diagnosing() && query.length <= 300) next.set('q', query);
    for (const key of FACET_KEYS) for (const v of f[key]) next.append(key, v);
    const qs = next.toString();
    history.replaceState(null, '', `${qs ? `?${qs}` : location.pathname}${diagnosing() ? '#diagnose' : ''}`);
  }

  async function diagnose(mine: number, text: string, f: Facets) {
    const e = await engine();
    const { hits, lines, truncated } = await e.diagnose(text, f, 10);
    if (mine !== seq) return false;
    const byNumber = new Map(lines.map((l) => [l.n, l.text]));
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const li = resultItem(hit, strings, `hit-${i}`);
        if (hit.lines?.length) li.append(renderPasteLines(hit.lines, byNumber, hit.knownError, strings.pasteLines));
        return li;
      }),
    );
    const read = strings.pasteRead.replace('{count}', String(lines.length));
    const count = hits.length === 1 ? strings.countOne : strings.count.replace('{count}', String(hits.length));
    status.textContent = `${read} · ${count}${truncated ? ` · ${strings.pasteTruncated}` : ''}`;
    empty.hidden = hits.length > 0;
    return true;
  }

  /**
   * Searches for what the box or the paste area holds and shows it. A search that fails (the
   * engine or a part of the search data did not arrive) says so and leaves the page usable; the
   * next keystroke tries again.
   */
  async function update() {
    const mine = ++seq;
    try {
      await show(mine);
    } catch (error) {
      if (mine !== seq) return;
      list.replaceChildren();
      empty.hidden = true;
      more.hidden = true;
      status.textContent = strings.failed;
      region.setAttribute('aria-busy', 'false');
      region.dataset.query = diagnosing() ? paste.value : input.value;
      host.dispatchEvent(new CustomEvent('kb:results', { bubbles: true }));
      console.error(error);
    }
  }

  async function show(mine: number) {
    const query = diagnosing() ? paste.value : input.value;
    const f = facets();
    clear.hidden = !FACET_KEYS.some((k) => f[k].length);
    syncUrl(query, f);
    // Another search starts again from the first page of results.
    const key = JSON.stringify([diagnosing(), query, f]);
    if (key !== shownFor) limit = PAGE;
    shownFor = key;
    more.hidden = true;
    intro.hidden = Boolean(query.trim()) || !clear.hidden || diagnosing();
    offer.hidden = true;
    if (diagnosing() && query.trim()) {
      region.setAttribute('aria-busy', 'true');
      status.textContent = strings.searching;
      if (!(await diagnose(mine, query, f))) return;
      region.setAttribute('aria-busy', 'false');
      host.dispatchEvent(new CustomEvent('kb:results', { bubbles: true }));
      region.dataset.query = query;
      return;
    }
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
    const e = await engine();
    const { hits, total } = await e.search(query, f, limit);
    if (mine !== seq) return;
    list.replaceChildren(...hits.map((hit, i) => resultItem(hit, strings, `hit-${i}`)));
    // A symptom without an error: the tree that checks it step by step, above the entries.
    const tree = e.offer(query);
    if (tree) {
      offer.replaceChildren(...offerLine(tree));
      offer.dataset.tree = tree.id;
    }
    offer.hidden = !tree;
    // A capped list says so, and offers the rest.
    status.textContent =
      total > hits.length
        ? strings.countCap.replace('{shown}', String(hits.length)).replace('{count}', String(total))
        : hits.length === 1
          ? strings.countOne
          : strings.count.replace('{count}', String(hits.length));
    more.hidden = total <= hits.length;
    empty.hidden = hits.length > 0;
    if (!hits.length) {
      // Nearest entries: the same words without the filters, else the most general guides.
      const wider = FACET_KEYS.some((k) => f[k].length)
        ? (await e.search(query, { plugin: [], component: [], kind: [] }, 5)).hits
        : [];
      const fallback = wider.length ? wider : await e.general(5);
      if (mine !== seq) return;
      suggestions.replaceChildren(...fallback.map((hit, i) => renderHit(hit, strings, `suggestion-${i}`)));
    }
    region.setAttribute('aria-busy', 'false');
    host.dispatchEvent(new CustomEvent('kb:results', { bubbles: true }));
    // Which query the rendered results belong to (tests and tools wait on it).
    region.dataset.query = query;
  }

  input.addEventListener('input', () => void update());
  // The box is one line: a paste of several lines would lose its line breaks there.
  input.addEventListener('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!isMultiLine(text)) return;
    event.preventDefault();
    setPaste(text);
    paste.focus();
    void update();
  });
  paste.addEventListener('input', () => {
    keepPaste(paste.value);
    void update();
  });
  pasteClear.addEventListener('click', () => {
    setPaste(null);
    input.focus();
    void update();
  });
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
  more.addEventListener('click', () => {
    const first = limit;
    limit += PAGE;
    // Keyboard and screen-reader users go on from the first result added.
    void update().then(() => host.querySelector<HTMLElement>(`#hit-${first}`)?.focus());
  });
  clear.addEventListener('click', () => {
    for (const chip of chips) chip.setAttribute('aria-pressed', 'false');
    void update();
    input.focus();
  });
  void update();
}
