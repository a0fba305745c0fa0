import { describe, expect, it } from 'vitest';
import { evidenceFactor, KIND_ORDER, readEvidence, type Evidence } from '../../../../src/lib/search/evidence.ts';

const none: Evidence = { ipv6: false, components: new Set(), circumstances: new Set() };

describe('readEvidence', () => {
  it.each([
    ['Warning FailedCreatePodSandBox terway-eniip-7d8xk', 'terway'],
    ['pod ip 不够了 terway', 'terway'],
    ['eni not found on node', 'terway'],
    ['no ip in vsw-bp1abc234def', 'terway'],
    ['ipvlan datapath v2', 'terway'],
    ['annotation k8s.aliyun.com/pod-ip-reservation', 'terway'],
    ['网卡不够', 'terway'],
    ['kube-flannel-ds crashloop', 'flannel'],
    ['cni0 already has an IP address', 'flannel'],
    ['failed to allocate for range 0 via host-local', 'flannel'],
    ['terwya pod no ip', 'terway'],
    ['flanel 集群新节点', 'flannel'],
    ['flannle hostPort', 'flannel'],
  ])('reads the plugin from %j', (q, plugin) => {
    expect(readEvidence(q).plugin).toBe(plugin);
  });
  it('names no plugin when the query shows both or neither', () => {
    expect(readEvidence('migrate from flannel to terway').plugin).toBeUndefined();
    expect(readEvidence('pod cannot reach internet').plugin).toBeUndefined();
    expect(readEvidence('pod cannot reach internet')).not.toHaveProperty('plugin');
  });
  it.each([
    ['flannel or terway for a new cluster?', true],
    ['Terway と Flannel の選び方', true],
    ['terway 和 flannel 选哪个', true],
    ['migrate from flannel to terway', false],
    ['flannel 集群迁到 terway 后 pod 上不了网', false],
    ['terway pod no ip', false],
    ['pod cannot reach internet', false],
  ])('reads both plugins weighed against each other from %j: %s', (q, both) => {
    expect(readEvidence(q).bothPlugins === true).toBe(both);
    if (!both) expect(readEvidence(q)).not.toHaveProperty('bothPlugins');
  });
  it.each([
    ['pod has no ipv6 address', true],
    ['IPv6 dual-stack service', true],
    ['双栈集群', true],
    ['デュアルスタック', true],
    ['dig AAAA example.com', true],
    ['ping 2408:4005:3a1:1100::5 fails', true],
    ['route ::/0 missing', true],
    ['pod cannot reach internet', false],
    ['E1121 22:58:14.123456 12345 server.go:12] timeout', false],
    ['dial udp 192.168.0.10:53: i/o timeout', false],
  ])('reads IPv6 from %j as %s', (q, ipv6) => {
    expect(readEvidence(q).ipv6).toBe(ipv6);
    expect(readEvidence(q).components.has('ipv6')).toBe(ipv6);
  });
  it('reads the components a query names or shows', () => {
    expect([...readEvidence('dial udp 10.0.0.10:53: i/o timeout from coredns').components].sort()).toEqual(['coredns', 'dns']);
    expect([...readEvidence('ipvsadm shows no real server for the svc').components].sort()).toEqual(['ipvs', 'service']);
    expect([...readEvidence('nf_conntrack: table full, dropping packet').components]).toEqual(['conntrack']);
    expect([...readEvidence('pod 出不了公网').components]).toEqual(['snat']);
    expect([...readEvidence('kubernetes.default 403 forbidden').components]).toEqual(['api-server']);
    expect([...readEvidence('tcpdump on the node').components]).toEqual(['packet-capture']);
    expect([...readEvidence('node cn-hangzhou.10.0.0.1 NotReady').components]).toEqual(['node']);
    expect([...readEvidence('节点状态异常').components]).toEqual(['node']);
    expect([...readEvidence('ノードが NotReady のまま').components]).toEqual(['node']);
  });
  it.each([
    ['pods cannot resolve names', 'troubleshooting'],
    ['DNS 解析超时', 'troubleshooting'],
    ['Service にアクセスできない', 'troubleshooting'],
    ['ping to some ecs shows 100% loss', 'troubleshooting'],
    ['跨节点丢包', 'troubleshooting'],
    ['パケットロスが出る', 'troubleshooting'],
    ['how to change the kube-proxy mode', 'howto'],
    ['如何查看 Terway 模式', 'howto'],
    ['ノードの追加手順', 'howto'],
    ['new node has no network, where do i start', 'howto'],
    ['新节点网络不通从哪开始查', 'howto'],
    ['どこから調べればいい？', 'howto'],
    ['一个 pod 独占一块网卡还是共用，在哪能看出来', 'howto'],
    ['NIC を専有するモード？どこ見れば分かる？', 'howto'],
    ['where can i see which eni mode the node uses', 'howto'],
    ['跨节点 ping 不通，有没有完整的排查思路', 'howto'],
    ['how do i troubleshoot pods that cannot reach each other', 'howto'],
    ['taint is gone and the route is there, what should i check next', 'howto'],
    ['污点已经消了，路由也在，下一步怎么查', 'howto'],
    ['what is datapath v2', 'concept'],
    ['terway 和 flannel 的区别', 'concept'],
    ['IPVS とは', 'concept'],
    // Asking whether something can be done is not a failure, though 能不能 holds 不能.
    ['已经在跑业务的 flannel 集群能不能直接改成 terway', 'concept'],
    ['集群建好以后 pod 网段还能改吗', 'concept'],
    ['作成済みクラスタの Pod CIDR を後から変更できる？', 'concept'],
    ['flannel 集群里 pod 不能访问外网', 'troubleshooting'],
    ['能不能帮忙看下为什么 pod 解析失败', 'troubleshooting'],
  ])('reads the wanted answer from %j as %s', (q, intent) => {
    expect(readEvidence(q).intent).toBe(intent);
  });
  it('reads no intent from a bare name', () => {
    expect(readEvidence('kube-proxy-worker')).not.toHaveProperty('intent');
  });
  it.each([
    ['DNS timeouts right after the coredns pods were restarted', ['restart']],
    ['节点重启之后 pod 拿不到 IP', ['restart']],
    ['ノードを再起動したら Pod が起動しない', ['restart']],
    ['nodes NotReady since we upgraded flannel', ['upgrade']],
    ['升级 CoreDNS 之后解析超时', ['upgrade']],
    ['アップグレード後にエラー', ['upgrade']],
    ['we scaled out the node pool and the new nodes have no pod network', ['scale-out']],
    ['扩容之后新节点上的 pod 不通', ['scale-out']],
    ['新扩的 worker 上 pod 不通', ['scale-out']],
    ['ノードを追加したら Pod が通信できない', ['scale-out']],
    ['added a new vswitch to terway and pods still get no ip', ['vswitch-added']],
    ['新增了一个交换机之后 pod 还是没有 IP', ['vswitch-added']],
    ['vSwitch を追加したのに IP が割り当てられない', ['vswitch-added']],
    ['we put vsw-2ze9k4m1 into PodVswitchId yesterday', ['vswitch-added']],
    ['scaled out the vswitch but pods still get no ip', ['vswitch-added']],
    ['Terway网络模式扩容vSwitch后，原有节点的Pod仍无法分配IP', ['vswitch-added']],
    ['vSwitch をスケールアウトした後も Pod に IP が割り当てられない', ['vswitch-added']],
    ['pods get addresses from a subnet we removed from the config', ['vswitch-removed']],
    ['地址落在早就从配置里删掉的交换机网段', ['vswitch-removed']],
    ['設定からサブネットを外したのに', ['vswitch-removed']],
    ['the node is an ECS we reused from another cluster', ['node-reused']],
    ['前のクラスタで使ってた ECS をノードとして流用した', ['node-reused']],
    ['这台机器是从旧集群移过来的', ['node-reused']],
    ['migrated from flannel to terway, now', ['migration']],
    ['从 flannel 迁移到 terway', ['migration']],
    ['Terway に移行したら', ['migration']],
    ['can i change flannel to terway on an existing cluster without recreating it', ['migration']],
    ['flannel 改成 terway', ['migration']],
    ['业务从旧集群搬到新建的集群后出不了网', ['migration', 'outbound']],
    ['业务从 flannel 集群迁到新建的 terway 集群', ['migration']],
    ['已经在跑业务的 flannel 集群能不能直接改成 terway', ['migration']],
    ['can I convert an existing flannel ACK cluster to terway in place', ['migration']],
    ['部分 pod 调第三方 https 接口一直 timeout', ['outbound']],
    ['calls to a third-party API time out from pods', ['outbound']],
    ['random 5s stalls on dns lookups, maybe 1 in a few hundred', ['intermittent']],
    ['one node is packed with ~60 pods', ['range-full']],
    ['pods have no egress to the internet', ['outbound']],
    ['pod 访问公网超时', ['outbound']],
    ['コンテナから外部宛ての通信が出ない', ['outbound']],
    ['curl -6 で外のサイトに出ていけない', ['outbound']],
    ['clients from the internet cannot connect to the pod', ['inbound']],
    ['从公网访问 pod 的 IPv6 地址不通', ['inbound']],
    ['インターネットから Pod に届かない', ['inbound']],
    ['intermittent could not resolve host, ~0.5% of calls', ['intermittent']],
    ['DNS 偶发解析失败', ['intermittent']],
    ['名前解決がたまに失敗する', ['intermittent']],
    ['dual stack on, but the service still has only an IPv4 ClusterIP', ['ipv4-only']],
    ['开了双栈，CLUSTER-IP 全是 ipv4', ['ipv4-only']],
    ['デュアルスタックなのに Pod IP が IPv4 のまま', ['ipv4-only']],
    ['kubectl get pod -o wide only shows ipv4 ips', ['ipv4-only']],
    ['双栈集群 kubectl get pod 看不到 ipv6 地址', ['ipv4-only']],
    ['デュアルスタックなのに Service に IPv6 アドレスがありません', ['ipv4-only']],
    ['ClusterIP が IPv4しか無い', ['ipv4-only']],
    ['DNS がランダムに失敗する', ['intermittent']],
    ['NAME             ENDPOINTS   AGE\nendpoints/cart   <none>      3h', ['no-endpoints']],
    ['NAME        ENDPOINTS   AGE\norder-svc   <none>      2d', ['no-endpoints']],
    ['Endpoints:         <none>', ['no-endpoints']],
    ['service has no endpoints although the pods are running', ['no-endpoints']],
    ['svc 访问不了，endpoints 为空', ['no-endpoints']],
    ['Service の Endpoints が空になっている', ['no-endpoints']],
    [
      'NAME   TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE\ncart   ClusterIP   172.21.9.44   <none>        80/TCP    3h',
      [],
    ],
    ['NAMESPACE   NAME   ENDPOINTS   AGE\nshop        cart   <none>      3y', ['no-endpoints']],
    ['$ kubectl get ep cart -n shop NAME ENDPOINTS AGE cart <none> 40d', ['no-endpoints']],
    ['Name:              cart\nSelector:          app=cart\nEndpoints:\nSession Affinity:  None', ['no-endpoints']],
    [
      'NAME         ADDRESSTYPE   PORTS     ENDPOINTS   AGE\ncart-x7k2p   IPv4          <unset>   <unset>     3h',
      ['no-endpoints'],
    ],
    ['kubectl get endpoints に何も出ません', ['no-endpoints']],
    ['NAME                   POD-SELECTOR   AGE\ndefault-deny-ingress   <none>         3d', []],
    ['Endpoints は空ではないのに繋がらない', []],
    ['endpoints:\n- addresses:\n  - 10.0.1.5', []],
    ['时通时断', ['intermittent']],
    ['retired vswitch still used by pods', ['vswitch-removed']],
    ['把旧集群的机器加到新集群后 pod ip 不在交换机网段', ['node-reused']],
    ['別クラスターから移したノードで Pod の IP がおかしい', ['node-reused']],
    ['removed the vswitch from PodVswitchId', ['vswitch-removed']],
    ['which terway mode am i on, shared or exclusive', ['identify']],
    ['how can I tell whether pods share one NIC', ['identify']],
    ['which CNI is my ack cluster on', ['identify']],
    ['我这个 terway 到底是哪种模式，在哪能看出来', ['identify']],
    ['怎么判断是 DataPathv2 还是 IPvlan', ['identify']],
    ['どのデータプレーンか見分け方', ['identify']],
    ['どこで確認できる？', ['identify']],
    ['choose between terway and flannel', []],
    ['which vswitch has free ips', []],
    ['ipvs 模式下 service 不通', []],
    // Wording that only looks like a circumstance.
    ['dual stack pod reachable on ipv4 only, nginx listens on ipv4 only', []],
    ['the vswitch no longer has free ip addresses', []],
    ['pods on the node share the same ip, ip reused', []],
    ['host port reused by two pods', []],
    ['kube-proxy-worker ipvs udpTimeout', []],
    ['flannel node only runs a few pods but no IP addresses available', ['range-not-full']],
    ['节点 pod 已经跑满了，新 pod 起不来', ['range-full']],
    ['Pod 数は全然少ないのに IP が解放されてない', ['range-not-full']],
  ] as const)('reads what happened or which way the traffic goes: %s', (q, expected) => {
    expect([...readEvidence(q).circumstances].sort()).toEqual([...expected].sort());
  });
  it('reads from a paste whether the pods on a node fill its range', () => {
    const range = 'failed to allocate for range 0: no IP addresses available in range set: 172.30.34.129-172.30.34.190';
    const counted = (n: number) =>
      `${range}\n$ kubectl get pod -A --field-selector spec.nodeName=n1 --no-headers | grep -c Running\n${n}`;
    expect(readEvidence(counted(61)).circumstances).toContain('range-full');
    expect(readEvidence(counted(50)).circumstances).toContain('range-full'); // 50 of 62: 80% and more
    expect(readEvidence(counted(31)).circumstances).toContain('range-not-full'); // half and less
    const between = readEvidence(counted(40)).circumstances;
    expect(between.has('range-full') || between.has('range-not-full')).toBe(false);
    // Without a count, or without a range, nothing is said.
    expect(readEvidence(range).circumstances.size).toBe(0);
    expect(readEvidence('$ kubectl get pod | wc -l\n61').circumstances.size).toBe(0);
    // A podCIDR's prefix gives the range; "N pods" counts too.
    const cidr = 'PodCIDR:   172.20.3.192/26\nthe node runs 12 pods';
    expect(readEvidence(cidr).circumstances).toContain('range-not-full');
    expect(readEvidence('podCIDR 172.20.3.0/24\n$ kubectl get pods -o wide | wc -l\n250').circumstances).toContain('range-full');
    expect(readEvidence(`${range}\nこのノード Pod 9 個しか乗ってない`).circumstances).toContain('range-not-full');
    expect(readEvidence(`${range}\n节点上只有 9 个 pod`).circumstances).toContain('range-not-full');
    // A bare prefix said after the podCIDR; "60 多个 pod"; kubectl describe node's pod total.
    expect(readEvidence('节点 podCIDR 是 /26，上面已经跑了 60 多个 pod').circumstances).toContain('range-full');
    expect(readEvidence('node podCIDR /26 with 12+ pods').circumstances).toContain('range-not-full');
    const described = 'PodCIDR:                      172.20.3.192/26\nNon-terminated Pods:          (61 in total)';
    expect(readEvidence(described).circumstances).toContain('range-full');
    // A prefix far from the word is not the podCIDR's.
    expect(readEvidence('podcidr unknown, the service range is 10.0.0.0 and /16 pods: 12 pods').circumstances.size).toBe(0);
    // Counted files of the CNI's address store are not pods; the pods counted after them are.
    const store = `${range}\n# ls /var/lib/cni/networks/cb0 | wc -l\n64\n# crictl pods -s ready -q | wc -l\n9`;
    expect(readEvidence(store).circumstances).toContain('range-not-full');
    // A number that is not a count (no grep -c or wc -l before it) is not read as one.
    expect(readEvidence(`${range}\n$ kubectl get node -o jsonpath='{.spec.podCIDR}'\n61`).circumstances.size).toBe(0);
  });
  it('folds full-width text before reading it', () => {
    expect(readEvidence('ＴＥＲＷＡＹ　ＩＰｖ６').plugin).toBe('terway');
    expect(readEvidence('ＴＥＲＷＡＹ　ＩＰｖ６').ipv6).toBe(true);
  });
});

