import type { Query } from '../types.ts';

/** English search-evaluation queries, held-out part (25) of the third round, written 2026-11-30 without looking at the search; read after it, so now part of development. */
export const queries: readonly Query[] = [
  {
    q: `$ kubectl get pod -n shop -o wide | grep -v Running
NAME                       READY   STATUS              RESTARTS   AGE   IP       NODE                     NOMINATED NODE   READINESS GATES
cart-api-7f9c6d8b5-2xkqp   0/1     ContainerCreating   0          14m   <none>   cn-hangzhou.10.12.4.23   <none>           <none>
cart-api-7f9c6d8b5-wm4zr   0/1     ContainerCreating   0          14m   <none>   cn-hangzhou.10.12.4.31   <none>           <none>
checkout-5c6b7d9f8-k2l9p   0/1     ContainerCreating   0          9m    <none>   cn-hangzhou.10.12.4.23   <none>           <none>
$ kubectl logs -n kube-system terway-eniip-8kd2f -c terway --tail=6
time="2026-11-30T03:41:12Z" level=info msg="cni add request" pod=shop/cart-api-7f9c6d8b5-2xkqp
time="2026-11-30T03:41:12Z" level=info msg="resource pool: idle=0 inuse=28 target=2"
time="2026-11-30T03:41:13Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 7C1E9A02-3F4B-5D61-A8E2-19B0C4D7F3A6 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1x8k2m9q0r7t5yzw3ab\\" has not enough IpAddress., retrying"
time="2026-11-30T03:41:15Z" level=info msg="cni add request" pod=shop/checkout-5c6b7d9f8-k2l9p
# everything already running keeps working, only new pods in zone h hang like this`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `Events:
  Type     Reason                  Age                 From               Message
  ----     ------                  ----                ----               -------
  Normal   Scheduled               9m                  default-scheduler  Successfully assigned prod/order-svc-6d8f7b9c4-qk7vn to cn-beijing.172.16.8.14
  Warning  AllocIPFailed           2m (x31 over 9m)    terway-daemon      alloc ip failed: no eni can handle the allocation
  Warning  FailedCreatePodSandBox  2m (x31 over 9m)    kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3f9a1c0d7e42b8a6": plugin type="terway" failed (add): cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded
  Normal   SandboxChanged          2m (x31 over 9m)    kubelet            Pod sandbox changed, it will be killed and re-created.

we already put vsw-2ze9k4m1x7c3v5b8n0q2w (4000+ free ips) into PodVswitchId and rolling-restarted terway yesterday. pods on the nodes from the new nodepool come up fine, the old nodes still sit in ContainerCreating`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `$ kubectl describe pod report-cron-29381460-x8wq2 -n batch | tail -6
Events:
  Type     Reason                  Age                From               Message
  ----     ------                  ----               ----               -------
  Normal   Scheduled               3m                 default-scheduler  Successfully assigned batch/report-cron-29381460-x8wq2 to cn-shenzhen.192.168.3.17
  Warning  FailedCreatePodSandBox  3m                 kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "a41c07e2b9d5f3e8": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.24.6.1-172.24.6.126
  Normal   SandboxChanged          3m (x12 over 3m)   kubelet            Pod sandbox changed, it will be killed and re-created.
$ kubectl get pod -A --field-selector spec.nodeName=cn-shenzhen.192.168.3.17 --no-headers | wc -l
14
# only 14 pods on that node?? started right after the ECS got rebooted by the maintenance event on sunday`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `$ kubectl get nodes
NAME                       STATUS   ROLES    AGE   VERSION
cn-hangzhou.192.168.0.21   Ready    <none>   96d   v1.28.9-aliyun.1
cn-hangzhou.192.168.0.22   Ready    <none>   96d   v1.28.9-aliyun.1
cn-hangzhou.192.168.0.41   Ready    <none>   12m   v1.28.9-aliyun.1
cn-hangzhou.192.168.0.42   Ready    <none>   12m   v1.28.9-aliyun.1
$ kubectl describe pod web-5b8d9c7f6-lm2xr | tail -4
Events:
  Type     Reason            Age                  From               Message
  ----     ------            ----                 ----               -------
  Warning  FailedScheduling  4m12s (x7 over 11m)  default-scheduler  0/9 nodes are available: 3 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 6 Insufficient cpu. preemption: 0/9 nodes are available: 3 Preemption is not helpful for scheduling, 6 No preemption victims found for incoming pod.
scaled the flannel node pool out by 3 for the sale, new nodes show Ready but nothing gets scheduled on them`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `$ kubectl get events -A --sort-by=.lastTimestamp | tail -5
kube-system   2m10s   Normal    Pulled            pod/kube-flannel-ds-9xk4t                 Container image "registry-cn-hangzhou-vpc.ack.aliyuncs.com/acs/flannel:v0.15.1.22-20a397e6-aliyun" already present on machine
kube-system   2m9s    Normal    Started           pod/kube-flannel-ds-9xk4t                 Started container kube-flannel
default       61s     Warning   SyncRouteFailed   service/kubernetes                        Reconciling route error: multiple route tables found by vpc id[vpc-bp1q2w3e4r5t6y7u8i9o0], length(tables)=2
kube-system   40s     Normal    ScalingReplicaSet deployment/metrics-server             Scaled up replica set metrics-server-6f8d7c9b5 to 1
default       1s      Warning   SyncRouteFailed   service/kubernetes                        Reconciling route error: multiple route tables found by vpc id[vpc-bp1q2w3e4r5t6y7u8i9o0], length(tables)=2
this keeps repeating every minute on our flannel cluster, what do I set so it stops`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n kube-system get pod -l k8s-app=kube-dns -o wide
NAME                       READY   STATUS    RESTARTS   AGE     IP          NODE
coredns-6d4b75cb6d-x7k2p   1/1     Running   0          3m5s    10.8.2.41   cn-shanghai.10.0.1.27
coredns-6d4b75cb6d-q9m4z   1/1     Running   0          2m40s   10.8.5.13   cn-shanghai.10.0.1.33
# app log right after we upgraded coredns from the console
{"level":"error","ts":"2026-11-30T09:12:03.441Z","caller":"pool/pool.go:88","msg":"dial failed","addr":"redis-master.cache.svc.cluster.local:6379","error":"dial tcp: lookup redis-master.cache.svc.cluster.local on 172.21.0.10:53: read udp 10.8.3.77:48213->172.21.0.10:53: i/o timeout"}
{"level":"info","ts":"2026-11-30T09:12:04.017Z","caller":"http/server.go:212","msg":"GET /api/v2/cart 200","latency_ms":4812}
{"level":"error","ts":"2026-11-30T09:12:09.903Z","caller":"pool/pool.go:88","msg":"dial failed","addr":"mysql-ro.db.svc.cluster.local:3306","error":"dial tcp: lookup mysql-ro.db.svc.cluster.local on 172.21.0.10:53: read udp 10.8.3.77:50121->172.21.0.10:53: i/o timeout"}
kube-proxy is ipvs. it fixes itself after ~5 minutes, exactly the same happened at the last upgrade`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: `/ # nslookup kubernetes.default
;; connection timed out; no servers could be reached

$ kubectl -n kube-system get svc,ep kube-dns
NAME               TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)                  AGE
service/kube-dns   ClusterIP   172.21.0.10   <none>        53/UDP,53/TCP,9153/TCP   212d

NAME                 ENDPOINTS   AGE
endpoints/kube-dns   <none>      212d
$ kubectl -n kube-system get deploy coredns
NAME      READY   UP-TO-DATE   AVAILABLE   AGE
coredns   0/0     0            0           212d
every pod in the cluster fails lookups since about 02:00, both svc names and public domains`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `$ kubectl get pod -n pay -o wide
NAME                            READY   STATUS    RESTARTS   AGE   IP            NODE
notify-worker-5f7d9b8c6-4hx2k   1/1     Running   0          2d    10.20.33.18   cn-hangzhou.10.20.0.14
notify-worker-5f7d9b8c6-r8vnm   1/1     Running   0          5h    10.20.96.7    cn-hangzhou.10.20.0.14
$ kubectl exec -n pay notify-worker-5f7d9b8c6-r8vnm -- ping -c 3 114.114.114.114
PING 114.114.114.114 (114.114.114.114): 56 data bytes

--- 114.114.114.114 ping statistics ---
3 packets transmitted, 0 packets received, 100% packet loss
command terminated with exit code 1
$ kubectl exec -n pay notify-worker-5f7d9b8c6-4hx2k -- ping -c 3 114.114.114.114
3 packets transmitted, 3 packets received, 0% packet loss
10.20.96.0/20 is the vsw we gave terway last week when pods ran short of ips. same node, one pod gets out and the other doesn't`,
    expect: 'terway-vswitch-snat',
    kind: 'paste',
  },
  {
    q: `[root@iZbp1c3x9k7m2n4q5r8sZ ~]# curl -sS -m 3 http://172.21.14.203:8080/healthz
curl: (7) Failed to connect to 172.21.14.203 port 8080 after 0 ms: Couldn't connect to server
[root@iZbp1c3x9k7m2n4q5r8sZ ~]# curl -sS -m 3 http://10.4.1.56:8080/healthz
ok
[root@iZbp1c3x9k7m2n4q5r8sZ ~]# kubectl get ep -n orders orders-api
NAME         ENDPOINTS                         AGE
orders-api   10.4.1.56:8080,10.4.3.19:8080     18d
[root@iZbp1c3x9k7m2n4q5r8sZ ~]# ipvsadm -Ln -t 172.21.14.203:8080
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.14.203:8080 rr
[root@iZbp1c3x9k7m2n4q5r8sZ ~]# kubectl -n kube-system logs kube-proxy-worker-7kqzd --tail=3
I1130 10:22:40.902114       1 proxier.go:1045] "Syncing ipvs proxier rules"
E1130 10:22:41.118223       1 proxier.go:1507] "Failed to sync endpoint for service" err="netlink: device or resource busy" servicePortName="orders/orders-api:http" virtualServer="172.21.14.203:8080/TCP"
I1130 10:22:41.120087       1 proxier.go:1062] "syncProxyRules complete" elapsed="217.9ms"`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: `$ kubectl get svc -n web frontend
NAME       TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE
frontend   ClusterIP   172.21.9.44   <none>        80/TCP    41d
$ kubectl get svc -n web frontend -o jsonpath='{.spec.clusterIPs[1]}'
error: error executing jsonpath "{.spec.clusterIPs[1]}": Error executing template: array index out of bounds: index 1, length 1. Printing more information for debugging the template:
	template was:
		{.spec.clusterIPs[1]}
	object given to jsonpath engine was:
		map[string]interface {}{"apiVersion":"v1", "kind":"Service", ...
cluster was created with ipv6 dual stack on, where is the v6 address of this service`,
    expect: 'ipv6-clusterip-ipv4',
    kind: 'paste',
  },
  {
    q: '[INFO] 10.8.3.77:52811 - 40211 "AAAA IN oss-cn-hangzhou.aliyuncs.com.prod.svc.cluster.local. udp 69 false 512" NXDOMAIN qr,aa,rd 162 0.000098s',
    expect: 'dns-ndots-search-domains',
    kind: 'error',
  },
  {
    q: 'flannel: one busy node already running ~60 pods, any new pod that lands there never gets an ip, same deployment starts fine on the other nodes',
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'symptom',
  },
  {
    q: 'someone tidied up custom entries in the vpc route table and now pods on 3 of our flannel nodes cant be reached from pods on other nodes, same node traffic is ok',
    expect: 'pod-routes-missing',
    kind: 'symptom',
  },
  {
    q: 'dns from pods fails randomly like 1 in a few hundred lookups, retry works, sometimes a 5 second hang before it resolves',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: 'dual stack cluster: curl to the ipv6 cluster ip of my service fails, the ipv4 cluster ip of the same service works',
    expect: 'ipv6-clusterip-unreachable',
    kind: 'symptom',
  },
  {
    q: 'service gives connection refused straight away but the pods are all Running 1/1, kubectl get ep shows <none>. we renamed the app label in the deployment yesterday',
    expect: 'service-unreachable-endpoints',
    kind: 'symptom',
  },
  {
    q: "ipvsadm -Ln -c on the node doesn't show any of my pod's connections to the service, terway with ipvlan ebpf acceleration. am i looking in the wrong place?",
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'symptom',
  },
  {
    q: "terway keeps giving pods addresses from a subnet we removed from its config last month, the rds whitelist only has the new subnets so those pods can't connect",
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'synonym',
  },
  {
    q: 'moved all workloads from the old flannel cluster to a brand new terway one, every node has a public ip but containers have zero outbound connectivity, third party api calls just hang',
    expect: 'terway-migration-no-internet',
    kind: 'synonym',
  },
  {
    q: 'pods have a v6 address but ipv6 egress to anything on the internet times out, v4 egress works',
    expect: 'ipv6-no-internet-egress',
    kind: 'synonym',
  },
  {
    q: 'corends raise cache time, upstream resolver is getting hammered',
    expect: 'coredns-cache',
    kind: 'typo',
  },
  {
    q: 'grpc long lived connections all pile onto one backend pod, how do i set the ipvs scheduler to lc in kube-proxy-wroker',
    expect: 'ipvs-scheduler-long-connections',
    kind: 'typo',
  },
  {
    q: 'how many pods fit on one node with terwya shared eni, ecs.g7.xlarge',
    expect: 'terway-max-pods',
    kind: 'typo',
  },
  {
    q: "flannel cluster, added 2 nodes, they're Ready and pods got scheduled on them but those pods can't talk to anything. what should i check and in which order",
    expect: 'flannel-new-node-no-network',
    kind: 'howto',
  },
  {
    q: 'which flavour of terway acceleration are we running, datapathv2 or the older ipvlan ebpf one? where do i look',
    expect: 'terway-identify-datapath',
    kind: 'howto',
  },
];
