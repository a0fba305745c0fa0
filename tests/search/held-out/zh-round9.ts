import type { Query } from '../types.ts';

/** Chinese (Simplified) search-evaluation queries, held-out part (40) of the ninth round, written 2026-12-01 without looking at the search: scored, never tuned against. */
export const queries: readonly Query[] = [
  // ---------------- paste (12) ----------------
  {
    q: `Events:
  Type     Reason                  Age                  From               Message
  ----     ------                  ----                 ----               -------
  Normal   Scheduled               11m                  default-scheduler  Successfully assigned prod/order-api-7f9c6d8b54-qz4lt to cn-hangzhou.192.168.3.41
  Warning  AllocIPFailed           2m (x37 over 11m)    terway-daemon      alloc ip failed, retry later
  Warning  FailedCreatePodSandBox  55s (x12 over 10m)   kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "4c1e9a0b7d": plugin type="terway" failed (add): cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded

$ kubectl logs terway-eniip-8xw2c -n kube-system -c terway --tail=5
time="2026-11-30T03:12:44Z" level=info msg="pool status" pool=eniip idle=0 inuse=18
time="2026-11-30T03:12:45Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 7C3B1E02-55AF-4D21-9E0A-13F0B6D2C8A1 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1k9x2m7q4r8t6y0uabc\\" has not enough IpAddress., retrying"
time="2026-11-30T03:12:47Z" level=info msg="pool status" pool=eniip idle=0 inuse=18`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `已经按文档在 PodVswitchId 里加了新的 vsw（空闲 IP 4000 多），terway 也 rollout restart 过了，老节点上的 pod 还是卡着：
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-shanghai.10.20.1.77 | grep ContainerCreating
payment     settle-worker-5d8f7b9c6-h2kq9    0/1   ContainerCreating   0     18m   <none>   cn-shanghai.10.20.1.77   <none>   <none>
payment     settle-worker-5d8f7b9c6-p7xnm    0/1   ContainerCreating   0     18m   <none>   cn-shanghai.10.20.1.77   <none>   <none>
$ kubectl describe pod settle-worker-5d8f7b9c6-h2kq9 -n payment | tail -4
  Type     Reason         Age                 From           Message
  ----     ------         ----                ----           -------
  Normal   Scheduled      18m                 default-scheduler  Successfully assigned payment/settle-worker-5d8f7b9c6-h2kq9 to cn-shanghai.10.20.1.77
  Warning  AllocIPFailed  61s (x40 over 18m)  terway-daemon  alloc ip failed: no eni can handle the allocation`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `昨晚机房那边节点 cn-beijing.192.168.8.15 意外断电重启过一次，今天这个节点上 pod 起不来，但节点上其实就十几个 pod
$ kubectl get pod -A -o wide | grep 192.168.8.15 | wc -l
14
Events:
  Type     Reason                  Age                 From     Message
  ----     ------                  ----                ----     -------
  Warning  FailedCreatePodSandBox  3m2s (x26 over 9m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "b81f0c2e9a44": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.24.6.1-172.24.6.126
  Normal   SandboxChanged          3m1s (x26 over 9m)  kubelet  Pod sandbox changed, it will be killed and re-created.`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `$ kubectl describe node cn-hangzhou.192.168.0.33 | grep -A2 PodCIDR
PodCIDR:                      172.30.34.128/26
PodCIDRs:                     172.30.34.128/26
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-hangzhou.192.168.0.33 --no-headers | grep -c Running
61
$ kubectl get events -n batch --sort-by=.lastTimestamp | tail -3
LAST SEEN   TYPE      REASON                   OBJECT                          MESSAGE
40s         Warning   FailedCreatePodSandBox   pod/report-gen-28871520-zx4wd   Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9e0d2f71ab": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.30.34.129-172.30.34.190
12s         Normal    SandboxChanged           pod/report-gen-28871520-zx4wd   Pod sandbox changed, it will be killed and re-created.`,
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'paste',
  },
  {
    q: `新扩的两台节点，上面一个业务 pod 都调度不上去
$ kubectl describe pod web-frontend-6c9b7d5f48-k8r2v -n shop | tail -3
  Type     Reason            Age                 From               Message
  ----     ------            ----                ----               -------
  Warning  FailedScheduling  4m10s (x9 over 22m)  default-scheduler  0/8 nodes are available: 2 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 6 Insufficient cpu. preemption: 0/8 nodes are available: 2 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod.
$ kubectl describe node cn-shenzhen.172.16.5.201 | grep -i -A1 networkunavailable
  NetworkUnavailable   True    Mon, 30 Nov 2026 10:02:11 +0800   Mon, 30 Nov 2026 10:02:11 +0800   NoRouteCreated   RouteController failed to create a route
  Warning  CreateRouteFailed  3m  route_controller  Could not create route 9a4e1c7f-33b0-4d6e 172.20.9.0/25 for node cn-shenzhen.172.16.5.201 after 503.112ms: Route entry quota exceeded in this route table`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `kubectl get events -A --field-selector reason=SyncRouteFailed
NAMESPACE   LAST SEEN   TYPE      REASON            OBJECT                          MESSAGE
default     2m14s       Warning   SyncRouteFailed   service/cloud-controller-manager   Reconciling route error: multiple route tables found by vpc id[vpc-2ze8k1x0d9q7n3vwy4abc], length(tables)=2
default     7m14s       Warning   SyncRouteFailed   service/cloud-controller-manager   Reconciling route error: multiple route tables found by vpc id[vpc-2ze8k1x0d9q7n3vwy4abc], length(tables)=2
上周网络组在这个 vpc 里新建了一张自定义路由表给专线用`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `集群刚从 1.14 升到 1.16，所有节点 NotReady，之前 flannel 镜像是我们自己手动换过版本的
$ journalctl -u kubelet --since "10 min ago" | tail -6
Nov 30 14:21:07 iZbp1d3k9xw2z7qv5m8n0aZ kubelet[2318]: E1130 14:21:07.412309    2318 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized
Nov 30 14:21:09 iZbp1d3k9xw2z7qv5m8n0aZ kubelet[2318]: W1130 14:21:09.880114    2318 cni.go:202] Error validating CNI config &{cb0 false [0xc000a1b2c0 0xc000a1b300] [123 10 32 32 34 110 97 109 101 ...]}: [plugin flannel does not support config version ""]
Nov 30 14:21:09 iZbp1d3k9xw2z7qv5m8n0aZ kubelet[2318]: W1130 14:21:09.880171    2318 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d
Nov 30 14:21:12 iZbp1d3k9xw2z7qv5m8n0aZ kubelet[2318]: I1130 14:21:12.002981    2318 setters.go:73] Using node IP: "192.168.2.57"`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `[root@k8s-master01 ~]# kubectl get pod -n kube-flannel -o wide
NAME                    READY   STATUS                  RESTARTS      AGE   IP             NODE           NOMINATED NODE   READINESS GATES
kube-flannel-ds-4hx9m   0/1     Init:CrashLoopBackOff   6 (95s ago)   8m    10.10.0.21     k8s-node01     <none>           <none>
kube-flannel-ds-r7qzt   0/1     Init:CrashLoopBackOff   6 (88s ago)   8m    10.10.0.22     k8s-node02     <none>           <none>
[root@k8s-master01 ~]# kubectl logs kube-flannel-ds-4hx9m -n kube-flannel -c install-cni
cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied
[root@k8s-master01 ~]# getenforce
Enforcing`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'paste',
  },
  {
    q: `网关这几天晚高峰一堆 504，ingress 后端超时，登到 node 上 dmesg 看到：
[2871033.114502] IPVS: rr: TCP 172.21.4.18:443 - no destination available
[2871090.552871] nf_conntrack: nf_conntrack: table full, dropping packet
[2871090.553310] nf_conntrack: nf_conntrack: table full, dropping packet
[2871090.561207] nf_conntrack: nf_conntrack: table full, dropping packet
[2871095.600012] net_ratelimit: 318 callbacks suppressed
[2871095.600419] nf_conntrack: nf_conntrack: table full, dropping packet
[root@iZuf6a2b3c4d5e6f7g8h9iZ ~]# sysctl net.netfilter.nf_conntrack_count net.netfilter.nf_conntrack_max
net.netfilter.nf_conntrack_count = 262144
net.netfilter.nf_conntrack_max = 262144`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `{"level":"error","ts":"2026-11-30T09:41:12.882+0800","caller":"client/http.go:88","msg":"request failed","url":"http://user-svc.prod.svc.cluster.local:8080/v1/users","error":"dial tcp: lookup user-svc.prod.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.17:51022->172.21.0.10:53: i/o timeout","request_id":"a3f9c2d1-77be-4c0e-9d41-2b6f0e8a1c55"}
{"level":"error","ts":"2026-11-30T09:41:15.301+0800","caller":"client/http.go:88","msg":"request failed","url":"https://api.weixin.qq.com/cgi-bin/token","error":"dial tcp: lookup api.weixin.qq.com on 172.21.0.10:53: read udp 172.20.3.17:40188->172.21.0.10:53: i/o timeout","request_id":"0b7e6d2a-1f3c-4a85-b0e9-5c4d8f2a7e10"}
$ kubectl -n kube-system get pod -l k8s-app=kube-dns -o wide
NAME                       READY   STATUS             RESTARTS        AGE   IP            NODE
coredns-6d4b75cb6d-x7k2p   0/1     CrashLoopBackOff   23 (2m ago)     3d    172.20.1.9    cn-hangzhou.192.168.0.12
coredns-6d4b75cb6d-m9v4s   0/1     CrashLoopBackOff   23 (4m ago)     3d    172.20.2.14   cn-hangzhou.192.168.0.13`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `每次 coredns 一升级/滚动重启，业务就报一阵解析超时，大概四五分钟后自己恢复，kube-proxy 是 ipvs 模式
$ kubectl -n kube-system get pod -l k8s-app=kube-dns
NAME                       READY   STATUS    RESTARTS   AGE
coredns-58d7c9f6b4-2wq8r   1/1     Running   0          3m41s
coredns-58d7c9f6b4-tn5kx   1/1     Running   0          3m12s
app log:
2026-11-30 16:02:31.455 WARN [http-nio-8080-exec-7] c.x.gateway.Resolver - java.net.UnknownHostException: mysql-master.db.svc.cluster.local: Temporary failure in name resolution
2026-11-30 16:02:36.460 WARN [http-nio-8080-exec-3] c.x.gateway.Resolver - lookup redis.cache.svc.cluster.local on 172.21.0.10:53: read udp 172.20.5.33:38211->172.21.0.10:53: i/o timeout
2026-11-30 16:06:58.102 INFO [http-nio-8080-exec-1] c.x.gateway.Resolver - resolved mysql-master.db.svc.cluster.local -> 172.21.9.4`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: `从节点上 curl pod ip 正常，curl clusterip 直接 refused，endpoints 是有的
$ kubectl get ep inventory -n mall
NAME        ENDPOINTS                           AGE
inventory   172.20.4.21:8080,172.20.7.9:8080    41d
$ curl -m3 172.20.4.21:8080/health
ok
$ curl -m3 172.21.11.37:80/health
curl: (7) Failed to connect to 172.21.11.37 port 80 after 0 ms: Couldn't connect to server
$ ipvsadm -Ln -t 172.21.11.37:80
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.11.37:80 rr
$ kubectl logs -n kube-system kube-proxy-worker-p4d7x --tail=3
E1130 11:20:45.339128       1 proxier.go:1621] "Failed to sync endpoint for service" servicePortName="mall/inventory:http" virtualServer={Address:172.21.11.37 Protocol:TCP Port:80}`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },

  // ---------------- error (5) ----------------
  {
    q: `Warning  FailedCreatePodSandBox  47s  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "e3a91c": plugin type="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:2c:9f:41: not found`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'error',
  },
  {
    q: `控制台升级 terway 组件失败 错误码 eip pool is not supported  集群 c8f2a1d0b3e4 2026-11-30 20:13`,
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },
  {
    q: `E1130 08:14:02.771245       1 reflector.go:138] pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: Failed to watch *v1.ConfigMap: failed to list *v1.ConfigMap: configmaps is forbidden: User "system:serviceaccount:ops:release-operator" cannot list resource "configmaps" in API group "" at the cluster scope`,
    expect: 'pod-api-server-access-rbac',
    kind: 'error',
  },
  {
    q: `[INFO] 172.20.6.41:53917 - 28114 "AAAA IN oss-cn-hangzhou.aliyuncs.com.mall.svc.cluster.local. udp 69 false 512" NXDOMAIN qr,aa,rd 162 0.000098s`,
    expect: 'dns-ndots-search-domains',
    kind: 'error',
  },
  {
    q: `The Service "checkout" is invalid: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services`,
    expect: 'ipv6-clusterip-ipv4',
    kind: 'error',
  },

  // ---------------- symptom (12) ----------------
  {
    q: '刚从 flannel 迁到新建的 terway 集群，容器里 ping 114.114.114.114 不通，调第三方支付接口超时，但是 node 上 ping 外网是通的，node 都绑了 EIP',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: '双栈集群 pod 已经分到 v6 地址了，但 curl -6 外网任何站都超时，走 v4 出去是好的',
    expect: 'ipv6-no-internet-egress',
    kind: 'symptom',
  },
  {
    q: 'pod 的 ipv6 地址在集群里别的 pod 都能访问，从外面公网（手机 5G 有 v6）直接访问这个 v6 地址就是连不上',
    expect: 'ipv6-internet-unreachable-bandwidth',
    kind: 'symptom',
  },
  {
    q: '同一个 nginx pod，curl 它的 v4 地址返回 200，curl [v6地址]:80 立刻被拒，镜像是官方 nginx 只改了 conf',
    expect: 'ipv6-app-not-listening',
    kind: 'symptom',
  },
  {
    q: '双栈 svc 已经改成 PreferDualStack 了，clusterIPs 里也有 v6，后端 pod 全 Running，可就是访问 svc 的 v6 clusterip 不通，v4 clusterip 正常',
    expect: 'ipv6-clusterip-unreachable',
    kind: 'symptom',
  },
  {
    q: 'terway 集群，pod 状态都 Running 了，但刚启动那几秒连 redis 连不上，initContainer 里的探测经常挂，过个几秒再连又好了',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: 'pod 里域名解析偶发失败，大概几十次里有一次，重试一下就好了，coredns 没重启过也没报错，alpine 镜像比较多',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: '节点上有个 docker-compose 起的 redis 映射了 6379，同节点的 pod 连 节点IP:6379 一直超时，ping 节点是通的，其他节点的 pod 连就没问题，之前 flannel 集群时是好的',
    expect: 'terway-docker-container-ports',
    kind: 'symptom',
  },
  {
    q: 'flannel 集群扩了 3 台新节点，新节点上的 pod 访问其他节点的 pod 不通，network-unavailable 污点已经没了，flannel pod 也 Running，下一步该查啥',
    expect: 'flannel-new-node-no-network',
    kind: 'symptom',
  },
  {
    q: 'flannel 集群里 pod 通过自己所属的 service 访问自己时通时不通，访问别的服务都正常，单副本的时候基本全挂',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: '开了 datapathv2 之后在节点上 ipvsadm -Ln -c 看不到 pod 访问 svc 的连接，节点网卡上抓包也抓不到，是不是 kube-proxy 没生效',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'symptom',
  },
  {
    q: 'grpc 服务后端从 3 个 pod 扩到 10 个，新 pod 几乎没流量，请求还是压在老的 3 个上，kube-proxy 是 ipvs rr',
    expect: 'ipvs-scheduler-long-connections',
    kind: 'symptom',
  },

  // ---------------- synonym (3) ----------------
  {
    q: '怎么看我们集群 terway 是每个 pod 独占一张网卡，还是多个 pod 共用网卡那种',
    expect: 'terway-identify-eni-mode',
    kind: 'synonym',
  },
  {
    q: 'pod 地址不够又给 terway 加了个子网，结果分到新子网 IP 的容器出不了外网，老的容器正常',
    expect: 'terway-vswitch-snat',
    kind: 'synonym',
  },
  {
    q: '接手了一个老集群，控制台哪里能看到它用的是哪种 cni，pod 用的是哪几个子网',
    expect: 'view-network-type-vswitches',
    kind: 'synonym',
  },

  // ---------------- typo (3) ----------------
  {
    q: 'terawy eniip_virtaul_type 值是 ipvaln 代表啥 是不是开了加速',
    expect: 'terway-identify-datapath',
    kind: 'typo',
  },
  {
    q: '已有的 terway ipvlan 集群 in-cluster_loadbalnce 怎么打开',
    expect: 'terway-in-cluster-loadbalance',
    kind: 'typo',
  },
  {
    q: 'ack flanel 支持 hostprot 吗 terway 下能不能用',
    expect: 'flannel-hostport',
    kind: 'typo',
  },

  // ---------------- howto (5) ----------------
  {
    q: 'terway 一台 ecs 最多能跑多少 pod 怎么算 跟实例规格有关吗',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: '新建 ack 集群网络插件怎么选，要用 networkpolicy 还要给单个 pod 限带宽',
    expect: 'choose-terway-or-flannel',
    kind: 'howto',
  },
  {
    q: '集群建好以后 service 网段还能改大吗？pod 网段呢',
    expect: 'change-cidr-after-creation',
    kind: 'howto',
  },
  {
    q: 'rds 白名单只想放一个网段，怎么让某几个业务的 pod ip 都从固定的 vsw 里分配 terway',
    expect: 'terway-fixed-pod-cidr',
    kind: 'howto',
  },
  {
    q: '解析量太大上游 dns 扛不住，想让 coredns 缓存久一点，Corefile 改哪里',
    expect: 'coredns-cache',
    kind: 'howto',
  },
];
