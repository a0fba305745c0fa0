import type { Query } from '../types.ts';

/** Japanese search-evaluation queries, held-out part (40) of the ninth round, written 2026-12-01 without looking at the search: scored, never tuned against. */
export const queries: readonly Query[] = [
  // ---- multi-line pastes ----
  {
    q: `スケールアウトしたら prod の Pod が ContainerCreating から進まない。terway のログ貼ります
$ kubectl get pod -n prod -o wide | grep -v Running
NAME                           READY   STATUS              RESTARTS   AGE   IP       NODE                     NOMINATED NODE   READINESS GATES
order-api-7f9c6b8d5-2xkqp      0/1     ContainerCreating   0          14m   <none>   cn-shanghai.10.12.3.41   <none>           <none>
order-api-7f9c6b8d5-9hmzt      0/1     ContainerCreating   0          14m   <none>   cn-shanghai.10.12.3.41   <none>           <none>
batch-worker-5d8f7c9b4-lq8wn   0/1     ContainerCreating   0          11m   <none>   cn-shanghai.10.12.3.57   <none>           <none>
$ kubectl -n kube-system logs terway-eniip-7xw2d -c terway --tail=6
time="2026-11-30T02:41:17Z" level=info msg="alloc ip for pod prod/order-api-7f9c6b8d5-2xkqp"
time="2026-11-30T02:41:17Z" level=debug msg="try to allocate ip from eni eni-uf63x0k8m2p9qz4r7abc"
time="2026-11-30T02:41:18Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 7C1E4A2B-93F0-4D1E-B6A8-2F0D9C3E5A71 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-uf6k2m9x0p3qz8r1t4abc\\" has not enough IpAddress., retrying"
time="2026-11-30T02:41:21Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 0B9D3F6E-11A2-4C7B-8E5D-6A4F2C1B9E03 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-uf6k2m9x0p3qz8r1t4abc\\" has not enough IpAddress., retrying"
time="2026-11-30T02:41:21Z" level=error msg="error allocate ip for pod prod/order-api-7f9c6b8d5-2xkqp"`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `vsw 新しく作って PodVswitchId に追加、terway も rollout restart 済み。新しい vsw は空き IP 4000 以上あるのに、前からあるノードに乗る Pod だけまだ IP が付かない
$ kubectl describe pod web-6c8f9d7b54-k2v9x | tail -8
Events:
  Type     Reason                  Age                    From               Message
  ----     ------                  ----                   ----               -------
  Normal   Scheduled               6m12s                  default-scheduler  Successfully assigned default/web-6c8f9d7b54-k2v9x to cn-beijing.172.16.8.23
  Warning  AllocIPFailed           5m48s (x9 over 6m10s)  terway-daemon      Alloc IP 172.16.8.23 failed: rpc error: code = Unknown desc = no eni can handle the allocation
  Warning  FailedCreatePodSandBox  5m40s                  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3f1ad92c7be4": plugin type="terway" failed (add): cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded
  Normal   SandboxChanged          5m39s                  kubelet            Pod sandbox changed, it will be killed and re-created.`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `flannel のクラスタ。このノードだけ新しい Pod が立たない、他のノードは平気
$ kubectl describe pod report-gen-7b9d5c6f48-vx2mq -n batch | tail -5
  Type     Reason                  Age                  From     Message
  ----     ------                  ----                 ----     -------
  Normal   Scheduled               9m                   default-scheduler  Successfully assigned batch/report-gen-7b9d5c6f48-vx2mq to cn-hangzhou.192.168.0.87
  Warning  FailedCreatePodSandBox  2m (x31 over 9m)     kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9b2e7f01c4d3": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.30.34.129-172.30.34.190
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-hangzhou.192.168.0.87 --no-headers | grep -c Running
64
$ kubectl get node cn-hangzhou.192.168.0.87 -o jsonpath='{.spec.podCIDR}'
172.30.34.128/26`,
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'paste',
  },
  {
    q: `昨日の夜このノードが電源断っぽく落ちて再起動してから、Pod がほとんど乗ってないのに IP 取れなくなった (flannel)
Events:
  Type     Reason                  Age                 From     Message
  ----     ------                  ----                ----     -------
  Warning  FailedCreatePodSandBox  41s (x18 over 12m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "e40b2a9d7c11": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.21.7.65-172.21.7.126
[root@iZbp1f0x2k9mq3 ~]# ls /var/lib/cni/networks/cb0 | wc -l
64
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-hangzhou.192.168.1.34 --no-headers | wc -l
7`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `ノードプールに1台足したけど新ノードに全然 Pod が乗らない、Pending のまま
$ kubectl describe pod api-gw-58c7d9f6b-zt4rn -n gateway | tail -4
Events:
  Type     Reason            Age                  From               Message
  ----     ------            ----                 ----               -------
  Warning  FailedScheduling  3m21s (x4 over 18m)  default-scheduler  0/7 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 6 node(s) didn't match Pod's node affinity/selector. preemption: 0/7 nodes are available: 7 Preemption is not helpful for scheduling.
$ kubectl describe node cn-hangzhou.192.168.3.15 | grep -E 'NetworkUnavailable|CreateRoute'
  NetworkUnavailable   True    Mon, 30 Nov 2026 10:02:11 +0800   Mon, 30 Nov 2026 10:02:11 +0800   NoRouteCreated   RouteController failed to create a route
  Warning  CreateRouteFailed  12m (x15 over 40m)  route_controller  Could not create route 3b0f8c1e-2d4a-11ef for node cn-hangzhou.192.168.3.15 after 512.33ms: Route entry quota exceeded in this route table`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `先週 VPN 用に VPC にカスタムルートテーブルを1個作った。それ以降に追加したノードがおかしい。flannel です
$ kubectl get events -A --field-selector reason=SyncRouteFailed -o custom-columns=LAST:.lastTimestamp,REASON:.reason,MSG:.message
LAST                   REASON            MSG
2026-11-30T06:14:52Z   SyncRouteFailed   Reconciling route error: multiple route tables found by vpc id[vpc-bp1q8x2k7m4z9r0t3abcd], length(tables)=2
2026-11-30T06:19:52Z   SyncRouteFailed   Reconciling route error: multiple route tables found by vpc id[vpc-bp1q8x2k7m4z9r0t3abcd], length(tables)=2`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `1.14 から 1.16 にアップグレードしたら全ノード NotReady。前に flannel のイメージだけ手で上げてた気がする
$ kubectl get nodes
NAME                   STATUS     ROLES    AGE    VERSION
cn-qingdao.10.1.0.21   NotReady   <none>   412d   v1.16.9-aliyun.1
cn-qingdao.10.1.0.22   NotReady   <none>   412d   v1.16.9-aliyun.1
$ journalctl -u kubelet -n 6 --no-pager
Nov 30 14:22:01 iZm5e1abcd8k2 kubelet[1822]: W1130 14:22:01.338210    1822 cni.go:202] Error validating CNI config list {"name":"cbr0","plugins":[{"type":"flannel","delegate":{"isDefaultGateway":true}},{"type":"portmap","capabilities":{"portMappings":true}}]}: [plugin flannel does not support config version ""]
Nov 30 14:22:01 iZm5e1abcd8k2 kubelet[1822]: W1130 14:22:01.338290    1822 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d
Nov 30 14:22:03 iZm5e1abcd8k2 kubelet[1822]: E1130 14:22:03.512877    1822 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized
Nov 30 14:22:05 iZm5e1abcd8k2 kubelet[1822]: I1130 14:22:05.100431    1822 kubelet_node_status.go:486] Recording NodeNotReady event message for node cn-qingdao.10.1.0.21`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `コミュニティの kube-flannel.yml を apply しただけなのに flannel が起動しない（CentOS 7 のノード）
$ kubectl -n kube-flannel get pod -o wide
NAME                    READY   STATUS                  RESTARTS      AGE   IP           NODE
kube-flannel-ds-4q7zr   0/1     Init:CrashLoopBackOff   6 (2m ago)    9m    10.20.1.11   worker-01
kube-flannel-ds-h8kpm   0/1     Init:CrashLoopBackOff   6 (95s ago)   9m    10.20.1.12   worker-02
kube-flannel-ds-t2b9c   0/1     Init:CrashLoopBackOff   6 (2m ago)    9m    10.20.1.13   worker-03
$ kubectl -n kube-flannel logs kube-flannel-ds-4q7zr -c install-cni
cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'paste',
  },
  {
    q: `coredns が Ready にならない。ログこんな感じ
$ kubectl -n kube-system logs coredns-6d4b75cb6d-x7k2p --tail=8
.:53
[INFO] plugin/reload: Running configuration SHA512 = 8b1f3a...e2c9
CoreDNS-1.11.1
linux/amd64, go1.20.7, ae2bbc2
[INFO] plugin/ready: Still waiting on: "kubernetes"
E1130 08:11:42.551230       1 reflector.go:147] pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope
[INFO] plugin/ready: Still waiting on: "kubernetes"
[INFO] plugin/ready: Still waiting on: "kubernetes"`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
  {
    q: `上流DNSへのリクエスト減らしたくて coredns の cache を 30→60 にしようと ConfigMap 編集した（ネットで拾った Corefile 貼った）。そしたらこれ
$ kubectl -n kube-system logs coredns-7b5c8d6f9d-4kq2m --since=10m
[INFO] Reloading
[ERROR] Restart failed: /etc/coredns/Corefile:7 - Error during parsing: unknown property 'upstream'
[ERROR] plugin/reload: Corefile changed but reload failed: starting with listener file descriptors: /etc/coredns/Corefile:7 - Error during parsing: unknown property 'upstream'
[INFO] 172.20.1.33:40122 - 18841 "A IN rm-bp1x2y3z4.mysql.rds.aliyuncs.com. udp 53 false 512" NOERROR qr,rd,ra 120 0.001873s`,
    expect: 'coredns-cache',
    kind: 'paste',
  },
  {
    q: `terway クラスタで Pod 作成が失敗し続けてる、もう30分くらいこの状態
Events:
  Type     Reason                  Age                  From               Message
  ----     ------                  ----                 ----               -------
  Normal   Scheduled               31m                  default-scheduler  Successfully assigned ml/infer-5f7c9d8b6-p4wzn to cn-zhangjiakou.10.3.2.77
  Warning  FailedCreatePodSandBox  38s (x112 over 31m)  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "c81f0e2b9a47": plugin type="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:2a:7b:91: not found
  Normal   SandboxChanged          37s (x112 over 31m)  kubelet            Pod sandbox changed, it will be killed and re-created.`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'paste',
  },
  {
    q: `昨日の昼くらいからずっと、全 namespace の Pod で名前解決できない。coredns 自体は Running
{"ts":"2026-11-30T05:12:09.331Z","level":"error","svc":"billing","msg":"upstream call failed","err":"Get \\"http://inventory.prod.svc.cluster.local:8080/v1/stock\\": dial tcp: lookup inventory.prod.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.18:51432->172.21.0.10:53: i/o timeout","req_id":"b7e2c41a-9f03-4d6e-8a11-3c5d7e9f0a22"}
{"ts":"2026-11-30T05:12:10.002Z","level":"info","svc":"billing","msg":"retrying","attempt":3}
$ kubectl exec -it billing-7d6f8c9b5-hq2mx -- nslookup kubernetes.default
;; connection timed out; no servers could be reached
$ kubectl -n kube-system get pod -l k8s-app=kube-dns -o wide
NAME                       READY   STATUS    RESTARTS   AGE   IP            NODE
coredns-6d4b75cb6d-x7k2p   1/1     Running   0          9d    172.20.1.14   cn-hangzhou.192.168.0.21
coredns-6d4b75cb6d-m4n8r   1/1     Running   0          9d    172.20.2.9    cn-hangzhou.192.168.0.22`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },

  // ---- single pasted error lines ----
  {
    q: `2026-11-30 16:04:55 アドオン terway-eniip のアップグレードに失敗しました: eip pool is not supported (RequestId: 4F2A9C1E-7B3D-4E8A-9C0F-1D2E3F4A5B6C)`,
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },
  {
    q: 'cpu=3   	found=0 invalid=842 ignore=0 insert=0 insert_failed=2918 drop=2918 early_drop=0 error=0 search_restart=17',
    expect: 'dns-single-request-reopen',
    kind: 'error',
  },
  {
    q: 'The Service "web" is invalid: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services',
    expect: 'ipv6-clusterip-ipv4',
    kind: 'error',
  },
  {
    q: 'F1130 11:20:03.481022       1 server.go:489] unrecognized feature gate: IPv6DualStack',
    expect: 'kube-proxy-config',
    kind: 'error',
  },
  {
    q: 'E1130 09:14:27.660391       1 server_others.go:264] "Can\'t use the IPVS proxier" err="IPVS proxier will not be used because the following required kernel modules are not loaded: [ip_vs_lc]"',
    expect: 'ipvs-scheduler-long-connections',
    kind: 'error',
  },
  {
    q: '[Mon Nov 30 03:41:12 2026] nf_conntrack: nf_conntrack: table full, dropping packet',
    expect: 'conntrack-table-full',
    kind: 'error',
  },

  // ---- colloquial symptoms ----
  {
    q: 'Pod の IP が足りなくなったので vsw を1つ追加して PodVswitchId にも足した。そしたら新しく立った Pod だけ外部 API に繋がらなくなった。ノード上から curl すると普通に返ってくるし、前からいる Pod は問題なし',
    expect: 'terway-vswitch-snat',
    kind: 'symptom',
  },
  {
    q: 'flannel のクラスタから terway の新クラスタに引っ越したら、コンテナ内から ping 114.114.114.114 が全滅。ノードには EIP 付いててノードからは外に出られる。SG は確認済み',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: 'デュアルスタックで Pod に v6 アドレスは付いてるのに、Pod から curl -6 で外の IPv6 サイトに行こうとするとずっと timeout。v4 なら外に出られる',
    expect: 'ipv6-no-internet-egress',
    kind: 'symptom',
  },
  {
    q: 'coredns を upgrade した直後の数分だけアプリの名前解決がタイムアウトしまくって、5分くらいで勝手に直る。毎回アップグレードのたびに起きる。kube-proxy は ipvs モード',
    expect: 'ipvs-udp-timeout-dns',
    kind: 'symptom',
  },
  {
    q: 'terway 環境で Pod が Running になってから最初の数秒〜十数秒だけ通信できない。起動時に DB 繋ぎに行く処理がコケて再起動する。ちょっと待てば繋がる',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: 'flannel クラスタで、Pod から自分がぶら下がってる Service 名に curl すると時々 timeout する。replicas=1 にすると毎回ダメ',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: 'flannel の pod から同じ VPC の ECS に ping したら、返ってくるのと 100% loss のやつがある。ルートテーブルは見たけど問題なさそう',
    expect: 'flannel-ping-ecs-security-group',
    kind: 'symptom',
  },
  {
    q: 'flannel クラスタにノード3台追加したら、新ノードに乗った pod だけ他ノードの pod と通信できない。taint はもう外れてて schedule はされてる。どこから見ていけばいい？',
    expect: 'flannel-new-node-no-network',
    kind: 'symptom',
  },
  {
    q: 'Pod IP 直叩きなら 200 返るのに ClusterIP 経由だと Connection refused。endpoints にはちゃんと IP 並んでて selector も targetPort も合ってる。kube-proxy は IPVS',
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'symptom',
  },
  {
    q: 'デュアルスタック環境。Pod の IPv4 アドレスに curl すると OK なのに、同じポートで IPv6 アドレスに curl すると即 refused。中身は公式の nginx イメージ',
    expect: 'ipv6-app-not-listening',
    kind: 'symptom',
  },
  {
    q: 'Service の clusterIPs に v6 も出てるのに、その v6 の ClusterIP 宛てのリクエストだけ失敗する。v4 の ClusterIP なら普通に通る',
    expect: 'ipv6-clusterip-unreachable',
    kind: 'symptom',
  },

  // ---- typos ----
  {
    q: 'terwya の eniip_virtaul_type って datapathv2 と ipvlan どっちになってるか確認したい',
    expect: 'terway-identify-datapath',
    kind: 'typo',
  },
  {
    q: '既存の terway ipvaln クラスタで in_cluster-loadbalance を有効化する手順',
    expect: 'terway-in-cluster-loadbalance',
    kind: 'typo',
  },
  {
    q: 'ACK で hostprot つかえる？ flanel なら OK で terway は不可って聞いたけど本当？',
    expect: 'flannel-hostport',
    kind: 'typo',
  },

  // ---- synonyms ----
  {
    q: 'terway で Pod に設定したサブネットと全然違うレンジの IP が振られてる。DB 側の IP 許可リストで弾かれて接続できない。前に別クラスタで使ってたマシンをノードとして足した',
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'synonym',
  },
  {
    q: 'うちの terway、Pod が NIC を占有するやつか共有するやつか、どっちの flavour で動いてるか調べる方法',
    expect: 'terway-identify-eni-mode',
    kind: 'synonym',
  },
  {
    q: 'dual stack で Pod の v6 アドレスにインターネット側からの着信が来ない。クラスタ内の別 Pod からは v6 でアクセスできる',
    expect: 'ipv6-internet-unreachable-bandwidth',
    kind: 'synonym',
  },

  // ---- how-to / concept ----
  {
    q: 'terway 共有ENI モードで1ノードあたり Pod 何個まで置ける？ ecs.g7.2xlarge の場合の計算式知りたい',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: '新しく ACK 作る予定。NetworkPolicy と Pod ごとの帯域制限を使いたいんだけど terway と flannel どう選ぶ？',
    expect: 'choose-terway-or-flannel',
    kind: 'howto',
  },
  {
    q: '今 flannel で動いてる ACK クラスタ、あとから terway に変更できる？',
    expect: 'switch-network-plugin',
    kind: 'howto',
  },
  {
    q: 'クラスタ作成後に Service CIDR や Pod CIDR を広げることってできる？',
    expect: 'change-cidr-after-creation',
    kind: 'howto',
  },
  {
    q: 'DataPathv2 有効のクラスタだと Pod から Service 宛ての通信って IPVS 通らないの？ ipvsadm -Ln 見てもよく分からない',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'howto',
  },
];
