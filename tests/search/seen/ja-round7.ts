import type { Query } from '../types.ts';

/** Japanese search-evaluation queries, held-out part (40) of the seventh round, written 2026-11-30 without looking at the search; its misses were read in the tenth round, so it joined development. */
export const queries: readonly Query[] = [
  // ---------------------------------------------------------------- paste (12)
  {
    q: `$ kubectl describe pod order-api-7f9c6d8b5-qx2lm -n prod | tail -14
QoS Class:                   Burstable
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type     Reason                  Age                  From               Message
  ----     ------                  ----                 ----               -------
  Normal   Scheduled               6m12s                default-scheduler  Successfully assigned prod/order-api-7f9c6d8b5-qx2lm to cn-hangzhou.10.12.3.41
  Warning  AllocIPFailed           43s (x14 over 6m8s)  terway-pod         Alloc IP 10.12.3.41/prod/order-api-7f9c6d8b5-qx2lm failed
  Warning  FailedCreatePodSandBox  41s (x14 over 6m5s)  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3b9e0c71d2a4": plugin type="terway" failed (add): cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded
$ kubectl -n kube-system logs terway-eniip-8mqzx -c terway --tail=4
time="2026-11-30T03:14:20Z" level=info msg="resource pool sync" ipam_type=crd
time="2026-11-30T03:14:22Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 7C1D0A5E-33B2-4F0E-9A61-2D8C4B7E91F3 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1k3n9x2qz7r8t5w4v6c\\" has not enough IpAddress., retrying"
time="2026-11-30T03:14:27Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 0A4F9B21-6E7C-4D38-B1A2-55C0E8D3F7A9 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1k3n9x2qz7r8t5w4v6c\\" has not enough IpAddress., retrying"`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `vsw 足して PodVswitchId にも入れて terway も rollout restart 済み。新しい vsw は空き 4000 以上あるのに古いノードだけまだこれ
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-shanghai.172.19.24.8 | grep ContainerCreating
jobs      report-gen-28856400-b7kqz        0/1   ContainerCreating   0     19m   <none>   cn-shanghai.172.19.24.8   <none>   <none>
default   web-frontend-85d4c7b9f6-tz9wr    0/1   ContainerCreating   0     21m   <none>   cn-shanghai.172.19.24.8   <none>   <none>
$ kubectl describe pod -n default web-frontend-85d4c7b9f6-tz9wr
...
Events:
  Type     Reason                  Age                  From        Message
  ----     ------                  ----                 ----        -------
  Warning  AllocIPFailed           2m3s (x31 over 21m)  terway-pod  Alloc IP default/web-frontend-85d4c7b9f6-tz9wr failed: no eni can handle the allocation
  Warning  FailedCreatePodSandBox  2m1s (x31 over 21m)  kubelet     Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "a81c44e09f12": plugin type="terway" failed (add): cmdAdd: error alloc ip rpc error: code = Unknown desc = no eni can handle the allocation
ECS コンソールだとこのインスタンス (i-uf6d2k8m1x9q4r7t3w0z, ecs.g6.large) は ENI 3 枚付いてる`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `昨夜のメンテでノード再起動してから cn-shanghai.172.16.8.23 にだけ Pod が上がらない。このノード Pod 10 個も載ってないのに
Events:
  Type     Reason                  Age                 From     Message
  ----     ------                  ----                ----     -------
  Normal   Scheduled               17m                 default-scheduler  Successfully assigned jobs/batch-worker-28856160-wq7hz to cn-shanghai.172.16.8.23
  Warning  FailedCreatePodSandBox  2m (x31 over 17m)   kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "9c2f7d0b31e5" network for pod "batch-worker-28856160-wq7hz": networkPlugin cni failed to set up pod "batch-worker-28856160-wq7hz_jobs" network: failed to allocate for range 0: no IP addresses available in range set: 172.30.12.1-172.30.12.62
  Normal   SandboxChanged          2m (x31 over 17m)   kubelet  Pod sandbox changed, it will be killed and re-created.
[root@iZuf6c0x3k9m2 ~]# ls /var/lib/cni/networks/cb0/ | wc -l
64
[root@iZuf6c0x3k9m2 ~]# docker ps -q | wc -l
19`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `{"level":"error","ts":"2026-11-30T02:41:07.332Z","caller":"client/http.go:88","msg":"request failed","url":"http://user-svc.backend:8080/v1/users","error":"Get \\"http://user-svc.backend:8080/v1/users\\": dial tcp: lookup user-svc.backend on 172.21.0.10:53: read udp 172.20.3.77:51822->172.21.0.10:53: i/o timeout","trace_id":"a9f3c2e1b7d04c55"}
{"level":"error","ts":"2026-11-30T02:41:12.904Z","caller":"pay/client.go:143","msg":"callback failed","error":"dial tcp: lookup api.example-pay.com on 172.21.0.10:53: read udp 172.20.3.77:40917->172.21.0.10:53: i/o timeout","trace_id":"0e5d88b2c6a14f07"}
$ kubectl get pods -n kube-system -l k8s-app=kube-dns -o wide
NAME                       READY   STATUS    RESTARTS   AGE   IP            NODE
coredns-6d4b75cb6d-x7k2p   1/1     Running   0          41d   172.20.1.23   cn-hangzhou.192.168.0.12
coredns-6d4b75cb6d-m2v8r   1/1     Running   0          41d   172.20.2.41   cn-hangzhou.192.168.0.15
$ kubectl get nodes -o wide | awk '{print $1, $NF}'
NAME CONTAINER-RUNTIME
cn-hangzhou.192.168.0.12 docker://19.3.15
cn-hangzhou.192.168.0.15 docker://19.3.15
cn-hangzhou.192.168.0.18 docker://19.3.15
[root@iZbp1f0k2 ~]# iptables -S FORWARD | head -n 1
-P FORWARD DROP`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `11:02 に coredns のイメージ更新 (kubectl -n kube-system rollout restart deploy/coredns) してから 5 分くらいこれが出続けて、何もしてないのに 11:07 には止まった
2026-11-30T11:02:41.118+0800	WARN	cache/redis.go:57	dial failed	{"addr": "r-bp1x7k2m9q.redis.rds.aliyuncs.com:6379", "err": "dial tcp: lookup r-bp1x7k2m9q.redis.rds.aliyuncs.com on 172.21.0.10:53: read udp 172.20.4.19:38211->172.21.0.10:53: i/o timeout"}
2026-11-30T11:03:09.552+0800	INFO	http/server.go:211	GET /healthz 200 0.4ms
2026-11-30T11:04:27.006+0800	WARN	cache/redis.go:57	dial failed	{"addr": "r-bp1x7k2m9q.redis.rds.aliyuncs.com:6379", "err": "dial tcp: lookup r-bp1x7k2m9q.redis.rds.aliyuncs.com on 172.21.0.10:53: read udp 172.20.4.19:52870->172.21.0.10:53: i/o timeout"}
2026-11-30T11:06:55.731+0800	WARN	order/sync.go:98	upstream slow	{"elapsed": "5.012s", "req_id": "6f2c1e0b"}
$ kubectl -n kube-system get cm kube-proxy-worker -o yaml | grep mode
    mode: ipvs`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: `ingress で 504 が急に増えた。該当ノード cn-beijing.172.17.5.44 の dmesg
[Sun Nov 30 14:21:58 2026] IPv6: ADDRCONF(NETDEV_CHANGE): calia3f9e21c7d: link becomes ready
[Sun Nov 30 14:22:31 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 14:22:31 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 14:22:36 2026] net_ratelimit: 213 callbacks suppressed
[Sun Nov 30 14:22:36 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 14:22:41 2026] nf_conntrack: nf_conntrack: table full, dropping packet
nginx-ingress-controller-5b9d7c6f8-kx4tz: 2026/11/30 14:22:44 [error] 38#38: *918273 upstream timed out (110: Connection timed out) while connecting to upstream, client: 100.117.22.9, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://172.20.7.31:8080/api/cart"`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `$ kubectl get pod -n web -o wide | grep -v Running
NAME                              READY   STATUS              RESTARTS   AGE   IP       NODE                     NOMINATED NODE   READINESS GATES
checkout-5f7b9c8d64-rw2jt         0/1     ContainerCreating   0          38m   <none>   cn-beijing.172.17.32.9   <none>           <none>
$ kubectl describe pod checkout-5f7b9c8d64-rw2jt -n web | sed -n '/Events/,$p'
Events:
  Type     Reason                  Age                   From               Message
  ----     ------                  ----                  ----               -------
  Normal   Scheduled               38m                   default-scheduler  Successfully assigned web/checkout-5f7b9c8d64-rw2jt to cn-beijing.172.17.32.9
  Warning  FailedCreatePodSandBox  3m21s (x52 over 38m)  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "e7a1b09c5d3f": plugin type="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:2c:91:7a: not found`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'paste',
  },
  {
    q: `1.14 → 1.16 にクラスタ上げたら全ノード NotReady になった
$ kubectl get nodes
NAME                     STATUS     ROLES    AGE    VERSION
cn-shenzhen.10.0.1.21    NotReady   <none>   214d   v1.16.9-aliyun.1
cn-shenzhen.10.0.1.22    NotReady   <none>   214d   v1.16.9-aliyun.1
cn-shenzhen.10.0.1.23    NotReady   <none>   201d   v1.16.9-aliyun.1
# journalctl -u kubelet -n 20 --no-pager
Nov 30 09:12:44 iZwz9d1k7m2x kubelet[1187]: W1130 09:12:44.120931    1187 cni.go:202] Error validating CNI config &{cb0  false [0xc000d1b2a0 0xc000d1b340]}: [plugin flannel does not support config version ""]
Nov 30 09:12:44 iZwz9d1k7m2x kubelet[1187]: W1130 09:12:44.121002    1187 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d
Nov 30 09:12:46 iZwz9d1k7m2x kubelet[1187]: E1130 09:12:46.702315    1187 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `ノードプールで 2 台スケールアウトしたけど新しいノードに何もスケジュールされない
$ kubectl describe pod api-gw-6c9f8d7b45-pl3xq -n gw | tail -4
Events:
  Type     Reason            Age                From               Message
  ----     ------            ----               ----               -------
  Warning  FailedScheduling  46s (x12 over 18m)  default-scheduler  0/7 nodes are available: 2 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 5 Insufficient cpu. preemption: 0/7 nodes are available: 2 Preemption is not helpful for scheduling, 5 No preemption victims found for incoming pod.
$ kubectl describe node cn-hangzhou.192.168.3.57
Taints:             node.kubernetes.io/network-unavailable:NoSchedule
Unschedulable:      false
Conditions:
  Type                 Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----                 ------  -----------------                 ------------------                ------                       -------
  NetworkUnavailable   True    Sun, 30 Nov 2026 10:41:12 +0800   Sun, 30 Nov 2026 10:41:12 +0800   NoRouteCreated               Node created without a route
  MemoryPressure       False   Sun, 30 Nov 2026 10:59:03 +0800   Sun, 30 Nov 2026 10:41:02 +0800   KubeletHasSufficientMemory   kubelet has sufficient memory available
  Ready                True    Sun, 30 Nov 2026 10:59:03 +0800   Sun, 30 Nov 2026 10:41:33 +0800   KubeletReady                 kubelet is posting ready status`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `先週 VPC に専用のルートテーブル (vtb-bp1m4...) を作ってから CCM がこれ吐いてる。専有版クラスタ、flannel
$ kubectl -n kube-system logs cloud-controller-manager-5k2xw --tail=30 | grep -i route
I1130 10:15:03.118722       1 route_controller.go:105] start to reconcile routes
E1130 10:15:33.402117       1 route_controller.go:131] Reconciling route error: multiple route tables found by vpc id[vpc-bp1q8m3x7k2n9c4r0t5yz], length(tables)=2
I1130 10:15:33.402190       1 event.go:291] "Event occurred" type="Warning" reason="SyncRouteFailed" message="Reconciling route error: multiple route tables found by vpc id[vpc-bp1q8m3x7k2n9c4r0t5yz], length(tables)=2"
I1130 10:16:03.119055       1 route_controller.go:105] start to reconcile routes`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `coredns が Ready にならない。ログ↓
$ kubectl -n kube-system logs coredns-7c8d9f5b4d-h2w8n --tail=6
[INFO] plugin/ready: Still waiting on: "kubernetes"
W1130 04:18:52.771230       1 reflector.go:539] pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope
E1130 04:18:52.771318       1 reflector.go:147] pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope
[INFO] plugin/ready: Still waiting on: "kubernetes"
[INFO] plugin/ready: Still waiting on: "kubernetes"`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
  {
    q: `検証用に CentOS 7 に kubeadm で組んで kube-flannel.yml apply しただけなのに flannel が起動しない
