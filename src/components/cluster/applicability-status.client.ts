/**
 * The behaviour of ApplicabilityStatus.astro, loaded with the other behaviours of its page in one module
 * (one request, not one per component; see the page's `<script>`).
 */
import { mayHaveCluster } from './cluster-flag.ts';

class ApplicabilityElement extends HTMLElement {
  connectedCallback() {
    // Most readers set no cluster: load the version logic only for those who did.
    if (!mayHaveCluster()) return;
    void import('./applicability-status.ts').then((m) => m.show(this));
  }
}
customElements.define('kb-applicability', ApplicabilityElement);
