/**
 * Copying and fill-in placeholders for the code blocks of one entry (markup
 * from src/markdown/rehype-code.ts). snippets.client.ts adds the copy buttons at
 * once and loads this module on first use. What a button copies is computed
 * from the rendered lines: removed diff lines, diff markers and output blocks
 * never reach the clipboard; placeholders carry the reader's values.
 */

interface Strings {
  copy: string;
  copied: string;
  label: string;
  open: string;
  failed: string;
  back: string;
}

const STORE = 'kb-ph:';

/** The exact text a block copies, and the placeholders still unfilled in it. */
export function copyText(pre: HTMLElement, values: Record<string, string>): { text: string; open: string[] } {
  const open: string[] = [];
  const lines = [...pre.querySelectorAll<HTMLElement>('.line')].filter((line) => !line.classList.contains('del'));
  const text = lines
    .map((line) => {
      let out = '';
      const walk = (node: Node) => {
        if (node instanceof HTMLElement && node.dataset.ph !== undefined) {
          const name = node.dataset.ph;
          const value = values[name];
          if (value) out += value;
          else {
            out += `<${name}>`;
            if (!open.includes(name)) open.push(name);
          }
          return;
        }
        if (node.nodeType === Node.TEXT_NODE) out += node.nodeValue ?? '';
        else node.childNodes.forEach(walk);
      };
      walk(line);
      return out;
    })
    .join('\n');
  return { text, open };
}

/** The reader's values, kept for the browser tab. */
const values: Record<string, string> = {};
try {
  for (let i = 0; i < sessionStorage.length; i++) {
    const key = sessionStorage.key(i)!;
    if (key.startsWith(STORE)) values[key.slice(STORE.length)] = sessionStorage.getItem(key) ?? '';
  }
} catch {
  // Storage blocked: values last for this page only.
}

function announce(host: HTMLElement, message: string) {
  const announcer = host.querySelector<HTMLElement>('[data-announce]')!;
  // Clear first so the same message is announced again on a second copy.
  announcer.textContent = '';
  requestAnimationFrame(() => (announcer.textContent = message));
}

/** The button showing what its last copy did. */
let shown: HTMLButtonElement | undefined;
/** Where "Back to the command" returns to: the copy button or placeholder that led to the panel. */
let from: HTMLElement | undefined;

/** Puts the button that shows a copy's outcome back to "Copy". */
function reset(strings: Strings) {
  if (shown) {
    shown.textContent = strings.copy;
    delete shown.dataset.warn;
  }
  shown = undefined;
}

/**
 * Shows a copy's outcome on its button. "Copied" goes back after a moment; a warning (values still
 * to fill in, or copy by hand), in amber, stays until the next copy or until the reader changes a value.
 */
function show(strings: Strings, button: HTMLButtonElement, text: string, warn = false) {
  reset(strings);
  shown = button;
  button.textContent = text;
  if (warn) button.dataset.warn = '';
  else setTimeout(() => shown === button && button.dataset.warn === undefined && reset(strings), 1500);
}

/** Copies one block (called by the button's click). */
export async function copy(host: HTMLElement, pre: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const strings = JSON.parse(host.dataset.strings!) as Strings;
  const { text, open } = copyText(pre, values);
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard (insecure context, permission denied): select the code so the reader can copy it.
    const range = document.createRange();
    range.selectNodeContents(pre);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    show(strings, button, strings.failed, true);
    announce(host, strings.failed);
    return;
  }
  if (!open.length) {
    show(strings, button, strings.copied);
    announce(host, strings.copied);
    return;
  }
  // The clipboard holds <name> literally, which a shell reads as a redirection: say so where the
  // reader looks, and take them to the first value still to fill in.
  const message = strings.open.replace('{names}', open.map((n) => `<${n}>`).join(', '));
  show(strings, button, message, true);
  announce(host, message);
  toField(host, open[0]!, button, message);
}

/**
 * Focuses a placeholder's field in the fill-in panel (the panel stays where it is) and offers the way
 * back to `origin`, with `note` saying why the reader is here.
 */
export function toField(host: HTMLElement, name: string, origin: HTMLElement, note = ''): void {
  const input = host.querySelector<HTMLInputElement>(`[data-ph-input="${name}"]`);
  if (!input) return;
  attachPanel(host);
  const strings = JSON.parse(host.dataset.strings!) as Strings;
  let bar = host.querySelector<HTMLElement>('[data-fill-back]');
  if (!bar) {
    bar = document.createElement('p');
    bar.className = 'flex flex-wrap items-center gap-2 mt-2 text-sm';
    bar.dataset.fillBack = '';
    bar.append(document.createElement('span'), document.createElement('button'));
    const back = bar.lastElementChild as HTMLButtonElement;
    back.type = 'button';
    back.className = 'copy-button';
    back.textContent = strings.back;
    back.addEventListener('click', goBack);
    host.querySelector('.fill-grid')!.before(bar);
  }
  bar.firstElementChild!.textContent = note;
  bar.hidden = false;
  from = origin;
  input.focus({ preventScroll: true });
  input.scrollIntoView({ block: 'center' });
}

/** Returns from the panel to the command the reader came from. */
function goBack() {
  if (!from) return;
  from.focus({ preventScroll: true });
  from.scrollIntoView({ block: 'center' });
  from = undefined;
  document.querySelector<HTMLElement>('[data-fill-back]')!.hidden = true;
}

/** Shows the reader's values in every block (placeholders stay visible when empty). */
function render(host: HTMLElement) {
  host.querySelectorAll<HTMLElement>('.ph[data-ph]').forEach((span) => {
    const value = values[span.dataset.ph!];
    span.textContent = value || `<${span.dataset.ph}>`;
    span.classList.toggle('filled', Boolean(value));
  });
}

/** True when this tab already holds values to show. */
export function hasValues(): boolean {
  return Object.keys(values).length > 0;
}

/** Wires the fill-in panel and shows stored values; idempotent. */
export function attachPanel(host: HTMLElement): void {
  if (host.dataset.panel) return;
  host.dataset.panel = 'ready';
  const panel = host.querySelector<HTMLElement>('[data-fill]');
  panel?.querySelectorAll<HTMLInputElement>('[data-ph-input]').forEach((input) => {
    const name = input.dataset.phInput!;
    if (!input.value) input.value = values[name] ?? '';
    const update = () => {
      const value = input.value.trim();
      values[name] = value;
      try {
        if (value) sessionStorage.setItem(STORE + name, value);
        else sessionStorage.removeItem(STORE + name);
      } catch {
        // Storage blocked: keep the value for this page.
      }
      render(host);
    };
    input.addEventListener('input', () => {
      update();
      // What the last copy said about its values is out of date now.
      reset(JSON.parse(host.dataset.strings!) as Strings);
    });
    // Enter after typing a value: back to the command that sent the reader here (and no further:
    // without preventDefault the same key would press the copy button it lands on).
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        goBack();
      }
    });
    // Typed before this module arrived: take it now.
    if (input.value.trim() !== (values[name] ?? '')) update();
  });
  panel?.querySelector('[data-fill-clear]')?.addEventListener('click', () => {
    panel.querySelectorAll<HTMLInputElement>('[data-ph-input]').forEach((input) => {
      input.value = '';
      input.dispatchEvent(new Event('input'));
    });
  });
  render(host);
}