$ kubectl get pod -n kube-flannel -o wide
NAME                    READY   STATUS                  RESTARTS      AGE   IP           NODE         NOMINATED NODE   READINESS GATES
kube-flannel-ds-4xk9p   0/1     Init:CrashLoopBackOff   6 (88s ago)   8m    10.10.0.21   k8s-node01   <none>           <none>
kube-flannel-ds-c7m2r   0/1     Init:CrashLoopBackOff   6 (95s ago)   8m    10.10.0.22   k8s-node02   <none>           <none>
$ kubectl -n kube-flannel logs kube-flannel-ds-4xk9p -c install-cni
cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'paste',
  },

  // ---------------------------------------------------------------- error (4)
  {
    q: 'アドオン terway-eniip のアップグレードに失敗しました ErrorCode: eip pool is not supported RequestId: 5B2E8C41-0D7A-4F93-A6E1-9C3B72F0D884',
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },
  {
    q: 'cpu=3   	found=0 invalid=112 ignore=0 insert=0 insert_failed=1734 drop=1734 early_drop=0 error=0 search_restart=27',
    expect: 'dns-single-request-reopen',
    kind: 'error',
  },
  {
    q: 'E1130 13:05:27.118204       1 server_others.go:275] "Can\'t use the IPVS proxier" err="IPVS proxier will not be used because the following required kernel modules are not loaded: [ip_vs_lc]"',
    expect: 'ipvs-scheduler-long-connections',
    kind: 'error',
  },
  {
    q: 'kube-proxy-worker-9xq7d  F1130 08:44:19.020715       1 server.go:494] failed complete: unrecognized feature gate: IPv6DualStack',
    expect: 'kube-proxy-config',
    kind: 'error',
  },

  // ---------------------------------------------------------------- symptom (12)
  {
    q: 'Flannel でバッチ系の Pod を 1 台のノードに 60 個くらい寄せたら、そのノードだけ新しい Pod に IP が付かなくて起動しない。ほかのノードでは同じ Pod が普通に上がる。ノードごとに上限あるの？',
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'symptom',
  },
  {
    q: 'Flannel のクラスタから Terway で作り直したクラスタに引っ越したら、コンテナの中から外部 API 叩くと全部タイムアウトする。ノードには EIP 付いてて、ノードからの curl は普通に通る',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: 'デュアルスタックのクラスタで Pod に v6 アドレスはちゃんと付いてるのに、v6 で外のサイトに出ていけない。v4 は NAT ゲートウェイ経由で普通に出れてる',
    expect: 'ipv6-no-internet-egress',
    kind: 'symptom',
  },
  {
    q: 'Service の IPv6 の ClusterIP に curl すると失敗する、同じ Service の v4 の ClusterIP だと普通にレスポンス返ってくる。バックエンドの Pod は Running',
    expect: 'ipv6-clusterip-unreachable',
    kind: 'symptom',
  },
  {
    q: 'IPv6 デュアルスタック有効にして作ったクラスタなのに kubectl get svc の CLUSTER-IP に v4 しか出てこない。前から使ってる Service だけっぽい',
    expect: 'ipv6-clusterip-ipv4',
    kind: 'symptom',
  },
  {
    q: 'terway環境で、Pod が Running になった直後の数秒〜10秒くらいだけどこにも通信できない。起動時に DB つなぎに行く Java アプリが初回だけコケて、再起動すると大丈夫',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: 'flannel クラスタで Pod から自分が入ってる Service の ClusterIP を叩くとたまにタイムアウトする。レプリカ 3 つで、どうもリクエストが自分自身に振られたときだけ失敗してるっぽい',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: 'Pod から同じ VPC 内の ECS に ping すると、返ってくるやつと全く返ってこないやつがある。ルートテーブルは確認したけどおかしくなさそう。flannel',
    expect: 'flannel-ping-ecs-security-group',
    kind: 'symptom',
  },
  {
    q: 'Terway で、PodVswitchId に入れてない vSwitch のレンジの IP が一部の Pod に振られてる。RDS のホワイトリストで弾かれて気づいた。そのノードは前に別クラスタで使ってた ECS を追加したやつ',
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'symptom',
  },
  {
    q: 'Flannel クラスタにノード 3 台足したら、新しいノードに乗った Pod だけ他ノードの Pod と疎通しない。Taint は付いてない。どういう順番で調べればいい？',
    expect: 'flannel-new-node-no-network',
    kind: 'symptom',
  },
  {
    q: 'kube-proxy IPVS モードで ClusterIP 経由の gRPC のコネクションが、しばらく無通信だと 15 分くらいで切られる。アプリ側の keepalive どれくらいにすればいい？',
    expect: 'ipvs-session-keepalive',
    kind: 'symptom',
  },
  {
    q: 'Pod IP 直で curl すると 200 返るのに Service の ClusterIP だと即拒否される。endpoints にはちゃんと Pod の IP 入ってるし selector も合ってる。kube-proxy は ipvs、特定のノードからだけ起きる',
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'symptom',
  },

  // ---------------------------------------------------------------- synonym / typo (6)
  {
    q: 'Pod の IP が足りなくなったので Terway にサブネットを 1 個追加したら、そっちから IP もらった Pod だけ外部宛ての通信が全滅。ノード自体はインターネット出れる',
    expect: 'terway-vswitch-snat',
    kind: 'synonym',
  },
  {
    q: 'terway って Pod ごとに NIC を専有するのと 1 枚の NIC を複数 Pod で共有するのがあるらしいけど、うちのクラスタがどっちで動いてるか確認する方法',
    expect: 'terway-identify-eni-mode',
    kind: 'synonym',
  },
  {
    q: 'eniip_virtal_type どこで見れる？ うちの terway が datapath v2 なのか ipvlan なのか分からん',
    expect: 'terway-identify-datapath',
    kind: 'typo',
  },
  {
    q: 'coredns のキャシュ時間のばしたい。Corefile の cahce 30 を 60 にするだけでいい？上流DNSへの問い合わせが多すぎる',
    expect: 'coredns-cache',
    kind: 'typo',
  },
  {
    q: 'このクラスタがテラウェイなのかフランネルなのかコンソールのどこで見れる？Pod が使ってるサブネットも知りたい',
    expect: 'view-network-type-vswitches',
    kind: 'synonym',
  },
  {
    q: 'Pod 用サブネットの残り IP が 0 になってて新しい Pod がずっと ContainerCreating、Terway。アドレスどうやって増やす？',
    expect: 'vswitch-ip-exhausted',
    kind: 'synonym',
  },

  // ---------------------------------------------------------------- howto (6)
  {
    q: 'Terway 共有 ENI で ecs.g7.2xlarge 1 台に Pod 何個まで置ける？計算式知りたい',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: '新しく ACK クラスタ作るんだけど CNI は Terway と Flannel どっちにすべき？NetworkPolicy はたぶん将来使う、検証環境は小さいインスタンスで組みたい',
    expect: 'choose-terway-or-flannel',
    kind: 'howto',
  },
  {
    q: 'クラスタ作るときに Service CIDR を /20 にしちゃったんだけど、後から広げられる？',
    expect: 'change-cidr-after-creation',
    kind: 'howto',
  },
  {
    q: 'Terway で特定の Pod の通信だけ tcpdump で取りたい。ノード上で何のインターフェース指定すればいい？',
    expect: 'terway-packet-capture',
    kind: 'howto',
  },
  {
    q: 'RDS のホワイトリストに入れたいので、特定のアプリの Pod だけ IP レンジを固定したい。Terway の場合どうやる？',
    expect: 'terway-fixed-pod-cidr',
    kind: 'howto',
  },
  {
    q: 'DataPathv2 のクラスタだと、ノードで ipvsadm -Ln 見ても Pod から Service への通信って追えないの？IPVS 通ってない？',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'howto',
  },
];
