import type { Query } from '../types.ts';

/** Chinese (simplified) search-evaluation queries, held-out part (40) of the tenth round, written 2026-12-01 without looking at the search: scored, never tuned against. */
export const queries: readonly Query[] = [
  {
    q: `hpa 扩出来的新 pod 全卡住了 帮看下
$ kubectl get pods -n order -o wide | grep -v Running
NAME                        READY   STATUS              RESTARTS   AGE   IP       NODE                       NOMINATED NODE   READINESS GATES
order-api-6d9f7c8b5-2xkqp   0/1     ContainerCreating   0          14m   <none>   cn-shanghai.10.12.34.101   <none>           <none>
order-api-6d9f7c8b5-9wlzt   0/1     ContainerCreating   0          14m   <none>   cn-shanghai.10.12.34.101   <none>           <none>
order-api-6d9f7c8b5-kq7mn   0/1     ContainerCreating   0          13m   <none>   cn-shanghai.10.12.35.17    <none>           <none>
$ kubectl logs --tail=3 terway-eniip-7hx4q -n kube-system -c terway
time="2026-11-28T03:41:12Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 6F1C2A8E-0B3D-4E57-9A21-33C4D8E7B10F Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-uf6k3x9q2m1zt0abcd\\" has not enough IpAddress., retrying"`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `新交换机 vsw-bp1n7c2 已经加进 PodVswitchId 了 terway 也 rollout restart 过 新交换机还剩 4000 多个可用 ip
新扩的节点都正常 就老的那几台上 pod 还是起不来：
$ kubectl describe pod web-7c9b5d6f8-x8r2k -n prod | tail -5
Events:
  Type     Reason         Age                From               Message
  ----     ------         ----               ----               -------
  Normal   Scheduled      6m                 default-scheduler  Successfully assigned prod/web-7c9b5d6f8-x8r2k to cn-hangzhou.192.168.3.45
  Warning  AllocIPFailed  41s (x9 over 6m)   terway-daemon      no eni can handle the allocation
ecs 控制台看这台 ecs.g6.large 已经挂了 3 块弹性网卡`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `flannel 集群 这台节点上总共才 8 个 pod 新 pod 死活起不来
  Warning  FailedCreatePodSandBox  2m10s (x15 over 6m)  kubelet  failed to allocate for range 0: no IP addresses available in range set: 172.30.34.129-172.30.34.190
[root@iZbp1d4xk2m9 ~]# ls /var/lib/cni/networks/cb0 | wc -l
64
[root@iZbp1d4xk2m9 ~]# crictl pods -q | wc -l
8
这台 ecs 上周异常宕机重启过一次 集群版本 1.18`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-beijing.172.16.8.23 --no-headers | wc -l
63
$ kubectl get node cn-beijing.172.16.8.23 -o jsonpath='{.spec.podCIDR}'
172.30.34.128/26
$ kubectl describe pod ingest-worker-5f6d8c7b9-lm4tq -n data | grep -i warn
  Warning  FailedCreatePodSandBox  38s (x7 over 4m)  kubelet  failed to allocate for range 0: no IP addresses available in range set: 172.30.34.129-172.30.34.190
这台机器确实塞得满 业务加 daemonset 六十来个 pod 都在跑 别的节点同一个 deploy 能正常起`,
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'paste',
  },
  {
    q: `昨晚集群升到 1.16 之后节点全 NotReady 了 之前有同事手动改过 kube-flannel-ds 的镜像 tag
$ kubectl get nodes
NAME                    STATUS     ROLES    AGE    VERSION
cn-shenzhen.10.0.1.12   NotReady   <none>   211d   v1.16.9-aliyun.1
cn-shenzhen.10.0.1.13   NotReady   <none>   211d   v1.16.9-aliyun.1
cn-shenzhen.10.0.1.14   NotReady   <none>   98d    v1.16.9-aliyun.1
$ kubectl describe node cn-shenzhen.10.0.1.12 | grep -i ready
  Ready   False   Tue, 14 Sep 2021 09:12:44 +0800   Tue, 14 Sep 2021 01:03:10 +0800   KubeletNotReady   runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `晚高峰这台节点上的网关一直 504 别的节点还好
[root@iZwz9fk2c7 ~]# dmesg | tail -n 4
[2871203.114502] nf_conntrack: nf_conntrack: table full, dropping packet
[2871203.115090] nf_conntrack: nf_conntrack: table full, dropping packet
[2871203.207731] nf_conntrack: nf_conntrack: table full, dropping packet
[2871204.018864] nf_conntrack: nf_conntrack: table full, dropping packet
[root@iZwz9fk2c7 ~]# cat /proc/sys/net/netfilter/nf_conntrack_max
262144`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `自建的 1.28 集群 rocky8 按官方 kube-flannel.yml 装的 flannel 一直起不来
# kubectl get pod -n kube-flannel -o wide
NAME                    READY   STATUS                  RESTARTS      AGE   IP              NODE
kube-flannel-ds-4zq8n   0/1     Init:CrashLoopBackOff   6 (87s ago)   9m    192.168.56.11   k8s-node1
kube-flannel-ds-r7h2c   0/1     Init:CrashLoopBackOff   6 (95s ago)   9m    192.168.56.12   k8s-node2
# kubectl -n kube-flannel logs kube-flannel-ds-4zq8n -c install-cni
cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'paste',
  },
  {
    q: `网络组前两天在 vpc 里新建了一张自定义路由表 绑到了新交换机上 之后扩的 flannel 节点跨节点都不通
专有集群 ccm 日志：
$ kubectl logs -n kube-system cloud-controller-manager-6fbd9c7d4-lq2wz --since=10m | grep -i route
E1130 10:21:07.551203       1 route_controller.go:214] Reconciling route error: multiple route tables found by vpc id[vpc-bp1q8x2k7hm3n0abcd], length(tables)=2
E1130 10:26:07.552918       1 route_controller.go:214] Reconciling route error: multiple route tables found by vpc id[vpc-bp1q8x2k7hm3n0abcd], length(tables)=2
vpc 里确实两张表 ccm 这边要怎么配才能两张都写`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `flannel 集群刚从节点池扩了 3 台 pod 一个都调不上去
$ kubectl get pod -n web -o wide | grep Pending
web-frontend-7f8d9c6b4-bq2xv   0/1   Pending   0     17m   <none>   <none>   <none>   <none>
$ kubectl describe pod web-frontend-7f8d9c6b4-bq2xv -n web | tail -2
  Type     Reason            Age                From               Message
  Warning  FailedScheduling  2m (x8 over 17m)   default-scheduler  0/8 nodes are available: 3 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 5 Insufficient cpu.
