/**
 * The messages on-call readers meet most, as printed (the same in every
 * language): the Terway lines of an exhausted vSwitch, Flannel's exhausted
 * range, the missing route, a full conntrack table, the resolver's timeouts,
 * a CNI that is not ready and Terway's missing ENI. The home page lists those
 * some entry lists; a corpus test keeps every one listed in content/.
 */
export const COMMON_ERRORS: readonly string[] = [
  'InvalidVSwitchId.IpNotEnough',
  'no IP addresses available in range set',
  'NodeNetworkUnavailable',
  'nf_conntrack: table full, dropping packet',
  'i/o timeout',
  'no servers could be reached',
  'network plugin is not ready: cni config uninitialized',
  "can't found dev by mac",
];
