import type { Query } from '../types.ts';

/** Japanese search-evaluation queries, held-out part (50) of the eighth round, written 2026-12-01 without looking at the search: scored, never tuned against. */
export const queries: readonly Query[] = [
  // ---- multi-line pastes (15) ----
  {
    q: `$ kubectl describe pod order-api-7d9c6b8f5-tn4qz -n prod | tail -8
Events:
  Type     Reason                  Age                  From               Message
  ----     ------                  ----                 ----               -------
  Normal   Scheduled               7m12s                default-scheduler  Successfully assigned prod/order-api-7d9c6b8f5-tn4qz to cn-hangzhou.192.168.0.12
  Warning  AllocIPFailed           40s (x14 over 7m)    terway-daemon      alloc ip failed, retrying
  Warning  FailedCreatePodSandBox  38s (x14 over 7m)    kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "b41f0c9e27d1": plugin type="terway" failed (add): cmdAdd: error alloc ip
$ kubectl logs terway-eniip-5kq8d -n kube-system -c terway --tail=4
time="2026-11-30T06:41:03Z" level=info msg="resource pool sync" eni=eni-bp1f3k9x2m7q8w1z4c5v idle=0 inuse=29
time="2026-11-30T06:41:05Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 8C1E42A7-3F9B-4D6E-A0C2-77B1E5D94F3A Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1q7n2k5d8m3x6c9v0b4\\" has not enough IpAddress., retrying"
time="2026-11-30T06:41:07Z" level=info msg="resource pool sync" eni=eni-bp1f3k9x2m7q8w1z4c5v idle=0 inuse=29`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `# PodVswitchId に vsw-uf6n4c2x8k1m7z3q5w9r を追記して terway-eniip を rollout restart 済み。新しい vsw は空きIP 4000 以上あるのに、古いノードだけまだこれ
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-shanghai.10.0.3.41 | grep ContainerCreating
prod     checkout-6c8f7d9b5-2mvxh    0/1   ContainerCreating   0     18m   <none>   cn-shanghai.10.0.3.41   <none>   <none>
prod     checkout-6c8f7d9b5-h8zq4    0/1   ContainerCreating   0     18m   <none>   cn-shanghai.10.0.3.41   <none>   <none>
$ kubectl describe pod checkout-6c8f7d9b5-2mvxh -n prod | sed -n '/Events:/,$p'
Events:
  Type     Reason                  Age                 From               Message
  ----     ------                  ----                ----               -------
  Warning  AllocIPFailed           2m (x21 over 18m)   terway-daemon      Alloc IP failed: no eni can handle the allocation
  Warning  FailedCreatePodSandBox  2m (x21 over 18m)   kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "77ad0e31c5f2": plugin type="terway" failed (add): error alloc ip`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `$ kubectl describe pod report-cron-28876540-x8fzq -n batch | tail -3
  Normal   Scheduled               11m                 default-scheduler  Successfully assigned batch/report-cron-28876540-x8fzq to cn-beijing.192.168.10.7
  Warning  FailedCreatePodSandBox  49s (x40 over 11m)  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9f2c6e1ab04d": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.22.5.1-172.22.5.62
$ kubectl get pod -A --field-selector spec.nodeName=cn-beijing.192.168.10.7 --no-headers | wc -l
9
[root@iZ2ze8hk3m1q0x7vd5b6fZ ~]# ls /var/lib/cni/networks/cb0 | wc -l
64
[root@iZ2ze8hk3m1q0x7vd5b6fZ ~]# uptime
 15:02:11 up 3 days,  2:17,  1 user,  load average: 0.21, 0.33, 0.30`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `$ kubectl describe node cn-hangzhou.10.1.2.33 | grep -E 'PodCIDR|Non-terminated'
PodCIDR:                      172.20.6.0/26
PodCIDRs:                     172.20.6.0/26
Non-terminated Pods:          (66 in total)
$ kubectl get events -n web --sort-by=.lastTimestamp | tail -3
5m          Normal    Scheduled                pod/frontend-75c9d8b6f4-wq2lt   Successfully assigned web/frontend-75c9d8b6f4-wq2lt to cn-hangzhou.10.1.2.33
12s         Warning   FailedCreatePodSandBox   pod/frontend-75c9d8b6f4-wq2lt   Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "c03e8a5d91b7": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.20.6.1-172.20.6.62
12s         Normal    SandboxChanged           pod/frontend-75c9d8b6f4-wq2lt   Pod sandbox changed, it will be killed and re-created.`,
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'paste',
  },
  {
    q: `$ kubectl get nodes
NAME                      STATUS   ROLES    AGE   VERSION
cn-shenzhen.172.16.8.21   Ready    <none>   41d   v1.30.1-aliyun.1
cn-shenzhen.172.16.8.22   Ready    <none>   41d   v1.30.1-aliyun.1
cn-shenzhen.172.16.8.77   Ready    <none>   26m   v1.30.1-aliyun.1
$ kubectl describe pod web-5f8b9c7d4-2xwq9 | tail -4
Events:
  Type     Reason            Age                  From               Message
  ----     ------            ----                 ----               -------
  Warning  FailedScheduling  3m12s (x6 over 26m)  default-scheduler  0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.
$ kubectl describe node cn-shenzhen.172.16.8.77 | grep -A1 NetworkUnavailable
  NetworkUnavailable   True    Sun, 30 Nov 2026 13:02:44 +0800   Sun, 30 Nov 2026 13:02:44 +0800   NoRouteCreated   RouteController failed to create a route`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `I1201 02:14:05.102244       1 service_controller.go:412] "Syncing load balancers" service="ingress-nginx/nginx-ingress-lb"
I1201 02:14:06.550118       1 node_controller.go:428] Successfully initialized node cn-qingdao.10.20.1.35 with cloud provider
E1201 02:14:07.381920       1 route_controller.go:219] Reconciling route error: multiple route tables found by vpc id[vpc-m5e8k2x0r3t1q9z5w4el], length(tables)=2
I1201 02:14:07.382011       1 event.go:294] "Event occurred" object="" fieldPath="" kind="" apiVersion="" type="Warning" reason="SyncRouteFailed" message="Reconciling route error: multiple route tables found by vpc id[vpc-m5e8k2x0r3t1q9z5w4el], length(tables)=2"
I1201 02:14:37.390772       1 route_controller.go:205] start to reconcile routes for 4 nodes`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `同じノード内の pod 同士は OK、cn-hangzhou.192.168.3.118 上の pod にだけ他ノードから届かない
$ kubectl exec -it busybox-6f7d8c9b4-tq8zn -- ping -c 3 172.20.9.14
PING 172.20.9.14 (172.20.9.14): 56 data bytes

--- 172.20.9.14 ping statistics ---
3 packets transmitted, 0 packets received, 100% packet loss
command terminated with exit code 1
$ kubectl describe node cn-hangzhou.192.168.3.118 | sed -n '/Events:/,$p'
Events:
  Type     Reason             Age                 From              Message
  ----     ------             ----                ----              -------
  Warning  CreateRouteFailed  4m (x9 over 52m)    route_controller  Could not create route 7b1d2c90-4e5f for node cn-hangzhou.192.168.3.118 after 52m: Error creating route entry in vtb-bp1x9k2m4q7w3z8c5v6n: Forbidden.RAM: User not authorized to operate on the specified resource, or this API doesn't support RAM. RequestId: 5E9A0B3C-71D2-4F88-9A1B-C2D3E4F5A6B7`,
    expect: 'pod-routes-missing',
    kind: 'paste',
  },
  {
    q: `{"level":"error","ts":"2026-11-30T08:41:12.512Z","caller":"client/http.go:88","msg":"request failed","url":"http://user-svc.prod:8080/v1/users/42","error":"Get \\"http://user-svc.prod:8080/v1/users/42\\": dial tcp: lookup user-svc.prod on 172.21.0.10:53: read udp 172.20.3.41:52811->172.21.0.10:53: i/o timeout","request_id":"f3a17c9e-2b4d-4e11-9c0a-5d6e7f8a9b0c"}
{"level":"error","ts":"2026-11-30T08:41:14.027Z","caller":"client/http.go:88","msg":"request failed","url":"https://api.payment.example.com/charge","error":"dial tcp: lookup api.payment.example.com on 172.21.0.10:53: read udp 172.20.3.41:40327->172.21.0.10:53: i/o timeout","request_id":"0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e"}
$ kubectl -n kube-system get pod -l k8s-app=kube-dns -o wide
NAME                       READY   STATUS             RESTARTS       AGE   IP            NODE
coredns-6d4b75cb6d-x7k2p   0/1     CrashLoopBackOff   17 (2m ago)    3d    172.20.1.9    cn-hangzhou.192.168.0.12
coredns-6d4b75cb6d-q9r4t   0/1     CrashLoopBackOff   17 (3m ago)    3d    172.20.2.22   cn-hangzhou.192.168.0.13`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `# 10:02 に CoreDNS アドオンを更新。10:02〜10:07 の間だけ下のエラーが大量、その後は何もしてないのに収まった
2026-11-30T10:03:17.884+0900	WARN	cache/redis.go:57	redis dial failed	{"addr": "redis-master.cache.svc.cluster.local:6379", "err": "dial tcp: lookup redis-master.cache.svc.cluster.local on 172.21.0.10:53: read udp 172.20.5.18:38112->172.21.0.10:53: i/o timeout"}
2026-11-30T10:05:41.202+0900	WARN	cache/redis.go:57	redis dial failed	{"addr": "redis-master.cache.svc.cluster.local:6379", "err": "dial tcp: lookup redis-master.cache.svc.cluster.local on 172.21.0.10:53: read udp 172.20.5.18:51907->172.21.0.10:53: i/o timeout"}
$ kubectl -n kube-system get pod -l k8s-app=kube-dns
NAME                      READY   STATUS    RESTARTS   AGE
coredns-7c8d5f9b6-m2kqx   1/1     Running   0          41m
coredns-7c8d5f9b6-zt7wp   1/1     Running   0          40m
$ kubectl -n kube-system get cm kube-proxy-worker -o yaml | grep mode:
    mode: ipvs`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: `上流DNSの負荷を下げたくて Corefile の cache の数字だけ変えたつもり
$ kubectl -n kube-system logs coredns-5b8c7d9f4-h6wzp --tail=6
[INFO] 172.20.4.17:38211 - 40213 "A IN oss-cn-hangzhou-internal.aliyuncs.com. udp 55 false 512" NOERROR qr,rd,ra 112 0.002131s
[INFO] 172.20.4.17:38211 - 51877 "AAAA IN oss-cn-hangzhou-internal.aliyuncs.com. udp 55 false 512" NOERROR qr,rd,ra 143 0.001984s
[INFO] Reloading
[ERROR] Restart failed: Error during parsing: unknown property 'upstream'
[ERROR] plugin/reload: Corefile changed but reload failed: starting with listener file descriptors: Error during parsing: unknown property 'upstream'
[INFO] 172.20.2.8:60114 - 2231 "A IN rm-bp1x2y3z4a5b6c7d8.mysql.rds.aliyuncs.com. udp 61 false 512" NOERROR qr,rd,ra 128 0.003410s`,
    expect: 'coredns-cache',
    kind: 'paste',
  },
  {
    q: `[Sun Nov 30 14:22:51 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 14:22:51 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 14:22:56 2026] net_ratelimit: 1184 callbacks suppressed
[Sun Nov 30 14:22:56 2026] nf_conntrack: nf_conntrack: table full, dropping packet
---- ingress-nginx-controller-7b6d9f8c4-lk2sd ----
2026/11/30 14:22:53 [error] 31#31: *918273 upstream timed out (110: Connection timed out) while connecting to upstream, client: 10.0.5.23, server: shop.example.com, request: "GET /api/v1/orders HTTP/1.1", upstream: "http://172.20.7.31:8080/api/v1/orders", host: "shop.example.com"
10.0.5.23 - - [30/Nov/2026:14:22:53 +0000] "GET /api/v1/orders HTTP/1.1" 504 160 "-" "okhttp/4.12.0" 312 5.001 [prod-order-svc-8080] [] 172.20.7.31:8080 0 5.000 504 a8c1e93f0b2d47d6`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `$ kubectl get nodes
NAME                    STATUS     ROLES    AGE    VERSION
cn-beijing.10.8.0.11    NotReady   <none>   210d   v1.16.9-aliyun.1
cn-beijing.10.8.0.12    NotReady   <none>   210d   v1.16.9-aliyun.1
# ノード上
Nov 30 09:14:02 iZ2zeb4x7k1m9q3w5e8rZ kubelet[1123]: W1130 09:14:02.118273    1123 cni.go:202] Error validating CNI config &{cb0  false [0xc000a1c2a0 0xc000a1c2e0] [123 10 32 32 34 110 97 109 101]}: [plugin flannel does not support config version ""]
Nov 30 09:14:02 iZ2zeb4x7k1m9q3w5e8rZ kubelet[1123]: W1130 09:14:02.118301    1123 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d
Nov 30 09:14:03 iZ2zeb4x7k1m9q3w5e8rZ kubelet[1123]: E1130 09:14:03.120019    1123 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `$ kubectl logs web-6b9f7c8d5-p4x2n | head -6
/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)
/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
/docker-entrypoint.sh: Configuration complete; ready for start up
$ kubectl exec -it toolbox-0 -- curl -sS -o /dev/null -w '%{http_code}\\n' http://172.20.1.57/
200
$ kubectl exec -it toolbox-0 -- curl -g -sS -o /dev/null -w '%{http_code}\\n' "http://[2408:4005:3a1:8c00::5e]/"
curl: (7) Failed to connect to 2408:4005:3a1:8c00::5e port 80 after 2 ms: Couldn't connect to server
000
command terminated with exit code 7`,
    expect: 'ipv6-app-not-listening',
    kind: 'paste',
  },
  {
    q: `{"level":"info","ts":"2026-11-30T11:20:01.004Z","logger":"controller-runtime.metrics","msg":"Metrics server is starting to listen","addr":":8080"}
{"level":"info","ts":"2026-11-30T11:20:01.118Z","msg":"Starting EventSource","controller":"backupjob","source":"kind source: *v1alpha1.BackupJob"}
{"level":"error","ts":"2026-11-30T11:20:01.342Z","logger":"controller-runtime.source.EventHandler","msg":"if kind is a CRD, it should be installed before calling Start","kind":"BackupJob.ops.example.io","error":"backupjobs.ops.example.io is forbidden: User \\"system:serviceaccount:ops:backup-operator\\" cannot list resource \\"backupjobs\\" in API group \\"ops.example.io\\" at the cluster scope"}
W1130 11:20:02.551920       1 reflector.go:539] pkg/mod/k8s.io/client-go@v0.29.2/tools/cache/reflector.go:229: failed to list *v1.Secret: secrets is forbidden: User "system:serviceaccount:ops:backup-operator" cannot list resource "secrets" in API group "" in the namespace "ops"`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
  {
    q: `[root@iZbp1a2b3c4d5e6f7g8hZ ~]# curl -m 3 http://172.21.9.87:8080/healthz
