import type { Query } from '../types.ts';

/** Chinese search-evaluation queries, held-out part (25) of the fifth round, written 2026-11-30 without looking at the search; read after it, so now part of development. */
export const queries: readonly Query[] = [
  {
    q: `杭州 H 区那几台节点上新 pod 全卡在 ContainerCreating，terway 日志如下
$ kubectl -n kube-system logs terway-eniip-7xq2d -c terway --tail=8
time="2026-11-30T02:14:07Z" level=info msg="add pod request" pod=prod/order-api-6f9c8d7b54-kq7zn
time="2026-11-30T02:14:07Z" level=debug msg="pool status" idle=0 inuse=18 max=30
time="2026-11-30T02:14:08Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 7C1E5A2B-93D4-4F0E-B8A1-2D6E0C94F311 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1k3x9q2m7d8f0r5t4yz\\" has not enough IpAddress., retrying"
time="2026-11-30T02:14:11Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 0B6D2F8E-11A7-4C3B-9E5D-7A4F2C1B8E06 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1k3x9q2m7d8f0r5t4yz\\" has not enough IpAddress., retrying"
time="2026-11-30T02:14:12Z" level=info msg="cni del request" pod=prod/order-api-6f9c8d7b54-9bd2s`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `昨天已经新建了 vsw 加进 PodVswitchId 并且 rollout restart 了 terway，新交换机还剩 4000 多个空闲 IP，可老节点上的 pod 还是这样：
Events:
  Type     Reason                  Age                    From               Message
  ----     ------                  ----                   ----               -------
  Normal   Scheduled               3m12s                  default-scheduler  Successfully assigned prod/payment-worker-5d8b6c9f7-2xw4n to cn-hangzhou.192.168.3.57
  Warning  AllocIPFailed           2m58s (x7 over 3m10s)  terway-daemon      Alloc IP Failed, pod prod/payment-worker-5d8b6c9f7-2xw4n: no eni can handle the allocation
  Warning  FailedCreatePodSandBox  2m41s                  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "8c1fa07d3e92": plugin type="terway" name="terway" failed (add): cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded
新扩的节点上同样的 pod 是好的`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `[root@iZuf6b2k9x1m3p7q8r4t5wZ ~]# kubectl describe pod report-cron-29371820-7kx5q -n batch | tail -5
Events:
  Type     Reason                  Age                From     Message
  ----     ------                  ----               ----     -------
  Normal   Scheduled               3m4s               default-scheduler  Successfully assigned batch/report-cron-29371820-7kx5q to cn-shanghai.10.10.1.23
  Warning  FailedCreatePodSandBox  41s (x12 over 3m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3fa9c2e1b07d": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.16.9.1-172.16.9.62
[root@iZuf6b2k9x1m3p7q8r4t5wZ ~]# ls /var/lib/cni/networks/cb0 | wc -l
64
[root@iZuf6b2k9x1m3p7q8r4t5wZ ~]# kubectl get pod -A -o wide --field-selector spec.nodeName=cn-shanghai.10.10.1.23 | grep -v Completed | wc -l
9
这台上面明明没几个 pod，cronjob 每分钟都在跑`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `$ kubectl describe node cn-beijing.172.16.4.88 | grep -A3 -E 'PodCIDR|Non-terminated'
PodCIDR:                      172.20.6.0/26
PodCIDRs:                     172.20.6.0/26
ProviderID:                   cn-beijing.i-2ze8f3k1x9q7w2m5n0v4
--
Non-terminated Pods:          (66 in total)
  Namespace                   Name                                   CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----                                   ------------  ----------  ---------------  -------------  ---
  kube-system                 kube-flannel-ds-8q2lm                  100m (0%)     0 (0%)      50Mi (0%)        50Mi (0%)      87d
$ kubectl get events -n app --sort-by=.lastTimestamp | tail -2
12m   Normal    Scheduled                pod/search-indexer-7d9c5f8b6-wq4kz   Successfully assigned app/search-indexer-7d9c5f8b6-wq4kz to cn-beijing.172.16.4.88
2m    Warning   FailedCreatePodSandBox   pod/search-indexer-7d9c5f8b6-wq4kz   Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "b71e0c": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.20.6.1-172.20.6.62
同一个 deployment 在别的节点上都起来了，就这台大规格机器起不来`,
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'paste',
  },
  {
    q: `$ kubectl get nodes
NAME                          STATUS   ROLES    AGE    VERSION
cn-shenzhen.192.168.10.14     Ready    <none>   203d   v1.30.7-aliyun.1
cn-shenzhen.192.168.10.15     Ready    <none>   203d   v1.30.7-aliyun.1
cn-shenzhen.192.168.10.71     Ready    <none>   26m    v1.30.7-aliyun.1
cn-shenzhen.192.168.10.72     Ready    <none>   26m    v1.30.7-aliyun.1
$ kubectl get events -n web | grep FailedScheduling
4m10s   Warning   FailedScheduling   pod/frontend-6c8f7d9b5-kx2pz   0/9 nodes are available: 2 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 7 Insufficient cpu. preemption: 0/9 nodes are available: 2 Preemption is not helpful for scheduling, 7 No preemption victims found for incoming pod.
$ kubectl describe node cn-shenzhen.192.168.10.71 | grep NetworkUnavailable
  NetworkUnavailable   True    Mon, 30 Nov 2026 10:02:11 +0800   Mon, 30 Nov 2026 10:02:11 +0800   NoRouteCreated   Node created without a route
flannel 集群，刚扩容的两台一直是这样，pod 全 pending`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `上周网络组在 VPC 里给专线新建了一张自定义路由表，之后 ccm 就一直在刷：
I1130 09:41:02.118305       1 route_controller.go:205] reconcile routes for cluster c8a91f2e7b4d64c0b9e3a1f5d7c2e8b06, nodes: 12
E1130 09:41:02.330871       1 route_controller.go:118] Reconciling route error: multiple route tables found by vpc id[vpc-bp1q8x7c2n5v4m3k9j0h1], length(tables)=2
I1130 09:41:02.330990       1 event.go:307] "Event occurred" object="" fieldPath="" kind="" apiVersion="" type="Warning" reason="SyncRouteFailed" message="Reconciling route error: multiple route tables found by vpc id[vpc-bp1q8x7c2n5v4m3k9j0h1], length(tables)=2"
I1130 09:41:05.902114       1 service_controller.go:431] "ensuring load balancer" service="ingress-nginx/nginx-ingress-lb"
E1130 09:46:02.412087       1 route_controller.go:118] Reconciling route error: multiple route tables found by vpc id[vpc-bp1q8x7c2n5v4m3k9j0h1], length(tables)=2`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `整个集群的 pod 突然都解析不了域名了，集群内 svc 名和外网域名都不行
{"level":"error","ts":"2026-11-30T03:12:45.118Z","caller":"db/pool.go:88","msg":"connect failed","error":"dial tcp: lookup pg-primary.data.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.17:50412->172.21.0.10:53: i/o timeout"}
{"level":"warn","ts":"2026-11-30T03:12:50.402Z","caller":"db/pool.go:95","msg":"retrying in 5s"}
$ kubectl -n kube-system get pod -l k8s-app=kube-dns -o wide
NAME                       READY   STATUS    RESTARTS   AGE   IP            NODE
coredns-6d4b75cb6d-x7k2p   1/1     Running   0          41d   172.20.1.14   cn-hangzhou.192.168.0.12
coredns-6d4b75cb6d-m9w4t   1/1     Running   0          41d   172.20.2.9    cn-hangzhou.192.168.0.13
$ kubectl -n kube-system get ep kube-dns
NAME       ENDPOINTS   AGE
kube-dns   <none>      212d`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `新部署的 backup-operator 一直不干活，日志：
{"level":"info","ts":1764470521.331,"logger":"setup","msg":"starting manager"}
{"level":"info","ts":1764470521.402,"logger":"controller-runtime.metrics","msg":"Starting metrics server"}
W1130 03:15:23.911875       1 reflector.go:539] pkg/mod/k8s.io/client-go@v0.29.2/tools/cache/reflector.go:229: failed to list *v1.ConfigMap: configmaps is forbidden: User "system:serviceaccount:infra:backup-operator" cannot list resource "configmaps" in API group "" at the cluster scope
E1130 03:15:23.912004       1 reflector.go:147] pkg/mod/k8s.io/client-go@v0.29.2/tools/cache/reflector.go:229: Failed to watch *v1.ConfigMap: failed to list *v1.ConfigMap: configmaps is forbidden: User "system:serviceaccount:infra:backup-operator" cannot list resource "configmaps" in API group "" at the cluster scope
{"level":"error","ts":1764470643.907,"logger":"controller-runtime.source.EventHandler","msg":"failed to get informer from cache","error":"Timeout: failed waiting for *v1.ConfigMap Informer to sync"}`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
  {
    q: `双栈集群，同一个 nginx pod，v4 通 v6 不通：
$ kubectl exec -it toolbox-7c9f8d6b5-qm2rx -- curl -sS -o /dev/null -w '%{http_code}\\n' http://172.20.4.21:80/
200
$ kubectl exec -it toolbox-7c9f8d6b5-qm2rx -- curl -g -sS --connect-timeout 5 -o /dev/null -w '%{http_code}\\n' "http://[2408:4005:3a1:9c00:7e1b::21]:80/"
curl: (7) Failed to connect to 2408:4005:3a1:9c00:7e1b::21 port 80 after 2 ms: Couldn't connect to server
000
command terminated with exit code 7`,
    expect: 'ipv6-app-not-listening',
    kind: 'paste',
  },
  {
    q: `[root@iZ2ze5h8k3m1q9w7x2c4v6bZ ~]# curl -m 3 http://172.21.9.44:8080/healthz
curl: (7) Failed to connect to 172.21.9.44 port 8080: Connection refused
[root@iZ2ze5h8k3m1q9w7x2c4v6bZ ~]# curl -m 3 http://172.20.7.15:8080/healthz
ok
[root@iZ2ze5h8k3m1q9w7x2c4v6bZ ~]# ipvsadm -Ln -t 172.21.9.44:8080
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.9.44:8080 rr
[root@iZ2ze5h8k3m1q9w7x2c4v6bZ ~]# kubectl -n shop get ep inventory-svc
NAME            ENDPOINTS                          AGE
inventory-svc   172.20.7.15:8080,172.20.9.3:8080   40d`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: 'Nov 30 14:02:17 iZbp1dq5x8k2r7m3n4z6wtZ kernel: nf_conntrack: nf_conntrack: table full, dropping packet',
    expect: 'conntrack-table-full',
    kind: 'error',
  },
  {
    q: '每次发布 coredns 之后三五分钟内一堆接口超时，过一会儿自己就好了，我们 kube-proxy 用的是 ipvs',
    expect: 'ipvs-udp-timeout-dns',
    kind: 'symptom',
  },
  {
    q: 'DNS 偶发解析失败，大概千分之几的请求会卡 5 秒左右，重试一下就好，和域名、coredns 哪个副本都没关系，节点上 conntrack -S 看 insert_failed 一直在涨',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: 'flannel 集群刚扩了 3 台 worker，调度上去的 pod 是 Running，但 ping 不通别的节点上的 pod，nslookup 也超时，老节点一切正常，该从哪开始查',
    expect: 'flannel-new-node-no-network',
    kind: 'symptom',
  },
  {
    q: '双栈集群 pod 走 v6 出不了公网，curl -6 一直超时，v4 出网正常',
    expect: 'ipv6-no-internet-egress',
    kind: 'symptom',
  },
  {
    q: '改了 deployment 的 labels 重新发布之后 svc 就调不通了，connection refused，pod 都是 1/1 Running',
    expect: 'service-unreachable-endpoints',
    kind: 'symptom',
  },
  {
    q: "RDS 白名单是按 pod 交换机网段加的，有几个 pod 连 mysql 报 Host '10.8.96.23' is not allowed to connect to this MySQL server，查了下这个 ip 不在 PodVswitchId 里任何一个 vsw 的网段内",
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'symptom',
  },
  {
    q: '有人清理 VPC 路由表的时候误删了一条自定义路由，之后 cn-hangzhou.10.0.3.41 这台上的 pod 跨节点全不通了（同节点 pod 互访正常），能手动补回去吗，目标网段和下一跳填什么',
    expect: 'pod-routes-missing',
    kind: 'howto',
  },
  {
    q: '业务从 flannel 集群搬到新建的 terway 集群后，容器里出不了外网，调第三方接口全超时，宿主机自己 ping 114.114.114.114 是通的，节点都绑了公网 ip',
    expect: 'terway-migration-no-internet',
    kind: 'synonym',
  },
  {
    q: 'terway 1.12 的集群，怎么看某台节点上是一个 pod 独占一块网卡，还是好几个 pod 共用一块网卡？',
    expect: 'terway-identify-eni-mode',
    kind: 'synonym',
  },
  {
    q: '之前 pod 分不到 ip，给 terway 多加了一个子网，结果落在新子网里的 pod 都上不了外网，老子网的 pod 没事',
    expect: 'terway-vswitch-snat',
    kind: 'synonym',
  },
  {
    q: 'kube-porxy-worker 的 configmap 里改了 config.conf，要怎么让它生效，重启哪个？',
    expect: 'kube-proxy-config',
    kind: 'typo',
  },
  {
    q: '怎么确认 terway 开的是 datapth v2 还是 ipvaln+ebpf 加速',
    expect: 'terway-identify-datapath',
    kind: 'typo',
  },
  {
    q: '数据库白名单只能放一个网段，怎么让某个业务的 pod 都从同一个 vsw 拿 ip？',
    expect: 'terway-fixed-pod-cidr',
    kind: 'howto',
  },
  {
    q: '开了 datapathv2 以后，节点上 ipvsadm 看规则都正常，但是 tcpdump 抓不到 pod 访问 service 的包，这正常吗？流量还走不走 ipvs',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'howto',
  },
];
