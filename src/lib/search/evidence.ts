/**
 * Evidence a query carries besides its words: which network plugin, which IP
 * family, which components and what sort of answer the reader wants. Search
 * uses it to re-rank, so a paste that shows `terway-eniip` does not get
 * Flannel entries first and a generic "no internet" question does not get
 * the IPv6 entries first.
 */
import type { Component } from '../../schemas/component.ts';
import type { Kind } from '../../schemas/kind.ts';
import { foldWidth } from './normalize.ts';

export type PluginSignal = 'terway' | 'flannel';

/** What a query says about the reader's cluster and need. */
export interface Evidence {
  /** The plugin the query names or shows; undefined when it shows none or both. */
  readonly plugin?: PluginSignal;
  /** The query is about IPv6 or dual stack. */
  readonly ipv6: boolean;
  /** Components the query names or shows. */
  readonly components: ReadonlySet<Component>;
  /** The sort of answer the wording asks for, when it says. */
  readonly intent?: Kind;
}

// Cues are matched against the lower-cased, width-folded query.
const TERWAY: readonly RegExp[] = [
  /terway/,
  /\beni(?:ip)?\b/,
  /\beni-[0-9a-z]{6,}/,
  /\bvsw-[0-9a-z]{6,}/,
  /ipvlan/,
  /datapath\s*v2|datapathv2/,
  /\btrunk\b/,
  /k8s\.aliyun\.com\//,
  /invalidvswitchid/,
  /弹性网卡|網卡|网卡/,
];
const FLANNEL: readonly RegExp[] = [/flannel/, /\bcni0\b/, /\bhost-local\b/, /\bhost-gw\b/, /\bali-vpc\b/];
const IPV6: readonly RegExp[] = [
  /ipv6|\bv6\b|\bip6|ip -6|icmpv6|\baaaa\b/,
  /dual[\s-]?stack|双栈|デュアルスタック/,
  // A literal IPv6 address or prefix: a `::`, or five to eight colon-separated hex groups (times have three).
  /(?<![\w:])(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?(?:\/\d{1,3})?(?![\w:])/,
  /(?<![\w:])[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){4,7}(?![\w:])/,
];

const COMPONENT_CUES: readonly (readonly [Component, RegExp])[] = [
  ['coredns', /coredns|corefile/],
  [
    'dns',
    /\bdns\b|nslookup|\bdig\b|resolv\.conf|ndots|nxdomain|:53\b|no servers could be reached|name resolution|解析|名前解決|ドメイン名/,
  ],
  ['ipvs', /ipvs/],
  ['kube-proxy', /kube-proxy/],
  ['conntrack', /conntrack|连接跟踪|接続追跡/],
  ['service', /\bservice\b|\bsvc\b|clusterip|cluster ip|endpoints?\b|服务|サービス/],
  ['node', /\bnode\b|\bnodes\b|notready|节点|ノード/],
  ['snat', /snat|nat gateway|nat 网关|internet|egress|outbound|公网|外网|出网|インターネット|外部/],
  ['security-group', /security group|安全组|セキュリティグループ|\bsg-[0-9a-z]{6,}/],
  ['route-table', /route table|routes?\b|路由|ルート/],
  ['api-server', /apiserver|api server|api-server|kubernetes\.default|:6443\b|\brbac\b|forbidden/],
  ['network-policy', /networkpolicy|network policy|网络策略|ネットワークポリシー/],
  ['hairpin', /hairpin|回环|ループバック|ヘアピン/],
  ['hostport', /hostport/],
  ['packet-capture', /tcpdump|packet capture|抓包|キャプチャ/],
];

// Wording that asks for a procedure, an explanation, or help with a failure.
const HOWTO =
  /\bhow (?:do|to|can)\b|\bsteps?\b|如何|怎么(?:查看|看|配置|设置|修改|改|开启|确认|抓包)|方法|手順|やり方|確認する|設定する|変更する/;
const CONCEPT =
  /\bwhat is\b|\bwhat are\b|\bdifference\b|\bvs\.?\b|\bversus\b|\bcan i\b|是什么|区别|能否|是否支持|とは|違い|できますか/;
const TROUBLE =
  /error|fail|timeout|timed out|refused|unreachable|cannot|can't|can not|\bnot\b|denied|stuck|notready|crash|报错|失败|超时|不通|无法|不能|不了|异常|卡在|エラー|失敗|タイムアウト|できない|できません|届かない|つながらない/;

/** Reads the evidence in a query (a typed question or a pasted log). */
export function readEvidence(query: string): Evidence {
  const q = foldWidth(query).toLowerCase();
  const terway = TERWAY.some((re) => re.test(q));
  const flannel = FLANNEL.some((re) => re.test(q));
  const components = new Set<Component>();
  for (const [component, re] of COMPONENT_CUES) if (re.test(q)) components.add(component);
  const ipv6 = IPV6.some((re) => re.test(q));
  if (ipv6) components.add('ipv6');
  const plugin = terway === flannel ? undefined : terway ? 'terway' : 'flannel';
  const intent: Kind | undefined = TROUBLE.test(q)
    ? 'troubleshooting'
    : HOWTO.test(q)
      ? 'howto'
      : CONCEPT.test(q)
        ? 'concept'
        : undefined;
  return { ...(plugin ? { plugin } : {}), ipv6, components, ...(intent ? { intent } : {}) };
}

/** What the ranking needs of an entry. */
export interface RankedEntry {
  readonly kind: Kind;
  readonly plugin: readonly string[];
  readonly components: readonly string[];
}

/** How much the evidence supports an entry: 1 is neutral, below 1 speaks against it. */
export function evidenceFactor(entry: RankedEntry, evidence: Evidence, clusterPlugin?: string): number {
  let factor = 1;
  const anyPlugin = entry.plugin.includes('any');
  if (evidence.plugin) {
    if (entry.plugin.includes(evidence.plugin)) factor *= anyPlugin ? 1 : 1.2;
    else if (!anyPlugin) factor *= 0.3;
  } else if (clusterPlugin && !anyPlugin && !entry.plugin.includes(clusterPlugin)) {
    // "My cluster" says the plugin; weaker than the query saying it.
    factor *= 0.6;
  }
  const forIpv6 = entry.components.includes('ipv6');
  if (forIpv6) factor *= evidence.ipv6 ? 1.3 : 0.4;
  let shared = 0;
  for (const c of evidence.components) if (c !== 'ipv6' && entry.components.includes(c)) shared++;
  factor *= 1 + 0.12 * Math.min(shared, 3);
  if (evidence.intent) factor *= evidence.intent === entry.kind ? 1.2 : evidence.intent === 'troubleshooting' ? 0.85 : 1;
  return factor;
}

/** Troubleshooting answers before procedures before explanations. */
export const KIND_ORDER: Readonly<Record<Kind, number>> = { troubleshooting: 0, howto: 1, concept: 2 };
