/**
 * Evidence a query carries besides its words: which network plugin, which IP
 * family, which components and what sort of answer the reader wants. Search
 * uses it to re-rank, so a paste that shows `terway-eniip` does not get
 * Flannel entries first and a generic "no internet" question does not get
 * the IPv6 entries first.
 */
import type { Circumstance } from '../../schemas/circumstance.ts';
import type { Component } from '../../schemas/component.ts';
import type { Kind } from '../../schemas/kind.ts';
import { foldWidth } from './normalize.ts';

export type PluginSignal = 'terway' | 'flannel';

/** What a query says about the reader's cluster and need. */
export interface Evidence {
  /** The plugin the query names or shows; undefined when it shows none or both. */
  readonly plugin?: PluginSignal;
  /** The query names both plugins, and not as a move from one to the other: it weighs them against each other. */
  readonly bothPlugins?: true;
  /** The query is about IPv6 or dual stack. */
  readonly ipv6: boolean;
  /** Components the query names or shows. */
  readonly components: ReadonlySet<Component>;
  /** What the query says happened just before, or which way the failing traffic goes. */
  readonly circumstances: ReadonlySet<Circumstance>;
  /** The sort of answer the wording asks for, when it says. */
  readonly intent?: Kind;
}

// Cues are matched against the lower-cased, width-folded query.
const TERWAY: readonly RegExp[] = [
  // With the typos readers make in a hurry (terwya, teraway).
  /terway|\bterwya\b|\bteraway\b|\bterawy\b/,
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
const FLANNEL: readonly RegExp[] = [
  /flannel|\bflanel\b|\bflannle\b|\bflanne\b/,
  /\bcni0\b/,
  /\bhost-local\b/,
  /\bhost-gw\b/,
  /\bali-vpc\b/,
];
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
  // The node itself failing, not every mention of "the node" (nearly every paste names one).
  [
    'node',
    /notready|not ready|network-?unavailable|\bnodes? (?:is |are )?(?:down|unavailable|unschedulable)|节点.{0,4}(?:notready|不可用|异常|宕机|不可调度)|ノード.{0,4}(?:notready|ダウン|使えない|スケジュールできない)/,
  ],
  ['snat', /snat|nat gateway|nat 网关|internet|egress|outbound|公网|外网|出网|インターネット|外部/],
  ['security-group', /security group|安全组|セキュリティグループ|\bsg-[0-9a-z]{6,}/],
  ['route-table', /route table|routes?\b|路由|ルート/],
  ['api-server', /apiserver|api server|api-server|kubernetes\.default|:6443\b|\brbac\b|forbidden/],
  ['network-policy', /networkpolicy|network policy|网络策略|ネットワークポリシー/],
  ['hairpin', /hairpin|回环|ループバック|ヘアピン/],
  ['hostport', /hostport/],
  ['packet-capture', /tcpdump|packet capture|抓包|キャプチャ/],
];

