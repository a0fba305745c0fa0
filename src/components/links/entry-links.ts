/**
 * Section permalinks and the "copy for a ticket" citation of an entry page.
 * Loaded on the first click (entry-links.client.ts listens), so it costs nothing
 * on a first visit.
 */

interface Cite {
  title: string;
  path: string;
  plugin: string;
  versions: string;
  section: string;
  copied: string;
  linkCopied: string;
  done: string;
  failed: string;
}

/** The section a citation points at: its heading's text and its permalink. */
export interface CitedSection {
  title: string;
  url: string;
}

const escapeMarkdown = (text: string) => text.replace(/([[\]])/g, '\\$1');

/**
 * The citation in both formats; `url` is the absolute permalink, `summary` the entry's one line,
 * `section` where the reader is.
 */
export function citation(cite: Cite, url: string, format: 'markdown' | 'plain', summary: string, section?: CitedSection): string {
  if (format === 'markdown') {
    return [
      `[${escapeMarkdown(cite.title)}](${url})`,
      summary,
      ...(section ? [`${cite.section}: [${escapeMarkdown(section.title)}](${section.url})`] : []),
      `${cite.plugin} · ${cite.versions}`,
    ].join('\n');
  }
  return [
    cite.title,
    url,
    summary,
    ...(section ? [`${cite.section}: ${section.title}`, section.url] : []),
    cite.plugin,
    cite.versions,
  ].join('\n');
}

/**
 * The section the reader is at: the one the address points to (a table-of-contents entry, a shared
 * /go/ link, a copied section link). The viewport is no guide here: the ticket buttons sit above the
 * first section, so whoever presses them has scrolled back to the top.
 */
function currentSection(host: HTMLElement, permalink: string): CitedSection | undefined {
  const id = location.hash.slice(1);
  const heading = id ? host.querySelector<HTMLElement>(`.prose :is(h2, h3)[id="${CSS.escape(id)}"]`) : null;
  return heading ? { title: heading.textContent!.trim(), url: `${permalink}#${id}` } : undefined;
}

/** Shows `text` on `button` for a moment ("Copied"), then its own label again. */
function flash(button: HTMLElement, text: string) {
  button.dataset.label ??= button.textContent!;
  button.textContent = text;
  setTimeout(() => (button.textContent = button.dataset.label!), 1500);
}

/** Where the Clipboard API is missing or refuses: the text in a visible box, selected, saying so. */
function showBox(host: HTMLElement, after: Element, text: string, message: string) {
  let box = host.querySelector<HTMLElement>('[data-copy-box]');
  if (!box) {
    box = document.createElement('label');
    // Existing utilities and the warning colours (data-warn): no new CSS for a rare state.
    box.className = 'grid gap-2 mt-2 text-sm no-print';
    box.dataset.copyBox = '';
    box.append(document.createElement('span'), document.createElement('textarea'));
  }
  const area = box.lastElementChild as HTMLTextAreaElement;
  box.firstElementChild!.textContent = message;
  area.className = 'border rounded-md px-3 font-mono w-full';
  area.dataset.warn = '';
  area.readOnly = true;
  area.value = text;
  area.rows = text.split('\n').length;
  after.after(box);
  area.focus();
  area.select();
}

async function copy(host: HTMLElement, cite: Cite, control: HTMLElement, text: string, done: string) {
  const announcer = host.querySelector<HTMLElement>('[data-links-announce]')!;
  const say = (message: string) => {
    announcer.textContent = '';
    requestAnimationFrame(() => (announcer.textContent = message));
  };
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
  } catch {
    showBox(host, control.parentElement!, text, cite.failed);
    say(cite.failed);
    return;
  }
  host.querySelector('[data-copy-box]')?.remove();
  if (control instanceof HTMLAnchorElement) {
    // Its tooltip says "Copied" for a moment, also where nothing hovers (touch).
    control.style.setProperty('--tip', JSON.stringify(cite.done));
    control.dataset.done = '';
    setTimeout(() => {
      control.style.removeProperty('--tip');
      delete control.dataset.done;
    }, 1500);
  } else {
    flash(control, cite.done);
  }
  say(done);
}

/** Handles a click on a section link (`a.heading-link`) or a citation button (`[data-cite-format]`). */
export function handle(host: HTMLElement, control: HTMLElement): void {
  const cite = JSON.parse(host.dataset.cite!) as Cite;
  const permalink = new URL(cite.path, location.href).href;
  if (control instanceof HTMLAnchorElement) {
    const url = `${permalink}${control.hash}`;
    history.replaceState(null, '', control.hash);
    void copy(host, cite, control, url, cite.linkCopied.replace('{url}', url));
  } else {
    const format = control.dataset.citeFormat as 'markdown' | 'plain';
    // The summary is on the page already (EntryPage.astro), not repeated in data-cite.
    const summary = host.querySelector('[data-summary]')!.textContent!.trim();
    const text = citation(cite, permalink, format, summary, currentSection(host, permalink));
    void copy(host, cite, control, text, cite.copied);
  }
}
