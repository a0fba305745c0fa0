import { z } from 'astro/zod';

/**
 * The closed list of component tags. Browse pages, search facets and the
 * UI dictionaries (`component.<tag>`) derive from it, so adding a tag here
 * makes the dictionary test demand a label in every language.
 */
export const components = [
  'eni',
  'vswitch',
  'ipvlan',
  'datapathv2',
  'ebpf',
  'network-policy',
  'ipam',
  'kube-proxy',
  'ipvs',
  'iptables',
  'conntrack',
  'coredns',
  'dns',
  'ipv6',
  'ccm',
  'route-table',
  'snat',
  'security-group',
  'service',
  'cni',
  'hostport',
  'hairpin',
  'node',
  'vpc',
  'api-server',
  'packet-capture',
] as const;

/** One component tag. */
export type Component = (typeof components)[number];

/** `components:` items in frontmatter. */
export const componentSchema = z.enum(components);
