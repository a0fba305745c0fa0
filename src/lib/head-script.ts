import { createHash } from 'node:crypto';
import { clusterParams } from './applicability.ts';

/**
 * The one inline script of the site. It runs before first paint: a stored
 * dark/light choice never flashes the other theme, and controls that need
 * JavaScript (.js-only) or a described cluster (.cluster-only) take their place
 * at once instead of shifting the page later. Every other script is a file.
 */
export const HEAD_SCRIPT = `(function(d){d.classList.add('js');try{var s=localStorage.getItem('kb-theme');if(s==='light'||s==='dark')d.dataset.theme=s;if(localStorage.getItem('kb-cluster')||sessionStorage.getItem('kb-cluster-link')||/[?&](${clusterParams.join('|')})=/.test(location.search))d.classList.add('has-cluster')}catch(e){}})(document.documentElement)`;

/**
 * The Content-Security-Policy of every page: only this origin, no inline
 * script but the hashed head script, no inline style, and what Pagefind needs
 * ('wasm-unsafe-eval' and a same-origin worker). README: hosting has the
 * header form.
 */
export function contentSecurityPolicy(): string {
  const hash = createHash('sha256').update(HEAD_SCRIPT).digest('base64');
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`,
    "style-src 'self'",
  ].join('; ');
}