curl: (7) Failed to connect to 172.21.9.87 port 8080 after 0 ms: Couldn't connect to server
[root@iZbp1a2b3c4d5e6f7g8hZ ~]# curl -m 3 http://172.20.2.45:8080/healthz
ok
[root@iZbp1a2b3c4d5e6f7g8hZ ~]# ipvsadm -Ln -t 172.21.9.87:8080
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.9.87:8080 rr
[root@iZbp1a2b3c4d5e6f7g8hZ ~]# kubectl -n kube-system logs kube-proxy-worker-8xk2d --tail=2
E1130 16:05:44.912337       1 proxier.go:1683] "Failed to sync endpoint for service" servicePortName="prod/order-svc:http" virtualServer="172.21.9.87:8080/TCP" err="Get \\"https://172.21.0.1:443/api/v1/namespaces/prod/endpoints\\": net/http: TLS handshake timeout"
I1130 16:05:45.003118       1 proxier.go:1120] "syncProxyRules complete" elapsed="91.7ms"`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },

  // ---- single pasted error lines (5) ----
  {
    q: '2026-11-29 22:31:07 アドオンのアップグレードに失敗しました terway-eniip v1.5.3 → v1.9.1 ErrorCode: eip pool is not supported RequestId: 7A2F3C91-5B8D-4E0F-A1C2-93D4E5F6A7B8',
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },
  {
    q: `error: error executing jsonpath "{.spec.clusterIPs[1]}": Error executing template: array index out of bounds: index 1, length 1. Printing more information for debugging the template:`,
    expect: 'ipv6-clusterip-ipv4',
    kind: 'error',
  },
  {
    q: `Warning  FailedCreatePodSandBox  41s  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3be1f0c27a9d": plugin type="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:1a:7c:42: not found`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'error',
  },
  {
    q: `kube-flannel-ds-7xq9k install-cni cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'error',
  },
  {
    q: 'kube-proxy-worker-t5v8n F1130 07:55:12.004512       1 server.go:489] failed complete: unrecognized feature gate: IPv6DualStack',
    expect: 'kube-proxy-config',
    kind: 'error',
  },

  // ---- colloquial symptoms (15) ----
  {
    q: 'Flannel の旧クラスタから Terway の新クラスタに移行したら、pod から外部 API 叩くと全部タイムアウトする。ノードから curl すると普通に出られるしノードにはパブリックIPも付いてる。旧クラスタでは問題なかった',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: 'pod の IP が足りなくなったので vsw を1個足したら、そこから一部の pod だけ外に出られなくなった。ノードからの ping は通る。新しい vsw のレンジの IP もらった pod だけっぽい',
    expect: 'terway-vswitch-snat',
    kind: 'symptom',
  },
  {
    q: 'デュアルスタックの pod から curl -6 で外の v6 サイトに全然つながらない。v4 なら外に出られる。pod に v6 アドレス自体は付いてる',
    expect: 'ipv6-no-internet-egress',
    kind: 'symptom',
  },
  {
    q: 'pod の IPv6 アドレスにクラスタ内の別 pod からは curl 通るのに、社外の v6 回線から同じアドレス叩くと応答なし。アプリが [::] で listen してるのは確認済み',
    expect: 'ipv6-internet-unreachable-bandwidth',
    kind: 'symptom',
  },
  {
    q: 'terway 環境で pod が Running になった直後の数秒だけ通信できない。起動時に DB へ接続チェックするアプリが初回だけコケて再起動ループ、少し待てば普通に繋がる',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: 'ノード上で docker-compose で直接動かしてる redis に、同じノードの pod からだけ繋がらない。別ノードの pod からは OK、ping も通る。Terway に乗り換えてから起きるようになった',
    expect: 'terway-docker-container-ports',
    kind: 'symptom',
  },
  {
    q: 'flannel のクラスタで、pod が自分自身がぶら下がってる service を呼ぶとたまにタイムアウトする。replicas 1 にすると毎回ダメ。他の pod からその service 呼ぶ分には問題ない',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: 'たまーに名前解決が5秒くらい待たされてから成功する。coredns の pod は元気で再起動もしてない、名前も決まってない、QPS 高いサービスほど頻発する',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: 'pod から api.stripe.com 引くのが遅い。coredns のクエリログ見たら、その前に api.stripe.com.prod.svc.cluster.local みたいなクラスタのサフィックス付きの問い合わせが毎回3つ飛んでる',
    expect: 'dns-ndots-search-domains',
    kind: 'symptom',
  },
  {
    q: 'IPv6 デュアルスタック有効にして作ったクラスタなのに kubectl get po -o wide の IP が全部 v4。pod に v6 振られてないってこと？',
    expect: 'ipv6-pod-ip-ipv4-only',
    kind: 'symptom',
  },
  {
    q: 'flannel のクラスタにノード1台追加した。その新ノード上の pod だけ他と通信できないんだけど、何から順番に確認していけばいい？',
    expect: 'flannel-new-node-no-network',
    kind: 'symptom',
  },
  {
    q: 'flannel の pod から同じ VPC の ECS に ping すると、返ってくるインスタンスと返ってこないインスタンスがある。ルートテーブルは見たけど問題なさそう',
    expect: 'flannel-ping-ecs-security-group',
    kind: 'symptom',
  },
  {
    q: 'deployment の label 整理したあとから service 経由で繋がらなくなった。pod は全部 Running。kubectl get ep したら ENDPOINTS が空っぽ',
    expect: 'service-unreachable-endpoints',
    kind: 'symptom',
  },
  {
    q: 'デュアルスタックで、Service の v6 の clusterIP に curl すると失敗する。同じ Service の v4 clusterIP なら通るし、backend の pod も普通に Running',
    expect: 'ipv6-clusterip-unreachable',
    kind: 'symptom',
  },
  {
    q: '前に別クラスタで使ってた ECS をこっちのクラスタにノードとして追加したら、そのノードの pod に PodVswitchId に入れてない vsw のセグメントの IP が付く。RDS のホワイトリストで弾かれて困ってる',
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'symptom',
  },

  // ---- other words / typos (8) ----
  {
    q: 'うちの terway、NIC を pod 1個ずつに専有させる方式なのか、1枚の NIC を複数 pod で相乗りする方式なのか、どこ見ればわかる？',
    expect: 'terway-identify-eni-mode',
    kind: 'synonym',
  },
  {
    q: 'このクラスタの CNI が何なのかと、pod 用に使ってるサブネットがどれなのかをコンソールで調べたい',
    expect: 'view-network-type-vswitches',
    kind: 'synonym',
  },
  {
    q: 'terway で pod 用サブネットの残りアドレスが 0 になって、新しく作った pod にアドレスが振られない。スケールアウトした途端に',
    expect: 'vswitch-ip-exhausted',
    kind: 'synonym',
  },
  {
    q: 'コンテナ間の疎通がなんかおかしいけど、どのレイヤーが悪いのか当たりがつかない。切り分けを上から順にやる手順がほしい',
    expect: 'network-troubleshooting-checklist',
    kind: 'synonym',
  },
  {
    q: 'eni-config の eniip_virual_type 見て datapahtv2 か ipvlan か判別する方法',
    expect: 'terway-identify-datapath',
    kind: 'typo',
  },
  {
    q: '既存の teway ipvlan クラスタで in_cluster_load_balance を有効にしたい',
    expect: 'terway-in-cluster-loadbalance',
    kind: 'typo',
  },
  {
    q: 'kube-proxy-woker の ipvs udp_timeout を 10s にしたい coredns 再起動のあとの名前解決タイムアウト対策',
    expect: 'ipvs-udp-timeout-dns',
    kind: 'typo',
  },
  {
    q: 'terway 一部の pod だけ IP を決まった CIDR に固定 eni-confg-fixed ノードプール テイント fixed=true',
    expect: 'terway-fixed-pod-cidr',
    kind: 'typo',
  },

  // ---- how-to / concept (7) ----
  {
    q: 'terway の共有ENIモードだと1ノードに pod 何個まで載せられる？計算式が知りたい',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: '新規で ACK クラスタ作るけど terway と flannel どう選ぶ？NetworkPolicy 使いたいし pod ごとに帯域も絞りたい',
    expect: 'choose-terway-or-flannel',
    kind: 'howto',
  },
  {
    q: '今 flannel で動いてるクラスタを、作り直さずに terway に変えることってできる？',
    expect: 'switch-network-plugin',
    kind: 'howto',
  },
  {
    q: 'Service CIDR を狭く取りすぎた。クラスタ作成後に広げられる？',
    expect: 'change-cidr-after-creation',
    kind: 'howto',
  },
  {
    q: 'terway クラスタで特定の pod の通信だけ tcpdump したい。ノードのどこで取ればいい？',
    expect: 'terway-packet-capture',
    kind: 'howto',
  },
  {
    q: 'hostPort でポート公開したいんだけど ACK で使える？terway だと効かない気がする',
    expect: 'flannel-hostport',
    kind: 'howto',
  },
  {
    q: 'DataPathv2 のクラスタで ipvsadm -Ln 見ても pod から service への通信が出てこない。IPVS 通ってないってこと？',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'howto',
  },
];
