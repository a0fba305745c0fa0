/**
 * Copy buttons and fill-in placeholders for the code blocks of one entry
 * (markup from src/markdown/rehype-code.ts). What a button copies is computed
 * from the rendered lines: removed diff lines, diff markers and output blocks
 * never reach the clipboard; placeholders carry the reader's values.
 */

interface Strings {
  copy: string;
  copied: string;
  label: string;
  open: string;
  failed: string;
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

function storedValues(): Record<string, string> {
  const values: Record<string, string> = {};
  try {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i)!;
      if (key.startsWith(STORE)) values[key.slice(STORE.length)] = sessionStorage.getItem(key) ?? '';
    }
  } catch {
    // Storage blocked: values last for this page only.
  }
  return values;
}

export class SnippetsElement extends HTMLElement {
  private values: Record<string, string> = {};
  private strings!: Strings;
  private announcer!: HTMLElement;

  connectedCallback() {
    this.strings = JSON.parse(this.dataset.strings!) as Strings;
    this.announcer = this.querySelector('[data-announce]')!;
    this.values = storedValues();
    this.querySelectorAll<HTMLElement>('figure.code').forEach((figure) => this.enhance(figure));
    this.setUpPanel();
    this.render();
  }

  private announce(message: string) {
    // Clear first so the same message is announced again on a second copy.
    this.announcer.textContent = '';
    requestAnimationFrame(() => (this.announcer.textContent = message));
  }

  private enhance(figure: HTMLElement) {
    if (figure.dataset.kind === 'output') return;
    const caption = figure.querySelector('figcaption')!;
    const pre = figure.querySelector('pre')!;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = this.strings.copy;
    button.setAttribute('aria-label', this.strings.label.replace('{title}', caption.textContent?.trim() ?? ''));
    button.addEventListener('click', () => void this.copy(pre, button));
    caption.append(button);
  }

  private async copy(pre: HTMLElement, button: HTMLButtonElement) {
    const { text, open } = copyText(pre, this.values);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      button.textContent = this.strings.copied;
      setTimeout(() => (button.textContent = this.strings.copy), 1500);
      this.announce(
        open.length ? this.strings.open.replace('{names}', open.map((n) => `<${n}>`).join(', ')) : this.strings.copied,
      );
    } catch {
      // No clipboard (insecure context, permission denied): select the code so the reader can copy it.
      const range = document.createRange();
      range.selectNodeContents(pre);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      this.announce(this.strings.failed);
    }
  }

  private setUpPanel() {
    const panel = this.querySelector<HTMLElement>('[data-fill]');
    if (!panel) return;
    panel.querySelectorAll<HTMLInputElement>('[data-ph-input]').forEach((input) => {
      const name = input.dataset.phInput!;
      input.value = this.values[name] ?? '';
      input.addEventListener('input', () => {
        const value = input.value.trim();
        this.values[name] = value;
        try {
          if (value) sessionStorage.setItem(STORE + name, value);
          else sessionStorage.removeItem(STORE + name);
        } catch {
          // Storage blocked: keep the value for this page.
        }
        this.render();
      });
    });
    panel.querySelector('[data-fill-clear]')?.addEventListener('click', () => {
      panel.querySelectorAll<HTMLInputElement>('[data-ph-input]').forEach((input) => {
        input.value = '';
        input.dispatchEvent(new Event('input'));
      });
    });
  }

  /** Shows the reader's values in every block (placeholders stay visible when empty). */
  private render() {
    this.querySelectorAll<HTMLElement>('.ph[data-ph]').forEach((span) => {
      const value = this.values[span.dataset.ph!];
      span.textContent = value || `<${span.dataset.ph}>`;
      span.classList.toggle('filled', Boolean(value));
    });
  }
}