// How readers tell each circumstance, in the three languages.
const CIRCUMSTANCE_CUES: Readonly<Record<Circumstance, RegExp>> = {
  restart: /restart|reboot|rollout|power[- ]?off|power loss|重启|重新启动|宕机|断电|再起動|電源断/,
  upgrade: /upgrad|升级|アップグレード|バージョンアップ/,
  'scale-out':
    // Scaling out a vSwitch (扩容vSwitch, vSwitch をスケールアウト) is adding one, not adding nodes.
    /(?<!(?:vswitch|vsw|subnet|交换机|子网|サブネット)\s?(?:を)?)(?:scal(?:e|ed|ing)[ -]?out|扩容|スケールアウト)(?!\s?(?:the |a |an )?(?:vswitch|vsw|subnet|交换机|子网|サブネット))|new(?:ly added)? nodes?|added (?:\w+ ){0,2}nodes?|nodes? (?:were |was )?(?:just )?added|新扩|新(?:加|增|建)?的?节点|加了.{0,4}节点|新(?:しい|規)?ノード|ノード(?:を|が)?追加|追加(?:した|された)ノード/,
  'vswitch-added':
    /(?:add(?:ed|ing)?|new|extra|another|second)\b.{0,20}\b(?:vswitch|vsw|subnet)|\b(?:vswitch|subnet)e?s? (?:was |were )?(?:added|extended)|(?:新增|新加|加了|添加|增加|新建).{0,8}(?:vswitch|vsw|交换机|子网)|(?:vswitch|vsw|交换机|子网|サブネット).{0,10}(?:追加|増や)|(?:追加|新しい|新規).{0,10}(?:vswitch|vsw|サブネット)|(?:put|added?|register(?:ed)?)\b.{0,40}\b(?:in|into|to) podvswitchid|podvswitchid.{0,12}(?:新增|加了|添加|追加)|(?:加进|加到|加入).{0,4}podvswitchid|(?:scal(?:e|ed|ing)[ -]?out|扩容|スケールアウト)\s?(?:the |a |an )?(?:vswitch|vsw|subnet|交换机|子网|サブネット)|(?:vswitch|vsw|subnet|交换机|子网|サブネット)\s?を?(?:scal(?:e|ed|ing)[ -]?out|扩容|スケールアウト)/,
  'vswitch-removed':
    /(?:remov|delet|drop|replac|retir)(?:e|ed|ing)?\b.{0,30}\b(?:vswitch|vsw|subnet)|(?:vswitch|vsw|subnet)e?s?\b.{0,30}\b(?:removed|deleted|dropped|replaced|retired)|(?:删掉|删除|去掉|移除|换掉|换了|下线)(?:了)?.{0,12}(?:vswitch|vsw|交换机|子网)|(?:vswitch|vsw|交换机|子网|サブネット).{0,12}(?:删掉|删除|去掉|移除|下线|削除|外し|外した|入れ替え|廃止)/,
  'node-reused':
    /^(?=[\s\S]*(?:reus|流用|复用|纳管|加到新|加入新|加进新|移过来|搬过来|移し|移した|joined|re-?add))(?=[\s\S]*(?:an?other cluster|old cluster|previous cluster|different cluster|旧集群|之前的集群|别的集群|其他集群|前のクラスタ|別の?クラスタ))/,
  migration:
    /migrat|\bmoved? (?:from|to)\b|\bswitch(?:ed|ing)? (?:from|over)\b|(?:flannel|terway)\b.{0,30}(?:\bto|->|→|\binto|改成|换成|切换成|切换到|から) ?(?:flannel|terway)|迁移|迁到|迁过来|搬迁|搬到|切换(?:到|成)|换成|移行|乗り換え|移設/,
  outbound:
    /egress|outbound|outgoing|(?:reach|access|to|out to|get to) (?:the )?internet|internet access|出网|出公网|出不了(?:外|公)?网|第三方的? ?(?:https? ?)?(?:接口|api|服务)|third[- ]party (?:apis?|services?|endpoints?)|外部の ?api|访问(?:公网|外网|互联网)|上不了网|外部宛て|外に出|外の(?:サイト|サービス|api)|(?:外へ|外に)?出ていけない|出て行けない|インターネット(?:に|へ)(?:出|接続|アクセス)|アウトバウンド/,
  inbound:
    /inbound|incoming|from (?:the )?internet|from outside|从公网|公网(?:无法|不能)?访问|外部から|インターネットから|外から/,
  'ipv4-only':
    /(?:only|just) (?:shows?|has|have|got|gets|lists?) (?:an? )?ipv4|(?:only|just) (?:an? )?ipv4 (?:address|ip|clusterip|cluster ip)|still (?:an? |shows? )?ipv4|(?:address|ip|clusterip|cluster ip|cluster-ip)s? (?:is|are) (?:still |all |only )?ipv4|no ipv6 (?:address|ip|clusterip)|(?:全是|只有|还是|仍然?是?) ?ipv4|(?:看不到|没有|没分到) ?ipv6 ?(?:地址|ip)?|ipv4 ?(?:のまま|しか)|ipv6 ?(?:アドレス)?(?:が|は)(?:付か|振られ|割り当てられ|ありません|ない)/,
  intermittent:
    /intermittent|sporadic|occasional|now and then|from time to time|once in a while|sometimes|at random|randomly|\brandom\b|\b(?:1|one) (?:in|out of) (?:a few |every )?(?:hundred|thousand|\d+)|flaky|\b\d+(?:\.\d+)?% of (?:the |dns )?(?:calls|requests|lookups|queries)|偶发|偶现|偶尔|时不时|间歇|时好时坏|时通时断|随机|不稳定|たまに|時々|ときどき|間欠|断続|散発|ランダム|不安定/,
  'range-full':
    /(?:many|lots of|too many|a lot of) pods|pods? (?:fill|filled|packed)|packed with|full of pods|crammed|跑满|占满|塞满|pod (?:太多|很多)|詰め込|pod 数が多い/,
  'range-not-full':
    /(?:few|not many|only (?:a few|\d+)) pods|\bleak|泄漏|泄露|没几个 ?pod|pod (?:很少|不多)|pod 数.{0,6}少|少ないのに|リーク|not (?:been )?released|never released|没有释放|没释放|未释放|解放されて(?:い)?ない/,
  // A Service with nothing behind it. kubectl get ep / endpoints (after its header or the command, so another
  // table's <none> in the second column, say a NetworkPolicy's empty pod selector, does not count), an empty
  // EndpointSlice, kubectl describe svc (Endpoints: <none>; blank since kubectl 1.31, which reads the slices),
  // a slice's `endpoints: null`, or said in words.
  'no-endpoints':
    /\bname\s+endpoints\s+age\b[\s\S]*?(?:^|\s)(?:endpoints\/)?[\w.-]+\s+<none>\s+\d+[smhdy]|kubectl get (?:ep|endpoints)\b[\s\S]*?(?:^|\s)[\w.-]+\s+<none>\s+\d+[smhdy]|^\s*endpoints\/[\w.-]+\s+<none>|\b(?:ipv4|ipv6|fqdn)\s+<unset>\s+<unset>\s+\d+[smhdy]|^[ \t]*endpoints:[ \t]*(?:<none>[ \t]*)?$(?!\n[ \t]*-|\n[ \t]+\S)|\bendpoints:\s*<none>|^\s*"?endpoints"?:\s*null\b|\bno (?:ready |active |available )?endpoints?\b|\b(?:0|zero) endpoints\b|does not have any (?:active )?endpoints?\b|\bempty endpoints?\b|endpoints? (?:column |list )?(?:is |are |was |shows? |stays? )?(?:empty|<none>)|(?:endpoints?|\bep) ?(?:列表)?(?:为空|是空的|空了|空的)|(?:endpoints?|\bep)(?:里|中|列表里)?(?:没有|没) ?(?:pod|ip|地址)|(?:endpoints?|エンドポイント) ?(?:が|は) ?(?:空(?!いて|では|じゃ)|ない|無い|ありません|<none>)|(?:endpoints?|エンドポイント) ?に(?:何も|なにも)(?:出|表示され)/m,
  identify:
    /which (?:\w+ )?(?:mode|flavou?r|data ?path|datapath|cni|plugin|one)\b.{0,40}(?:am i|are we|(?:is|does) (?:my|our|the|it|this)|(?:my|our) (?:cluster|terway|nodes?))|how (?:can|do|would) (?:i|we|you) (?:tell|know|check|see|find out)|how to (?:tell|check|see|find out) (?:which|whether|if)|(?:tell|check|see|find out|know) (?:which|whether)|哪种模式|什么模式|哪个模式|哪种(?:网络)?插件|怎么(?:看|判断|确认|区分)|如何(?:判断|查看|确认|区分)|在哪(?:里|儿)?(?:能|可以)?(?:看|查)|看出来|分辨|見分け|どこ(?:で|を)?(?:確認|見れば|見たら|見る|分かる|わかる)|どの(?:モード|データ(?:プレーン|パス)|プラグイン)|どちらの(?:モード|プラグイン)|確認方法|判別|どう(?:やって)?(?:確認|調べ|見分け)/,
};

