// Plain values, free of Zod, so browser code can import them (versions.ts holds the schema).

/**
 * Components whose version decides whether an entry applies. Keys of the
 * `versions:` map; anything else is a build error.
 */
export const versionedComponents = ['terway', 'flannel', 'kubernetes', 'coredns', 'ccm'] as const;

/** Display names of the versioned components (product names: the same in every language). */
export const versionedComponentNames: Record<VersionedComponent, string> = {
  terway: 'Terway',
  flannel: 'Flannel',
  kubernetes: 'Kubernetes',
  coredns: 'CoreDNS',
  ccm: 'CCM',
};

/** One versioned component. */
export type VersionedComponent = (typeof versionedComponents)[number];