新节点上这个污点挂了快二十分钟一直不掉 能不能直接 kubectl taint 去掉`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `每次 coredns 升级完那几分钟业务就一片超时 大概五分钟后自己就好了
2026-11-29T02:13:41.208+0800	ERROR	client/http.go:88	request failed	{"url": "http://user-svc.prod:8080/v1/profile", "error": "dial tcp: lookup user-svc.prod on 172.21.0.10:53: read udp 172.20.3.41:53219->172.21.0.10:53: i/o timeout"}
2026-11-29T02:13:46.611+0800	ERROR	client/http.go:88	request failed	{"url": "http://order-svc.prod:8080/v1/list", "error": "dial tcp: lookup order-svc.prod on 172.21.0.10:53: read udp 172.20.3.41:40117->172.21.0.10:53: i/o timeout"}
$ kubectl -n kube-system get cm kube-proxy-worker -o yaml | grep mode
    mode: ipvs`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: `自己写的 operator 部署上去以后日志一直刷这个 网络应该是通的
$ kubectl -n ops logs deploy/cert-sync-operator --tail=2
E1201 08:02:11.419233       1 reflector.go:229] secrets is forbidden: User "system:serviceaccount:ops:cert-sync" cannot list resource "secrets" in API group "" at the cluster scope
E1201 08:02:42.870115       1 reflector.go:229] secrets is forbidden: User "system:serviceaccount:ops:cert-sync" cannot list resource "secrets" in API group "" at the cluster scope`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
  {
    q: `pod ip 直接访问是通的 走 clusterip 就被拒 kube-proxy 是 ipvs 模式