/**
 * How much a told circumstance counts, where not 1: asking how to tell which mode one's own cluster
 * runs is the whole question, not a detail of it.
 */
const CIRCUMSTANCE_WEIGHT: Readonly<Partial<Record<Circumstance, number>>> = { identify: 2 };

/** Addresses in the range a paste shows: a host-local range (`range set: a-b`) or a podCIDR's prefix. */
function rangeSize(q: string): number | undefined {
  const set = /range set:\s*(\d+\.\d+\.\d+\.\d+)-(\d+\.\d+\.\d+\.\d+)/.exec(q);
  if (set) return ipv4(set[2]!) - ipv4(set[1]!) + 1;
  const at = q.indexOf('podcidr');
  // The podCIDR's address and prefix, or a bare prefix said just after it ("podCIDR 是 /26").
  const cidr =
    at < 0
      ? null
      : (/\b\d+\.\d+\.\d+\.\d+\/(\d{1,2})\b/.exec(q.slice(at)) ?? /^[^\n/]{0,12}(?<![\w.])\/(\d{1,2})\b/.exec(q.slice(at + 7)));
  const prefix = cidr ? Number(cidr[1]) : NaN;
  return prefix >= 16 && prefix <= 30 ? 2 ** (32 - prefix) - 2 : undefined;
}

