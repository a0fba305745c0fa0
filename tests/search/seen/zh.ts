import type { Query } from '../types.ts';

/** Chinese search-evaluation queries, written as the held-out part (25) of the second round; read after it, so now part of development. */
export const queries: readonly Query[] = [
  {
    q: `$ kubectl get pod -n mall -o wide | grep -v Running
NAME                          READY   STATUS              RESTARTS   AGE   IP       NODE                      NOMINATED NODE   READINESS GATES
cart-svc-84c6f7d9b-5qwzm      0/1     ContainerCreating   0          11m   <none>   cn-shenzhen.172.18.6.33   <none>           <none>
cart-svc-84c6f7d9b-hx7r2      0/1     ContainerCreating   0          11m   <none>   cn-shenzhen.172.18.6.34   <none>           <none>
# SLS 里 terway 容器的日志：
{"level":"info","ts":"2024-11-30T06:40:11.902+0800","logger":"eni","msg":"try to allocate ip","pod":"mall/cart-svc-84c6f7d9b-5qwzm"}
{"level":"error","ts":"2024-11-30T06:40:12.317+0800","logger":"eni","msg":"assign private ip failed","eni":"eni-wz9d3k8x2m5q7w1e4r6t","error":"Aliyun API Error: RequestId: 5B0F2C7E-31AA-4D9C-9E0B-7A6C1D2E3F40 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-wz9h1k3m5n7p9r2t4v6x\\" has not enough IpAddress.","vsw":"vsw-wz9h1k3m5n7p9r2t4v6x"}
{"level":"info","ts":"2024-11-30T06:40:12.318+0800","logger":"pool","msg":"backoff","duration":"4s"}`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: '已经加了新子网进 terway 配置，老节点的 pod 还是拿不到 ip，看了下 ecs 上弹性网卡已经挂到规格上限了',
    expect: 'vswitch-added-no-pod-ip',
    kind: 'synonym',
  },
  {
    q: `2024-11-30 11:42:03,118 ERROR [celery-worker-3] db.pool: connect failed
psycopg2.OperationalError: connection to server at "pgm-bp1x9k3m5q7w2e4r.pg.rds.aliyuncs.com" (172.16.200.15), port 5432 failed: FATAL:  no pg_hba.conf entry for host "172.16.96.41", user "app", database "orders", SSL on
# RDS 白名单加的是 terway 的两个 pod vsw：172.16.32.0/20、172.16.48.0/20
$ kubectl get pod -n worker -o wide | head -4
NAME                         READY   STATUS    RESTARTS   AGE   IP             NODE                      NOMINATED NODE   READINESS GATES
celery-7c9d8f6b5-2kq8m       1/1     Running   0          3h    172.16.96.41   cn-hangzhou.172.16.0.58   <none>           <none>
celery-7c9d8f6b5-b4z9x       1/1     Running   0          3h    172.16.33.102  cn-hangzhou.172.16.0.12   <none>           <none>`,
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'paste',
  },
  {
    q: `$ kubectl version --short 2>/dev/null | grep Server
Server Version: v1.18.8-aliyun.1
$ kubectl get events -n batch --field-selector reason=FailedCreatePodSandBox | tail -n 2
LAST SEEN   TYPE      REASON                   OBJECT                         MESSAGE
41s         Warning   FailedCreatePodSandBox   pod/sync-cron-28871470-4wz7k   Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "0b7e1f" network for pod "sync-cron-28871470-4wz7k": networkPlugin cni failed to set up pod "sync-cron-28871470-4wz7k_batch" network: failed to allocate for range 0: no IP addresses available in range set: 172.20.7.1-172.20.7.126
# 这台节点上基本只跑 cronjob（每分钟一次，跑几秒就退出），kubectl 看节点上就 9 个 pod`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: 'flannel 节点 podCIDR 是 /26，上面已经跑了 60 多个 pod，再调度上来的就报 no IP addresses available in range set',
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'symptom',
  },
  {
    q: `$ kubectl describe node cn-shanghai.10.8.3.120 | sed -n '/^Taints/p;/NetworkUnavailable/p;/^Events/,$p'
Taints:             node.kubernetes.io/network-unavailable:NoSchedule
  NetworkUnavailable   True    Sat, 30 Nov 2024 09:02:11 +0800   Sat, 30 Nov 2024 09:02:11 +0800   NoRouteCreated               RouteController failed to create a route
Events:
  Type     Reason             Age                 From              Message
  ----     ------             ----                ----              -------
  Normal   Starting           22m                 kubelet           Starting kubelet.
  Normal   NodeReady          21m                 kubelet           Node cn-shanghai.10.8.3.120 status is now: NodeReady
  Warning  CreateRouteFailed  2m (x11 over 21m)   route_controller  Could not create route for node cn-shanghai.10.8.3.120 (172.20.9.0/25): QuotaExceeded.RouteEntry: Route entry quota exceeded in this route table
# 新扩的节点，pod 一直调度不上去`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: 'VPC 里除了系统路由表还新建了一张自定义路由表，flannel 集群的 cloud-controller-manager 要不要配多路由表，cloud-config 怎么改',
    expect: 'ccm-multiple-route-tables',
    kind: 'howto',
  },
  {
    q: 'flanel 集群新扩的 worker 上 pod ping 不通别的节点的 pod，有没有完整的排查思路',
    expect: 'flannel-new-node-no-network',
    kind: 'typo',
  },
  {
    q: `/ # nslookup www.aliyun.com
;; connection timed out; no servers could be reached

[root@iZ2ze8k3x9m1q5w7e2r4t6Z ~]# docker version --format '{{.Server.Version}}'
19.03.15
[root@iZ2ze8k3x9m1q5w7e2r4t6Z ~]# iptables -S FORWARD | head -n 1
-P FORWARD DROP
[root@iZ2ze8k3x9m1q5w7e2r4t6Z ~]# kubectl get pods -n kube-system -l k8s-app=kube-dns -o wide
NAME                       READY   STATUS    RESTARTS   AGE   IP            NODE
coredns-6d4b75cb6d-x7k2p   1/1     Running   0          12d   172.20.1.14   cn-beijing.192.168.0.21
coredns-6d4b75cb6d-m2p8v   1/1     Running   0          12d   172.20.2.9    cn-beijing.192.168.0.22`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: 'coredns 升级完大概 5 分钟内接口 rt 飙高、dns timeout，过后自己恢复，kube-proxy 是 ipvs 模式',
    expect: 'ipvs-udp-timeout-dns',
    kind: 'symptom',
  },
  {
    q: `$ kubectl -n kube-system edit cm coredns   # 只把 cache 30 改成了 60，顺手贴了个旧模板
configmap/coredns edited
$ kubectl -n kube-system logs -l k8s-app=kube-dns --prefix --since=5m | grep -E 'Reloading|reload|Restart failed'
[pod/coredns-7b5c8d6f9d-4kq2m/coredns] [INFO] Reloading
[pod/coredns-7b5c8d6f9d-4kq2m/coredns] [ERROR] Restart failed: /etc/coredns/Corefile:9 - Error during parsing: unknown property 'upstream'
[pod/coredns-7b5c8d6f9d-4kq2m/coredns] [ERROR] plugin/reload: Corefile changed but reload failed: starting with listener file descriptors: /etc/coredns/Corefile:9 - Error during parsing: unknown property 'upstream'
[pod/coredns-7b5c8d6f9d-tx8vn/coredns] [INFO] Reloading`,
    expect: 'coredns-cache',
    kind: 'paste',
  },
  {
    q: 'terway 新增的 pod 子网没有公网出口，nat 网关上是不是要给这个子网单独加 snat 条目',
    expect: 'terway-vswitch-snat',
    kind: 'synonym',
  },
  {
    q: 'pod 明明有 ipv6 地址，但走 ipv6 访问外网就是不通，需要开 ipv6 网关吗',
    expect: 'ipv6-no-internet-egress',
    kind: 'symptom',
  },
  {
    q: `# 集群内从别的 pod 访问：
$ kubectl exec -it toolbox-6c9d7f8b5-mz2qk -- curl -g -sS -m 5 -o /dev/null -w '%{http_code}\\n' "http://[2408:4005:3a1:8e00::5c]:80/"
200
# 从办公网（有 ipv6）访问同一个地址：
➜  ~ curl -g -sS -m 5 -o /dev/null -w '%{http_code}\\n' "http://[2408:4005:3a1:8e00::5c]:80/"
curl: (28) Failed to connect to 2408:4005:3a1:8e00::5c port 80 after 5001 ms: Timeout was reached
000`,
    expect: 'ipv6-internet-unreachable-bandwidth',
    kind: 'paste',
  },
  {
    q: '怎么确认 terwya 开的是 datapathv2 还是 ipvlan，eniip_virtaul_type 在哪个 configmap 里',
    expect: 'terway-identify-datapath',
    kind: 'typo',
  },
  {
    q: 'terway v1.8.0 以后新建集群勾选 ipvlan，默认就是 datapath v2 了吗？老的 ipvlan 集群会自动切过去吗',
    expect: 'terway-datapathv2',
    kind: 'howto',
  },
  {
    q: 'Nov 30 14:21:09 iZbp1gq3x7m2k9w4e6r8tZ kernel: nf_conntrack: nf_conntrack: table full, dropping packet',
    expect: 'conntrack-table-full',
    kind: 'error',
  },
  {
    q: `# node 服务偶发报错，同一个域名重试马上就好，大概几十分钟一次
Error: getaddrinfo EAI_AGAIN user-center.prod.svc.cluster.local
    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26) {
  errno: -3001,
  code: 'EAI_AGAIN',
  syscall: 'getaddrinfo',
  hostname: 'user-center.prod.svc.cluster.local'
}
[root@cn-hangzhou.192.168.0.21 ~]# conntrack -S | grep -o 'insert_failed=[0-9]*'
insert_failed=18231
insert_failed=17904
insert_failed=19117
insert_failed=18650`,
    expect: 'dns-single-request-reopen',
    kind: 'paste',
  },
  {
    q: '-A KUBE-SERVICES -d 172.21.7.33/32 -p tcp -m comment --comment "prod/order-svc:http has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
    expect: 'service-unreachable-endpoints',
    kind: 'error',
  },
  {
    q: `time="2024-11-30T07:18:44.512938117+08:00" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:api-5f8c7d9b6-qx2lm,Uid:9e1d,Namespace:prod,Attempt:0,} failed, error" error="failed to setup network for sandbox \\"7a3c\\": plugin type=\\"terway\\" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:1a:2b:3c: not found"`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'error',
  },
  {
    q: 'terway ipvlan 集群里 pod 访问本集群 LoadBalancer 类型 service 的外部 ip 不通，集群外访问这个 slb 是好的',
    expect: 'terway-in-cluster-loadbalance',
    kind: 'symptom',
  },
  {
    q: 'ENI 多 IP 模式下单节点 pod 上限是不是（弹性网卡数 − 1）× 单网卡私网 ip 数？小规格 ecs 只能放十几个 pod',
    expect: 'terway-max-pods',
    kind: 'synonym',
  },
  {
    q: 'plugin flannel does not support config version ""',
    expect: 'flannel-cniversion-notready',
    kind: 'error',
  },
  {
    q: 'ipvsdam -Ln -c 看到 TCP 会话 expire 14:52，ipvs 会话默认保持多久，长连接 keepalive 该设多少',
    expect: 'ipvs-session-keepalive',
    kind: 'typo',
  },
  {
    q: `$ kubectl -n monitoring logs prometheus-operator-6b9f7c8d5-7xw2q --tail=3
level=error ts=2024-11-30T02:14:09.118Z caller=klog.go:116 component=k8s_client_runtime func=ErrorDepth msg="pkg/mod/k8s.io/client-go@v0.26.1/tools/cache/reflector.go:169: Failed to watch *v1.Service: failed to list *v1.Service: Get \\"https://172.21.0.1:443/api/v1/services?limit=500&resourceVersion=0\\": dial tcp 172.21.0.1:443: i/o timeout"
level=error ts=2024-11-30T02:14:39.120Z caller=klog.go:116 component=k8s_client_runtime func=ErrorDepth msg="Failed to watch *v1.Endpoints: dial tcp 172.21.0.1:443: i/o timeout"
$ kubectl get endpoints kubernetes -n default
NAME         ENDPOINTS   AGE
kubernetes   <none>      96d`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
];
