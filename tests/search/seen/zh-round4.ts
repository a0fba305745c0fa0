import type { Query } from '../types.ts';

/** Chinese search-evaluation queries, held-out part (25) of the fourth round, written 2026-11-30 without looking at the search; read after it, so now part of development. */
export const queries: readonly Query[] = [
  {
    q: `vsw-bp1m2x9q4k7c3n8d5e6f0 已经加进 PodVswitchId 了，terway-eniip 也 rollout restart 过，新扩的节点没问题，就这几台老节点上的 pod 还是卡着
$ kubectl get pod -n prod -o wide | grep ContainerCreating
order-svc-7c9f8d6b5-qx2lm     0/1     ContainerCreating   0          14m   <none>   cn-hangzhou.192.168.2.17   <none>   <none>
order-svc-7c9f8d6b5-w8r4t     0/1     ContainerCreating   0          14m   <none>   cn-hangzhou.192.168.2.17   <none>   <none>
$ kubectl describe pod order-svc-7c9f8d6b5-qx2lm -n prod | tail -n 6
Events:
  Type     Reason                  Age                  From               Message
  ----     ------                  ----                 ----               -------
  Normal   Scheduled               14m                  default-scheduler  Successfully assigned prod/order-svc-7c9f8d6b5-qx2lm to cn-hangzhou.192.168.2.17
  Warning  AllocIPFailed           2m3s (x27 over 14m)  terway-daemon      Alloc IP 0xc0012ab3c0 failed: no eni can handle the allocation
  Warning  FailedCreatePodSandBox  2m1s (x27 over 14m)  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "5f0c2e9a81b7d4c6e3f2a1b0c9d8e7f6": plugin type="terway" name="terway" failed (add): cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `集群 1.18，flannel。这台节点上其实就十几个 pod，cronjob 比较多，上周机房还断过一次电
Events:
  Type     Reason                  Age                From               Message
  ----     ------                  ----               ----               -------
  Normal   Scheduled               2m10s              default-scheduler  Successfully assigned batch/report-gen-28365120-vz8kq to cn-shanghai.10.0.4.23
  Warning  FailedCreatePodSandBox  2m9s               kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "4f2a9c1e7b3d" network for pod "report-gen-28365120-vz8kq": networkPlugin cni failed to set up pod "report-gen-28365120-vz8kq_batch" network: failed to allocate for range 0: no IP addresses available in range set: 172.30.34.129-172.30.34.190
  Normal   SandboxChanged          95s (x12 over 2m)  kubelet            Pod sandbox changed, it will be killed and re-created.
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-shanghai.10.0.4.23 --no-headers | grep -v Completed | wc -l
14`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `专有集群 flannel，前两天网络组在 VPC 里新建了一张自定义路由表
$ kubectl -n kube-system logs cloud-controller-manager-7x2qk --tail=5
I1130 03:14:02.118402       1 controller.go:254] ensure loadbalancer for service ingress-nginx/nginx-ingress-lb
I1130 03:14:02.402771       1 controller.go:281] finish ensure loadbalancer for service ingress-nginx/nginx-ingress-lb
E1130 03:14:07.532118       1 route_controller.go:131] Reconciling route error: multiple route tables found by vpc id[vpc-bp1q8x3kz7e2m5n9s0t4a], length(tables)=2
I1130 03:14:07.532190       1 event.go:294] "Event occurred" object="" kind="" apiVersion="" type="Warning" reason="SyncRouteFailed" message="Reconciling route error: multiple route tables found by vpc id[vpc-bp1q8x3kz7e2m5n9s0t4a], length(tables)=2"
E1130 03:19:07.541006       1 route_controller.go:131] Reconciling route error: multiple route tables found by vpc id[vpc-bp1q8x3kz7e2m5n9s0t4a], length(tables)=2`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `operator 换到 middleware 命名空间重新部署之后就不干活了
$ kubectl -n middleware logs redis-operator-5f7b8c9d6-h4tzn --tail=5
{"level":"info","ts":"2026-11-30T08:12:41.118Z","logger":"setup","msg":"starting manager"}
{"level":"info","ts":"2026-11-30T08:12:41.220Z","msg":"Starting EventSource","controller":"rediscluster","source":"kind source: *v1beta2.RedisCluster"}
W1130 08:12:41.305112       1 reflector.go:535] pkg/mod/k8s.io/client-go@v0.28.4/tools/cache/reflector.go:229: failed to list *v1.StatefulSet: statefulsets.apps is forbidden: User "system:serviceaccount:middleware:redis-operator" cannot list resource "statefulsets" in API group "apps" at the cluster scope
E1130 08:12:41.305187       1 reflector.go:147] pkg/mod/k8s.io/client-go@v0.28.4/tools/cache/reflector.go:229: Failed to watch *v1.StatefulSet: failed to list *v1.StatefulSet: statefulsets.apps is forbidden: User "system:serviceaccount:middleware:redis-operator" cannot list resource "statefulsets" in API group "apps" at the cluster scope
{"level":"error","ts":"2026-11-30T08:14:41.221Z","msg":"Could not wait for Cache to sync","controller":"rediscluster","error":"failed to wait for rediscluster caches to sync: timed out waiting for cache to be synced"}`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
  {
    q: `CentOS 7 上 kubeadm 自建的集群，按官网 yml 装的 flannel