describe('evidenceFactor', () => {
  const terwayTrouble = { kind: 'troubleshooting' as const, plugin: ['terway'], components: ['vswitch', 'eni'] };
  const flannelTrouble = { kind: 'troubleshooting' as const, plugin: ['flannel'], components: ['ipam'] };
  const anyConcept = { kind: 'concept' as const, plugin: ['any'], components: ['dns'] };
  const ipv6Entry = { kind: 'troubleshooting' as const, plugin: ['terway'], components: ['ipv6', 'vpc'] };

  it('is neutral without evidence', () => {
    expect(evidenceFactor(terwayTrouble, none)).toBe(1);
    expect(evidenceFactor(anyConcept, none)).toBe(1);
  });
  it('raises the named plugin’s entries and sinks the other plugin’s', () => {
    const terway: Evidence = { ...none, plugin: 'terway' };
    expect(evidenceFactor(terwayTrouble, terway)).toBeCloseTo(1.2);
    expect(evidenceFactor(flannelTrouble, terway)).toBeCloseTo(0.3);
    expect(evidenceFactor(anyConcept, terway)).toBe(1);
    expect(evidenceFactor({ ...terwayTrouble, plugin: ['terway', 'any'] }, terway)).toBe(1);
  });
  it('uses the cluster’s plugin, more weakly, when the query names none', () => {
    expect(evidenceFactor(flannelTrouble, none, 'terway')).toBeCloseTo(0.6);
    expect(evidenceFactor(terwayTrouble, none, 'terway')).toBe(1);
    expect(evidenceFactor(anyConcept, none, 'terway')).toBe(1);
    expect(evidenceFactor(flannelTrouble, { ...none, plugin: 'flannel' }, 'terway')).toBeCloseTo(1.2);
  });
  it('raises the entries about both plugins when the query weighs one against the other', () => {
    const both: Evidence = { ...none, bothPlugins: true };
    const choose = { kind: 'concept' as const, plugin: ['terway', 'flannel'], components: [] };
    expect(evidenceFactor(choose, both)).toBeCloseTo(1.2);
    expect(evidenceFactor(terwayTrouble, both)).toBe(1);
    expect(evidenceFactor(flannelTrouble, both)).toBe(1);
    expect(evidenceFactor(anyConcept, both)).toBe(1);
    // Naming both says more than My cluster's plugin.
    expect(evidenceFactor(flannelTrouble, both, 'terway')).toBe(1);
    expect(evidenceFactor(choose, none)).toBe(1);
  });
  it('lets an IPv6 entry win only when the query says IPv6', () => {
    expect(evidenceFactor(ipv6Entry, none)).toBeCloseTo(0.4);
    expect(evidenceFactor(ipv6Entry, { ...none, ipv6: true, components: new Set(['ipv6']) })).toBeCloseTo(1.3);
  });
  it('raises entries about the components the query shows, up to three of them', () => {
    const shows = (...c: string[]): Evidence => ({ ...none, components: new Set(c as never[]) });
    expect(evidenceFactor(terwayTrouble, shows('vswitch'))).toBeCloseTo(1.12);
    expect(evidenceFactor(terwayTrouble, shows('vswitch', 'eni'))).toBeCloseTo(1.24);
    const many = { ...terwayTrouble, components: ['a', 'b', 'c', 'd'] };
    expect(evidenceFactor(many, shows('a', 'b', 'c', 'd'))).toBeCloseTo(1.36);
  });
  it('raises entries that follow from what the query says happened, up to two circumstances', () => {
    const told = (...c: string[]): Evidence => ({ ...none, circumstances: new Set(c as never[]) });
    const afterRestart = { ...anyConcept, circumstances: ['restart', 'upgrade'] };
    expect(evidenceFactor(afterRestart, told('restart'))).toBeCloseTo(1.3);
    expect(evidenceFactor(afterRestart, told('restart', 'upgrade'))).toBeCloseTo(1.6);
    const three = { ...anyConcept, circumstances: ['restart', 'upgrade', 'migration'] };
    expect(evidenceFactor(three, told('restart', 'upgrade', 'migration'))).toBeCloseTo(1.6);
    expect(evidenceFactor(afterRestart, told('scale-out'))).toBe(1);
    expect(evidenceFactor(afterRestart, none)).toBe(1);
    expect(evidenceFactor(anyConcept, told('restart'))).toBe(1);
  });
  it('sinks an entry for a full range when the paste shows one far from full, and the reverse', () => {
    const told = (...c: string[]): Evidence => ({ ...none, circumstances: new Set(c as never[]) });
    const used = { ...anyConcept, circumstances: ['range-full'] };
    const leaked = { ...anyConcept, circumstances: ['restart', 'range-not-full'] };
    expect(evidenceFactor(used, told('range-not-full'))).toBeCloseTo(0.75);
    expect(evidenceFactor(leaked, told('range-full'))).toBeCloseTo(0.75);
    expect(evidenceFactor(leaked, told('range-full', 'outbound'))).toBeCloseTo(0.75);
    expect(evidenceFactor(used, told('range-full'))).toBeCloseTo(1.3);
  });
  it('sinks an entry about traffic the other way', () => {
    const told = (...c: string[]): Evidence => ({ ...none, circumstances: new Set(c as never[]) });
    const inbound = { ...anyConcept, circumstances: ['inbound'] };
    const outbound = { ...anyConcept, circumstances: ['outbound', 'vswitch-added'] };
    expect(evidenceFactor(inbound, told('outbound'))).toBeCloseTo(0.75);
    expect(evidenceFactor(outbound, told('inbound'))).toBeCloseTo(0.75);
    expect(evidenceFactor(outbound, told('outbound'))).toBeCloseTo(1.3);
    // A query about both ways, or an entry about both, says nothing against either.
    expect(evidenceFactor(inbound, told('inbound', 'outbound'))).toBeCloseTo(1.3);
    expect(evidenceFactor({ ...anyConcept, circumstances: ['inbound', 'outbound'] }, told('outbound'))).toBeCloseTo(1.3);
  });
  it('prefers the kind of answer the wording asks for', () => {
    expect(evidenceFactor(anyConcept, { ...none, intent: 'concept' })).toBeCloseTo(1.2);
    expect(evidenceFactor(anyConcept, { ...none, intent: 'troubleshooting' })).toBeCloseTo(0.85);
    expect(evidenceFactor(terwayTrouble, { ...none, intent: 'troubleshooting' })).toBeCloseTo(1.2);
    expect(evidenceFactor(terwayTrouble, { ...none, intent: 'howto' })).toBe(1);
  });
  it('orders troubleshooting before how-to before concept', () => {
    expect(
      Object.entries(KIND_ORDER)
        .sort((a, b) => a[1] - b[1])
        .map(([k]) => k),
    ).toEqual(['troubleshooting', 'howto', 'concept']);
  });
});
