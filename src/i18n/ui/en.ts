/**
 * English UI strings. This dictionary defines the keys; `zh` and `ja` must
 * have exactly the same ones (a unit test and the type checker both check).
 * Keys are flat and named after the component that uses them.
 */
export const en = {
  'site.title': 'ACK Network Troubleshooting',
  'site.tagline': 'Answers for container networking on Alibaba Cloud ACK: Terway, Flannel, kube-proxy, IPv6 and CoreDNS.',
  'skip.link': 'Skip to content',
  'header.home': 'Home',
  'lang.label': 'Language',
  'lang.current': 'Current language',
  'theme.toggle': 'Toggle dark mode',
  'footer.note': 'Written from the ACK container network FAQ and field notes. Commands are meant to be read before they are run.',

  'home.heading': 'Container network troubleshooting for ACK',
  'home.intro': 'Pick the plugin your cluster runs, or the component that misbehaves. Each entry states the symptom, the cause and the fix, with commands you can copy.',
  'home.byPlugin': 'By network plugin',
  'home.byComponent': 'By component',
  'home.allEntries': 'All entries',
  'home.count': '{count} entries',

  'browse.pluginTitle': '{name}: all entries',
  'browse.componentTitle': 'Component: {name}',
  'browse.count': '{count} entries',
  'browse.back': 'All topics',

  'entry.appliesTo': 'Applies to',
  'entry.plugin': 'Plugin',
  'entry.components': 'Components',
  'entry.versions': 'Versions',
  'entry.anyVersion': 'Any version',
  'entry.kind': 'Type',
  'entry.atAGlance': 'At a glance',
  'entry.symptom': 'Symptom',
  'entry.cause': 'Cause',
  'entry.errors': 'Messages you may see',
  'entry.related': 'Related entries',
  'entry.updated': 'Last updated',
  'entry.sources': 'Sources',
  'entry.onThisPage': 'On this page',
  'entry.readIn': 'Read in',

  'kind.troubleshooting': 'Troubleshooting',
  'kind.howto': 'How-to',
  'kind.concept': 'Concept',

  'plugin.terway': 'Terway',
  'plugin.flannel': 'Flannel',
  'plugin.any': 'Any plugin',

  'section.overview': 'Overview',
  'section.symptom': 'Symptom',
  'section.cause': 'Cause',
  'section.solution': 'Solution',
  'section.steps': 'Steps',
  'section.verify': 'Verify',
  'section.details': 'Details',
  'section.notes': 'Notes',

  'component.eni': 'ENI',
  'component.vswitch': 'vSwitch',
  'component.ipvlan': 'IPvlan',
  'component.datapathv2': 'DataPathv2',
  'component.ebpf': 'eBPF',
  'component.network-policy': 'Network policy',
  'component.ipam': 'IP address management',
  'component.kube-proxy': 'kube-proxy',
  'component.ipvs': 'IPVS',
  'component.iptables': 'iptables',
  'component.conntrack': 'conntrack',
  'component.coredns': 'CoreDNS',
  'component.dns': 'DNS',
  'component.ipv6': 'IPv6 dual stack',
  'component.ccm': 'Cloud controller manager',
  'component.route-table': 'Route table',
  'component.snat': 'SNAT',
  'component.security-group': 'Security group',
  'component.service': 'Service',
  'component.cni': 'CNI',
  'component.hostport': 'hostPort',
  'component.hairpin': 'Hairpin',
  'component.node': 'Node',
  'component.vpc': 'VPC',
  'component.api-server': 'API server',
  'component.packet-capture': 'Packet capture',

  'code.terminal': 'Terminal',
  'code.output': 'Output',
  'code.copy': 'Copy',
  'code.copied': 'Copied',
  'code.copyFailed': 'Copy failed: select the text and copy it by hand',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have been mistyped, or the entry may have moved.',
  'notFound.home': 'Go to the home page',

  'root.title': 'Choose your language',
  'root.body': 'This knowledge base is available in three languages.',
} as const;

/** The shape every locale's dictionary must have. */
export type UiDictionary = Record<keyof typeof en, string>;