[root@k8s-master-01 ~]# kubectl get pod -A -o wide | grep kube-flannel-ds
kube-flannel   kube-flannel-ds-7xq4m   0/1     Init:CrashLoopBackOff   6 (2m31s ago)   9m    10.10.1.21   k8s-node-01     <none>           <none>
kube-flannel   kube-flannel-ds-b9t2k   0/1     Init:CrashLoopBackOff   6 (2m40s ago)   9m    10.10.1.22   k8s-node-02     <none>           <none>
kube-flannel   kube-flannel-ds-zd8wr   1/1     Running                 0               9m    10.10.1.20   k8s-master-01   <none>           <none>
[root@k8s-master-01 ~]# kubectl -n kube-flannel logs kube-flannel-ds-7xq4m -c install-cni
cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'paste',
  },
  {
    q: `等了十几分钟了还是起不来
Events:
  Type     Reason                  Age                 From               Message
  ----     ------                  ----                ----               -------
  Normal   Scheduled               16m                 default-scheduler  Successfully assigned ai/infer-worker-5d8c7b9f4-kp7wd to cn-beijing.172.16.8.45
  Warning  FailedCreatePodSandBox  16m                 kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "e3a91c0f7d2b": plugin type="terway" name="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:0c:5a:d2: not found
  Warning  FailedCreatePodSandBox  31s (x58 over 16m)  kubelet            (combined from similar events): Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9d04b7e2a6c1": plugin type="terway" name="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:0c:5a:d2: not found`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'paste',
  },
  {
    q: `[root@iZbp1a8k3m7x2c9d4q6wZ ~]# curl -m 3 http://172.20.3.41:8080/healthz
ok
[root@iZbp1a8k3m7x2c9d4q6wZ ~]# curl -m 3 http://172.21.7.115:8080/healthz
curl: (7) Failed to connect to 172.21.7.115 port 8080: Connection refused
[root@iZbp1a8k3m7x2c9d4q6wZ ~]# ipvsadm -Ln -t 172.21.7.115:8080
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.7.115:8080 rr
[root@iZbp1a8k3m7x2c9d4q6wZ ~]# kubectl get ep user-api -n prod
NAME       ENDPOINTS                           AGE
user-api   172.20.3.41:8080,172.20.5.12:8080   41d`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: `这台节点上的服务一到晚高峰网关就大量 504，别的节点没事
[root@iZbp1c7f2k9x3m8n5q4wZ ~]# dmesg -T | tail -n 6
[Sun Nov 30 20:41:03 2026] cni0: port 7(veth4c1e9a2b) entered forwarding state
[Sun Nov 30 20:58:17 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 20:58:17 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 20:58:22 2026] net_ratelimit: 2318 callbacks suppressed
[Sun Nov 30 20:58:22 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 20:58:22 2026] nf_conntrack: nf_conntrack: table full, dropping packet`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `刚从 1.14 升到 1.16，节点全挂了
$ kubectl get nodes
NAME                        STATUS     ROLES    AGE    VERSION
cn-shenzhen.192.168.10.31   NotReady   <none>   412d   v1.16.9-aliyun.1
cn-shenzhen.192.168.10.32   NotReady   <none>   412d   v1.16.9-aliyun.1
cn-shenzhen.192.168.10.33   NotReady   <none>   97d    v1.16.9-aliyun.1
$ journalctl -u kubelet --since "10 min ago" | grep -i cni | tail -n 3
Nov 30 10:21:44 iZwz9f3k2m7x8c1d5q0aZ kubelet[2231]: W1130 10:21:44.512090    2231 cni.go:202] Error validating CNI config &{cb0  false [0xc000a1e2c0] [123 10 32 32 34 110 97 109 101]}: [plugin flannel does not support config version ""]
Nov 30 10:21:44 iZwz9f3k2m7x8c1d5q0aZ kubelet[2231]: W1130 10:21:44.512144    2231 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d
Nov 30 10:21:47 iZwz9f3k2m7x8c1d5q0aZ kubelet[2231]: E1130 10:21:47.633210    2231 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: 'grpc 长连接打到后端几个 pod 上特别不均匀，kube-proxy 是 ipsv 模式，想把调度算法改成 lc，schduler 在哪配',
    expect: 'ipvs-scheduler-long-connections',
    kind: 'typo',
  },
  {
    q: 'coredsn 转发到上游的请求太多了，想把 cahce 时间调长一点，改哪里',
    expect: 'coredns-cache',
    kind: 'typo',
  },
  {
    q: 'terway 集群 deployment 里配了 hostProt，节点上那个端口根本没监听，是不支持吗',
    expect: 'flannel-hostport',
    kind: 'typo',
  },
  {
    q: 'terway 集群之前 pod ip 不够又加了一个子网，之后分到新子网地址的 pod 都出不了外网，ping 114 不通，节点自己上网正常',
    expect: 'terway-vswitch-snat',
    kind: 'synonym',
  },
  {
    q: '我这个 terway 到底是哪种模式？一个 pod 独占一块网卡还是几个 pod 共用一块网卡，在哪能看出来',
    expect: 'terway-identify-eni-mode',
    kind: 'synonym',
  },
  {
    q: 'terway 下面 pod 的 ip 每次都不一样，rds 那边要配白名单，能不能让某几个服务的 pod 只从一个固定的子网拿 ip',
    expect: 'terway-fixed-pod-cidr',
    kind: 'synonym',
  },
  {
    q: 'flannel 集群 pod 里 curl 自己所属的 svc 时好时坏，经常 timeout，别的 pod 访问同一个 svc 一直正常',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: 'terway 的 pod 刚 Running 那几秒连不上下游，过一会自己就好了，启动时就连数据库的应用直接挂掉重启好几次',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: '容器里域名解析偶尔失败，隔一阵就来一次，卡 5 秒左右，重试一下又好了，coredns 日志和监控都看不出问题',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: 'terway 开了 datapathv2 之后 pod 访问 service 不通，节点上 ipvsadm -Ln 看规则都对，节点上 tcpdump 也抓不到 pod 的包，是压根不走 ipvs 吗',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'symptom',
  },
  {
    q: '集群开了 ipv6 双栈，可 kubectl get svc 出来的 CLUSTER-IP 全是 ipv4，service 没分到 ipv6 地址吗',
    expect: 'ipv6-clusterip-ipv4',
    kind: 'symptom',
  },
  {
    q: '控制台升级 terway 组件失败，错误码：eip pool is not supported',
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },
  {
    q: 'terway 集群怎么针对某一个 pod 抓包？节点上 tcpdump -i eth0 啥也看不到',
    expect: 'terway-packet-capture',
    kind: 'howto',
  },
  {
    q: 'terway 共享 eni 模式下一个节点最多能跑多少个 pod，ecs.g6.xlarge 这种规格怎么算',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: 'ack 集群里能不能自己再装个 calico 或者 cilium 来做 networkpolicy',
    expect: 'third-party-network-plugins',
    kind: 'howto',
  },
  {
    q: '准备新建一个 ack 集群，vpc 是 10.0.0.0/8，pod 网段和 service 网段该怎么选才不冲突，以后也不用返工',
    expect: 'plan-cluster-cidrs',
    kind: 'howto',
  },
];
