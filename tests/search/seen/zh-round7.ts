import type { Query } from '../types.ts';

/** Chinese search-evaluation queries, held-out part (40) of the seventh round, written 2026-11-30 without looking at the search; its misses were read in the tenth round, so it joined development. */
export const queries: readonly Query[] = [
  // ---------------------------------------------------------------- pastes (12)
  {
    q: `$ kubectl describe pod order-svc-7f9c6d5b8-zt4kq -n prod | tail -8
Events:
  Type     Reason                  Age                 From               Message
  ----     ------                  ----                ----               -------
  Normal   Scheduled               12m                 default-scheduler  Successfully assigned prod/order-svc-7f9c6d5b8-zt4kq to cn-hangzhou.192.168.0.12
  Warning  FailedCreatePodSandBox  91s (x19 over 12m)  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "5b0e3c9d1f7a": plugin type="terway" failed (add): error get ip from terway: rpc error: code = DeadlineExceeded desc = context deadline exceeded
$ kubectl -n kube-system logs terway-eniip-8xk2w -c terway --tail=6
time="2026-11-30T03:14:07Z" level=info msg="handle alloc ip request" pod=prod/order-svc-7f9c6d5b8-zt4kq
time="2026-11-30T03:14:07Z" level=debug msg="pool: no idle ip, try to create new one"
time="2026-11-30T03:14:09Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 8E2C41A7-3B5D-5F0E-9A61-C2D7E40B19F3 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1k8x2m4n7qz0t9e3r5w\\" has not enough IpAddress., retrying"
time="2026-11-30T03:14:13Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 0A97D3B2-61C4-5E8F-B2D0-7C3E19A4F605 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1k8x2m4n7qz0t9e3r5w\\" has not enough IpAddress., retrying"
time="2026-11-30T03:14:20Z" level=error msg="error allocate ip for pod" error="error create eni ip" pod=prod/order-svc-7f9c6d5b8-zt4kq`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `上周 vsw 满了，已经新建了 vsw-bp19zq3h6y0m2k8f5d1cx 加到 PodVswitchId 里，terway-eniip 也 rollout restart 了，新交换机还剩 4000 多个 IP，但老节点上还是这样：
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-hangzhou.192.168.3.47 | grep ContainerCreating
prod      payment-api-6b8d9c7f4-q2lmx    0/1   ContainerCreating   0   27m   <none>   cn-hangzhou.192.168.3.47   <none>   <none>
prod      risk-engine-85f47cdb9-7hgtn    0/1   ContainerCreating   0   19m   <none>   cn-hangzhou.192.168.3.47   <none>   <none>
$ kubectl describe pod payment-api-6b8d9c7f4-q2lmx -n prod
...
Events:
  Type     Reason         Age                 From           Message
  ----     ------         ----                ----           -------
  Normal   Scheduled      27m                 default-scheduler  Successfully assigned prod/payment-api-6b8d9c7f4-q2lmx to cn-hangzhou.192.168.3.47
  Warning  AllocIPFailed  58s (x31 over 27m)  terway-daemon  alloc ip failed: no eni can handle the allocation
ECS 控制台看这台 i-bp1f7c2x9k4m0w3zq8ld 已经挂了 4 块弹性网卡（ecs.g6.large）`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `Events:
  Type     Reason                  Age                  From               Message
  ----     ------                  ----                 ----               -------
  Normal   Scheduled               6m                   default-scheduler  Successfully assigned batch/report-cron-28871340-v8h2n to cn-shanghai.10.12.4.37
  Warning  FailedCreatePodSandBox  5m58s                kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "9c1e07b5a4f2d8e3" network for pod "report-cron-28871340-v8h2n": networkPlugin cni failed to set up pod "report-cron-28871340-v8h2n_batch" network: failed to allocate for range 0: no IP addresses available in range set: 172.20.5.1-172.20.5.62
  Normal   SandboxChanged          5m41s (x12 over 5m58s)  kubelet         Pod sandbox changed, it will be killed and re-created.
[root@iZuf6d3k9x2m8n1qj7ab ~]# ls /var/lib/cni/networks/cb0/ | wc -l
64
[root@iZuf6d3k9x2m8n1qj7ab ~]# docker ps -q | wc -l
11
集群 1.18.8-aliyun.1，这个节点上就跑了 9 个 pod，cronjob 每分钟一次`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `$ kubectl describe node cn-beijing.172.16.8.211
Name:               cn-beijing.172.16.8.211
Roles:              <none>
...
PodCIDR:                      172.22.3.0/26
PodCIDRs:                     172.22.3.0/26
ProviderID:                   cn-beijing.i-2ze8f1k0m3x7q9c4w6vd
Non-terminated Pods:          (63 in total)
  Namespace                   Name                                   CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----                                   ------------  ----------  ---------------  -------------  ---
  kube-system                 kube-flannel-ds-9fqzt                  100m (0%)     0 (0%)      50Mi (0%)        50Mi (0%)      211d
  prod                        feed-worker-5c9b7d8f6-2pxkw            500m (0%)     1 (1%)      512Mi (0%)       1Gi (0%)       3d
  ...
$ kubectl describe pod feed-worker-5c9b7d8f6-w8r4n -n prod | tail -2
  ----     ------                  ----                ----     -------
  Warning  FailedCreatePodSandBox  44s (x17 over 9m)   kubelet  Failed to create pod sandbox: ... plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.22.3.1-172.22.3.62
96 核的大机器，CPU 内存都还很空`,
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'paste',
  },
  {
    q: `$ kubectl get nodes
NAME                        STATUS   ROLES    AGE    VERSION
cn-shenzhen.10.0.3.21       Ready    <none>   41m    v1.26.3-aliyun.1
cn-shenzhen.10.0.3.22       Ready    <none>   41m    v1.26.3-aliyun.1
cn-shenzhen.10.0.1.105      Ready    <none>   388d   v1.26.3-aliyun.1
$ kubectl get events -n web --sort-by=.lastTimestamp | tail -3
LAST SEEN   TYPE      REASON             OBJECT                         MESSAGE
2m11s       Warning   FailedScheduling   pod/web-5d8c7b9f6-kq2xz        0/9 nodes are available: 2 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 7 Insufficient cpu. preemption: 0/9 nodes are available: 2 Preemption is not helpful for scheduling, 7 No preemption victims found for incoming pod.
$ kubectl describe node cn-shenzhen.10.0.3.21 | tail -4
Events:
  Type     Reason             Age                From              Message
  ----     ------             ----               ----              -------
  Warning  CreateRouteFailed  3m (x14 over 40m)  route_controller  Could not create route 7b1d2c0e-aa31-4f8e-9d21-3c5e0b8f7a44 172.20.9.0/24 for node cn-shenzhen.10.0.3.21 after 61.2ms: QuotaExceeded.RouteEntry: Route entry quota exceeded in this route table`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `$ kubectl get events -A --field-selector reason=SyncRouteFailed
NAMESPACE   LAST SEEN   TYPE      REASON            OBJECT                          MESSAGE
default     52s         Warning   SyncRouteFailed   service/cloud-controller-manager   Reconciling route error: multiple route tables found by vpc id[vpc-uf6x0k2m9q3c7d1w8e4ab], length(tables)=2
default     6m          Warning   SyncRouteFailed   service/cloud-controller-manager   Reconciling route error: multiple route tables found by vpc id[vpc-uf6x0k2m9q3c7d1w8e4ab], length(tables)=2
集群诊断还提示: 节点Pod网段不在VPC路由表条目中。上周网络组在这个 VPC 里新建了一张自定义路由表 vtb-uf60z3c8p1k5m2x9q7dwe 绑到了新的交换机上，flannel 集群`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n kube-system rollout restart deploy coredns
deployment.apps/coredns restarted
$ kubectl -n kube-system get cm kube-proxy-worker -o yaml | grep mode
    mode: ipvs
然后接下来几分钟业务日志一直刷:
{"level":"error","ts":"2026-11-30T10:02:13.412+0800","caller":"client/inventory.go:88","msg":"query inventory failed","trace_id":"4f1c9b2e7a0d","error":"Get \\"http://inventory.prod.svc.cluster.local:8080/v1/stock\\": dial tcp: lookup inventory.prod.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.41:52311->172.21.0.10:53: i/o timeout"}
{"level":"info","ts":"2026-11-30T10:02:13.980+0800","caller":"server/http.go:211","msg":"GET /healthz 200","latency_ms":1}
{"level":"error","ts":"2026-11-30T10:03:47.105+0800","caller":"client/user.go:54","msg":"get user profile failed","trace_id":"a83e01d6c5b2","error":"dial tcp: lookup user-center.prod.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.41:40877->172.21.0.10:53: i/o timeout"}
大概 5 分钟后自己就好了，每次发 coredns 都这样`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: `[root@iZbp1a7c3k9x0m2q5w8d ~]# dmesg -T | tail -12
[Sun Nov 30 14:02:51 2026] IPVS: rr: TCP 172.21.4.17:80 - no destination available
[Sun Nov 30 14:05:13 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 14:05:13 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 14:05:13 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 14:05:18 2026] net_ratelimit: 2417 callbacks suppressed
[Sun Nov 30 14:05:18 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 14:05:18 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 14:06:02 2026] eth1: renamed from tmp_8c1d2
[Sun Nov 30 14:06:02 2026] IPv6: ADDRCONF(NETDEV_CHANGE): cali3f9e1c2a8b7: link becomes ready
[Sun Nov 30 14:06:23 2026] net_ratelimit: 1980 callbacks suppressed
[Sun Nov 30 14:06:23 2026] nf_conntrack: nf_conntrack: table full, dropping packet
ingress 那边同时大量 504`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `集群刚从 1.14 升到 1.16，之前自己把 flannel 镜像换成过 v0.11，现在节点全部 NotReady
$ kubectl get nodes
NAME                       STATUS     ROLES    AGE    VERSION
cn-hangzhou.192.168.1.31   NotReady   <none>   402d   v1.16.9-aliyun.1
cn-hangzhou.192.168.1.32   NotReady   <none>   402d   v1.16.9-aliyun.1
[root@iZbp1d2x6c0k ~]# journalctl -u kubelet --since "10 min ago" | tail -5
Nov 30 09:41:12 iZbp1d2x6c0k kubelet[1187]: W1130 09:41:12.220183    1187 cni.go:202] Error validating CNI config list {"name":"cb0","plugins":[{"type":"flannel","delegate":{"isDefaultGateway":true}},{"type":"portmap","capabilities":{"portMappings":true}}]}: [plugin flannel does not support config version ""]
Nov 30 09:41:12 iZbp1d2x6c0k kubelet[1187]: W1130 09:41:12.220231    1187 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d
Nov 30 09:41:15 iZbp1d2x6c0k kubelet[1187]: E1130 09:41:15.902114    1187 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized
Nov 30 09:41:20 iZbp1d2x6c0k kubelet[1187]: I1130 09:41:20.004512    1187 kubelet_node_status.go:486] Recording NodeNotReady event message for node cn-hangzhou.192.168.1.31`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `自建的测试集群，按社区 kube-flannel.yml apply 之后：
$ kubectl -n kube-flannel get pod -o wide
NAME                    READY   STATUS                  RESTARTS      AGE   IP              NODE     NOMINATED NODE   READINESS GATES
kube-flannel-ds-4xk9p   0/1     Init:CrashLoopBackOff   7 (2m ago)    14m   192.168.10.21   node-21  <none>           <none>
kube-flannel-ds-m7q2t   0/1     Init:CrashLoopBackOff   7 (95s ago)   14m   192.168.10.22   node-22  <none>           <none>
$ kubectl -n kube-flannel logs kube-flannel-ds-4xk9p -c install-cni
cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied
$ kubectl -n kube-flannel logs kube-flannel-ds-4xk9p -c install-cni-plugin
+ cp -f /flannel /opt/cni/bin/flannel`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'paste',
  },
  {
    q: `[root@iZ2ze0k8m3x ~]# curl -m 3 -s 172.20.6.88:8080/healthz
ok
[root@iZ2ze0k8m3x ~]# curl -m 3 172.21.9.140:8080/healthz
curl: (7) Failed to connect to 172.21.9.140 port 8080: Connection refused
[root@iZ2ze0k8m3x ~]# kubectl -n prod get ep order-api
NAME        ENDPOINTS                             AGE
order-api   172.20.6.88:8080,172.20.7.19:8080     96d
[root@iZ2ze0k8m3x ~]# ipvsadm -Ln -t 172.21.9.140:8080
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.9.140:8080 rr
[root@iZ2ze0k8m3x ~]# kubectl -n kube-system logs kube-proxy-worker-7xq2m --tail=3
I1130 14:20:55.118204       1 proxier.go:853] "Syncing ipvs proxier rules"
E1130 14:21:07.331907       1 proxier.go:1563] "Failed to sync endpoint for service" err="no such file or directory" servicePortName="prod/order-api:http" virtualServer="172.21.9.140:8080/TCP"
I1130 14:21:07.402113       1 proxier.go:823] "SyncProxyRules complete" elapsed="284.2ms"`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: `pod 里连 RDS 解析特别慢，打开了 coredns log 插件，一次连接刷出来一堆：
[INFO] 172.20.2.57:46012 - 33187 "A IN rm-bp1x7k2q9m0c3z8d4.mysql.rds.aliyuncs.com.prod.svc.cluster.local. udp 88 false 512" NXDOMAIN qr,aa,rd 181 0.000142s
[INFO] 172.20.2.57:46012 - 60210 "AAAA IN rm-bp1x7k2q9m0c3z8d4.mysql.rds.aliyuncs.com.prod.svc.cluster.local. udp 88 false 512" NXDOMAIN qr,aa,rd 181 0.000097s
[INFO] 172.20.2.57:38877 - 12954 "A IN rm-bp1x7k2q9m0c3z8d4.mysql.rds.aliyuncs.com.svc.cluster.local. udp 83 false 512" NXDOMAIN qr,aa,rd 176 0.000088s
[INFO] 172.20.2.57:38877 - 41733 "AAAA IN rm-bp1x7k2q9m0c3z8d4.mysql.rds.aliyuncs.com.svc.cluster.local. udp 83 false 512" NXDOMAIN qr,aa,rd 176 0.000101s
[INFO] 172.20.2.57:51320 - 8841 "A IN rm-bp1x7k2q9m0c3z8d4.mysql.rds.aliyuncs.com.cluster.local. udp 79 false 512" NXDOMAIN qr,aa,rd 172 0.000079s
[INFO] 172.20.2.57:39964 - 27310 "A IN rm-bp1x7k2q9m0c3z8d4.mysql.rds.aliyuncs.com. udp 61 false 512" NOERROR qr,rd,ra 120 0.001873s
[INFO] Reloading complete`,
    expect: 'dns-ndots-search-domains',
    kind: 'paste',
  },

  // ---------------------------------------------------------------- single error lines (4)
  {
    q: `  Warning  FailedCreatePodSandBox  3m12s (x41 over 47m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "b71f0c2e9a4d6e58": plugin type="terway" name="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:2c:7f:91: not found`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'error',
  },
  {
    q: `2026-11-30 16:05:33 组件 terway-eniip 升级失败 v1.5.7 -> v1.9.1 错误码: eip pool is not supported RequestId: 4B1E7F2A-9C03-5D6E-8F14-A2C7B0E35D91`,
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },
  {
    q: `E1130 09:12:44.551203       1 reflector.go:138] pkg/mod/k8s.io/client-go@v0.27.3/tools/cache/reflector.go:231: Failed to watch *v1.Pod: failed to list *v1.Pod: pods is forbidden: User "system:serviceaccount:middleware:kafka-operator" cannot list resource "pods" in API group "" at the cluster scope`,
    expect: 'pod-api-server-access-rbac',
    kind: 'error',
  },
  {
    q: `error: error executing jsonpath "{.spec.clusterIPs[1]}": Error executing template: array index out of bounds: index 1, length 1. Printing more information for debugging the template:`,
    expect: 'ipv6-clusterip-ipv4',
    kind: 'error',
  },

  // ---------------------------------------------------------------- symptoms (12)
  {
    q: '上周 pod ip 不够，新建了个交换机加到 terway 配置里，现在有一部分 pod 调第三方接口一直超时，节点上 curl 同一个地址是通的',
    expect: 'terway-vswitch-snat',
    kind: 'symptom',
  },
  {
    q: '业务从老的 flannel 集群迁到新建的 terway 集群，节点都绑了公网 IP，没买 NAT 网关，结果 pod 里 ping 114.114.114.114 全不通，node 上 ping 正常，老集群的 pod 没这问题',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: 'pod 的 ipv6 地址在集群里别的 pod curl 是 200，但是从外面一台有 v6 的机器访问一直 timeout，安全组也看了',
    expect: 'ipv6-internet-unreachable-bandwidth',
    kind: 'symptom',
  },
  {
    q: '双栈集群 svc 已经改成 PreferDualStack，clusterIPs 里也有 v6 地址了，从别的 pod curl 这个 v6 clusterIP 不通，v4 clusterIP 正常，后端 pod 都 Running',
    expect: 'ipv6-clusterip-unreachable',
    kind: 'symptom',
  },
  {
    q: '直接 curl pod 的 IPv6 地址秒回 connection refused，同一个端口用 IPv4 地址是好的，nginx 镜像，default.conf 是用 configmap 挂进去的',
    expect: 'ipv6-app-not-listening',
    kind: 'symptom',
  },
  {
    q: 'mysql 白名单按 terway 的 pod 交换机网段加的，有几个 pod 连不上，一看这些 pod 的 IP 根本不在 PodVswitchId 配的任何一个 vsw 网段里。这几台节点是从另一个集群移过来的',
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'symptom',
  },
  {
    q: 'terway 集群 pod 明明已经 Running 了，但刚启动那几秒连 redis 连不上，应用直接退出重启，等一会儿再连又好了',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: 'flannel 集群刚扩容了两台新节点，新节点上的 pod 和其他节点的 pod 互相 ping 不通，域名也解析不了，老节点之间都正常，从哪里开始查',
    expect: 'flannel-new-node-no-network',
    kind: 'symptom',
  },
  {
    q: '给几台节点的 docker 从 1.12 升到 19.03 之后，这几台上所有 pod 的 dns 都挂了，nslookup kubernetes.default 超时，coredns 自己是 Running 的',
    expect: 'dns-resolution-fails',
    kind: 'symptom',
  },
  {
    q: 'pod 里域名解析偶尔失败，大部分时候正常，偶尔卡 5 秒左右，重试一次就好了，跟哪个域名哪个 coredns 副本都没关系，请求量越大越明显',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: 'flannel 集群 pod 通过自己所在的 service 访问自己时不时超时，别的 pod 访问这个 svc 都正常，副本数缩到 1 就必现',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: 'kube-proxy 是 ipvs 模式，应用经过 svc 连数据库的长连接，空闲十几分钟后再发请求就卡死，两边都以为连接还在',
    expect: 'ipvs-session-keepalive',
    kind: 'symptom',
  },

  // ---------------------------------------------------------------- synonyms (3) and typos (3)
  {
    q: '双栈 容器 走 v6 出网 不通 v4 出网正常 是不是要开 ipv6 网关 还是买带宽',
    expect: 'ipv6-no-internet-egress',
    kind: 'synonym',
  },
  {
    q: 'terway 子网地址池空了 新 pod 都起不来 怎么给 pod 网段扩容',
    expect: 'vswitch-ip-exhausted',
    kind: 'synonym',
  },
  {
    q: '容器网络换成 terway 以后，同一台 ecs 上裸跑的 docker 容器端口从 pod 里 telnet 不通，换台机器的 pod 就能通',
    expect: 'terway-docker-container-ports',
    kind: 'synonym',
  },
  {
    q: 'terwya eni-config 里 eniip_virtual_tpye 是 IPVlan，这算 datapahtv2 还是 ipvlan+ebpf',
    expect: 'terway-identify-datapath',
    kind: 'typo',
  },
  {
    q: 'k8s.aliyun.com/exclusive_mode_eni_type 标签是空的，这个节点是独占网卡还是共享网卡模式 terway 1.12',
    expect: 'terway-identify-eni-mode',
    kind: 'typo',
  },
  {
    q: 'terway ipvaln 老集群怎么开 in-cluster-loadbalence，eni-config 里加哪个 key',
    expect: 'terway-in-cluster-loadbalance',
    kind: 'typo',
  },

  // ---------------------------------------------------------------- how-to / concept (6)
  {
    q: 'terway 共享 eni 模式一台 ecs.g7.xlarge 最多能跑几个 pod，怎么算的',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: '新建 ACK 集群，网络插件 terway 和 flannel 怎么选，主要区别是什么',
    expect: 'choose-terway-or-flannel',
    kind: 'howto',
  },
  {
    q: '集群已经建好了，service cidr 和 pod 网段当初设小了，现在还能改吗',
    expect: 'change-cidr-after-creation',
    kind: 'howto',
  },
  {
    q: 'coredns 的 cache 从 30 改成 60 怎么改，改完要不要重启 coredns pod',
    expect: 'coredns-cache',
    kind: 'howto',
  },
  {
    q: 'grpc 长连接请求都打到一两个 pod 上，kube-proxy ipvs 的调度算法能不能改成 lc，怎么改',
    expect: 'ipvs-scheduler-long-connections',
    kind: 'howto',
  },
  {
    q: 'terway 集群怎么给某一个 pod 抓包，在节点上 tcpdump -i eth0 抓不到这个 pod 的包',
    expect: 'terway-packet-capture',
    kind: 'howto',
  },
];
