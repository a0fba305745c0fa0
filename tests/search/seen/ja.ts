import type { Query } from '../types.ts';

/** Japanese search-evaluation queries, written as the held-out part (25) of the second round; read after it, so now part of development. */
export const queries: readonly Query[] = [
  // ---- pastes ----
  {
    q: `$ kubectl logs -n kube-system terway-eniip-9xk4d -c terway --tail=50
{"level":"info","ts":"2024-11-30T08:01:13.402Z","logger":"eni","msg":"pool status","idle":0,"inuse":30,"max":30}
{"level":"error","ts":"2024-11-30T08:01:13.877Z","logger":"eni","msg":"create eni failed","vsw":"vsw-wz9k2m7x3c0p1q8rabcde","instance":"i-wz9b3x7k1m4n6p8q0r2s","error":"Aliyun API Error: RequestId: 1F7E3B2A-9C4D-5E6F-8A1B-2C3D4E5F6A7B Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch has not enough IpAddress."}
{"level":"info","ts":"2024-11-30T08:01:14.001Z","logger":"rpc","msg":"alloc ip","pod":"default/nginx-5c7588df-q8m2z","duration":"612ms","result":"failed"}
cn-shenzhen-d のノードだけ新しい Pod が上がってこない`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `$ kubectl get events -n app --sort-by=.lastTimestamp | tail -3
LAST SEEN   TYPE      REASON                   OBJECT                        MESSAGE
40s         Warning   AllocIPFailed            pod/gateway-6f8d7c9b4-mz2qx   alloc ip failed: no eni can handle the allocation
38s         Warning   FailedCreatePodSandBox   pod/gateway-6f8d7c9b4-mz2qx   Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "e1f09a": plugin type="terway" failed (add)
ECS コンソールで見たら cn-hangzhou.10.8.1.23（ecs.c6.large）は ENI がもう 3 枚付いてて上限。先週追加した vsw-bp1m8k2x0c4v6b9n1q3w は空き 4000 以上ある`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `昨夜このノードが突然電源断→再起動してから新しい Pod が起動しない（flannel）
Events:
  Type     Reason                  Age                 From     Message
  ----     ------                  ----                ----     -------
  Warning  FailedCreatePodSandBox  3m (x25 over 40m)   kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "4b2c7e9d" network for pod "web-7bd9c5f6d4-qh8xw": networkPlugin cni failed to set up pod "web-7bd9c5f6d4-qh8xw_default" network: failed to allocate for range 0: no IP addresses available in range set: 172.23.2.1-172.23.2.126
  Normal   SandboxChanged          3m (x25 over 40m)   kubelet  Pod sandbox changed, it will be killed and re-created.
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-qingdao.172.31.2.40 --no-headers | wc -l
7`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `coredns を v1.9.3 → v1.11.1 に上げた直後
$ kubectl exec -it debug-5f6d7c8b9-zz4kq -- dig kubernetes.default.svc.cluster.local

; <<>> DiG 9.18.24 <<>> kubernetes.default.svc.cluster.local
;; global options: +cmd
;; connection timed out; no servers could be reached
command terminated with exit code 9
$ kubectl -n kube-system rollout status deploy/coredns
deployment "coredns" successfully rolled out
数分後に同じ dig 打ったら普通に返ってきた。kube-proxy は ipvs モード`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: `$ kubectl exec -it api-7f9c6d8b5-qx2lp -n prod -- nslookup kubernetes.default
;; connection timed out; no servers could be reached

command terminated with exit code 1
$ kubectl get svc kube-dns -n kube-system
Error from server (NotFound): services "kube-dns" not found
$ kubectl get pods -n kube-system -l k8s-app=kube-dns
NAME                       READY   STATUS    RESTARTS   AGE
coredns-6d4b75cb6d-m2r8t   1/1     Running   0          8d
coredns-6d4b75cb6d-w5n9c   1/1     Running   0          8d`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `$ kubectl describe node cn-hangzhou.192.168.14.202 | sed -n '/Taints/,/Ready/p'
Taints:             node.kubernetes.io/network-unavailable:NoSchedule
Unschedulable:      false
Conditions:
  Type                 Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----                 ------  -----------------                 ------------------                ------                       -------
  NetworkUnavailable   True    Sat, 30 Nov 2024 10:02:51 +0800   Sat, 30 Nov 2024 10:02:51 +0800   NoRouteCreated               RouteController failed to create a route
  MemoryPressure       False   Sat, 30 Nov 2024 10:31:07 +0800   Sat, 30 Nov 2024 10:02:40 +0800   KubeletHasSufficientMemory   kubelet has sufficient memory available
  Ready                True    Sat, 30 Nov 2024 10:31:07 +0800   Sat, 30 Nov 2024 10:03:22 +0800   KubeletReady                 kubelet is posting ready status
flannel、今朝ノードプールで足したノード。Pod が Pending のまま`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `手元の v6 回線から:
$ curl -g -sS --connect-timeout 5 -o /dev/null -w '%{http_code}\\n' "http://[2408:4005:3a1:7c02:8e1f::2a]:8080/"
curl: (28) Failed to connect to 2408:4005:3a1:7c02:8e1f::2a port 8080 after 5001 ms: Timeout was reached
000
クラスタ内の別 Pod から同じ URL:
$ kubectl exec -it toolbox-7c5d9b8f6-h4k2m -- curl -g -sS -o /dev/null -w '%{http_code}\\n' "http://[2408:4005:3a1:7c02:8e1f::2a]:8080/"
200`,
    expect: 'ipv6-internet-unreachable-bandwidth',
    kind: 'paste',
  },
  {
    q: `ClusterIP だけタイムアウト。このノードの kube-proxy のログ
I1130 04:12:07.118203       1 proxier.go:1063] "Syncing ipvs rules"
E1130 04:12:07.240918       1 proxier.go:1581] "Failed to sync endpoint for service" servicePortName="shop/cart:http" virtualServer="172.21.7.88:80/TCP" err="no such file or directory"
E1130 04:12:37.402227       1 proxier.go:1581] "Failed to sync endpoint for service" servicePortName="shop/cart:http" virtualServer="172.21.7.88:80/TCP" err="no such file or directory"
I1130 04:12:37.402301       1 proxier.go:1070] "SyncProxyRules complete" elapsed="284.1ms"
Pod IP（10.3.4.19:8080）に直接 curl すると返ってくる`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: `$ journalctl -k --since "1 hour ago" | tail -5
Nov 30 21:40:02 iZuf6h3k9x0w2n5p7q1r4sZ kernel: IPv6: ADDRCONF(NETDEV_UP): eth1: link is not ready
Nov 30 21:40:17 iZuf6h3k9x0w2n5p7q1r4sZ kernel: nf_conntrack: table full, dropping packet
Nov 30 21:40:17 iZuf6h3k9x0w2n5p7q1r4sZ kernel: nf_conntrack: table full, dropping packet
Nov 30 21:40:22 iZuf6h3k9x0w2n5p7q1r4sZ kernel: net_ratelimit: 1187 callbacks suppressed
Nov 30 21:40:22 iZuf6h3k9x0w2n5p7q1r4sZ kernel: nf_conntrack: table full, dropping packet
アプリ側はタイムアウトと 504 が多発中`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `terway のクラスタで Pod が ContainerCreating から進まない、30分経っても同じ
  Normal   Scheduled               31m                 default-scheduler  Successfully assigned default/worker-0 to cn-zhangjiakou.10.20.3.15
  Warning  FailedCreatePodSandBox  31m                 kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9c0d2e7f": plugin type="terway" name="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:08:d4:6b: not found
  Warning  FailedCreatePodSandBox  2m (x58 over 30m)   kubelet            (combined from similar events): Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "f31a6b0c"`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'paste',
  },

  // ---- single error lines ----
  {
    q: 'E1130 03:04:22.118273       1 server.go:558] "Error running ProxyServer" err="can\'t use the IPVS proxier: IPVS proxier will not be used because the following required kernel modules are not loaded: [ip_vs_lc]"',
    expect: 'ipvs-scheduler-long-connections',
    kind: 'error',
  },
  {
    q: "[ERROR] plugin/reload: Corefile changed but reload failed: starting with listener file descriptors: Error during parsing: unknown property 'upstream'",
    expect: 'coredns-cache',
    kind: 'error',
  },

  // ---- symptoms / synonyms ----
  {
    q: 'Flannel→Terway にクラスタごと移行して DNS 切り替えた後、サービスから外部 API 呼ぶと全部 timeout。ノード上から curl すると通る',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: 'Pod 用サブネット増設してから、一部の Pod だけインターネット向けの outbound がタイムアウトするようになった',
    expect: 'terway-vswitch-snat',
    kind: 'synonym',
  },
  {
    q: 'デュアルスタックで Service の IPv6 ClusterIP 宛てだけ失敗する。v4 の ClusterIP なら OK、バックエンドは Running',
    expect: 'ipv6-clusterip-unreachable',
    kind: 'symptom',
  },
  {
    q: 'うちの terway、eBPF の高速化（アクセラレーション）効いてる？どのデータプレーンか見分け方',
    expect: 'terway-identify-datapath',
    kind: 'synonym',
  },
  {
    q: 'ノードラベル k8s.aliyun.com/exclusive-mode-eni-type=eniOnly って何？このノードだけ排他 ENI ってこと？',
    expect: 'terway-identify-eni-mode',
    kind: 'synonym',
  },
  {
    q: 'A と AAAA を同じソケットで投げて conntrack で競合して DNS がたまに落ちるやつ、dnsConfig の options で回避する方法',
    expect: 'dns-single-request-reopen',
    kind: 'synonym',
  },

  // ---- how-to / concept ----
  {
    q: 'Terway v1.8 以降で新規クラスタ作って IPvlan 選ぶと DataPath V2 になるって本当？既存の IPvlan クラスタはどうなる？',
    expect: 'terway-datapathv2',
    kind: 'howto',
  },
  {
    q: 'DataPathv2 / IPvlan+eBPF だと Pod→Service の通信は kube-proxy の IPVS を通らないの？conntrack はどこに載る？',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'howto',
  },
  {
    q: 'terway 共有 ENI でノードあたり最大 Pod 数の計算式。hostNetwork の Pod は数に入る？',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: 'flannel で新しいノードの Pod から他ノードへの通信が消える。tcpdump でどこで落ちてるか見る手順',
    expect: 'flannel-new-node-no-network',
    kind: 'howto',
  },

  // ---- typos ----
  {
    q: 'corends は Running なのに全 Pod で nslookup kubernetes.default がタイムアウトする',
    expect: 'dns-resolution-fails',
    kind: 'typo',
  },
  {
    q: 'terway の in-cluster-loadbalance が効いてるか policy コンテナのログで確認したい',
    expect: 'terway-in-cluster-loadbalance',
    kind: 'typo',
  },
  {
    q: 'kube-flannel-cfg の hairpinmode ってどこに追加する？自分自身の svc 叩けない',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'typo',
  },
];
