import type { Query } from '../types.ts';

/** Japanese search-evaluation queries, held-out part (25) of the third round, written 2026-11-30 without looking at the search; read after it, so now part of development. */
export const queries: readonly Query[] = [
  {
    q: `$ kubectl get pod -n shop -o wide | grep -v Running
NAME                       READY   STATUS              RESTARTS   AGE   IP       NODE                       NOMINATED NODE   READINESS GATES
cart-api-7f9c6d8b5-2xqlp   0/1     ContainerCreating   0          14m   <none>   cn-hangzhou.192.168.3.41   <none>           <none>
cart-api-7f9c6d8b5-w8k4n   0/1     ContainerCreating   0          14m   <none>   cn-hangzhou.192.168.3.41   <none>           <none>
$ kubectl logs terway-eniip-q7m2x -n kube-system -c terway --tail=6
time="2026-11-30T02:41:07Z" level=info msg="handle request" podName=cart-api-7f9c6d8b5-2xqlp namespace=shop
time="2026-11-30T02:41:07Z" level=debug msg="try to allocate ip from pool" pool=eniip
time="2026-11-30T02:41:08Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 7C1E0A52-3B9D-4F1A-9E7C-2D6A81F0B4C3 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1x9k2m4n7q0r3s5t\\" has not enough IpAddress., retrying"
time="2026-11-30T02:41:12Z" level=info msg="resource pool sync" idle=0 inuse=29
time="2026-11-30T02:41:18Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 0B8D3F71-62AE-4C09-B5D4-9A1E7C2F6D30 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1x9k2m4n7q0r3s5t\\" has not enough IpAddress., retrying"
# 今朝から hangzhou-k のノードだけ新しい Pod が上がってこない`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `# PodVswitchId に vsw-uf6k3m8p2q9r4s1t7v を追加して terway-eniip も rollout restart 済み。新しい vsw は空き 4000 以上あるのに、前からいるノードだけ Pod が上がらない
$ kubectl describe pod report-worker-5d8b7c9f4-kq7zt -n batch | tail -7
Events:
  Type     Reason                  Age                  From               Message
  ----     ------                  ----                 ----               -------
  Normal   Scheduled               6m12s                default-scheduler  Successfully assigned batch/report-worker-5d8b7c9f4-kq7zt to cn-shanghai.10.12.4.107
  Warning  FailedCreatePodSandBox  6m10s                kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3f9a0c2e71d4": plugin type="terway" failed (add): cmd add failed
  Warning  AllocIPFailed           40s (x17 over 6m9s)  terway-daemon      alloc ip failed: no eni can handle the allocation
  Normal   SandboxChanged          38s (x17 over 6m9s)  kubelet            Pod sandbox changed, it will be killed and re-created.`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `$ kubectl describe pod cron-sync-28871430-mx4vd -n ops | tail -5
Events:
  Type     Reason                  Age                From     Message
  ----     ------                  ----               ----     -------
  Warning  FailedCreatePodSandBox  2m (x31 over 17m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "b71c0e94a2f3": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.23.5.65-172.23.5.126
  Normal   SandboxChanged          2m (x31 over 17m)  kubelet  Pod sandbox changed, it will be killed and re-created.
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-beijing.172.16.8.22 --no-headers | wc -l
9
# このノード Pod 9 個しか載ってない（うち 4 つは DaemonSet）。CronJob が 1 分おきに回ってて、先週ノードが一回落ちてる。v1.18`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `$ kubectl describe pod web-6b7f8d9c5-p2lzx -n prod | sed -n '/Events/,$p'
Events:
  Type     Reason            Age                   From               Message
  ----     ------            ----                  ----               -------
  Warning  FailedScheduling  3m41s (x12 over 58m)  default-scheduler  0/7 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 6 Insufficient memory. preemption: 0/7 nodes are available: 1 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod.
$ kubectl get node cn-shenzhen.192.168.20.31
NAME                        STATUS   ROLES    AGE   VERSION
cn-shenzhen.192.168.20.31   Ready    <none>   61m   v1.28.9-aliyun.1
# 1 時間前にノードプールで足したノード（flannel）。Ready なのに Pod が Pending のまま誰も載らない`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n kube-system logs cloud-controller-manager-5c8d7b9f6-tq4zr --since=30m | tail -6
I1130 04:17:20.004518       1 controller.go:811] Finished syncing service "default/ingress-lb" (12.4ms)
I1130 04:17:21.991077       1 route_controller.go:189] Reconciling routes for cluster c8f2a1d0e4b7c46f9a3e1d2b5c6f7a8b0
E1130 04:17:22.518203       1 route_controller.go:214] Reconciling route error: multiple route tables found by vpc id[vpc-bp1q7w3e5r9t2y4u6i8o], length(tables)=2
I1130 04:17:22.518266       1 event.go:294] "Event occurred" object="" kind="" apiVersion="" type="Warning" reason="SyncRouteFailed"
I1130 04:17:35.220871       1 controller.go:811] Finished syncing service "kube-system/nginx-ingress-lb" (9.8ms)
# 専用クラスタ + flannel。先週ネットワーク担当が VPC でなにか作業してから、新しいノードのルートができない`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `$ kubectl get nodes -o custom-columns=NAME:.metadata.name,POD-CIDR:.spec.podCIDR,TAINTS:.spec.taints[*].key
NAME                     POD-CIDR         TAINTS
cn-qingdao.172.18.0.11   10.88.0.0/25     <none>
cn-qingdao.172.18.0.12   10.88.0.128/25   <none>
cn-qingdao.172.18.0.19   10.88.2.0/25     <none>
$ kubectl exec -it api-5f6d7c8b9-8wq2m -- ping -c 3 10.88.2.14
PING 10.88.2.14 (10.88.2.14): 56 data bytes

