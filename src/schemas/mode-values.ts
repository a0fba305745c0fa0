// Plain values, free of Zod, so browser code can import them (modes.ts holds the schema).

/**
 * Cluster modes that change an answer, beside versions. Each is optional in
 * an entry's `modes:`; a missing key means the answer holds in every mode.
 */
export const modeValues = {
  /** Terway ENI mode: shared ENI (DaemonSet terway-eniip) or exclusive ENI (terway-eni). */
  eniMode: ['shared', 'exclusive'],
  /** Terway data path acceleration, from `eniip_virtual_type` in eni-config. */
  datapath: ['datapathv2', 'ipvlan', 'none'],
  /** kube-proxy proxy mode. */
  kubeProxy: ['iptables', 'ipvs'],
  /** IPv4 only or IPv4/IPv6 dual stack. */
  ipFamily: ['ipv4', 'dualstack'],
  /** ACK managed cluster, or dedicated cluster (own master nodes). */
  clusterType: ['managed', 'dedicated'],
} as const;

/** A mode key. */
export type ModeKey = keyof typeof modeValues;

/** The mode keys, in display order. */
export const modeKeys = Object.keys(modeValues) as ModeKey[];