function ipv4(text: string): number {
  return text.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/**
 * The pods a paste counts on a node: a bare number that `grep -c` or `wc -l`
 * printed for a command listing pods (not, say, the address files of the
 * CNI's store), or "N pods", "Pod N 個", "N 个 pod".
 */
function podCount(q: string): number | undefined {
  const lines = q.split('\n');
  for (let i = 1; i < lines.length; i++)
    if (/^\s*\d{1,4}\s*$/.test(lines[i]!) && /\bpods?\b/.test(lines[i - 1]!) && /grep -c|wc -l/.test(lines[i - 1]!))
      return Number(lines[i]);
  const said =
    /\b(\d{1,4})\+? (?:running )?pods\b|\bpods? ?(\d{1,4}) ?[個个]|(\d{1,4}) ?(?:多|余)? ?个 ?pods?\b|non-terminated pods:\s*\((\d{1,4}) in total\)/.exec(
      q,
    );
  return said ? Number(said[1] ?? said[2] ?? said[3] ?? said[4]) : undefined;
}

/** Whether the pods a paste counts fill the range it shows (80% or more) or fall well short of it (half or less). */
function rangeUse(q: string): Circumstance | undefined {
  const size = rangeSize(q);
  const count = podCount(q);
  if (size === undefined || count === undefined || size <= 0) return undefined;
  return count >= 0.8 * size ? 'range-full' : count <= 0.5 * size ? 'range-not-full' : undefined;
}

// Wording that asks for a procedure, an explanation, or help with a failure ("能不能", can it be done, holds
// "不能" but is no failure).
// Asking where to start is asking for a procedure, whatever failure words come with it.
const START =
  /where (?:do|should|can) i (?:start|begin|look)|how (?:do i|to|can i) (?:troubleshoot|debug|narrow)|what (?:else )?(?:should i|to|do i) check|next step|下一步(?:怎么|该)查|接下来(?:怎么|该)查|次に(?:何を)?(?:確認|調べ)|从哪(?:里|儿)?(?:开始|查|入手|下手)|排查(?:思路|步骤|方法|流程)|(?:怎么|如何)排查|どこから(?:調べ|確認|見)|切り分け(?:方|手順)|調べ方/;
const HOWTO =
  /\bhow (?:do|to|can)\b|where (?:can|do) i (?:see|check|find)|在哪(?:里|儿)?(?:能|可以)?(?:看|查|确认)|哪里(?:能|可以)?看|どこ(?:を|で)?(?:見れば|見る|確認|分か)|\bsteps?\b|如何|怎么(?:查看|看|配置|设置|修改|改|开启|确认|抓包)|方法|手順|やり方|確認する|設定する|変更する/;
const CONCEPT =
  /\bwhat is\b|\bwhat are\b|\bdifference\b|\bvs\.?\b|\bversus\b|\bcan i\b|是什么|区别|能否|能不能|可不可以|还能.{0,12}吗|是否支持|とは|違い|できますか|できる[？?]|可能(?:です)?か/;
// 能不能 (can it be done?) holds 不能 (cannot) but reports no failure.
const TROUBLE =
  /error|fail|timeout|timed out|refused|unreachable|cannot|can't|can not|\bnot\b|denied|stuck|notready|crash|\bloss\b|dropp?(?:ed|ing|s)?\b|报错|失败|超时|不通|无法|(?<!能)不能|不了|异常|卡在|丢包|エラー|失敗|タイムアウト|できない|できません|届かない|つながらない|パケットロス/;

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
  const circumstances = new Set(
    (Object.entries(CIRCUMSTANCE_CUES) as [Circumstance, RegExp][]).filter(([, re]) => re.test(q)).map(([c]) => c),
  );
  const use = rangeUse(q);
  if (use) circumstances.add(use);
  const bothPlugins = terway && flannel && !circumstances.has('migration');
  const intent: Kind | undefined = START.test(q)
    ? 'howto'
    : TROUBLE.test(q)
      ? 'troubleshooting'
      : HOWTO.test(q)
        ? 'howto'
        : CONCEPT.test(q)
          ? 'concept'
          : undefined;
  return {
    ...(plugin ? { plugin } : {}),
    ...(bothPlugins ? { bothPlugins } : {}),
    ipv6,
    components,
    circumstances,
    ...(intent ? { intent } : {}),
  };
}