--- 10.88.2.14 ping statistics ---
3 packets transmitted, 0 packets received, 100% packet loss
command terminated with exit code 1
# 同じノード内の Pod 同士は通る。.19 のノードに載ってる Pod にだけ他ノードから届かない。VPC のルートテーブル見たら 10.88.2.0/25 宛てのエントリが無い`,
    expect: 'pod-routes-missing',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n kube-system rollout status deploy/coredns
deployment "coredns" successfully rolled out
$ kubectl logs deploy/order-svc -n prod --since=10m | grep -i lookup
2026-11-30T06:02:11.482Z ERROR db  dial tcp: lookup mysql-primary.db.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.27:52814->172.21.0.10:53: i/o timeout
2026-11-30T06:03:40.117Z ERROR cache  dial tcp: lookup redis.cache.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.27:38201->172.21.0.10:53: i/o timeout
2026-11-30T06:05:58.903Z ERROR db  dial tcp: lookup mysql-primary.db.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.27:44617->172.21.0.10:53: i/o timeout
$ kubectl -n kube-system get cm kube-proxy-worker -o yaml | grep mode:
    mode: ipvs
# CoreDNS のアドオン更新した直後の 5 分くらいだけこれ。06:07 以降は何もしてないのに出なくなった`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: `$ kubectl exec -it checkout-7c9d5f8b6-zz4rt -n shop -- nslookup payment.shop
;; connection timed out; no servers could be reached

