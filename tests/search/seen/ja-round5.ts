import type { Query } from '../types.ts';

/** Japanese search-evaluation queries, held-out part (25) of the fifth round, written 2026-11-30 without looking at the search; read after it, so now part of development. */
export const queries: readonly Query[] = [
  {
    q: `ゾーン H のノードだけ新しい Pod が ContainerCreating で止まる
$ kubectl get pod -n prod -o wide | grep -v Running
NAME                        READY   STATUS              RESTARTS   AGE     IP       NODE                      NOMINATED NODE   READINESS GATES
order-api-7c9f8d6b5-q2wtx   0/1     ContainerCreating   0          7m41s   <none>   cn-hangzhou.10.0.32.118   <none>           <none>
order-api-7c9f8d6b5-zr8pk   0/1     ContainerCreating   0          7m41s   <none>   cn-hangzhou.10.0.33.6     <none>           <none>
$ kubectl logs terway-eniip-8x2kd -n kube-system -c terway --tail=4
time="2026-11-30T02:41:05Z" level=info msg="cni add request" pod=prod/order-api-7c9f8d6b5-q2wtx
time="2026-11-30T02:41:07Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 7A3C1E52-0B9D-4F61-A2E8-55D0C3B9F7A1 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1k9x2m4q7n8r3t5w6y\\" has not enough IpAddress., retrying"
time="2026-11-30T02:41:09Z" level=info msg="pool status" idle=0 inuse=30`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `新しい vSwitch を PodVswitchId に足して terway も rollout restart 済み。なのに古いノードの Pod はまだ IP が付かない
$ kubectl get pod -n batch -o wide | grep ContainerCreating
report-worker-5d8b7f9c4-kk29s   0/1   ContainerCreating   0     18m   <none>   cn-shanghai.172.16.8.41   <none>   <none>
report-worker-5d8b7f9c4-tz7qm   0/1   ContainerCreating   0     18m   <none>   cn-shanghai.172.16.8.41   <none>   <none>
$ kubectl describe pod report-worker-5d8b7f9c4-kk29s -n batch | tail -5
Events:
  Type     Reason         Age                 From               Message
  ----     ------         ----                ----               -------
  Normal   Scheduled      18m                 default-scheduler  Successfully assigned batch/report-worker-5d8b7f9c4-kk29s to cn-shanghai.172.16.8.41
  Warning  AllocIPFailed  41s (x23 over 18m)  terway-daemon      Alloc IP failed: no eni can handle the allocation`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `このノード Pod 9 個しか乗ってないのに IP が足りないと言われる
$ kubectl describe pod nightly-export-29301840-7hxkp -n jobs | tail -4
  Type     Reason                  Age                From     Message
  ----     ------                  ----               ----     -------
  Normal   Scheduled               4m5s               default-scheduler  Successfully assigned jobs/nightly-export-29301840-7hxkp to cn-beijing.192.168.3.27
  Warning  FailedCreatePodSandBox  46s (x12 over 4m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3f0c9a7e21d4b8e6": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.20.5.1-172.20.5.126
$ kubectl get node cn-beijing.192.168.3.27 -o jsonpath='{.spec.podCIDR}'
172.20.5.0/25
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-beijing.192.168.3.27 --no-headers | wc -l
9`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `昨日スケールアウトしたノードに Pod が 1 つもスケジュールされない
  Warning  FailedScheduling  2m13s  default-scheduler  0/7 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 6 Insufficient cpu.
$ kubectl describe node cn-hangzhou.192.168.0.57
Taints:             node.kubernetes.io/network-unavailable:NoSchedule
Unschedulable:      false
Conditions:
  Type                 Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----                 ------  -----------------                 ------------------                ------                       -------
  NetworkUnavailable   True    Mon, 30 Nov 2026 10:12:03 +0800   Mon, 30 Nov 2026 10:12:03 +0800   NoRouteCreated               RouteController failed to create a route
  MemoryPressure       False   Mon, 30 Nov 2026 10:41:55 +0800   Mon, 30 Nov 2026 10:11:40 +0800   KubeletHasSufficientMemory   kubelet has sufficient memory available
...
Events:
  Type     Reason             Age                 From                      Message
  ----     ------             ----                ----                      -------
  Normal   NodeReady          30m                 kubelet                   Node cn-hangzhou.192.168.0.57 status is now: NodeReady
  Warning  CreateRouteFailed  90s (x12 over 30m)  cloud-controller-manager  Error creating route entry in vtb-bp1x8k2n5m7q9r4t6y0z: QuotaExceeded.RouteEntry: Route entry quota exceeded in this route table`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `セキュリティチームが VPC にカスタムルートテーブルを追加してから、CCM がずっとこれを出してる。CCM 側は何を設定すればいい？
$ kubectl logs -n kube-system cloud-controller-manager-5f7b9c8d4-hq2lp --since=1h | grep -i route
I1130 09:14:20.003117       1 route_controller.go:97] start to reconcile routes
E1130 09:14:22.481903       1 route_controller.go:112] Reconciling route error: multiple route tables found by vpc id[vpc-bp18s3k6x0z2m9q4w7e1r], length(tables)=2
I1130 09:14:22.482011       1 event.go:291] "Event occurred" type="Warning" reason="SyncRouteFailed"
E1130 09:19:22.517640       1 route_controller.go:112] Reconciling route error: multiple route tables found by vpc id[vpc-bp18s3k6x0z2m9q4w7e1r], length(tables)=2`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `ingress が 504 を連発してるノードで dmesg 見たらこれ
[Mon Nov 30 14:20:11 2026] IPv6: ADDRCONF(NETDEV_CHANGE): veth3a9c1f2e: link becomes ready
[Mon Nov 30 14:20:11 2026] cni0: port 7(veth3a9c1f2e) entered forwarding state
[Mon Nov 30 14:20:58 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Mon Nov 30 14:20:58 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Mon Nov 30 14:21:03 2026] net_ratelimit: 2315 callbacks suppressed
[Mon Nov 30 14:21:03 2026] nf_conntrack: nf_conntrack: table full, dropping packet`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `coredns が 0/1 のまま Ready にならない
$ kubectl -n kube-system logs coredns-6d4b75cb6d-x7k2p --tail=5
[INFO] plugin/ready: Still waiting on: "kubernetes"
E1130 03:17:45.902114       1 reflector.go:138] pkg/mod/k8s.io/client-go@v0.20.2/tools/cache/reflector.go:167: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope
[INFO] plugin/ready: Still waiting on: "kubernetes"
[INFO] plugin/ready: Still waiting on: "kubernetes"`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
  {
    q: `# curl -m 3 http://172.21.9.87:8080/healthz
curl: (7) Failed to connect to 172.21.9.87 port 8080: Connection refused
# curl -m 3 http://10.1.4.23:8080/healthz
ok
# kubectl get ep inventory -n shop
NAME        ENDPOINTS                         AGE
inventory   10.1.4.23:8080,10.1.7.51:8080     41d
# ipvsadm -Ln -t 172.21.9.87:8080
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.9.87:8080 rr
# kubectl -n kube-system logs kube-proxy-worker-7m2xd --tail=2
I1130 08:33:09.998210       1 proxier.go:1035] "syncProxyRules complete" elapsed="61.2ms"
E1130 08:33:10.114562       1 proxier.go:1578] Failed to sync endpoint for service: 172.21.9.87:8080/TCP, err: parseIP Error ip=[10 1 4 23 0 0 0 0 0 0 0 0 0 0 0 0]`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: `外部 API を呼ぶたびに遅い。coredns の log プラグインを有効にしたらこんなのばっかり
[INFO] 172.20.3.17:48211 - 3321 "A IN api.partner-pay.com.shop.svc.cluster.local. udp 60 false 512" NXDOMAIN qr,aa,rd 153 0.000182s
[INFO] 172.20.3.17:48211 - 8876 "AAAA IN api.partner-pay.com.shop.svc.cluster.local. udp 60 false 512" NXDOMAIN qr,aa,rd 153 0.000121s
[INFO] 172.20.3.17:39022 - 1204 "A IN api.partner-pay.com.svc.cluster.local. udp 55 false 512" NXDOMAIN qr,aa,rd 148 0.000097s
[INFO] 172.20.3.17:51790 - 5550 "A IN api.partner-pay.com.cluster.local. udp 51 false 512" NXDOMAIN qr,aa,rd 144 0.000103s
[INFO] 172.20.3.17:60311 - 7781 "A IN api.partner-pay.com. udp 37 false 512" NOERROR qr,rd,ra 99 0.003812s
[INFO] 172.20.5.8:44102 - 2290 "A IN redis-master.cache.svc.cluster.local. udp 54 false 512" NOERROR qr,aa,rd 106 0.000088s`,
    expect: 'dns-ndots-search-domains',
    kind: 'paste',
  },
  {
    q: `$ kubectl logs deploy/checkout-api -n shop --tail=2
2026/11/30 05:12:44 dial tcp: lookup payment-gw.shop.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.17:51872->172.21.0.10:53: i/o timeout
2026/11/30 05:12:49 dial tcp: lookup api.partner-pay.com on 172.21.0.10:53: read udp 172.20.3.17:40127->172.21.0.10:53: i/o timeout
$ kubectl -n kube-system get pod -l k8s-app=kube-dns -o wide
NAME                       READY   STATUS             RESTARTS       AGE   IP            NODE
coredns-6d4b75cb6d-x7k2p   0/1     CrashLoopBackOff   14 (88s ago)   47m   172.20.1.9    cn-hangzhou.192.168.0.12
coredns-6d4b75cb6d-mq9zr   0/1     CrashLoopBackOff   14 (2m ago)    47m   172.20.2.14   cn-hangzhou.192.168.0.13
$ kubectl -n kube-system get ep kube-dns
NAME       ENDPOINTS   AGE
kube-dns   <none>      512d`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `cn-shanghai.10.10.2.45 上の Pod にだけ他のノードから届かない（同じノード内の Pod 同士は OK）。VPC のルートテーブル見たら 172.22.6.0/24 のエントリが無い
$ kubectl exec -n demo net-a-6f7c8d9b4-lx2vp -- ping -c 3 172.22.6.19
PING 172.22.6.19 (172.22.6.19): 56 data bytes
--- 172.22.6.19 ping statistics ---
3 packets transmitted, 0 packets received, 100% packet loss
$ kubectl get nodes -o custom-columns=NAME:.metadata.name,PODCIDR:.spec.podCIDR
NAME                     PODCIDR
cn-shanghai.10.10.2.43   172.22.4.0/24
cn-shanghai.10.10.2.44   172.22.5.0/24
cn-shanghai.10.10.2.45   172.22.6.0/24
$ kubectl describe node cn-shanghai.10.10.2.45 | tail -2
  Normal   NodeHasSufficientPID  2h                 kubelet                   Node cn-shanghai.10.10.2.45 status is now: NodeHasSufficientPID
  Warning  CreateRouteFailed     4m (x31 over 2h)   cloud-controller-manager  Error creating route entry in vtb-uf6m3p8q1x5k7z9w2r4t: Forbidden.RAM: User not authorized to operate on the specified resource, or this API doesn't support RAM.`,
    expect: 'pod-routes-missing',
    kind: 'paste',
  },
  {
    q: 'アドオン画面で terway-eniip をアップグレードしたら失敗: eip pool is not supported',
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },
  {
    q: 'flannel で Pod を詰め込んだノードだけ新しい Pod に IP が割り当てられず起動しない。そのノードにはもう 60 個近く動いてて、同じ Deployment でも他のノードなら普通に起動する',
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'symptom',
  },
  {
    q: 'coredns をローリングアップデートするたびに数分間だけ名前解決が timeout する。5分くらいで勝手に直る',
    expect: 'ipvs-udp-timeout-dns',
    kind: 'symptom',
  },
  {
    q: 'Pod からの名前解決がたまーに 5 秒待たされて失敗する。リトライすれば通るし CoreDNS は正常に見える。リクエストが多い時間帯ほど増える',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: 'flannel のクラスタから terway の新クラスタに引っ越したら、コンテナ内から外部の API がタイムアウトして ping 223.5.5.5 も返ってこない。ノード上からは普通に curl できる',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: 'デュアルスタックでクラスタ作ったのに kubectl get po -o wide の IP 列が全部 v4。Pod に v6 アドレス付いてないってこと？',
    expect: 'ipv6-pod-ip-ipv4-only',
    kind: 'symptom',
  },
  {
    q: 'Deployment のラベルを付け替えてから Service 名で叩くと connection refused になる。Pod は Running で、Pod IP 直なら 200 が返る',
    expect: 'service-unreachable-endpoints',
    kind: 'symptom',
  },
  {
    q: 'Pod の IP が足りなくなったので terway にサブネットを1つ追加した。そっちから IP をもらった Pod だけアウトバウンド通信がタイムアウトする。ノード自体は外に出られる',
    expect: 'terway-vswitch-snat',
    kind: 'synonym',
  },
  {
    q: 'うちの terway は NIC を Pod ごとに専有するモード？それとも 1 枚の NIC を複数 Pod で相乗りするモード？どこで確認できる？',
    expect: 'terway-identify-eni-mode',
    kind: 'synonym',
  },
  {
    q: 'Pod に v6 アドレスは振られてるのに v6 で外部宛ての通信が出ていかない。v4 だと NAT 経由で外に出られる。何が足りない？',
    expect: 'ipv6-no-internet-egress',
    kind: 'synonym',
  },
  {
    q: 'kube-proxy-wroker の configmap 書き換えたけど反映されない。kube-proxy を作り直す正しい手順は？',
    expect: 'kube-proxy-config',
    kind: 'typo',
  },
  {
    q: 'terwya の高速化が datapathv2 なのか ipvaln+ebpf なのか、どこを見れば見分けられる？',
    expect: 'terway-identify-datapath',
    kind: 'typo',
  },
  {
    q: 'terway 共有ENIで ecs.g7.2xlarge 1台に Pod 何個まで載せられる？計算式が知りたい',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: 'Service の CIDR を小さく取りすぎた。クラスタを作った後から範囲を広げることってできる？',
    expect: 'change-cidr-after-creation',
    kind: 'howto',
  },
];