[root@iZuf6a2h8 ~]# curl -sS -m 3 http://172.20.2.8:8080/healthz
ok
[root@iZuf6a2h8 ~]# curl -sS -m 3 http://172.21.7.45:80/healthz
curl: (7) Failed to connect to 172.21.7.45 port 80 after 0 ms: Couldn't connect to server
[root@iZuf6a2h8 ~]# ipvsadm -Ln -t 172.21.7.45:80
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.7.45:80 rr
[root@iZuf6a2h8 ~]# kubectl get ep inventory -n shop
NAME        ENDPOINTS                          AGE
inventory   172.20.2.8:8080,172.20.3.19:8080   41d`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: `组件管理里升级 terway 直接失败 错误码 eip pool is not supported`,
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },
  {
    q: `照着旧文档改完 kube-proxy-worker 配置项 kube-proxy 起不来 --previous 里最后一行 unrecognized feature gate: IPv6DualStack`,
    expect: 'kube-proxy-config',
    kind: 'error',
  },
  {
    q: `svc 的 ipFamilyPolicy 改成 RequireDualStack 后 apply 报 this cluster is not configured for dual-stack services`,
    expect: 'ipv6-clusterip-ipv4',
    kind: 'error',
  },
  {
    q: `Can't use the IPVS proxier: IPVS proxier will not be used because the following required kernel modules are not loaded: [ip_vs_lc]`,
    expect: 'ipvs-scheduler-long-connections',
    kind: 'error',
  },
  {
    q: `failed to do add; error parse config, can't found dev by mac 00:16:3e:1a:7c:0f: not found  已经卡了四十分钟了还在报`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'error',
  },
  {
    q: `Host '10.10.88.23' is not allowed to connect to this MySQL server  这个 pod ip 压根不在 terway 配的那几个 pod 交换机网段里`,
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'error',
  },
  {
    q: `terway 集群 pod 状态早就 running 了 但容器刚起来头几秒连 redis 总是超时 过一会又好了 啥也没改 应用启动失败重启几次才正常`,
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: `节点上有个老服务是 docker-compose 直接跑的没进 k8s，切到 terway 以后同一台机器上的 pod 连它端口就超时，ping 宿主机是通的，别的节点上的 pod 去连没问题`,
    expect: 'terway-docker-container-ports',
    kind: 'symptom',
  },
  {
    q: `flannel 集群 有个服务只有一个副本 它自己通过自己的 svc 域名调自己的接口永远超时 别的服务调它一点问题没有`,
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: `kube-proxy ipvs 模式下 服务之间的长连接空闲十五分钟左右再用就失效了 得重连 连接池 keepalive 该设多少`,
    expect: 'ipvs-session-keepalive',
    kind: 'symptom',
  },
  {
    q: `flannel 集群 路由条目都核对过没问题 容器里 ping 同一个 vpc 的几台 ecs 有的能通有的一直 100% packet loss`,
    expect: 'flannel-ping-ecs-security-group',
    kind: 'symptom',
  },
  {
    q: `容器里解析域名偶发卡 5 秒左右 重试一次就好 频率不高但一直有 coredns 没重启过日志也干净 跟具体哪个域名没关系`,
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: `有台 docker 运行时的老节点 上面所有 pod 解析 svc 名和外网域名都不行 nslookup 直接超时 其他节点上的 pod 都正常`,
    expect: 'dns-resolution-fails',
    kind: 'symptom',
  },
  {
    q: `terway 集群 客户 rds 白名单只肯加一个网段 想让某个业务的 pod 只从一个固定交换机拿 ip 怎么配`,
    expect: 'terway-fixed-pod-cidr',
    kind: 'howto',
  },
  {
    q: `terway 下想对某一个 pod 抓包 怎么查 pod ip 在节点上对应哪块网卡 tcpdump 怎么抓`,
    expect: 'terway-packet-capture',
    kind: 'howto',
  },
  {
    q: `怎么确认 terway 现在跑的是独占 eni 还是共享 eni 模式 v1.11 之后还能看 daemonset 名字判断吗`,
    expect: 'terway-identify-eni-mode',
    kind: 'howto',
  },
  {
    q: `想查 ack 集群底下用了哪些云资源 ecs 实例 vpc 还有 worker 的 ram role 控制台哪个页面能看`,
    expect: 'view-cluster-cloud-resources',
    kind: 'howto',
  },
  {
    q: `coredns 转发给上游 dns 的 qps 太高了 想把缓存时间调长点 corefile 里改哪一行 改完怎么确认 reload 成功`,
    expect: 'coredns-cache',
    kind: 'howto',
  },
  {
    q: `eni-conifg 里加 in_cluster_loadbalence: "true" 要跟 eni_conf 同级吗 老的 ipvlan 集群`,
    expect: 'terway-in-cluster-loadbalance',
    kind: 'typo',
  },
  {
    q: `eni-config 里 eniip_virtul_type 的值怎么看 判断是 datapth v2 还是 ipvlan ebpf`,
    expect: 'terway-identify-datapath',
    kind: 'typo',
  },
  {
    q: `PodVswtichId 在哪看 想知道 pod 用的哪几个交换机 顺便看下集群是 terwya 还是 flannel`,
    expect: 'view-network-type-vswitches',
    kind: 'typo',
  },
  {
    q: `pod 解析外网域名慢 coredns 里一堆拼了 svc.cluster.local 的查询 deployment dnsconfig 里 ndot 改成 1 怎么写`,
    expect: 'dns-ndots-search-domains',
    kind: 'typo',
  },
  {
    q: `pod 子网 ip 不够又给 terway 加了一个子网 从新子网拿到地址的那批容器都出不去外网了 宿主机自己能上网`,
    expect: 'terway-vswitch-snat',
    kind: 'synonym',
  },
  {
    q: `一台 ecs 能挂几块弹性网卡 每块网卡几个辅助 ip 怎么换算成 terway 单机能跑的容器上限`,
    expect: 'terway-max-pods',
    kind: 'synonym',
  },
  {
    q: `原来 flannel 集群的业务整体搬到新建的 terway 集群以后 容器里访问公网接口全超时 节点都有公网 ip 宿主机上 curl 好好的`,
    expect: 'terway-migration-no-internet',
    kind: 'synonym',
  },
  {
    q: `ack 上能不能自己 helm install calico 或 cilium 来做 networkpolicy 现在是 flannel 集群`,
    expect: 'third-party-network-plugins',
    kind: 'mixed',
  },
  {
    q: `开了 datapathv2 以后 节点上 ipvsadm -Lnc 看不到 pod 访问 svc 的连接 节点上 tcpdump 也抓不到 正常吗`,
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'mixed',
  },
  {
    q: `双栈集群 pod 里 curl -6 访问外网 v6 站点一直 timeout v4 出网没问题 vpc 那边要开啥`,
    expect: 'ipv6-no-internet-egress',
    kind: 'mixed',
  },
];
