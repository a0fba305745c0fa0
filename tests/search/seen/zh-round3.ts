import type { Query } from '../types.ts';

/** Chinese search-evaluation queries, held-out part (25) of the third round, written 2026-11-30 without looking at the search; read after it, so now part of development. */
export const queries: readonly Query[] = [
  {
    q: `$ kubectl get pod -n trade -o wide | grep -v Running
NAME                         READY   STATUS              RESTARTS   AGE   IP       NODE                       NOMINATED NODE   READINESS GATES
order-api-5c9f7d8b6-2mxkq    0/1     ContainerCreating   0          14m   <none>   cn-hangzhou.192.168.3.41   <none>           <none>
order-api-5c9f7d8b6-w8ztn    0/1     ContainerCreating   0          14m   <none>   cn-hangzhou.192.168.3.41   <none>           <none>
pay-gw-7d6b9c5f4-hq2lr       0/1     ContainerCreating   0          9m    <none>   cn-hangzhou.192.168.3.57   <none>           <none>
$ kubectl -n kube-system logs terway-eniip-7xk9d -c terway --tail=5
time="2026-11-30T03:12:07Z" level=info msg="resource pool status" idle=0 inuse=17
time="2026-11-30T03:12:08Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 7C3E9A21-41D8-4F6B-9B0C-2E5D1A8F0C44 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1k9x2m7qz4c8d3e5f6a\\" has not enough IpAddress., retrying"
time="2026-11-30T03:12:10Z" level=error msg="error allocate ip for pod" pod=trade/order-api-5c9f7d8b6-2mxkq
杭州 H 区这两台节点上新起的 pod 全卡住了，老 pod 没事`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n prod describe pod cart-svc-6f8d9c7b5-p4xzv | sed -n '/Events/,$p'
Events:
  Type     Reason                  Age                   From               Message
  ----     ------                  ----                  ----               -------
  Normal   Scheduled               8m3s                  default-scheduler  Successfully assigned prod/cart-svc-6f8d9c7b5-p4xzv to cn-shanghai.10.12.5.18
  Warning  AllocIPFailed           7m58s (x9 over 8m2s)  terway-daemon      Alloc IP failed: no eni can handle the allocation
  Warning  FailedCreatePodSandBox  7m41s                 kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "c41f8e2b9a7d": plugin type="terway" name="terway" failed (add): cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded
昨天已经新建了 vsw-uf6q2w8e4r1t7y9u3i5o0 加进 PodVswitchId，也重启了 terway-eniip，新交换机还有 4000 多个可用 IP，这几台老节点上的 pod 还是卡在 ContainerCreating，新扩的节点倒是正常`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n jobs describe pod etl-sync-29017440-8xkqz | tail -5
Events:
  Type     Reason                  Age                   From     Message
  ----     ------                  ----                  ----     -------
  Normal   SandboxChanged          3m20s (x19 over 12m)  kubelet  Pod sandbox changed, it will be killed and re-created.
  Warning  FailedCreatePodSandBox  3m18s (x19 over 12m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9d1e0c7a4b2f": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.22.7.1-172.22.7.126
$ kubectl get pod -A --field-selector spec.nodeName=cn-beijing.172.16.8.23 --no-headers | wc -l
14
上周这台 ECS 掉过一次电重启，之后就开始这样，节点上明明才十几个 pod`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `$ kubectl get events -n batch --field-selector reason=FailedScheduling
LAST SEEN   TYPE      REASON             OBJECT                              MESSAGE
47s         Warning   FailedScheduling   pod/report-worker-84f6c9d7b-kq8tn   0/9 nodes are available: 3 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 6 Insufficient cpu. preemption: 0/9 nodes are available: 3 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod.
47s         Warning   FailedScheduling   pod/report-worker-84f6c9d7b-zz2m4   0/9 nodes are available: 3 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 6 Insufficient cpu. preemption: 0/9 nodes are available: 3 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod.
$ kubectl get nodes | tail -3
cn-shenzhen.10.20.4.5    Ready    <none>   41m    v1.28.9-aliyun.1
cn-shenzhen.10.20.4.6    Ready    <none>   41m    v1.28.9-aliyun.1
cn-shenzhen.10.20.4.7    Ready    <none>   40m    v1.28.9-aliyun.1
flannel 集群，节点池刚扩的这 3 台一直 pending 调度不上去`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `$ kubectl get events -A --field-selector reason=SyncRouteFailed -o custom-columns=LAST:.lastTimestamp,REASON:.reason,MSG:.message
LAST                   REASON            MSG
2026-11-30T06:41:09Z   SyncRouteFailed   Reconciling route error: multiple route tables found by vpc id[vpc-2ze8k1q5x0v7m3n9p4d2c], length(tables)=2
2026-11-30T06:36:09Z   SyncRouteFailed   Reconciling route error: multiple route tables found by vpc id[vpc-2ze8k1q5x0v7m3n9p4d2c], length(tables)=2
2026-11-30T06:31:08Z   SyncRouteFailed   Reconciling route error: multiple route tables found by vpc id[vpc-2ze8k1q5x0v7m3n9p4d2c], length(tables)=2
网络组上周在这个 VPC 里建了张自定义路由表给专线用，之后新加的节点都不对`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `$ kubectl describe node cn-hangzhou.192.168.5.66 | tail -5
Events:
  Type     Reason             Age                From              Message
  ----     ------             ----               ----              -------
  Normal   NodeReady          25m                kubelet           Node cn-hangzhou.192.168.5.66 status is now: NodeReady
  Warning  CreateRouteFailed  3m (x12 over 24m)  route_controller  Could not create route 172.20.9.0/24 for node cn-hangzhou.192.168.5.66: Error creating route entry in vtb-bp1w3x8c6k2m9n0q4r7s1: Forbidden.RAM: User not authorized to operate on the specified resource, or this API doesn't support RAM. RequestId: 3A7D2E19-8B4C-4F0A-A6D1-9C2B5E7F8A10
这台节点上的 pod 跟其他节点的 pod 互相 ping 不通，同节点之间没问题`,
    expect: 'pod-routes-missing',
    kind: 'paste',
  },
  {
    q: `2026-11-30T08:15:42.318+0800	ERROR	db/pool.go:88	dial failed	{"host": "mysql-primary.db.svc.cluster.local", "error": "dial tcp: lookup mysql-primary.db.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.41:52814->172.21.0.10:53: i/o timeout"}
2026-11-30T08:15:44.902+0800	WARN	http/client.go:140	retry	{"url": "https://api.weixin.qq.com/cgi-bin/token", "error": "dial tcp: lookup api.weixin.qq.com on 172.21.0.10:53: read udp 172.20.3.41:39177->172.21.0.10:53: i/o timeout"}
$ kubectl -n kube-system get pod -o wide | grep coredns
coredns-6d4b75cb6d-x7k2p   1/1     Running   0          6h    172.20.1.14   cn-hangzhou.192.168.0.21   <none>   <none>
coredns-6d4b75cb6d-tq9mh   1/1     Running   0          6h    172.20.2.9    cn-hangzhou.192.168.0.22   <none>   <none>
$ kubectl -n kube-system get ep kube-dns
NAME       ENDPOINTS   AGE
kube-dns   <none>      412d
全集群内外域名都解析不了，早上有人动过 kube-system 里的东西`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `[2026-11-30 10:02:13.551] WARN  c.x.gateway.HttpInvoker - call https://open.api.example.cn/v2/pay took 5023ms (dns 5004ms)
[2026-11-30 10:02:13.879] INFO  c.x.gateway.HttpInvoker - call https://open.api.example.cn/v2/pay took 41ms (dns 2ms)
[2026-11-30 10:02:19.104] WARN  c.x.gateway.HttpInvoker - call https://oss-cn-hangzhou.aliyuncs.com/bucket-a/obj took 5011ms (dns 5001ms)
[root@iZbp1f3kq8x2m9zl7c4d1aZ ~]# conntrack -S | head -3
cpu=0   	found=112 invalid=3044 ignore=0 insert=0 insert_failed=9187 drop=9187 early_drop=0 error=0 search_restart=0
cpu=1   	found=98 invalid=2876 ignore=0 insert=0 insert_failed=8642 drop=8642 early_drop=0 error=0 search_restart=0
cpu=2   	found=105 invalid=2931 ignore=0 insert=0 insert_failed=8890 drop=8890 early_drop=0 error=0 search_restart=0
大概百分之一的请求 dns 卡 5 秒，重试又好了，coredns 日志没啥报错`,
    expect: 'dns-single-request-reopen',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n kube-system logs coredns-6d4b75cb6d-x7k2p --since=1m | head -6
[INFO] 172.20.4.17:50213 - 33821 "A IN rm-bp1x7k2q9z.mysql.rds.aliyuncs.com.order.svc.cluster.local. udp 79 false 512" NXDOMAIN qr,aa,rd 172 0.000143s
[INFO] 172.20.4.17:50213 - 40112 "AAAA IN rm-bp1x7k2q9z.mysql.rds.aliyuncs.com.order.svc.cluster.local. udp 79 false 512" NXDOMAIN qr,aa,rd 172 0.000098s
[INFO] 172.20.4.17:47760 - 11804 "A IN rm-bp1x7k2q9z.mysql.rds.aliyuncs.com.svc.cluster.local. udp 73 false 512" NXDOMAIN qr,aa,rd 166 0.000121s
[INFO] 172.20.4.17:47760 - 52977 "AAAA IN rm-bp1x7k2q9z.mysql.rds.aliyuncs.com.svc.cluster.local. udp 73 false 512" NXDOMAIN qr,aa,rd 166 0.000087s
[INFO] 172.20.4.17:36012 - 6124 "A IN rm-bp1x7k2q9z.mysql.rds.aliyuncs.com.cluster.local. udp 69 false 512" NXDOMAIN qr,aa,rd 162 0.000104s
[INFO] 172.20.4.17:58841 - 2390 "A IN rm-bp1x7k2q9z.mysql.rds.aliyuncs.com. udp 55 false 512" NOERROR qr,rd,ra 140 0.001862s
coredns 的 qps 比业务实际请求高好几倍，pod 里连 rds 解析也比在 ecs 上慢`,
    expect: 'dns-ndots-search-domains',
    kind: 'paste',
  },
  {
    q: `[root@cn-shanghai.10.0.2.31 ~]# curl -m 3 http://172.21.9.144:8080/healthz
curl: (7) Failed to connect to 172.21.9.144 port 8080: Connection refused
[root@cn-shanghai.10.0.2.31 ~]# curl -m 3 http://10.0.66.23:8080/healthz
ok
[root@cn-shanghai.10.0.2.31 ~]# kubectl -n inventory get ep stock-api
NAME        ENDPOINTS                         AGE
stock-api   10.0.66.23:8080,10.0.71.9:8080    27d
[root@cn-shanghai.10.0.2.31 ~]# ipvsadm -Ln -t 172.21.9.144:8080
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.9.144:8080 rr
[root@cn-shanghai.10.0.2.31 ~]# kubectl -n kube-system logs kube-proxy-worker-n5d8q --tail=2
I1130 09:41:26.998104       1 proxier.go:1017] "Syncing ipvs proxier rules"
E1130 09:41:27.503112       1 proxier.go:1543] "Failed to sync endpoint for service" servicePortName="inventory/stock-api:http" virtualServer="172.21.9.144:8080/TCP" err="no such process"`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n mall get svc,ep order-api -o wide
NAME                TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)   AGE   SELECTOR
service/order-api   ClusterIP   172.21.14.230   <none>        80/TCP    3d    app=order-api,tier=backend

NAME                  ENDPOINTS   AGE
endpoints/order-api   <none>      3d
$ kubectl -n mall get pod -l app=order-api --show-labels
NAME                        READY   STATUS    RESTARTS   AGE   LABELS
order-api-7b9d5c6f8-4hj2k   1/1     Running   0          5h    app=order-api,pod-template-hash=7b9d5c6f8,tier=api
order-api-7b9d5c6f8-lm9qx   1/1     Running   0          5h    app=order-api,pod-template-hash=7b9d5c6f8,tier=api
pod 都 running 的，别的服务调 order-api 一直 connection refused`,
    expect: 'service-unreachable-endpoints',
    kind: 'paste',
  },
  {
    q: "kubectl get svc web -n shop -o jsonpath='{.spec.clusterIPs[1]}' 报 error: array index out of bounds: index 1, length 1",
    expect: 'ipv6-clusterip-ipv4',
    kind: 'error',
  },
  { q: 'flannel 有台节点 pod 太多了，新 pod 一直分不到 ip 起不来', expect: 'flannel-pod-cidr-exhausted', kind: 'symptom' },
  {
    q: '刚从 flannel 迁到新建的 terway 集群，容器里调外部 api 全超时，ping 114.114.114.114 也不通，node 上绑了公网 ip 自己 ping 是通的，以前 flannel 没这问题',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: 'terway 开了 datapathv2 之后 pod 调某个 svc 超时，上节点 ipvsadm -Ln 看规则后端都在，节点上 tcpdump 也抓不到这个 pod 发出去的包',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'symptom',
  },
  {
    q: "双栈集群 svc 已经改成 PreferDualStack 也分到 v6 的 clusterIP 了，curl -g 'http://[fd00:21::3:9c]:8080/' 直接 connection refused，同一个 svc 走 v4 的 clusterIP 正常",
    expect: 'ipv6-clusterip-unreachable',
    kind: 'symptom',
  },
  {
    q: 'terway 集群 pod 地址不够，给它加了个新子网，结果从新子网拿到地址的那批容器出不了外网，宿主机自己上网正常',
    expect: 'terway-vswitch-snat',
    kind: 'synonym',
  },
  {
    q: 'terway 有几台机器上的容器拿到的地址落在一个早就从配置里删掉的交换机网段，PodVswitchId 里根本没它，数据库白名单按子网放的所以连不上',
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'synonym',
  },
  {
    q: '双栈集群 pod 有 v6 地址，走 v4 出网没问题，curl -6 访问外网 v6 站点一直超时，是不是 vpc 还少开了什么',
    expect: 'ipv6-no-internet-egress',
    kind: 'synonym',
  },
  { q: 'terwya 共享网卡模式下一台 ecs.g7.2xlarge 最多能调度多少个 pod，怎么算', expect: 'terway-max-pods', kind: 'typo' },
  {
    q: '节点 dmesg 一直刷 nf_conntrak: table ful, droping packet，网关一堆 504，kube-proxy-wroker 里的 maxPerCore 要不要调',
    expect: 'conntrack-table-full',
    kind: 'typo',
  },
  {
    q: 'corends 每次滚动发版后那几分钟业务解析老超时，五分钟左右自己就好了，kube-proxy 是 ipvs 模式',
    expect: 'ipvs-udp-timeout-dns',
    kind: 'typo',
  },
  {
    q: 'flannel 集群新扩了一台节点，上面 pod 访问别的节点上的服务不通，污点已经自己消了，vpc 路由表里这台的 podCIDR 条目也在，下一步怎么查，在哪抓包',
    expect: 'flannel-new-node-no-network',
    kind: 'howto',
  },
  {
    q: '想确认下我这个 terway 集群到底开没开 ebpf 加速，是老的 ipvlan 那种还是 v2，eni-config 里看哪个字段',
    expect: 'terway-identify-datapath',
    kind: 'howto',
  },
  {
    q: 'terway 1.8 以后新建集群勾 IPvlan，实际跑的是什么数据面，跟以前的 ipvlan+ebpf 有啥区别',
    expect: 'terway-datapathv2',
    kind: 'howto',
  },
];
