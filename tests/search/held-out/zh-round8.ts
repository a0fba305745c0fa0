import type { Query } from '../types.ts';

/** Chinese search-evaluation queries, held-out part (50) of the eighth round, written 2026-12-01 without looking at the search: scored, never tuned against. */
export const queries: readonly Query[] = [
  // ---------------------------------------------------------------- multi-line pastes (15)
  {
    q: `order-api 扩容之后新 pod 一直 ContainerCreating，只集中在 zone-j 的几台节点上
$ kubectl describe pod -n prod order-api-5f8c9d7b6-h2xkq | tail -6
Events:
  Type     Reason                  Age                    From               Message
  ----     ------                  ----                   ----               -------
  Normal   Scheduled               4m12s                  default-scheduler  Successfully assigned prod/order-api-5f8c9d7b6-h2xkq to cn-hangzhou.10.0.3.41
  Warning  AllocIPFailed           3m58s (x9 over 4m10s)  terway-daemon      Alloc IP 10.0.3.41/prod/order-api-5f8c9d7b6-h2xkq failed, retrying
  Warning  FailedCreatePodSandBox  3m40s (x7 over 4m9s)   kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "0c7d1e9a44f2": plugin type="terway" failed (add): cmdAdd: error alloc ip rpc error: code = DeadlineExceeded
$ kubectl -n kube-system logs terway-eniip-7qzkd -c terway --tail=6
time="2026-11-28T03:14:07Z" level=info msg="resource pool size" eni=3 idle=0 inuse=29
time="2026-11-28T03:14:07Z" level=info msg="alloc ip for pod" pod=prod/order-api-5f8c9d7b6-h2xkq
time="2026-11-28T03:14:08Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 7C1E3A52-9B0D-4F7E-A1C2-88D0E4B1F6A9 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1k9x2m7q4r8t0yz3abc\\" has not enough IpAddress., retrying"
time="2026-11-28T03:14:10Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 0A55B7C3-6E1F-4D2A-9B8C-3F4E5D6A7B8C Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1k9x2m7q4r8t0yz3abc\\" has not enough IpAddress., retrying"
time="2026-11-28T03:14:13Z" level=info msg="gc pool" idle=0`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `j 区 pod 交换机满了，昨天新建了 vsw-bp1q2w3e4r5t6y7u8i9o0 加进 PodVswitchId，terway 也 rollout restart 过了。新扩的节点正常，老节点上还是起不来：
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-hangzhou.10.0.3.17 | grep ContainerCreating
prod   payment-worker-7d9f6c5b8-qx4lm   0/1   ContainerCreating   0     17m   <none>   cn-hangzhou.10.0.3.17   <none>   <none>
prod   payment-worker-7d9f6c5b8-z8wnr   0/1   ContainerCreating   0     17m   <none>   cn-hangzhou.10.0.3.17   <none>   <none>
prod   risk-engine-66b8d4f7c9-l2pvd     0/1   ContainerCreating   0     9m    <none>   cn-hangzhou.10.0.3.17   <none>   <none>
$ kubectl describe pod -n prod payment-worker-7d9f6c5b8-qx4lm | tail -5
Events:
  Type     Reason                  Age                 From               Message
  ----     ------                  ----                ----               -------
  Normal   Scheduled               17m                 default-scheduler  Successfully assigned prod/payment-worker-7d9f6c5b8-qx4lm to cn-hangzhou.10.0.3.17
  Warning  AllocIPFailed           61s (x41 over 17m)  terway-daemon      Alloc IP failed: no eni can handle the allocation`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `这台上周机房断电重启过，之后新 pod 就起不来了
  Warning  FailedCreatePodSandBox  2m3s (x27 over 14m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "a91c3e07b25d4f": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.30.34.129-172.30.34.190
  Normal   SandboxChanged          2m2s (x27 over 14m)  kubelet  Pod sandbox changed, it will be killed and re-created.
[root@iZ2zeb7c1k9d0x3qf8h4ayZ ~]# ls /var/lib/cni/networks/cb0/ | wc -l
64
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-beijing.172.16.8.23 --no-headers | grep -v Completed | wc -l
14`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `flannel 集群，早上扩了两台节点，新 pod 全 Pending
$ kubectl describe pod web-6c9d8f7b5-4tqzn -n shop | tail -4
Events:
  Type     Reason            Age                  From               Message
  ----     ------            ----                 ----               -------
  Warning  FailedScheduling  2m31s (x6 over 28m)  default-scheduler  0/8 nodes are available: 2 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 6 Insufficient cpu. preemption: 0/8 nodes are available: 2 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod.
$ kubectl get nodes
NAME                     STATUS   ROLES    AGE   VERSION
cn-shanghai.10.20.1.31   Ready    <none>   41d   v1.28.9-aliyun.1
cn-shanghai.10.20.1.32   Ready    <none>   41d   v1.28.9-aliyun.1
cn-shanghai.10.20.1.77   Ready    <none>   31m   v1.28.9-aliyun.1
cn-shanghai.10.20.1.78   Ready    <none>   31m   v1.28.9-aliyun.1`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `网络组上周在我们 VPC 里新建了一张自定义路由表给专线用，之后 flannel 集群加的节点都不太对
$ kubectl get events -A --field-selector reason=SyncRouteFailed -o custom-columns=LAST:.lastTimestamp,TYPE:.type,MSG:.message
LAST                   TYPE      MSG
2026-11-30T06:12:44Z   Warning   Reconciling route error: multiple route tables found by vpc id[vpc-uf6d3k9x1m2n4p5q7r8s], length(tables)=2
2026-11-30T06:17:44Z   Warning   Reconciling route error: multiple route tables found by vpc id[vpc-uf6d3k9x1m2n4p5q7r8s], length(tables)=2
2026-11-30T06:22:45Z   Warning   Reconciling route error: multiple route tables found by vpc id[vpc-uf6d3k9x1m2n4p5q7r8s], length(tables)=2`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `{"level":"error","ts":"2026-11-30T08:41:22.913+0800","caller":"db/conn.go:88","msg":"dial failed","addr":"mysql-primary.db.svc.cluster.local:3306","error":"dial tcp: lookup mysql-primary.db.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.17:50122->172.21.0.10:53: i/o timeout"}
{"level":"info","ts":"2026-11-30T08:41:23.001+0800","caller":"server/http.go:41","msg":"GET /healthz 200","latency":"0.3ms"}
{"level":"error","ts":"2026-11-30T08:41:27.915+0800","caller":"notify/wx.go:52","msg":"push failed","error":"Post \\"https://api.weixin.qq.com/cgi-bin/message/send\\": dial tcp: lookup api.weixin.qq.com on 172.21.0.10:53: read udp 172.20.3.17:41877->172.21.0.10:53: i/o timeout"}
$ kubectl -n kube-system get pod | grep coredns
coredns-6d4b75cb6d-x7k2p   1/1     Running   0          3d2h
coredns-6d4b75cb6d-r5n8w   1/1     Running   0          3d2h
$ kubectl -n kube-system get ep kube-dns
NAME       ENDPOINTS   AGE
kube-dns   <none>      213d`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `下午在组件管理里把 CoreDNS 升了个小版本，之后 4、5 分钟里好几个服务接口大量超时，什么都没动又自己恢复了。kube-proxy 是 ipvs 模式
$ kubectl -n kube-system get pod -l k8s-app=kube-dns
NAME                       READY   STATUS    RESTARTS   AGE
coredns-7f9c4d5b8-hq2zt    1/1     Running   0          6m
coredns-7f9c4d5b8-wm7kx    1/1     Running   0          5m
应用日志：
2026-11-30 14:02:11.482 WARN  [gateway,8f2c1e7a9b3d] lookup inventory.prod.svc.cluster.local on 172.21.0.10:53: read udp 172.20.5.33:38814->172.21.0.10:53: i/o timeout
2026-11-30 14:03:40.101 WARN  [gateway,1b9e0f3c22aa] lookup user-center.prod.svc.cluster.local on 172.21.0.10:53: read udp 172.20.5.33:60211->172.21.0.10:53: i/o timeout
2026-11-30 14:05:02.377 ERROR [cron-sync] nslookup oss-cn-hangzhou-internal.aliyuncs.com: ;; connection timed out; no servers could be reached
2026-11-30 14:06:58.774 INFO  [gateway,77d0aa4e51c2] GET /api/v2/stock 200 31ms`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: `网关这两天晚高峰一直 504，只有其中两台节点上的 pod 有问题
[root@iZuf6h3k2m9x1c0v7b5n4aZ ~]# dmesg -T | tail -n 9
[Sun Nov 30 20:21:07 2026] IPVS: rr: TCP 172.21.4.19:80 - no destination available
[Sun Nov 30 20:21:33 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 20:21:33 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 20:21:38 2026] net_ratelimit: 214 callbacks suppressed
[Sun Nov 30 20:21:38 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 20:21:44 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 20:22:01 2026] IPv6: ADDRCONF(NETDEV_UP): cali7e2a91f04b3: link is not ready
[Sun Nov 30 20:22:05 2026] net_ratelimit: 389 callbacks suppressed
[Sun Nov 30 20:22:05 2026] nf_conntrack: nf_conntrack: table full, dropping packet`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `已经 40 分钟了还是这样，别的节点上同一个 deployment 的 pod 都起来了
$ kubectl describe pod -n ai infer-svc-5b7c9d8f6-tx4qm
...
Events:
  Type     Reason                  Age                  From               Message
  ----     ------                  ----                 ----               -------
  Normal   Scheduled               41m                  default-scheduler  Successfully assigned ai/infer-svc-5b7c9d8f6-tx4qm to cn-shenzhen.172.18.2.65
  Warning  FailedCreatePodSandBox  40m                  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9e41c0b2d7aa51": plugin type="terway" name="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:0c:5a:7f: not found
  Normal   SandboxChanged          39m (x2 over 40m)    kubelet            Pod sandbox changed, it will be killed and re-created.
  Warning  FailedCreatePodSandBox  2m17s (x38 over 39m) kubelet            (combined from similar events): Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "5c2f8a1d93be07": plugin type="terway" name="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:0c:5a:7f: not found`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'paste',
  },
  {
    q: `自己用 kubeadm 搭的测试集群，按官网 kube-flannel.yml apply 完 flannel 起不来
$ kubectl get pod -A -o wide | grep kube-flannel-ds
kube-flannel   kube-flannel-ds-8x2kp   0/1   Init:CrashLoopBackOff   7 (2m11s ago)   14m   10.10.0.21   k8s-node21   <none>   <none>
kube-flannel   kube-flannel-ds-m4t7q   0/1   Init:CrashLoopBackOff   7 (1m50s ago)   14m   10.10.0.22   k8s-node22   <none>   <none>
kube-flannel   kube-flannel-ds-zq9wd   1/1   Running                 0               14m   10.10.0.11   k8s-master   <none>   <none>
$ kubectl -n kube-flannel logs kube-flannel-ds-8x2kp -c install-cni
cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'paste',
  },
  {
    q: `集群升级完所有节点都 NotReady 了，之前有同事手动换过 flannel 镜像
[root@iZ8vb5d2k1m0n9x7c3z4qeZ ~]# journalctl -u kubelet -n 6 --no-pager
Nov 30 09:12:41 iZ8vb5d2k1m0n9x7c3z4qeZ kubelet[1187]: W1130 09:12:41.221390    1187 cni.go:202] Error validating CNI config list {"name":"cb0","plugins":[{"type":"flannel","delegate":{"isDefaultGateway":true}},{"type":"portmap","capabilities":{"portMappings":true}}]}: plugin flannel does not support config version ""
Nov 30 09:12:41 iZ8vb5d2k1m0n9x7c3z4qeZ kubelet[1187]: W1130 09:12:41.221455    1187 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d
Nov 30 09:12:44 iZ8vb5d2k1m0n9x7c3z4qeZ kubelet[1187]: E1130 09:12:44.870112    1187 kubelet.go:2183] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized
Nov 30 09:12:46 iZ8vb5d2k1m0n9x7c3z4qeZ kubelet[1187]: I1130 09:12:46.004821    1187 kubelet_node_status.go:71] Attempting to register node cn-zhangjiakou.192.168.3.14`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n platform logs backup-operator-7b4d9c6f5-kq8zn --tail=5
I1130 07:45:10.118204       1 leaderelection.go:250] attempting to acquire leader lease platform/backup-operator-lock...
W1130 07:45:12.338711       1 reflector.go:539] pkg/mod/k8s.io/client-go@v0.28.4/tools/cache/reflector.go:229: failed to list *v1.ConfigMap: configmaps is forbidden: User "system:serviceaccount:platform:backup-operator" cannot list resource "configmaps" in API group "" at the cluster scope
E1130 07:45:12.339021       1 reflector.go:147] pkg/mod/k8s.io/client-go@v0.28.4/tools/cache/reflector.go:229: Failed to watch *v1.ConfigMap: failed to list *v1.ConfigMap: configmaps is forbidden: User "system:serviceaccount:platform:backup-operator" cannot list resource "configmaps" in API group "" at the cluster scope
I1130 07:45:15.002377       1 controller.go:118] "Waiting for caches to sync" controller="backup"`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
  {
    q: `双栈集群，nginx 的 default.conf 是用 configmap 挂进去的
$ kubectl logs web-frontend-84d6b9c7f-2wzxk | head -5
/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)
/docker-entrypoint.sh: Configuration complete; ready for start up
$ kubectl exec -it toolbox-0 -- curl -sS -m 5 -o /dev/null -w '%{http_code}' http://10.12.3.44/
200
$ kubectl exec -it toolbox-0 -- curl -g -sS -m 5 "http://[2408:4005:3a1:7b00:8e21::1c]:80/"
curl: (7) Failed to connect to 2408:4005:3a1:7b00:8e21::1c port 80 after 0 ms: Couldn't connect to server
command terminated with exit code 7`,
    expect: 'ipv6-app-not-listening',
    kind: 'paste',
  },
  {
    q: `[root@iZ2ze4f7g8h9j0k1l2m3nZ ~]# curl -m 3 http://172.21.9.44/healthz
curl: (7) Failed to connect to 172.21.9.44 port 80: Connection refused
[root@iZ2ze4f7g8h9j0k1l2m3nZ ~]# curl -m 3 http://10.3.2.17:8080/healthz
ok
[root@iZ2ze4f7g8h9j0k1l2m3nZ ~]# kubectl get ep -n pay checkout
NAME       ENDPOINTS                       AGE
checkout   10.3.2.17:8080,10.3.4.9:8080    9d
[root@iZ2ze4f7g8h9j0k1l2m3nZ ~]# ipvsadm -Ln -t 172.21.9.44:80
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.9.44:80 rr
[root@iZ2ze4f7g8h9j0k1l2m3nZ ~]# kubectl -n kube-system logs kube-proxy-worker-m2x7p --tail=3
E1130 10:02:17.551209       1 proxier.go:1568] "Failed to sync endpoint for service" servicePortName="pay/checkout:http" virtualServer="172.21.9.44:80/TCP" err="..."
I1130 10:02:17.551388       1 proxier.go:852] "SyncProxyRules complete" elapsed="41.8ms"`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: `长连接负载不均，按文档把 kube-proxy-worker 里 ipvs scheduler 改成 lc 了，先删了一个节点的 kube-proxy 试，新 pod 起不来
$ kubectl -n kube-system get pod -o wide | grep kube-proxy
kube-proxy-worker-5hx8z   0/1   CrashLoopBackOff   4 (38s ago)   3m12s   192.168.0.12   cn-hangzhou.192.168.0.12   <none>   <none>
kube-proxy-worker-9qk2d   1/1   Running            0             52d     192.168.0.13   cn-hangzhou.192.168.0.13   <none>   <none>
$ kubectl -n kube-system logs kube-proxy-worker-5hx8z --previous | tail -3
I1130 11:20:03.104417       1 server_linux.go:169] "Using ipvs Proxier"
E1130 11:20:03.120871       1 run.go:74] "command failed" err="can't use the IPVS proxier: IPVS proxier will not be used because the following required kernel modules are not loaded: [ip_vs_lc]"`,
    expect: 'ipvs-scheduler-long-connections',
    kind: 'paste',
  },

  // ---------------------------------------------------------------- single pasted error lines (5)
  {
    q: '2026-11-30 15:32:08 组件升级失败 terway-eniip v1.2.6 -> v1.13.2 错误码: eip pool is not supported RequestId: 3D8A6F1C-2B7E-4C90-9E5D-71A0B8C4F2E6',
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },
  {
    q: 'F1130 03:22:17.004512       1 server.go:270] unrecognized feature gate: IPv6DualStack   (kube-proxy-worker-7tq4n 一直 CrashLoopBackOff)',
    expect: 'kube-proxy-config',
    kind: 'error',
  },
  {
    q: 'error: error executing jsonpath "{.status.podIPs[1].ip}": Error executing template: array index out of bounds: index 1, length 1. Printing more information for debugging the template:',
    expect: 'ipv6-pod-ip-ipv4-only',
    kind: 'error',
  },
  {
    q: '-A KUBE-SERVICES -d 172.21.14.201/32 -p tcp -m comment --comment "shop/cart-svc:http has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
    expect: 'service-unreachable-endpoints',
    kind: 'error',
  },
  {
    q: '[root@k8s-node02 ~]# sysctl -p   sysctl: cannot stat /proc/sys/net/bridge/bridge-nf-call-iptables: No such file or directory',
    expect: 'cni-misconfiguration',
    kind: 'error',
  },

  // ---------------------------------------------------------------- colloquial symptoms (15)
  {
    q: 'terway 集群里有几台节点是从老集群直接移过来的，上面 pod 拿到的 IP 不在 PodVswitchId 配的那几个交换机网段里，RDS 白名单是按交换机网段加的，这几台的 pod 连库被拒',
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'symptom',
  },
  {
    q: '上周 pod ip 不够用，在 j 区又建了个交换机加到 terway 配置里，之后有一部分 pod 调第三方接口超时，节点上 curl 好的，老 pod 也正常',
    expect: 'terway-vswitch-snat',
    kind: 'symptom',
  },
  {
    q: '业务从老的 flannel 集群搬到新建的 terway 集群，DNS 切过去以后容器里访问外网全超时。node 绑了 EIP，在 node 上 ping 114 是通的，老集群同样配置一点问题没有',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: '双栈集群 pod 有 v6 地址，curl -6 访问外面的站点一直超时，走 v4 出公网是好的',
    expect: 'ipv6-no-internet-egress',
    kind: 'symptom',
  },
  {
    q: 'pod 的 ipv6 地址集群里其他 pod curl 都正常，从公司外面有 ipv6 的机器访问同一个地址就连不上，是还要开什么吗',
    expect: 'ipv6-internet-unreachable-bandwidth',
    kind: 'symptom',
  },
  {
    q: 'flannel 集群，服务自己通过自己的 service 名调自己的接口超时，其他 pod 调它都正常；单副本的时候全挂，扩到 3 副本变成时好时坏',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: '节点上还有个 docker-compose 起的老 redis 没迁进 k8s，换成 terway 之后同一台机器上的 pod 连 节点IP:6379 超时，ping 节点是通的，别的节点上的 pod 连它没问题',
    expect: 'terway-docker-container-ports',
    kind: 'symptom',
  },
  {
    q: 'terway 集群 pod 刚 Running 的头几秒连不上数据库，应用启动检查依赖直接失败重启，重启一两次后就好了',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: 'pod 里 DNS 大部分时候正常，偶尔有一次请求卡 5 秒然后解析失败，重试立马就好，跟哪个 coredns 实例没关系，coredns 看着也很健康，qps 越高越频繁',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: '容器里解析 rds 连接地址比在 ECS 上慢很多，coredns 开了 log 一看，一个域名前面先拼着 .default.svc.cluster.local 之类的查了好几遍才查原名',
    expect: 'dns-ndots-search-domains',
    kind: 'symptom',
  },
  {
    q: 'flannel 集群刚扩了两个节点，node 已经 Ready，污点也没了，但调度上去的 pod 访问其他节点的 pod 不通，老节点都好好的，应该按什么顺序查',
    expect: 'flannel-new-node-no-network',
    kind: 'symptom',
  },
  {
    q: 'flannel 容器里 ping 部分 ECS 不通 其他的正常 路由看过了',
    expect: 'flannel-ping-ecs-security-group',
    kind: 'symptom',
  },
  {
    q: '客户端经过 service 连后端的 tcp 长连接，闲置 15 分钟以上再发数据就卡住或者被 reset，两边 socket 都还在，kube-proxy 用的 ipvs',
    expect: 'ipvs-session-keepalive',
    kind: 'symptom',
  },
  {
    q: 'flannel 集群里一台大规格节点上已经跑了 120 多个 pod，再往这台调度的新 pod 都分不到 IP，别的节点正常，这台能不能多给点 IP',
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'symptom',
  },
  {
    q: '跨节点 pod 之间 ping 不通，同一台节点上的都能通，出问题的总是 10.0.5.x 那两台，去 VPC 控制台对了一下路由表，这两台的 podCIDR 没有对应的路由条目',
    expect: 'pod-routes-missing',
    kind: 'symptom',
  },

  // ---------------------------------------------------------------- other words / typos / keys (8)
  {
    q: '我们集群 terway 到底跑的是哪种，是一个 pod 独占一块网卡的那种，还是多个 pod 共用网卡、一张网卡多个 IP 的那种，怎么确认',
    expect: 'terway-identify-eni-mode',
    kind: 'synonym',
  },
  {
    q: 'eniip_virutal_type 在哪看 想判断有没有开 datapathv2 加速',
    expect: 'terway-identify-datapath',
    kind: 'typo',
  },
  {
    q: 'corends cahce 30 想改成 60 上游 dns 扛不住',
    expect: 'coredns-cache',
    kind: 'typo',
  },
  {
    q: 'terawy ipvlan 老集群 in-cluster-loadbalance 怎么打开，pod 访问 slb 地址会绕到集群外面',
    expect: 'terway-in-cluster-loadbalance',
    kind: 'typo',
  },
  {
    q: '双栈 svc 用 v6 的 VIP 访问不通，v4 的 VIP 正常，后端 pod 都 running',
    expect: 'ipv6-clusterip-unreachable',
    kind: 'synonym',
  },
  {
    q: '开了 dual stack 的集群，get svc 看服务的虚拟 IP 只有一个 v4 的，没分到 v6 VIP',
    expect: 'ipv6-clusterip-ipv4',
    kind: 'synonym',
  },
  {
    q: 'terway-confg=eni-config-fixd 这个节点标签怎么配，想让一批 pod 固定从一个子网拿 IP 方便给 rds 加白',
    expect: 'terway-fixed-pod-cidr',
    kind: 'typo',
  },
  {
    q: 'terway pod 子网地址分完了，新 pod 拿不到地址，能在同一个可用区再加一个子网吗',
    expect: 'vswitch-ip-exhausted',
    kind: 'synonym',
  },

  // ---------------------------------------------------------------- how-to and concept (7)
  {
    q: 'terway 共享 eni 模式下 ecs.g7.xlarge 一台最多能放多少个 pod，怎么算',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: '新建 ACK 集群网络插件选 terway 还是 flannel？要用 networkpolicy，机器大多是小规格的测试机',
    expect: 'choose-terway-or-flannel',
    kind: 'howto',
  },
  {
    q: '现网的 flannel 集群能不能原地切成 terway，不想重建',
    expect: 'switch-network-plugin',
    kind: 'howto',
  },
  {
    q: '建集群的时候 service 网段给小了，建好之后还能扩吗',
    expect: 'change-cidr-after-creation',
    kind: 'howto',
  },
  {
    q: 'terway 集群想针对某一个 pod 抓包，tcpdump 应该在节点的哪块网卡上抓',
    expect: 'terway-packet-capture',
    kind: 'howto',
  },
  {
    q: '开了 DataPathv2 之后 pod 访问 service 还走 ipvs 吗？节点上 ipvsadm -Lnc 看不到这些连接',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'howto',
  },
  {
    q: 'DataPath V2 跟原来的 IPvlan+eBPF 是什么关系，现在新建集群勾 IPvlan 用的是哪个',
    expect: 'terway-datapathv2',
    kind: 'howto',
  },
];
