import type { Query } from '../types.ts';

/** English search-evaluation queries, held-out part (40) of the tenth round, written 2026-12-01 without looking at the search: scored, never tuned against. */
export const queries: readonly Query[] = [
  {
    q: `pods in prod stuck since ~20 min, nobody added any vswitch, console shows 0 free ips on the pod vsw
$ kubectl get po -n prod -o wide | grep -v Running
NAME                        READY   STATUS              RESTARTS   AGE     IP       NODE
order-api-7c9d5b8f6-xk2lp   0/1     ContainerCreating   0          6m41s   <none>   cn-shanghai.10.10.3.17
order-api-7c9d5b8f6-q8w2n   0/1     ContainerCreating   0          6m41s   <none>   cn-shanghai.10.10.3.22
$ kubectl -n kube-system logs terway-eniip-5xq8d -c terway --tail=2
time="2026-11-30T22:41:07Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 7D1F3C2A-19B4-4E0C-A8F1-5C2E9B7D04AA Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-uf6k2j9xq1\\" has not enough IpAddress., retrying"
time="2026-11-30T22:41:12Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 0B3E88D1-6C2F-4A7B-9E10-2F4D6A8C1B37 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-uf6k2j9xq1\\" has not enough IpAddress., retrying"`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `flannel cluster, node cn-beijing.192.168.2.41 had a power failure last night, now nothing new starts on it. node only runs 8 pods total so range cant be full??
Events:
  Type     Reason                  Age                 From               Message
  ----     ------                  ----                ----               -------
  Normal   Scheduled               2m5s                default-scheduler  Successfully assigned batch/report-cron-28871340-zt6hq to cn-beijing.192.168.2.41
  Warning  FailedCreatePodSandBox  14s (x9 over 2m4s)  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "4be1f0c2d9a7" network for pod "report-cron-28871340-zt6hq": networkPlugin cni failed to set up pod network: failed to allocate for range 0: no IP addresses available in range set: 172.30.34.129-172.30.34.190`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `[ops@jump ~]$ kubectl get po -A -o wide --field-selector spec.nodeName=cn-hangzhou.192.168.0.57 --no-headers | grep -c Running
61
[ops@jump ~]$ kubectl describe po web-6f8d7c9b54-ll7rc -n shop | tail -2
  Warning  FailedCreatePodSandBox  9s (x12 over 3m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "a91c03e7" network for pod "web-6f8d7c9b54-ll7rc": networkPlugin cni failed to set up pod network: failed to allocate for range 0: no IP addresses available in range set: 172.30.34.129-172.30.34.190
flannel, this node is packed with pods, others have room. how do i get more ips on it`,
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'paste',
  },
  {
    q: `root@iZbp1d3x8k2m7gq0w1abcZ:~# dmesg -T | tail -4
[Tue Dec  1 03:12:44 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Tue Dec  1 03:12:44 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Tue Dec  1 03:12:49 2026] net_ratelimit: 412 callbacks suppressed
[Tue Dec  1 03:12:49 2026] nf_conntrack: nf_conntrack: table full, dropping packet
ingress returns 504 at peak hour, only on this node. how to raise it so it survives reboot`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `after upgrade to 1.16 all nodes NotReady
$ kubectl get no
NAME                       STATUS     ROLES    AGE    VERSION
cn-shenzhen.172.16.1.11    NotReady   <none>   210d   v1.16.9-aliyun.1
cn-shenzhen.172.16.1.12    NotReady   <none>   210d   v1.16.9-aliyun.1
journalctl -u kubelet:
Dec 01 02:11:45 iZwz9h1 kubelet[1123]: E1201 02:11:45.118302    1123 kubelet.go:2183] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized
Dec 01 02:11:47 iZwz9h1 kubelet[1123]: W1201 02:11:47.402117    1123 cni.go:237] Unable to update cni config: plugin flannel does not support config version ""`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `self built cluster on centos 7, applied kube-flannel.yml
$ kubectl get po -n kube-flannel -o wide
NAME                    READY   STATUS                  RESTARTS      AGE   IP             NODE
kube-flannel-ds-4xk9p   0/1     Init:CrashLoopBackOff   6 (2m ago)    9m    10.20.0.11     k8s-w1
kube-flannel-ds-m2j7d   0/1     Init:CrashLoopBackOff   6 (95s ago)   9m    10.20.0.12     k8s-w2
$ kubectl -n kube-flannel logs kube-flannel-ds-4xk9p -c install-cni
cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'paste',
  },
  {
    q: `pod on terway wont start, keeps happening on node cn-hangzhou.10.1.5.33 since 1h, ip link on node doesnt show the new eni
Events:
  Type     Reason                  Age                From     Message
  ----     ------                  ----               ----     -------
  Warning  FailedCreatePodSandBox  47s (x23 over 58m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9f3c2ab17e": plugin type="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:0c:7a:91: not found`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'paste',
  },
  {
    q: `$ kubectl get events -A --field-selector reason=SyncRouteFailed
NAMESPACE   LAST SEEN   TYPE      REASON            OBJECT                     MESSAGE
default     2m14s       Warning   SyncRouteFailed   service/route-controller   Reconciling route error: multiple route tables found by vpc id[vpc-bp1q7x3kz0m2], length(tables)=2
we created a 2nd route table for the vpn gw subnet last week (flannel cluster). how do i tell ccm about both tables`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `scaled nodepool +3, pods never land on the new nodes
  Warning  FailedScheduling  41s (x7 over 6m)  default-scheduler  0/8 nodes are available: 3 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 5 Insufficient cpu. preemption: 0/8 nodes are available
$ kubectl describe no cn-qingdao.192.168.8.204 | grep -A3 Conditions
Conditions:
  Type                 Status  LastHeartbeatTime                 LastTransitionTime                Reason          Message
  ----                 ------  -----------------                 ------------------                ------          -------
  NetworkUnavailable   True    Tue, 01 Dec 2026 09:02:11 +0800   Tue, 01 Dec 2026 08:40:52 +0800   NoRouteCreated  Node created without a route
flannel cluster. should i just remove the taint?`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `coredns after we hardened clusterroles, never gets Ready:
[INFO] plugin/ready: Still waiting on: "kubernetes"
[INFO] plugin/ready: Still waiting on: "kubernetes"
[ERROR] plugin/kubernetes: pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
  {
    q: `changed scheduler rr -> lc in kube-proxy-worker cm, deleted the kube-proxy pod on one node, now it crashloops (1.28)
$ kubectl -n kube-system logs kube-proxy-worker-8hq2v --previous | tail -2
I1201 06:20:11.904115       1 server_others.go:72] "Using ipvs Proxier"
E1201 06:20:11.907731       1 run.go:74] "command failed" err="can't use the IPVS proxier: IPVS proxier will not be used because the following required kernel modules are not loaded: [ip_vs_lc]"`,
    expect: 'ipvs-scheduler-long-connections',
    kind: 'paste',
  },
  {
    q: `[root@node-3 ~]# curl -m 3 -s 172.20.2.8:8080/healthz
ok
[root@node-3 ~]# curl -m 3 -s 172.21.9.14:8080/healthz
curl: (28) Connection timed out after 3001 milliseconds
[root@node-3 ~]# ipvsadm -Ln -t 172.21.9.14:8080
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.9.14:8080 rr
kubectl get ep shows 2 endpoints for the svc, so why ipvs has no backends on this node?`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: `no pod on worker-04 can resolve anything, svc names nor internet. self managed nodes w/ docker 19.03
/ # nslookup kubernetes.default.svc.cluster.local
;; connection timed out; no servers could be reached
[root@worker-04 ~]# iptables -S FORWARD | head -n 1
-P FORWARD DROP
coredns pods are Running 1/1 on other nodes`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `terway addon upgrade failed in console with error code: eip pool is not supported`,
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },
  {
    q: `AllocIPFailed no eni can handle the allocation — only on old nodes, new vsw already added to PodVswitchId, fresh nodes get ips fine`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'error',
  },
  {
    q: `ERROR 1130 (HY000): Host '10.0.57.201' is not allowed to connect to this MySQL server — that pod ip is in neither of our terway vswitches (10.0.32.0/20, 10.0.64.0/20)`,
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'error',
  },
  {
    q: `-A KUBE-SERVICES -d 172.21.7.45/32 -p tcp -m comment --comment "shop/cart:http has no endpoints" -m tcp --dport 8080 -j REJECT --reject-with icmp-port-unreachable   but cart pods are running`,
    expect: 'service-unreachable-endpoints',
    kind: 'error',
  },
  {
    q: `The Service "web" is invalid: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services`,
    expect: 'ipv6-clusterip-ipv4',
    kind: 'error',
  },
  {
    q: `kube-proxy-worker CrashLoopBackOff after i pasted config from an old blog: unrecognized feature gate: IPv6DualStack`,
    expect: 'kube-proxy-config',
    kind: 'error',
  },
  {
    q: `flannel: app calling its own svc clusterip hangs randomly, single replica deploy always fails, from other pods ok`,
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: `every time we roll coredns (addon upgrade) dns lookups time out for ~5 min then recover by itself, kube-proxy is ipvs`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'symptom',
  },
  {
    q: `db connections via k8s svc get silently dropped after ~15 min idle, kube-proxy ipvs mode. what keepalive should pool use`,
    expect: 'ipvs-session-keepalive',
    kind: 'symptom',
  },
  {
    q: `terway: pod is Running but first 2-3 sec every outbound conn times out, our init script cant reach mysql then later it works`,
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: `since moved to terway pods cannot connect to port of the docker-compose container on same host, from pods on other nodes works, ping works`,
    expect: 'terway-docker-container-ports',
    kind: 'symptom',
  },
  {
    q: `flannel pod can ping most ecs in our vpc but one ecs box gives 100% packet loss, routes look fine`,
    expect: 'flannel-ping-ecs-security-group',
    kind: 'symptom',
  },
  {
    q: `dual stack: other pods can curl the pod on its ipv6 addr fine, but clients from internet just time out on same v6 addr`,
    expect: 'ipv6-internet-unreachable-bandwidth',
    kind: 'symptom',
  },
  {
    q: `rds whitelist need fixed range — how can i make only some pods always take ip from one dedicated vswitch on terway?`,
    expect: 'terway-fixed-pod-cidr',
    kind: 'howto',
  },
  {
    q: `how to tcpdump traffic of one pod on terway, how do i find which node and ip it has`,
    expect: 'terway-packet-capture',
    kind: 'howto',
  },
  {
    q: `terway shared eni max pods formula? instance allows 4 enis with 15 private ip each, how many pods`,
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: `container network broken somewhere, no idea if dns or svc or routing. what order should i check things on ack?`,
    expect: 'network-troubleshooting-checklist',
    kind: 'howto',
  },
  {
    q: `in_cluser_loadbalence in eni-confg not taking effect, pods on terway ipvlan still go out to slb ip`,
    expect: 'terway-in-cluster-loadbalance',
    kind: 'typo',
  },
  {
    q: `eniip_virtal_type in eni-conifg, how tell datapth v2 vs ipvlan ebpf on my cluster`,
    expect: 'terway-identify-datapath',
    kind: 'typo',
  },
  {
    q: `coredsn cm cahce 30 -> 60 how to change, upstream resolver gets hammered`,
    expect: 'coredns-cache',
    kind: 'typo',
  },
  {
    q: `added an extra pod subnet bc ips ran out, now pods that land on the new subnet have no egress, older pods fine`,
    expect: 'terway-vswitch-snat',
    kind: 'synonym',
  },
  {
    q: `terway 1.12 — how to check if our nodepool gives each pod a dedicated NIC or pods share the NIC`,
    expect: 'terway-identify-eni-mode',
    kind: 'synonym',
  },
  {
    q: `dual stack pods can't reach v6 sites outbound, v4 egress works. need some v6 gw?`,
    expect: 'ipv6-no-internet-egress',
    kind: 'synonym',
  },
  {
    q: `moved apps from old flannel cluster to new terway one, containers have no outbound at all, nodes have EIPs and can ping 114.114.114.114`,
    expect: 'terway-migration-no-internet',
    kind: 'synonym',
  },
  {
    q: `flannel -> terway on running prod cluster possible? or must new cluster + blue green`,
    expect: 'switch-network-plugin',
    kind: 'mixed',
  },
  {
    q: `coredns log full of [INFO] 172.20.1.5:41234 - 5127 "A IN api.weixin.qq.com.default.svc.cluster.local. udp 58 false 512" NXDOMAIN qr,aa,rd — why every ext lookup hits coredns 4x, slow`,
    expect: 'dns-ndots-search-domains',
    kind: 'mixed',
  },
  {
    q: `hostPort ignored on terway cluster?? pod spec ports hostPort: 8080 nothing listens on node ip. supported only on flannel?`,
    expect: 'flannel-hostport',
    kind: 'mixed',
  },
];
