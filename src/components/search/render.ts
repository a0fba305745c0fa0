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

/** The words of a tree offer (`… {title}`) with the title as a link to the tree. */
export function offerLine(tree: { title: string; url: string; words: string }): (string | HTMLAnchorElement)[] {
  const [before, after = ''] = tree.words.split('{title}');
  const link = document.createElement('a');
  link.href = tree.url;
  link.textContent = tree.title;
  return [before!, link, after];
}

/** Rebuilds a Pagefind excerpt from its text and <mark> tags only. */
export function safeExcerpt(excerpt: string): DocumentFragment {
  const out = document.createDocumentFragment();
  const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  for (const node of doc.body.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent ?? '');
    else if (node.nodeName === 'MARK') {
      // Pagefind marks whole tokens ("IP." or "(conntrack"): the punctuation around the word stays unmarked.
      const [, before, word, after] = /^(\p{P}*)(.*?)(\p{P}*)$/su.exec(node.textContent ?? '')!;
      const mark = document.createElement('mark');
      mark.textContent = word || before! + after!;
      out.append(word ? before! : '', mark, word ? after! : '');
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
  // What tells this entry apart from its neighbours: the cause, or the summary.
  const distinguish = hit.entry.distinguish ?? hit.entry.summary;
  if (distinguish && distinguish !== text.textContent) {
    const why = document.createElement('span');
    why.className = 'search-hit-why';
    why.textContent = distinguish;
    a.append(why);
  }
  li.append(a);
  return li;
}

/**
 * The lines of a paste that point to a hit, each with its line number; the
 * part that is the entry's known error is marked.
 */
export function renderPasteLines(
  numbers: readonly number[],
  lines: ReadonlyMap<number, string>,
  knownError: string | undefined,
  label: string,
): HTMLElement {
  const box = document.createElement('div');
  box.className = 'paste-lines';
  box.setAttribute('aria-label', label);
  box.setAttribute('role', 'group');
  for (const n of numbers.slice(0, 5)) {
    const line = lines.get(n);
    if (line === undefined) continue;
    const row = document.createElement('code');
    row.className = 'paste-line';
    row.dataset.line = String(n);
    const num = document.createElement('span');
    num.className = 'paste-line-n';
    num.textContent = `${n}`;
    row.append(num, ...marked(line.trim(), knownError));
    box.append(row);
  }
  return box;
}

/** A line as text nodes, with the first case-insensitive occurrence of `part` in a <mark>. */
function marked(line: string, part: string | undefined): Node[] {
  const at = part ? line.toLowerCase().indexOf(part.toLowerCase()) : -1;
  if (!part || at < 0) {
    const mark = document.createElement('mark');
    mark.textContent = line;
    return [mark];
  }
  const mark = document.createElement('mark');
  mark.textContent = line.slice(at, at + part.length);
  return [document.createTextNode(line.slice(0, at)), mark, document.createTextNode(line.slice(at + part.length))];
}
