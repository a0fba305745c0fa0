/**
 * The language switcher's sense of place, loaded on the first scroll: without a
 * #fragment, the section at the top of the screen stands for it, or, when the
 * reader has scrolled back up to reach the menu, the last section they had
 * scrolled to. A reader at step 4 lands on step 4 in the other language.
 */

/** The id of the last heading of the text above the top 90 px of the screen, or ''. */
function sectionAtTop(): string {
  let at = '';
  for (const h of document.querySelectorAll('main :is(h2,h3)[id]')) {
    const { top, height } = h.getBoundingClientRect();
    // The side column's headings ("Applies to", "On this page") stick to the top: they are no place in the text.
    if (height && top < 90 && !h.closest('aside')) at = h.id;
  }
  return at;
}

let last = sectionAtTop();
let queued = false;
addEventListener(
  'scroll',
  () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      last = sectionAtTop() || last;
    });
  },
  { passive: true },
);
// After the switcher's own handler (registered first), which kept any #fragment.
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch] a')) {
  link.addEventListener('click', () => {
    if (!location.hash) link.hash = sectionAtTop() || last;
  });
}

// A module (loaded with import()), not a script: nothing to export.
export {};
