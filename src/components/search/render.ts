/**
 * Renders search hits as DOM, never as HTML strings: the query and every
 * field are set as text; Pagefind excerpts are rebuilt keeping only text and
 * <mark>. Shared by the header box and the search page.
 */
import type { Hit } from './engine.ts';

/** Localized strings the renderer needs (passed from the server via data-*). */
export interface RenderStrings {
  knownError: string;
  plugins: Record<string, string>;
}

/** Rebuilds a Pagefind excerpt from its text and <mark> tags only. */
export function safeExcerpt(excerpt: string): DocumentFragment {
  const out = document.createDocumentFragment();
  const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  for (const node of doc.body.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent ?? '');
    else if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent ?? '';
      out.append(mark);
    } else out.append(node.textContent ?? '');
  }
  return out;
}

function badge(text: string, extra = ''): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = `badge ${extra}`.trim();
  el.textContent = text;
  return el;
}

/** One result as an <li>: a link with the title, badges and the excerpt. */
export function renderHit(hit: Hit, strings: RenderStrings, id: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  li.dataset.entry = hit.entry.id;
  li.dataset.rules = JSON.stringify({
    plugin: hit.entry.plugin,
    versions: hit.entry.versions,
    versionMatch: hit.entry.versionMatch,
    modes: hit.entry.modes,
  });
  const a = document.createElement('a');
  a.href = hit.url;
  a.id = id;
  a.className = 'search-hit-link';
  const title = document.createElement('span');
  title.className = 'search-hit-title';
  title.textContent = hit.entry.title;
  a.append(title);
  if (hit.section) {
    const section = document.createElement('span');
    section.className = 'search-hit-section muted';
    section.textContent = ` › ${hit.section}`;
    a.append(section);
  }
  const meta = document.createElement('span');
  meta.className = 'search-hit-meta';
  meta.dataset.badges = '';
  if (hit.knownError) meta.append(badge(strings.knownError, 'badge-known'));
  for (const p of hit.entry.plugin) meta.append(badge(strings.plugins[p] ?? p));
  a.append(meta);
  const text = document.createElement('span');
  text.className = 'search-hit-excerpt muted';
  if (hit.knownError) {
    const code = document.createElement('code');
    code.textContent = hit.knownError;
    text.append(code);
  } else if (hit.excerpt) {
    text.append(safeExcerpt(hit.excerpt));
  } else {
    text.textContent = hit.entry.summary;
  }
  a.append(text);
  li.append(a);
  return li;
}
