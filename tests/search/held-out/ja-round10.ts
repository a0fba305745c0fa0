import type { Query } from '../types.ts';

/** Japanese search-evaluation queries, held-out part (40) of the tenth round, written 2026-12-01 without looking at the search: scored, never tuned against. */
export const queries: readonly Query[] = [
  {
    q: `$ kubectl describe pod order-worker-7d9c6b5f4-x2kqp -n batch | tail -4
Events:
  Type     Reason                  Age                From     Message
  ----     ------                  ----               ----     -------
  Warning  FailedCreatePodSandBox  2m (x14 over 9m)   kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "3f1a9c0e7b2d" network for pod "order-worker-7d9c6b5f4-x2kqp": networkPlugin cni failed to set up pod "order-worker-7d9c6b5f4-x2kqp_batch" network: failed to allocate for range 0: no IP addresses available in range set: 172.20.9.129-172.20.9.190
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-hangzhou.192.168.0.35 --no-headers | wc -l
7
昨夜このノードが電源断で落ちて再起動してる。Pod 7 個しか載ってないのに IP が足りないってどういうこと`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `  Warning  FailedCreatePodSandBox  41s (x6 over 3m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "a81c44d02e9f" network for pod "log-agent-ext-5fd8c-7kq2r": networkPlugin cni failed to set up pod "log-agent-ext-5fd8c-7kq2r_logging" network: failed to allocate for range 0: no IP addresses available in range set: 172.20.3.1-172.20.3.62
$ kubectl get node cn-shanghai.10.0.1.88 -o jsonpath='{.spec.podCIDR}'
172.20.3.0/26
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-shanghai.10.0.1.88,status.phase=Running --no-headers | wc -l
62
このノードだけサイドカーだらけで Pod が 60 個超えてる。他のノードでは同じ Deployment が普通に起動する (flannel)`,
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'paste',
  },
  {
    q: `[ops@bastion ~]$ kubectl get pod -n shop -o wide | grep -v Running
NAME                       READY   STATUS              RESTARTS   AGE   IP       NODE                     NOMINATED NODE
cart-api-6f8d9c7b5-lq7zt   0/1     ContainerCreating   0          12m   <none>   cn-beijing.172.16.4.21   <none>
cart-api-6f8d9c7b5-w9m2c   0/1     ContainerCreating   0          12m   <none>   cn-beijing.172.16.4.21   <none>
[ops@bastion ~]$ kubectl logs -n kube-system terway-eniip-8xqzv -c terway --tail=2
time="2026-12-01T02:14:09Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 7C1E0B52-3D4A-4F19-9B6E-21A0C7D3E8F4 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-2ze8kq1x9c0m\\" has not enough IpAddress., retrying"
time="2026-12-01T02:14:19Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 0A9F3C61-88B2-4E07-A1D5-6C2E9B7F1D03 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-2ze8kq1x9c0m\\" has not enough IpAddress., retrying"
VPC コンソールで見たらこの vsw の利用可能 IP が 0 になってた`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `同じゾーンに vSwitch 作って PodVswitchId に追加、terway もローリング再起動した。新しく増やしたノードは OK なのに、前からいるノードの Pod だけまだ IP が付かない
$ kubectl describe pod -n web nginx-5b7c9d8f6-hx4pq | tail -4
Events:
  Type     Reason         Age                 From           Message
  ----     ------         ----                ----           -------
  Warning  AllocIPFailed  30s (x21 over 15m)  terway-daemon  no eni can handle the allocation
$ kubectl get pod -n web -o wide | grep ContainerCreating | wc -l
9`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `[root@iZbp1d3kq0w7x2 ~]# dmesg -T | tail -4
[Tue Dec  1 10:42:17 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Tue Dec  1 10:42:17 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Tue Dec  1 10:42:18 2026] net_ratelimit: 1342 callbacks suppressed
[Tue Dec  1 10:42:18 2026] nf_conntrack: nf_conntrack: table full, dropping packet
ピーク時間帯に SLB 側で 504 が急増、このノード上の Pod 宛てだけ新規接続が落ちてるっぽい`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `$ kubectl get nodes
NAME                       STATUS     ROLES    AGE    VERSION
cn-hangzhou.192.168.1.10   NotReady   <none>   410d   v1.16.9-aliyun.1
cn-hangzhou.192.168.1.11   NotReady   <none>   410d   v1.16.9-aliyun.1
cn-hangzhou.192.168.1.12   NotReady   <none>   410d   v1.16.9-aliyun.1
# journalctl -u kubelet --since "20 min ago" | grep -i cni | tail -2
Dec 01 09:12:33 iZbp1abc kubelet[1234]: W1201 09:12:33.418200    1234 cni.go:237] Unable to update cni config: plugin flannel does not support config version ""
Dec 01 09:12:35 iZbp1abc kubelet[1234]: E1201 09:12:35.102311    1234 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized
クラスタを 1.16 に上げた直後から全台これ。flannel のイメージは前に自分で差し替えてた`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `$ kubectl get pod -A -o wide | grep kube-flannel-ds
kube-flannel   kube-flannel-ds-7hq2x   0/1   Init:CrashLoopBackOff   6 (2m ago)   9m   10.10.0.21   k8s-node01   <none>   <none>
kube-flannel   kube-flannel-ds-lm5rd   0/1   Init:CrashLoopBackOff   6 (3m ago)   9m   10.10.0.22   k8s-node02   <none>   <none>
$ kubectl -n kube-flannel logs kube-flannel-ds-7hq2x -c install-cni
cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied
CentOS 7 に kubeadm で自前構築、kube-flannel.yml を apply した直後からずっとこれです`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'paste',
  },
  {
    q: `Events:
  Type     Reason                  Age               From               Message
  ----     ------                  ----              ----               -------
  Normal   Scheduled               24m               default-scheduler  Successfully assigned prod/payment-6c9f7d8b-2mrtw to cn-shenzhen.10.20.3.47
  Warning  FailedCreatePodSandBox  3m (x58 over 24m) kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9b1e4c7a2f60": plugin type="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:0a:7c:12: not found
20 分以上このまま。ECS コンソールだと ENI はアタッチ済みに見えるけど ip link には出てこない`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'paste',
  },
  {
    q: `$ kubectl get events -A --field-selector reason=SyncRouteFailed
NAMESPACE   LAST SEEN   TYPE      REASON            OBJECT   MESSAGE
default     47s         Warning   SyncRouteFailed   node/    Reconciling route error: multiple route tables found by vpc id[vpc-bp1q8x2k7d3mz], length(tables)=2
先週 VPC にカスタムルートテーブルを作ってから出るようになった (flannel)。CCM 側の routeTableIDs に何を入れればいい？システムルートテーブルも含める必要ある？`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `ノードプール拡張したら新ノードに Pod が全然載らない、ずっと Pending
$ kubectl describe pod -n app api-7f9b6d4c8-kq2lm | tail -1
  Warning  FailedScheduling  12s (x9 over 8m)  default-scheduler  0/7 nodes are available: 2 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 5 Insufficient cpu. preemption: 0/7 nodes are available: 7 Preemption is not helpful for scheduling.
$ kubectl describe node cn-hangzhou.192.168.3.201 | tail -3
  Type     Reason             Age                From              Message
  ----     ------             ----               ----              -------
  Warning  CreateRouteFailed  2m (x8 over 10m)   route_controller  Error creating route entry in vtb-bp1r7c2x9k: Route entry quota exceeded in this route table`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `持続的接続の偏り対策で kube-proxy-worker に ipvs.scheduler: lc を入れて、1 台だけ kube-proxy を作り直したらこうなった
$ kubectl -n kube-system logs kube-proxy-worker-5jx8n | head -2
E1201 06:20:11.309871       1 server_others.go:204] Can't use the IPVS proxier: IPVS proxier will not be used because the following required kernel modules are not loaded: [ip_vs_lc]
I1201 06:20:11.310022       1 server_others.go:212] Using iptables Proxier.`,
    expect: 'ipvs-scheduler-long-connections',
    kind: 'paste',
  },
  {
    q: `10:03 に kubectl -n kube-system rollout restart deploy/coredns した後のアプリログ
2026-12-01T10:03:41.220Z ERROR dial tcp: lookup redis-master.cache.svc.cluster.local on 172.21.0.10:53: read udp 172.20.5.33:51822->172.21.0.10:53: i/o timeout
2026-12-01T10:05:12.031Z ERROR dial tcp: lookup orders-api.prod.svc.cluster.local on 172.21.0.10:53: read udp 172.20.5.33:38470->172.21.0.10:53: i/o timeout
2026-12-01T10:07:58.874Z ERROR dial tcp: lookup redis-master.cache.svc.cluster.local on 172.21.0.10:53: read udp 172.20.5.33:40119->172.21.0.10:53: i/o timeout
10:08 過ぎたら何もしてないのに直った。kube-proxy は mode: ipvs。CoreDNS 再起動のたびに 5 分くらいこれ`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: `Terway アドオンをアップグレードしようとしたら eip pool is not supported で失敗する`,
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },
  {
    q: `kube-proxy-worker が CrashLoopBackOff、前回ログ: unrecognized feature gate: IPv6DualStack`,
    expect: 'kube-proxy-config',
    kind: 'error',
  },
  {
    q: `The Service "web" is invalid: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services`,
    expect: 'ipv6-clusterip-ipv4',
    kind: 'error',
  },
  {
    q: `-A KUBE-SERVICES -d 172.21.9.33/32 -p tcp -m comment --comment "prod/api-svc:http has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable`,
    expect: 'service-unreachable-endpoints',
    kind: 'error',
  },
  {
    q: `E1201 04:11:09.552318       1 reflector.go:138] failed to list *v1.ConfigMap: configmaps is forbidden: User "system:serviceaccount:ops:cert-sync" cannot list resource "configmaps" in API group "" in the namespace "ops"`,
    expect: 'pod-api-server-access-rbac',
    kind: 'error',
  },
  {
    q: `[INFO] 172.20.2.14:53122 - 40211 "AAAA IN rm-bp1x7k2q9.mysql.rds.aliyuncs.com.prod.svc.cluster.local. udp 79 false 512" NXDOMAIN qr,aa,rd 172 0.000093s`,
    expect: 'dns-ndots-search-domains',
    kind: 'error',
  },
  {
    q: `flannel で replicas 1 の Deployment、Pod の中から自分の Service 名に curl すると固まる。別の Pod から同じ svc を叩くと普通に返ってくる`,
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: `Terway に載せ替えてから、ノード上で docker-compose で立ててる redis (6379) に同じノードの Pod からだけ繋がらない。ping は通るし、他ノードの Pod からなら繋がる`,
    expect: 'terway-docker-container-ports',
    kind: 'symptom',
  },
  {
    q: `terway のクラスタで、Pod が Running になった直後の最初の DB 接続だけ失敗する。数秒待ってリトライすると通る`,
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: `kube-proxy が IPVS のクラスタで、夜間ずっとアイドルだったコネクションプールの接続が朝には全部死んでる。Service 経由のときだけ`,
    expect: 'ipvs-session-keepalive',
    kind: 'symptom',
  },
  {
    q: `flannel の Pod から同じ VPC 内の ECS に ping すると、返ってくるインスタンスと 100% packet loss のインスタンスがある。ルートテーブルは問題なさそう`,
    expect: 'flannel-ping-ecs-security-group',
    kind: 'symptom',
  },
  {
    q: `名前解決がランダムに 5 秒くらい止まる。すぐリトライすれば引ける。CoreDNS は Pod もログも正常で、ノードの conntrack -S で insert_failed だけ増えてる`,
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: `デュアルスタックで Pod の IPv4 に curl すると 200 なのに、同じポートを IPv6 アドレスで叩くと即 Connection refused になる。中身は nginx です`,
    expect: 'ipv6-app-not-listening',
    kind: 'symptom',
  },
  {
    q: `うちの Terway が共有 ENI モードか排他 ENI モードか、どこを見ればわかりますか？ DaemonSet は terway-eniip だけど、v1.11 以降だと見分け方が違う？`,
    expect: 'terway-identify-eni-mode',
    kind: 'howto',
  },
  {
    q: `Terway の高速化が DataPathv2 なのか IPvlan+eBPF なのか、kube-system のどの ConfigMap のどのキーを見ればいい？`,
    expect: 'terway-identify-datapath',
    kind: 'howto',
  },
  {
    q: `RDS のホワイトリストに Pod の IP 帯を登録したい。Terway で特定のワークロードだけ決まった vSwitch の IP を使わせるにはどうすればいいですか`,
    expect: 'terway-fixed-pod-cidr',
    kind: 'howto',
  },
  {
    q: `Terway ノードで特定 Pod の tcpdump を取りたい。Pod 名から Pod IP と ENI の対応を引く方法`,
    expect: 'terway-packet-capture',
    kind: 'howto',
  },
  {
    q: `既存の Terway IPvlan クラスタで、Pod から LoadBalancer Service の EXTERNAL-IP 宛ての通信をクラスタ内で折り返させたい。eni-config に何を足して何を再起動する？`,
    expect: 'terway-in-cluster-loadbalance',
    kind: 'howto',
  },
  {
    q: `Pod の通信が何かおかしいけど原因の見当がまったくつかない。ping / curl / nslookup でどの順番に切り分けていけばいい？`,
    expect: 'network-troubleshooting-checklist',
    kind: 'howto',
  },
  {
    q: `coredsn の Corefile で cahce 30 を 60 に変えたい。CoreDNS の再起動は要る？`,
    expect: 'coredns-cache',
    kind: 'typo',
  },
  {
    q: `ノード再起動後に別ノードの Pod と通信できない。sysctl net.ipv4.ip_foward が 0 に戻ってて、bridge-nf-call-iptabels も怪しい`,
    expect: 'cni-misconfiguration',
    kind: 'typo',
  },
  {
    q: `全 Pod で名前解決できない。coredns は Running で kube-dns の endpoints も入ってる。docker ノードの iptabels -P FORWRAD が DROP になってるのが原因？`,
    expect: 'dns-resolution-fails',
    kind: 'typo',
  },
  {
    q: `Pod 用のサブネットを増設したら、新しいサブネットから IP をもらった Pod だけ外向き通信ができなくなった。ノード自体はインターネットに出られる`,
    expect: 'terway-vswitch-snat',
    kind: 'synonym',
  },
  {
    q: `Terway だと 1 ノードに載せられる Pod 数ってネットワークカードの枚数で決まるんですか？ 計算方法が知りたい`,
    expect: 'terway-max-pods',
    kind: 'synonym',
  },
  {
    q: `ACK 新規構築前のアドレス設計、VPC のサブネットと Pod 用・Service 用のアドレス帯はどれくらいの大きさで取っておくべき？`,
    expect: 'plan-cluster-cidrs',
    kind: 'synonym',
  },
  {
    q: `Terway の Pod IP が PodVswitchId に入れてる vsw どれの CIDR にも入ってない。node は別 cluster から持ってきた ECS、RDS 側で Host '10.1.5.23' is not allowed to connect to this MySQL server`,
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'mixed',
  },
  {
    q: `pod IP 直で curl すれば 200 なのに ClusterIP 経由だと connection refused。ipvsadm -Ln 見たらその VIP に real server が 1 個もぶら下がってない`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'mixed',
  },
  {
    q: `DataPathv2 の node で ipvsadm -Lnc 見ても pod → svc の connection が全然出てこない、これって eBPF 側で処理されてて IPVS 通ってないってこと？`,
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'mixed',
  },
];
