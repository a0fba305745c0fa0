/**
 * The behaviour of LanguageSwitcher.astro, loaded with the other behaviours of its page in one module
 * (one request, not one per component; see the page's `<script>`).
 */
// Carry the query (a search, its filters, a cluster) and the #fragment over: anchors are
// the same in every language. Once the reader scrolls, lang-place.ts also keeps the
// section they scrolled to when there is no fragment.
addEventListener('scroll', () => void import('./lang-place.ts'), { once: true, passive: true });
document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch] a').forEach((link) => {
  link.addEventListener('click', () => {
    link.search = location.search;
    link.hash = location.hash;
  });
});

export {};
