import type { Query } from '../types.ts';

/** Chinese search-evaluation queries, held-out part (40) of the sixth round, written 2026-11-30 without looking at the search; read after it, so now part of development. */
export const queries: readonly Query[] = [
  // ---------------------------------------------------------------- pastes (12)
  {
    q: `$ kubectl describe pod order-api-7d9f8c6b5-q2xlm -n prod | tail -8
Events:
  Type     Reason                  Age                     From               Message
  ----     ------                  ----                    ----               -------
  Normal   Scheduled               6m12s                   default-scheduler  Successfully assigned prod/order-api-7d9f8c6b5-q2xlm to cn-hangzhou.192.168.3.47
  Warning  FailedCreatePodSandBox  6m1s                    kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3f9a1c07be52": plugin type="terway" name="terway" failed (add): cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded
  Warning  AllocIPFailed           58s (x14 over 6m10s)    terway-daemon      alloc ip failed
$ kubectl logs terway-eniip-8wkzr -n kube-system -c terway --tail=5
time="2024-11-28T09:41:16Z" level=info msg="pool status: idle 0, inuse 31"
time="2024-11-28T09:41:17Z" level=debug msg="try to allocate ip for pod prod/order-api-7d9f8c6b5-q2xlm"
time="2024-11-28T09:41:18Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 5B3E0C2A-71D4-4F6E-9A0B-2C8D1E7F3A90 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1k7x2m9qz3ne8d0abcd\\" has not enough IpAddress., retrying"
time="2024-11-28T09:41:18Z" level=error msg="error allocate ip for pod" error="ip pool exhausted"`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `昨天已经把新的 vsw-bp1nq8x3k9z4v0m2c7e 加进 PodVswitchId 了，新 vsw 还剩 8000 多个可用 IP，terway-eniip 也 rollout restart 过，老节点上 pod 还是起不来，新扩的节点没问题
$ kubectl get pod -n prod -o wide | grep ContainerCreating
payment-6f7b9d8c4d-5mtzp    0/1   ContainerCreating   0     23m   <none>   cn-hangzhou.192.168.1.105   <none>   <none>
payment-6f7b9d8c4d-h8w2k    0/1   ContainerCreating   0     23m   <none>   cn-hangzhou.192.168.1.105   <none>   <none>
$ kubectl describe pod payment-6f7b9d8c4d-5mtzp -n prod
...
Events:
  Type     Reason          Age                 From           Message
  ----     ------          ----                ----           -------
  Normal   Scheduled       23m                 default-scheduler  Successfully assigned prod/payment-6f7b9d8c4d-5mtzp to cn-hangzhou.192.168.1.105
  Warning  AllocIPFailed   2m3s (x31 over 23m) terway-daemon  alloc IP failed: no eni can handle the allocation`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `上周这台节点 ECS 被强制重启过一次（宿主机故障迁移），之后新 pod 一直起不来，节点上其实只跑了 9 个 pod
Events:
  Type     Reason                  Age                 From     Message
  ----     ------                  ----                ----     -------
  Normal   Scheduled               7m                  default-scheduler  Successfully assigned batch/report-28871230-x9kqp to cn-shanghai.10.0.2.76
  Warning  FailedCreatePodSandBox  94s (x26 over 7m)   kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "a41c9e0d2b77" network for pod "report-28871230-x9kqp": networkPlugin cni failed to set up pod "report-28871230-x9kqp_batch" network: failed to allocate for range 0: no IP addresses available in range set: 172.30.34.129-172.30.34.190
  Normal   SandboxChanged          93s (x26 over 7m)   kubelet  Pod sandbox changed, it will be killed and re-created.
[root@iZuf6d2k8x0q1w3e5r7tZ ~]# ls /var/lib/cni/networks/cb0 | wc -l
64`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `$ kubectl describe node cn-shanghai.10.0.4.18 | grep -E 'PodCIDR|Non-terminated'
PodCIDR:                      172.16.9.192/26
PodCIDRs:                     172.16.9.192/26
Non-terminated Pods:          (66 in total)
$ kubectl get events -n default --field-selector involvedObject.name=web-5d8f7c9b6-2ztq8
LAST SEEN   TYPE      REASON                   OBJECT                    MESSAGE
12s         Warning   FailedCreatePodSandBox   pod/web-5d8f7c9b6-2ztq8   Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "c07d5e1f9a3b": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.16.9.193-172.16.9.254
3s          Normal    SandboxChanged           pod/web-5d8f7c9b6-2ztq8   Pod sandbox changed, it will be killed and re-created.
这台机器是大规格的，上面确实塞了很多 pod，别的节点同一个 deployment 的副本都正常`,
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'paste',
  },
  {
    q: `扩容了 3 台节点，新节点上一个 pod 都调度不上去：
$ kubectl get pod -n prod ingest-7b8c9d6f5-lq2vx
NAME                        READY   STATUS    RESTARTS   AGE
ingest-7b8c9d6f5-lq2vx      0/1     Pending   0          38m
  Warning  FailedScheduling  2m (x9 over 38m)  default-scheduler  0/15 nodes are available: 3 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 12 Insufficient cpu. preemption: 0/15 nodes are available: 15 Preemption is not helpful for scheduling.
$ kubectl describe node cn-beijing.172.17.8.31
Taints:             node.kubernetes.io/network-unavailable:NoSchedule
Unschedulable:      false
Conditions:
  Type                 Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----                 ------  -----------------                 ------------------                ------                       -------
  NetworkUnavailable   True    Fri, 29 Nov 2024 10:02:11 +0800   Fri, 29 Nov 2024 10:02:11 +0800   NoRouteCreated               RouteController failed to create a route
  MemoryPressure       False   Fri, 29 Nov 2024 10:40:52 +0800   Fri, 29 Nov 2024 10:01:37 +0800   KubeletHasSufficientMemory   kubelet has sufficient memory available
  Ready                True    Fri, 29 Nov 2024 10:40:52 +0800   Fri, 29 Nov 2024 10:02:08 +0800   KubeletReady                 kubelet is posting ready status
Events:
  Type     Reason             Age                 From              Message
  ----     ------             ----                ----              -------
  Normal   Starting           41m                 kube-proxy
  Warning  CreateRouteFailed  3m (x18 over 40m)   route_controller  Error creating route entry in vtb-2ze8x1f4k3m9q0p7abcd: Code: QuotaExceeded.RouteEntry Message: Route entry quota exceeded in this route table`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `专有版集群，上周网络组为了专线在 VPC 里又建了一张自定义路由表，今天发现 ccm 一直在刷这个：
$ kubectl -n kube-system logs cloud-controller-manager-7xk9p --tail=200 | grep -i route
I1129 14:19:31.118204       1 route_controller.go:122] start to reconcile routes
I1129 14:19:31.264510       1 instances.go:88] get instances for 21 nodes
E1129 14:19:31.402917       1 route_controller.go:139] Reconciling route error: multiple route tables found by vpc id[vpc-bp1q9x7h2k4m0z3n5abcd], length(tables)=2
I1129 14:20:01.331208       1 route_controller.go:122] start to reconcile routes
E1129 14:20:01.498733       1 route_controller.go:139] Reconciling route error: multiple route tables found by vpc id[vpc-bp1q9x7h2k4m0z3n5abcd], length(tables)=2`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `凌晨 2 点开始 ingress 大量 504，只集中在两台节点，上去看了 dmesg：
[Sat Nov 30 02:13:58 2024] cni0: port 7(veth3a9c1e2f) entered forwarding state
[Sat Nov 30 02:14:07 2024] TCP: request_sock_TCP: Possible SYN flooding on port 8080. Sending cookies.  Check SNMP counters.
[Sat Nov 30 02:14:09 2024] nf_conntrack: nf_conntrack: table full, dropping packet
[Sat Nov 30 02:14:09 2024] nf_conntrack: nf_conntrack: table full, dropping packet
[Sat Nov 30 02:14:14 2024] net_ratelimit: 2316 callbacks suppressed
[Sat Nov 30 02:14:14 2024] nf_conntrack: nf_conntrack: table full, dropping packet
[root@iZ2ze7h1k9x3q5m0a2b4Z ~]# cat /proc/sys/net/netfilter/nf_conntrack_count /proc/sys/net/netfilter/nf_conntrack_max
262144
262144`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `只有部分老节点（docker 运行时那批）上的 pod 解析不了任何域名，containerd 的新节点都正常，coredns 两个 pod 都是 Running
{"time":"2024-11-30T10:12:03.551+08:00","level":"ERROR","msg":"redis dial failed","err":"dial tcp: lookup redis-master.prod.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.18:52114->172.21.0.10:53: i/o timeout","trace_id":"9c1f0e7a2b"}
$ kubectl exec -it api-gw-5c9d7b8f6-k2lqz -- nslookup www.aliyun.com
;; connection timed out; no servers could be reached

command terminated with exit code 1
[root@iZbp1a2b3c4d5e6f7g8h9Z ~]# docker version --format '{{.Server.Version}}'
19.03.15
[root@iZbp1a2b3c4d5e6f7g8h9Z ~]# iptables -S FORWARD | head -n 1
-P FORWARD DROP`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `10 点发版顺手把 coredns 升到了 1.9.3，接下来大概 4、5 分钟业务日志全是下面这种，然后自己就好了，每次重启 coredns 都这样
{"level":"error","ts":"2024-11-30T10:02:11.482+0800","caller":"client/http.go:88","msg":"request failed","req_id":"a7f3c9e2-41b0-4d2e-8f55-0c9e1d7b3a61","error":"Get \\"http://inventory.prod.svc.cluster.local:8080/v1/sku\\": dial tcp: lookup inventory.prod.svc.cluster.local on 172.21.0.10:53: read udp 172.20.2.41:39017->172.21.0.10:53: i/o timeout"}
{"level":"error","ts":"2024-11-30T10:06:40.107+0800","caller":"client/http.go:88","msg":"request failed","req_id":"f01b77c3-9e2a-4c61-b8d0-5a3e2f1c9d48","error":"Get \\"http://inventory.prod.svc.cluster.local:8080/v1/sku\\": dial tcp: lookup inventory.prod.svc.cluster.local on 172.21.0.10:53: read udp 172.20.2.41:50233->172.21.0.10:53: i/o timeout"}
$ kubectl -n kube-system get pod -l k8s-app=kube-dns
NAME                       READY   STATUS    RESTARTS   AGE
coredns-7c6b9f8d5-2qwxz    1/1     Running   0          6m
coredns-7c6b9f8d5-vp8kd    1/1     Running   0          5m
$ kubectl -n kube-system get cm kube-proxy-worker -o yaml | grep mode
    mode: ipvs`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: `coredns 的 configmap 只是想把 cache 30 调成 60，顺手从老集群拷了一份 Corefile 过去，然后 coredns 日志：
$ kubectl -n kube-system logs -l k8s-app=kube-dns --prefix --tail=4
[pod/coredns-6d4b75cb6d-x7k2p/coredns] [INFO] plugin/reload: Running configuration SHA512 = 8e1f3c2a9b7d...
[pod/coredns-6d4b75cb6d-x7k2p/coredns] [ERROR] Restart failed: Error during parsing: unknown property 'upstream'
[pod/coredns-6d4b75cb6d-x7k2p/coredns] [ERROR] plugin/reload: Corefile changed but reload failed: starting with listener file descriptors: Error during parsing: unknown property 'upstream'
[pod/coredns-6d4b75cb6d-m9q4t/coredns] [ERROR] plugin/reload: Corefile changed but reload failed: starting with listener file descriptors: Error during parsing: unknown property 'upstream'`,
    expect: 'coredns-cache',
    kind: 'paste',
  },
  {
    q: `集群从 1.14 升到 1.16 之后一批节点 NotReady（之前有同事手动把 flannel 镜像换成了新版）
$ kubectl get nodes
NAME                        STATUS     ROLES    AGE    VERSION
cn-shenzhen.192.168.10.21   NotReady   <none>   402d   v1.16.9-aliyun.1
cn-shenzhen.192.168.10.22   NotReady   <none>   402d   v1.16.9-aliyun.1
# journalctl -u kubelet --since "10 min ago" | tail -4
Nov 30 11:02:33 iZwz9c1x7k2m4n6b8v0qZ kubelet[1987]: W1130 11:02:33.102938    1987 cni.go:202] Error validating CNI config list {"name":"cb0","plugins":[{"type":"flannel","delegate":{"isDefaultGateway":true}},{"type":"portmap","capabilities":{"portMappings":true}}]}: [plugin flannel does not support config version ""]
Nov 30 11:02:33 iZwz9c1x7k2m4n6b8v0qZ kubelet[1987]: W1130 11:02:33.103011    1987 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d
Nov 30 11:02:36 iZwz9c1x7k2m4n6b8v0qZ kubelet[1987]: E1130 11:02:36.447120    1987 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `手动把 coredns 镜像升到 1.8.4 后 pod 一直 0/1 不 ready，日志：
$ kubectl -n kube-system logs coredns-5f8b9c7d6-wq4zt --tail=6
[INFO] plugin/ready: Still waiting on: "kubernetes"
W1130 08:15:42.771203       1 reflector.go:324] pkg/mod/k8s.io/client-go@v0.21.1/tools/cache/reflector.go:167: failed to list *v1beta1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope
E1130 08:15:42.771290       1 reflector.go:138] pkg/mod/k8s.io/client-go@v0.21.1/tools/cache/reflector.go:167: Failed to watch *v1beta1.EndpointSlice: failed to list *v1beta1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope
[INFO] plugin/ready: Still waiting on: "kubernetes"
[INFO] plugin/ready: Still waiting on: "kubernetes"`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },

  // ---------------------------------------------------------------- single error lines (4)
  {
    q: `  Warning  FailedCreatePodSandBox  2m31s (x7 over 4m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9b0e4f2d7c1a": plugin type="terway" name="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:1f:8a:c4: not found`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'error',
  },
  {
    q: `2024-11-30T06:21:09.338512Z kube-flannel-ds-qk7x2 install-cni cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'error',
  },
  {
    q: `terway-eniip 组件升级失败 v1.5.6 -> v1.13.2 ErrorCode: eip pool is not supported RequestId: 3E7B2C91-0D4F-5A6B-9C8D-1E2F3A4B5C6D`,
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },
  {
    q: `kubectl get svc web -o jsonpath='{.spec.clusterIPs[1]}' error: error executing jsonpath "{.spec.clusterIPs[1]}": Error executing template: array index out of bounds: index 1, length 1. Printing more information for debugging the template:`,
    expect: 'ipv6-clusterip-ipv4',
    kind: 'error',
  },

  // ---------------------------------------------------------------- colloquial symptoms (12)
  {
    q: '上周 pod ip 不够用，新建了一个 vsw 加进 terway 配置里，现在有一部分 pod 调第三方 https 接口一直 timeout，同一台节点上 curl 是通的，老的 pod 也正常',
    expect: 'terway-vswitch-snat',
    kind: 'symptom',
  },
  {
    q: '业务从 flannel 集群迁到新建的 terway 集群后 容器里 ping 114.114.114.114 全丢包，节点都绑了公网 IP，节点自己上网没问题',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: 'ACK 双栈集群，pod 已经分到 2408: 开头的 v6 地址了，但是 pod 里 curl -6 外面的 ipv6 站点一直超时，v4 访问公网正常，安全组 v6 也放行了',
    expect: 'ipv6-no-internet-egress',
    kind: 'symptom',
  },
  {
    q: '双栈集群 service 改成 PreferDualStack 之后有 v6 的 clusterIP 了，可是 curl 这个 v6 clusterIP 不通，后端 pod 都 running，v4 clusterIP 访问正常',
    expect: 'ipv6-clusterip-unreachable',
    kind: 'symptom',
  },
  {
    q: 'terway 集群里有几台节点上的 pod 拿到的 ip 是 10.8 段的，可 terway 配的 vsw 全是 10.20 段，RDS 白名单把这些 pod 拦了。这几台节点是从另一个集群移出来再加进来的',
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'symptom',
  },
  {
    q: 'flannel 集群今天加了两台 worker，节点 Ready，flannel pod 也是 running，但新节点上的 pod 访问其他节点的 pod 和 svc 都不通，老节点没问题，求排查思路',
    expect: 'flannel-new-node-no-network',
    kind: 'symptom',
  },
  {
    q: 'flannel 同节点的 pod 互相 ping 得通，跨节点就不通，只涉及两台机器；去 vpc 路由表里找，这两台节点的 pod 网段没有对应的路由条目',
    expect: 'pod-routes-missing',
    kind: 'symptom',
  },
  {
    q: 'kube-proxy ipvs 模式，直接 curl podIP:8080 正常，走 clusterIP 立刻 connection refused，ipvsadm -Ln 看这个 vip 下面一个 rs 都没有，endpoints 明明有地址',
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'symptom',
  },
  {
    q: 'pod 里域名解析偶发失败，大概几千次出一次，重试就好，有时候 curl 会卡 5 秒左右，coredns 日志干净负载也不高',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: 'terway 集群 pod 状态已经 Running 了，容器启动脚本一上来连 mysql 总是 timeout，加个 sleep 5 再连就好了',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: 'flannel 集群里 pod 用自己 service 的域名访问自己 时通时不通，单副本时基本不通，访问别的 service 都正常',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: 'terway 集群大促前扩了 200 多个 pod，杭州 H 区的新 pod 全卡在 ContainerCreating，别的可用区正常，去看了那个 vsw 剩余可用 ip 是 0',
    expect: 'vswitch-ip-exhausted',
    kind: 'symptom',
  },

  // ---------------------------------------------------------------- typos (3) and other words (3)
  {
    q: 'eni-config 里 eniip-virtual-type 写的是 IPVlan，这算 datapathv2 还是老的 ipvlan ebpf',
    expect: 'terway-identify-datapath',
    kind: 'typo',
  },
  {
    q: '外部域名解析很慢 coredns 日志里一堆 xxx.default.svc.cluster.loacl NXDOMAIN，dnsconfig 的 ndot 要怎么改',
    expect: 'dns-ndots-search-domains',
    kind: 'typo',
  },
  {
    q: '怎么确认 terwya 用的是独占 eni 还是共享 eni 模式，版本是 v1.12',
    expect: 'terway-identify-eni-mode',
    kind: 'typo',
  },
  {
    q: '双栈 pod 的 v6 地址在集群里能访问，外网客户端走 v6 连不进来',
    expect: 'ipv6-internet-unreachable-bandwidth',
    kind: 'synonym',
  },
  {
    q: 'flannel 容器里 ping 同一个专有网络下的几台云主机，有的通有的不通，路由表检查过没问题',
    expect: 'flannel-ping-ecs-security-group',
    kind: 'synonym',
  },
  {
    q: '接手了别人建的 ACK 集群，怎么看它用的是哪种容器网络方案，pod 用的是哪几个子网',
    expect: 'view-network-type-vswitches',
    kind: 'synonym',
  },

  // ---------------------------------------------------------------- how-to and concept (6)
  {
    q: 'terway 共享 eni 模式下 ecs.g7.xlarge 单节点最多能跑多少个 pod，怎么算的',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: '新建 ACK 集群，网络插件选 terway 还是 flannel？需要 NetworkPolicy 和 pod 级别带宽限速',
    expect: 'choose-terway-or-flannel',
    kind: 'howto',
  },
  {
    q: '已经在跑业务的 flannel 集群能不能直接改成 terway',
    expect: 'switch-network-plugin',
    kind: 'howto',
  },
  {
    q: 'grpc 长连接请求都打到一两个 pod 上，kube-proxy ipvs 能不能把 rr 换成 lc，怎么改',
    expect: 'ipvs-scheduler-long-connections',
    kind: 'howto',
  },
  {
    q: 'terway 网络下想对某一个 pod 抓包，在节点上 tcpdump 应该抓哪块网卡',
    expect: 'terway-packet-capture',
    kind: 'howto',
  },
  {
    q: 'ACK 托管版 kube-proxy 的参数在哪改，改完怎么生效',
    expect: 'kube-proxy-config',
    kind: 'howto',
  },
];