/** What the ranking needs of an entry. */
export interface RankedEntry {
  readonly kind: Kind;
  readonly plugin: readonly string[];
  readonly components: readonly string[];
  readonly circumstances?: readonly string[];
}

/** Circumstances that exclude each other: traffic one way or the other; a full range or one far from full. */
const OPPOSITES: readonly (readonly [Circumstance, Circumstance])[] = [
  ['inbound', 'outbound'],
  ['range-full', 'range-not-full'],
];

/** How many of the pairs the query says one side of and the entry only the other. */
function contradictions(told: ReadonlySet<string>, own: readonly string[]): number {
  const one = (list: { has(c: string): boolean }, [a, b]: readonly [string, string]) =>
    list.has(a) === list.has(b) ? undefined : list.has(a) ? a : b;
  const mine = new Set(own);
  return OPPOSITES.filter((pair) => {
    const [asked, about] = [one(told, pair), one(mine, pair)];
    return asked !== undefined && about !== undefined && asked !== about;
  }).length;
}

/** How much the evidence supports an entry: 1 is neutral, below 1 speaks against it. */
export function evidenceFactor(entry: RankedEntry, evidence: Evidence, clusterPlugin?: string): number {
  let factor = 1;
  const anyPlugin = entry.plugin.includes('any');
  if (evidence.plugin) {
    if (entry.plugin.includes(evidence.plugin)) factor *= anyPlugin ? 1 : 1.2;
    else if (!anyPlugin) factor *= 0.3;
  } else if (evidence.bothPlugins) {
    // Terway and Flannel named together: the entries about both (choosing, switching, what differs) answer it.
    if (entry.plugin.includes('terway') && entry.plugin.includes('flannel')) factor *= 1.2;
  } else if (clusterPlugin && !anyPlugin && !entry.plugin.includes(clusterPlugin)) {
    // "My cluster" says the plugin; weaker than the query saying it.
    factor *= 0.6;
  }
  const forIpv6 = entry.components.includes('ipv6');
  if (forIpv6) factor *= evidence.ipv6 ? 1.3 : 0.4;
  let shared = 0;
  for (const c of evidence.components) if (c !== 'ipv6' && entry.components.includes(c)) shared++;
  factor *= 1 + 0.12 * Math.min(shared, 3);
  // What happened just before tells close neighbours apart (a restart, nodes or a vSwitch added).
  const own = entry.circumstances ?? [];
  let told = 0;
  for (const c of evidence.circumstances) if (own.includes(c)) told += CIRCUMSTANCE_WEIGHT[c] ?? 1;
  factor *= 1 + 0.3 * Math.min(told, 2);
  factor *= 0.75 ** contradictions(evidence.circumstances, own);
  if (evidence.intent) factor *= evidence.intent === entry.kind ? 1.2 : evidence.intent === 'troubleshooting' ? 0.85 : 1;
  return factor;
}

/** Troubleshooting answers before procedures before explanations. */
export const KIND_ORDER: Readonly<Record<Kind, number>> = { troubleshooting: 0, howto: 1, concept: 2 };