command terminated with exit code 1
$ kubectl -n kube-system get pods -l k8s-app=kube-dns -o wide
NAME                       READY   STATUS    RESTARTS   AGE   IP            NODE
coredns-6d4b75cb6d-x7k2p   1/1     Running   0          3d    172.20.4.11   cn-hangzhou.192.168.0.12
coredns-6d4b75cb6d-m9v8c   1/1     Running   0          3d    172.20.5.23   cn-hangzhou.192.168.0.13
$ kubectl -n kube-system get ep kube-dns
NAME       ENDPOINTS   AGE
kube-dns   <none>      212d
# どの Pod でもクラスタ内の名前も外部ドメインも引けない。coredns 自体は Running`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `[root@iZbp1d3f5g7h9j2k4l6m8nZ ~]# curl -sv --max-time 3 http://172.21.9.140:8080/healthz
*   Trying 172.21.9.140:8080...
* connect to 172.21.9.140 port 8080 failed: Connection refused
curl: (7) Failed to connect to 172.21.9.140 port 8080 after 1 ms: Couldn't connect to server
[root@iZbp1d3f5g7h9j2k4l6m8nZ ~]# curl -s --max-time 3 http://172.20.6.31:8080/healthz
ok
[root@iZbp1d3f5g7h9j2k4l6m8nZ ~]# ipvsadm -Ln -t 172.21.9.140:8080
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.9.140:8080 rr
[root@iZbp1d3f5g7h9j2k4l6m8nZ ~]# kubectl get ep inventory -n shop
NAME        ENDPOINTS                           AGE
inventory   172.20.6.31:8080,172.20.7.12:8080   45d`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: 'The Service "web" is invalid: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services',
    expect: 'ipv6-clusterip-ipv4',
    kind: 'error',
  },
  {
    q: 'flannel でノード 1 台に Pod を詰め込みすぎたら、そのノードに来た新しい Pod だけ IP が取れなくて起動しない。他のノードなら普通に上がる。ノードごとの IP の枠が足りないってこと？',
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'symptom',
  },
  {
    q: 'Pod からの名前解決がたまに 5 秒くらい固まる。ほとんどは成功するし、リトライすれば引ける。CoreDNS はエラーも出てなくて元気',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: 'pod から外部ドメイン（RDS の接続先とか）を引くのがノード上より明らかに遅い。coredns のログ見ると 1 回の lookup で何回も NXDOMAIN 返してる',
    expect: 'dns-ndots-search-domains',
    kind: 'symptom',
  },
  {
    q: 'flannel から terway の新クラスタに引っ越したら pod から外部 API 叩くと全部 timeout。ノードにはパブリック IP 付いてて、ノードからの curl は通る',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: 'デュアルスタックのクラスタで pod に v6 アドレスは付いてるのに curl -6 で外のサイトに出ていけない。v4 なら出れる',
    expect: 'ipv6-no-internet-egress',
    kind: 'symptom',
  },
  {
    q: 'flannel クラスタでノード追加したら、そのノードに載った pod だけ名前解決も他ノードの pod への ping も全滅。何から順番に見ればいい？',
    expect: 'flannel-new-node-no-network',
    kind: 'symptom',
  },
  {
    q: 'Pod 用のサブネットの IP が足りなくなったので 1 個増やしたら、そっちから IP もらった Pod だけアウトバウンド通信がタイムアウトする。ノード自体は外に出れてる',
    expect: 'terway-vswitch-snat',
    kind: 'synonym',
  },
  {
    q: 'うちの terway って Pod ごとに NIC を占有するモード？それとも NIC 共有のほう？どこ見ればわかる',
    expect: 'terway-identify-eni-mode',
    kind: 'synonym',
  },
  {
    q: 'うちのクラスタの terway、eBPF の高速化はどっちが効いてる？DPv2 なのか旧来の IPvlan 版なのか確かめる方法',
    expect: 'terway-identify-datapath',
    kind: 'synonym',
  },
  {
    q: 'kube-proxy-wroker の ipvs schedular を rr から lc に変えたい。gRPC の長い接続が一部の pod に偏る',
    expect: 'ipvs-scheduler-long-connections',
    kind: 'typo',
  },
  {
    q: 'corends の cache 時間を 30 から伸ばして上流 DNS への forward を減らしたい',
    expect: 'coredns-cache',
    kind: 'typo',
  },
  {
    q: 'terwya の datapathv2 有効だと pod→service の通信って ipvsadm に出てこない？ipvs 通らないの？',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'typo',
  },
  {
    q: 'terway で ecs.g7.xlarge 1 台に pod 何個まで載せられる？計算のしかたが知りたい',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: '今動いてる flannel のクラスタ、作り直さずにそのまま terway に切り替えられる？',
    expect: 'switch-network-plugin',
    kind: 'howto',
  },
  {
    q: '新しく ACK 作るんだけど terway と flannel どう選ぶ？hostPort 使ってるのと、ノードあたりの pod 数が気になる',
    expect: 'choose-terway-or-flannel',
    kind: 'howto',
  },
];
