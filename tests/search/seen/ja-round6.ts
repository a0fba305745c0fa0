import type { Query } from '../types.ts';

/** Japanese search-evaluation queries, held-out part (40) of the sixth round, written 2026-11-30 without looking at the search; read after it, so now part of development. */
export const queries: readonly Query[] = [
  // ---- multi-line pastes (12) ----
  {
    q: `朝スケールアウトしてから新しい Pod が全然上がらない
$ kubectl describe pod order-api-7c9d5b8f6-kq2zx -n prod | tail -8
Events:
  Type     Reason                  Age                  From               Message
  ----     ------                  ----                 ----               -------
  Normal   Scheduled               6m12s                default-scheduler  Successfully assigned prod/order-api-7c9d5b8f6-kq2zx to cn-hangzhou.192.168.3.41
  Warning  AllocIPFailed           5m58s (x14 over 6m)  terway-daemon      Alloc IP failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded
  Warning  FailedCreatePodSandBox  5m40s                kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9f1e0c2ab7d4": plugin type="terway" failed (add): cmdAdd: error alloc ip rpc error: code = DeadlineExceeded
$ kubectl logs --tail=20 terway-eniip-8xk4d -n kube-system -c terway
time="2026-11-30T02:14:05Z" level=info msg="resource pool sync" eni=eni-bp1fq2n7x0k3m8z1y5t4 idle=0 inuse=29
time="2026-11-30T02:14:07Z" level=info msg="alloc ip for pod prod/order-api-7c9d5b8f6-kq2zx"
time="2026-11-30T02:14:09Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 7B1F3A2C-88D1-4E0F-9C6B-2A4D5E7F9013 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1k3x9q2m7z5t8r4w6yd\\" has not enough IpAddress., retrying"
time="2026-11-30T02:14:11Z" level=info msg="resource pool sync" eni=eni-bp1fq2n7x0k3m8z1y5t4 idle=0 inuse=29`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `ノード再起動してから cn-shanghai.10.0.4.23 だけ Pod が起動しない。Pod そんなに載ってないのに
$ kubectl get events -n batch --field-selector involvedObject.name=report-cron-29412840-7xqmd
LAST SEEN   TYPE      REASON                   OBJECT                           MESSAGE
2m3s        Normal    Scheduled                pod/report-cron-29412840-7xqmd   Successfully assigned batch/report-cron-29412840-7xqmd to cn-shanghai.10.0.4.23
112s        Warning   FailedCreatePodSandBox   pod/report-cron-29412840-7xqmd   Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "b3e17acd0f52": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.20.9.1-172.20.9.126
98s         Normal    SandboxChanged           pod/report-cron-29412840-7xqmd   Pod sandbox changed, it will be killed and re-created.
[root@iZuf6d1h2x8k9q3m0abcZ ~]# ls /var/lib/cni/networks/cb0 | wc -l
128
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-shanghai.10.0.4.23 --no-headers | grep -v ' 10.0.4.23 ' | wc -l
11`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `$ kubectl describe pod web-5f7b9c6d48-m2x9w -n shop | tail -7
Events:
  Type     Reason                  Age                     From               Message
  ----     ------                  ----                    ----               -------
  Normal   Scheduled               3m                      default-scheduler  Successfully assigned shop/web-5f7b9c6d48-m2x9w to cn-beijing.172.16.2.18
  Warning  FailedCreatePodSandBox  2m51s                   kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "e02c9d8b17aa": plugin type="flannel" failed (add): failed to allocate for range 0: no IP addresses available in range set: 172.23.4.1-172.23.4.62
  Normal   SandboxChanged          2m40s (x12 over 2m51s)  kubelet            Pod sandbox changed, it will be killed and re-created.
$ kubectl get node cn-beijing.172.16.2.18 -o jsonpath='{.spec.podCIDR}'
172.23.4.0/26
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-beijing.172.16.2.18,status.phase=Running --no-headers | grep -c '172\\.23\\.4\\.'
62
他のノードだと同じ Deployment の Pod は普通に起動する。このノードだけ混んでる`,
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'paste',
  },
  {
    q: `追加したノードに Pod が一個もスケジュールされない（flannel）
$ kubectl get events -A --sort-by=.lastTimestamp | tail -4
default       41s    Warning   CreateRouteFailed    node/cn-shenzhen.10.8.1.77          Could not create route 3b9f2c1e-7a44-4d3b-9c11-0e5f6a7b8c9d 172.20.7.0/25 for node cn-shenzhen.10.8.1.77 after 612.3ms: Error creating route entry in vtb-wz9d2k1m8x3q5r7t0abcd: QuotaExceeded.RouteEntry: Route entry quota exceeded in this route table
default       12s    Normal    Scheduled            pod/kube-proxy-worker-k8x2q         Successfully assigned kube-system/kube-proxy-worker-k8x2q to cn-shenzhen.10.8.1.77
default       8s     Warning   FailedScheduling     pod/nginx-test-6b7d9c8f5-5qkzj      0/7 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 6 Insufficient cpu. preemption: 0/7 nodes are available: 7 Preemption is not helpful for scheduling.
$ kubectl describe node cn-shenzhen.10.8.1.77 | grep NetworkUnavailable
  NetworkUnavailable   True    Sun, 30 Nov 2026 10:02:11 +0800   Sun, 30 Nov 2026 10:02:11 +0800   NoRouteCreated   RouteController failed to create a route`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `先週 VPC にカスタムルートテーブル作ってから CCM がずっとこれ吐いてる
$ kubectl -n kube-system logs cloud-controller-manager-6f8d7b9c5-hx2lq --tail=6
I1130 10:15:01.992817       1 route_controller.go:199] Creating route for node cn-hangzhou.192.168.0.12 172.20.3.0/25 with hint 5e8c2f4a-1b7d-4c90-8e3a-0f6d2b9c7a15
I1130 10:15:02.004451       1 routes.go:87] ListRoutes: start to list routes for vpc-bp1q8x2k7m3n9z0t4r5yw
E1130 10:15:02.431907       1 route_controller.go:120] Reconciling route error: multiple route tables found by vpc id[vpc-bp1q8x2k7m3n9z0t4r5yw], length(tables)=2
I1130 10:15:32.002184       1 route_controller.go:305] Patching node status cn-hangzhou.192.168.0.12 with false previous condition was:&NodeCondition{Type:NetworkUnavailable,Status:True,Reason:NoRouteCreated,}
E1130 10:16:02.448120       1 route_controller.go:120] Reconciling route error: multiple route tables found by vpc id[vpc-bp1q8x2k7m3n9z0t4r5yw], length(tables)=2`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `夜のピークで ingress が 504 連発。該当ノードで見たら
[root@iZbp1a7c3k9x2m5q8z0wfeZ ~]# dmesg -T | tail -6
[Sun Nov 30 21:42:01 2026] IPVS: rr: TCP 172.21.5.8:80 - no destination available
[Sun Nov 30 21:42:13 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 21:42:13 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 21:42:14 2026] net_ratelimit: 1833 callbacks suppressed
[Sun Nov 30 21:42:19 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[root@iZbp1a7c3k9x2m5q8z0wfeZ ~]# sysctl net.netfilter.nf_conntrack_count net.netfilter.nf_conntrack_max
net.netfilter.nf_conntrack_count = 262144
net.netfilter.nf_conntrack_max = 262144
2026/11/30 21:42:20 [error] 41#41: *918273 upstream timed out (110: Connection timed out) while connecting to upstream, client: 10.12.0.5, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://172.20.3.44:8080/api/cart"`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `Corefile 編集したのに反映されてないっぽい
$ kubectl -n kube-system logs -l k8s-app=kube-dns --prefix --since=10m | grep -v NOERROR
[pod/coredns-6d4b75cb6d-x7k2p/coredns] [INFO] Reloading
[pod/coredns-6d4b75cb6d-x7k2p/coredns] [ERROR] Restart failed: Error during parsing: unknown property 'upstream'
[pod/coredns-6d4b75cb6d-x7k2p/coredns] [ERROR] plugin/reload: Corefile changed but reload failed: starting with listener file descriptors: Error during parsing: unknown property 'upstream'
[pod/coredns-6d4b75cb6d-9wq4t/coredns] [INFO] Reloading
[pod/coredns-6d4b75cb6d-9wq4t/coredns] [ERROR] Restart failed: Error during parsing: unknown property 'upstream'
[pod/coredns-6d4b75cb6d-9wq4t/coredns] [ERROR] plugin/reload: Corefile changed but reload failed: starting with listener file descriptors: Error during parsing: unknown property 'upstream'`,
    expect: 'coredns-cache',
    kind: 'paste',
  },
  {
    q: `{"level":"error","ts":"2026-11-30T03:21:44.912Z","caller":"client/http.go:88","msg":"request failed","url":"http://user-svc.prod:8080/v1/users","error":"dial tcp: lookup user-svc.prod on 172.21.0.10:53: read udp 172.20.2.37:51822->172.21.0.10:53: i/o timeout","request_id":"c0a8f3e2-5d41-4b7a-9e0c-1f2a3b4c5d6e"}
{"level":"error","ts":"2026-11-30T03:21:45.107Z","caller":"client/http.go:88","msg":"request failed","url":"https://api.weixin.qq.com/sns/oauth2","error":"dial tcp: lookup api.weixin.qq.com on 172.21.0.10:53: read udp 172.20.2.37:40117->172.21.0.10:53: i/o timeout","request_id":"7e9b1d03-2c6f-4a58-b1d4-8f0e2a9c3b71"}
$ kubectl -n kube-system get pod -l k8s-app=kube-dns -o wide
NAME                       READY   STATUS             RESTARTS        AGE   IP            NODE                       NOMINATED NODE   READINESS GATES
coredns-6d4b75cb6d-x7k2p   0/1     CrashLoopBackOff   17 (2m ago)     3d    172.20.1.14   cn-hangzhou.192.168.0.12   <none>           <none>
coredns-6d4b75cb6d-lp8vr   0/1     CrashLoopBackOff   17 (90s ago)    3d    172.20.4.9    cn-hangzhou.192.168.0.31   <none>           <none>
$ kubectl -n kube-system get ep kube-dns
NAME       ENDPOINTS   AGE
kube-dns   <none>      412d`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `coredns が Ready にならない
$ kubectl -n kube-system logs coredns-5c8f9d7b6f-q4zrt --tail=8
.:53
[INFO] plugin/reload: Running configuration SHA512 = 8a1f4c0e9b2d7a6f3e5c1b8d0a9f2e4c
CoreDNS-1.11.1
linux/amd64, go1.21.9, ae2bbc2
[INFO] plugin/ready: Still waiting on: "kubernetes"
[ERROR] plugin/kubernetes: pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope
[INFO] plugin/ready: Still waiting on: "kubernetes"
[INFO] plugin/ready: Still waiting on: "kubernetes"`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
  {
    q: `1.14 から 1.16 に上げたらノードが軒並み NotReady
$ kubectl get nodes
NAME                       STATUS     ROLES    AGE    VERSION
cn-hangzhou.192.168.0.12   NotReady   <none>   231d   v1.16.9-aliyun.1
cn-hangzhou.192.168.0.31   NotReady   <none>   231d   v1.16.9-aliyun.1
cn-hangzhou.192.168.0.47   Ready      <none>   12d    v1.16.9-aliyun.1
$ journalctl -u kubelet --since "20 min ago" | tail -3
Nov 30 14:02:11 iZbp1c8x2k7q9m3z5t0abcZ kubelet[1187]: E1130 14:02:11.552301    1187 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized
Nov 30 14:02:13 iZbp1c8x2k7q9m3z5t0abcZ kubelet[1187]: W1130 14:02:13.101442    1187 cni.go:202] Error validating CNI config &{cb0  false [0xc000f1a2c0 0xc000f1a300] [123 34 110 97 109 101 34]}: [plugin flannel does not support config version ""]
Nov 30 14:02:13 iZbp1c8x2k7q9m3z5t0abcZ kubelet[1187]: W1130 14:02:13.101490    1187 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `vsw 追加して PodVswitchId にも入れて terway も rollout restart したのに、古いノードだけまだ IP が付かない。新しい vsw は空き 8000 以上ある
$ kubectl describe pod payment-worker-7d8f6c5b9-2nvxq -n pay | sed -n '/^Events/,$p'
Events:
  Type     Reason                  Age                 From               Message
  ----     ------                  ----                ----               -------
  Normal   Scheduled               4m                  default-scheduler  Successfully assigned pay/payment-worker-7d8f6c5b9-2nvxq to cn-hangzhou.192.168.1.105
  Warning  AllocIPFailed           3m50s (x9 over 4m)  terway-daemon      Alloc IP failed: rpc error: code = Unknown desc = no eni can handle the allocation
  Warning  FailedCreatePodSandBox  3m12s               kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "5a7c0e9d3b21": plugin type="terway" failed (add): no eni can handle the allocation`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `デュアルスタックで作ったのに
$ kubectl get svc -n web
NAME          TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)    AGE
nginx-front   ClusterIP   192.168.21.87   <none>        80/TCP     3d
api-gw        ClusterIP   192.168.40.12   <none>        8080/TCP   3d
$ kubectl get svc nginx-front -n web -o jsonpath='{.spec.clusterIPs[1]}'
error: error executing jsonpath "{.spec.clusterIPs[1]}": Error executing template: array index out of bounds: index 1, length 1. Printing more information for debugging the template:
	template was:
		{.spec.clusterIPs[1]}`,
    expect: 'ipv6-clusterip-ipv4',
    kind: 'paste',
  },

  // ---- single pasted error lines (4) ----
  {
    q: `Nov 30 16:20:44 iZbp1d7k2x9q3m8z0t5wZ kubelet[1342]: E1130 16:20:44.873112    1342 remote_runtime.go:116] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to setup network for sandbox \\"4c1d8e2f0a97\\": plugin type=\\"terway\\" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:1a:7f:c2: not found"`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'error',
  },
  {
    q: `2026-11-30T05:33:12.402Z kube-flannel-ds-7xq9d install-cni cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'error',
  },
  {
    q: `W1130 08:12:09.554120       1 server_others.go:269] Can't use the IPVS proxier: IPVS proxier will not be used because the following required kernel modules are not loaded: [ip_vs_lc]`,
    expect: 'ipvs-scheduler-long-connections',
    kind: 'error',
  },
  {
    q: `アドオン terway-eniip アップグレード失敗 (v1.5.8 → v1.9.3) エラーコード: eip pool is not supported  RequestId: 3F2A7C1E-9B4D-4E8A-A1C6-5D0E7B2F8C91`,
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },

  // ---- colloquial symptoms (12) ----
  {
    q: 'CoreDNS のバージョン上げた直後から5分くらい API が遅くなって名前解決が i/o timeout 連発、放置したら勝手に直った。kube-proxy は IPVS。アップデートのたびに毎回起きるのなんとかしたい',
    expect: 'ipvs-udp-timeout-dns',
    kind: 'symptom',
  },
  {
    q: 'DNS の名前解決がたまーに失敗する。ほとんどは成功してて、コケても retry すれば引ける。たまに5秒固まる。CoreDNS の Pod は元気でログにもエラーなし',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: 'flannel のクラスタで Pod から自分がバックエンドに入ってる Service を叩くとたまにタイムアウトする。別の Pod から叩くと全部成功。replicas 1 にしたら 100% 失敗',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: 'terway で Pod が Running になった直後の数秒だけ通信できない。起動時に DB に繋ぎに行くアプリが最初の接続でコケて再起動ループ、initContainer で sleep 入れると動く',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: '旧 Flannel クラスタから新しい Terway クラスタに DNS 切り替えで移行した。そしたら新クラスタの Pod から外部の決済 API が全部タイムアウト。ノードに ssh して curl すると普通に返ってくる。ノードには EIP 付けてて NAT GW は作ってない',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: 'terway に移行してから、ノード上で docker-compose で直接動かしてる redis(6379) に同じノードの Pod からだけ繋がらない。別ノードの Pod からは繋がるし、ノードへの ping も通る',
    expect: 'terway-docker-container-ports',
    kind: 'symptom',
  },
  {
    q: 'Pod IP 直だとどのノードからも curl 返ってくるのに ClusterIP だと connection refused。kubectl get ep にはちゃんと Pod IP 入ってるし targetPort も合ってる。kube-proxy は ipvs モード',
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'symptom',
  },
  {
    q: 'flannel で特定のノードの Pod とだけノード跨ぎの通信ができない。同じノード内の Pod 同士は平気。VPC のルートテーブル見たら、そのノードの podCIDR 宛てのエントリが無くなってた。RAM ロールの権限いじった後から',
    expect: 'pod-routes-missing',
    kind: 'symptom',
  },
  {
    q: 'デュアルスタックのクラスタで Service の IPv6 ClusterIP に curl すると失敗する。同じ Service の IPv4 の ClusterIP は普通に通るし、バックエンドの Pod も Running',
    expect: 'ipv6-clusterip-unreachable',
    kind: 'symptom',
  },
  {
    q: 'Pod の IPv4 アドレスに curl すると 200 なのに、同じポートで IPv6 アドレスに投げると一瞬で refused される。中身は公式の nginx イメージ',
    expect: 'ipv6-app-not-listening',
    kind: 'symptom',
  },
  {
    q: '別クラスタで使ってた ECS を drain せずに今のクラスタに追加したら、そのノードの Pod に PodVswitchId に入れてない vSwitch のレンジの IP が振られてる。RDS の whitelist で弾かれて気づいた',
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'symptom',
  },
  {
    q: 'Flannel クラスタでノードプールをスケールアウトしたら、増えたノードに載った Pod だけ他のノードの Pod と疎通しない。ノード自体は Ready。何から順番に確認していけばいい？',
    expect: 'flannel-new-node-no-network',
    kind: 'symptom',
  },

  // ---- other words / typos (6) ----
  {
    q: 'Pod のアドレスが足りなくなったのでサブネットを1個足したら、新しいサブネットから払い出された Pod だけ外部宛ての通信が全部タイムアウトするようになった。ホストからは普通に外に出られる',
    expect: 'terway-vswitch-snat',
    kind: 'synonym',
  },
  {
    q: 'デュアルスタックの Pod から IPv6 のアウトバウンドが全部タイムアウトする。v4 の外向きは NAT GW 経由で出られてる',
    expect: 'ipv6-no-internet-egress',
    kind: 'synonym',
  },
  {
    q: 'うちの terway って NIC 1枚を複数の Pod で相乗りするモード？それとも Pod ごとに NIC 専有のほう？どこ見ればわかる',
    expect: 'terway-identify-eni-mode',
    kind: 'synonym',
  },
  {
    q: 'terwy ipvlan の既存クラスタで in-cluster-load-balance 有効にしたい eni-confg のどこに書く',
    expect: 'terway-in-cluster-loadbalance',
    kind: 'typo',
  },
  {
    q: 'eni-config の eniip_virtural_type が veth になってるんだけど、これ datapthv2 じゃないってこと？',
    expect: 'terway-identify-datapath',
    kind: 'typo',
  },
  {
    q: '外部ドメインの名前解決が遅い coredns のログに xxx.default.svc.clsuter.local の NXDOMAIN が大量 ndost 下げるのは dnsconfg で？',
    expect: 'dns-ndots-search-domains',
    kind: 'typo',
  },

  // ---- how-to / concept (6) ----
  {
    q: 'terway の共有 ENI で1ノードに何 Pod まで載せられる？ ecs.g7.xlarge だと上限いくつ？計算式が知りたい',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: 'ACK 新規構築、CNI は Terway と Flannel のどっちにするか決め手は何？ NetworkPolicy はいまは使ってない',
    expect: 'choose-terway-or-flannel',
    kind: 'howto',
  },
  {
    q: '稼働中の Flannel クラスタをそのまま Terway に変えられる？ 作り直しなしでいける方法ある？',
    expect: 'switch-network-plugin',
    kind: 'howto',
  },
  {
    q: 'IPvlan+eBPF 有効にしてる Terway クラスタだと、Pod から Service への通信は IPVS を通らないの？ ipvsadm -Ln の ActiveConn が全然増えない',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'howto',
  },
  {
    q: 'Terway 環境で特定の Pod の通信だけ tcpdump で取りたい。どのノードでどのインターフェース指定すればいい？',
    expect: 'terway-packet-capture',
    kind: 'howto',
  },
  {
    q: 'Terway の DataPath V2 って何？ IPvlan+eBPF と何が違う？ いま IPvlan の既存クラスタも勝手に V2 になるの？',
    expect: 'terway-datapathv2',
    kind: 'howto',
  },
];
