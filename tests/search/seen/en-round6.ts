import type { Query } from '../types.ts';

/** English search-evaluation queries, held-out part (40) of the sixth round, written 2026-11-30 without looking at the search; read after it, so now part of development. */
export const queries: readonly Query[] = [
  // ---- multi-line pastes (12) ----
  {
    q: `$ kubectl -n payments describe pod checkout-api-7d9f8b6c5-q4wzn | tail -8
Events:
  Type     Reason                  Age                 From               Message
  ----     ------                  ----                ----               -------
  Normal   Scheduled               14m                 default-scheduler  Successfully assigned payments/checkout-api-7d9f8b6c5-q4wzn to cn-hangzhou.192.168.3.41
  Warning  FailedCreatePodSandBox  13m                 kubelet            Failed to create pod sandbox: rpc error: code = DeadlineExceeded desc = context deadline exceeded
  Warning  AllocIPFailed           2m (x27 over 14m)   terway-daemon      alloc ip for pod payments/checkout-api-7d9f8b6c5-q4wzn failed
  Normal   SandboxChanged          2m (x26 over 13m)   kubelet            Pod sandbox changed, it will be killed and re-created.
$ kubectl -n kube-system logs terway-eniip-8xkq2 -c terway --tail=6
time="2026-11-30T09:41:12Z" level=info msg="handle request" podName=checkout-api-7d9f8b6c5-q4wzn podNamespace=payments
time="2026-11-30T09:41:12Z" level=debug msg="no idle ip in pool, try to allocate new ip" eni=eni-bp1d4e7k2m0qx9r3t8ab
time="2026-11-30T09:41:13Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 8C1B3F0E-52A7-4D19-9E61-0B7A3C5D2E44 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1x7k2m9qf3r8t5wz0a\\" has not enough IpAddress., retrying"
time="2026-11-30T09:41:15Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 1F4A9B2C-7D3E-4C80-A1B6-5E9F0D2C8A17 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1x7k2m9qf3r8t5wz0a\\" has not enough IpAddress., retrying"
time="2026-11-30T09:41:18Z" level=error msg="alloc ip failed" error="rpc error: code = DeadlineExceeded"`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `Events:
  Type     Reason                  Age                  From     Message
  ----     ------                  ----                 ----     -------
  Warning  FailedCreatePodSandBox  3m12s (x58 over 41m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9e1c4b7a02f3d8e6c5b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.20.6.1-172.20.6.254
  Normal   SandboxChanged          3m11s (x58 over 41m)  kubelet  Pod sandbox changed, it will be killed and re-created.

[root@iZuf6b2k8x0n4q1r7t3m5pZ ~]# ls /var/lib/cni/networks/cb0 | wc -l
256
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-shanghai.10.0.8.17 --no-headers | grep -v -e Completed -e kube-proxy -e flannel | wc -l
23
node came back from an unplanned ECS restart yesterday, only ~20 pods on it??`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `$ kubectl get nodes
NAME                      STATUS   ROLES    AGE    VERSION
cn-beijing.172.16.1.20    Ready    <none>   212d   v1.28.3-aliyun.1
cn-beijing.172.16.1.21    Ready    <none>   212d   v1.28.3-aliyun.1
cn-beijing.172.16.4.101   Ready    <none>   38m    v1.28.3-aliyun.1
cn-beijing.172.16.4.102   Ready    <none>   38m    v1.28.3-aliyun.1
$ kubectl -n shop describe pod web-frontend-5f6c9d7b8-zk2lm | sed -n '/Events/,$p'
Events:
  Type     Reason            Age                   From               Message
  ----     ------            ----                  ----               -------
  Warning  FailedScheduling  2m41s (x12 over 35m)  default-scheduler  0/4 nodes are available: 2 Insufficient cpu, 2 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }. preemption: 0/4 nodes are available: 2 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n kube-system logs cloud-controller-manager-7c8d5f9b4-lq2xv --since=1h | tail -n 7
I1130 10:01:41.200871       1 route_controller.go:172] route controller: start reconcile routes, nodes=9
I1130 10:01:41.398012       1 vpc.go:104] describe route tables for vpc vpc-bp1qpo0kug3a20qqe9tdx
E1130 10:01:41.518840       1 route_controller.go:188] Reconciling route error: multiple route tables found by vpc id[vpc-bp1qpo0kug3a20qqe9tdx], length(tables)=2
I1130 10:01:41.519002       1 event.go:294] "Event occurred" object="" kind="" apiVersion="" type="Warning" reason="SyncRouteFailed"
I1130 10:02:11.200455       1 route_controller.go:172] route controller: start reconcile routes, nodes=9
E1130 10:02:11.518227       1 route_controller.go:188] Reconciling route error: multiple route tables found by vpc id[vpc-bp1qpo0kug3a20qqe9tdx], length(tables)=2
I1130 10:02:14.003761       1 leaderelection.go:281] successfully renewed lease kube-system/ccm
(network team created a second route table vtb-bp1k9x2m7q0r4t8w3zy5 for the VPN gateway last week)`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `{"level":"error","ts":"2026-11-30T07:12:44.281Z","caller":"db/pool.go:88","msg":"connect failed","error":"dial tcp: lookup pg-primary.data.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.27:52114->172.21.0.10:53: i/o timeout","req_id":"b7e2c1f0-3a9d-4e51"}
{"level":"error","ts":"2026-11-30T07:12:49.302Z","caller":"db/pool.go:88","msg":"connect failed","error":"dial tcp: lookup pg-primary.data.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.27:40871->172.21.0.10:53: i/o timeout","req_id":"0c4d8e21-77f2-4b1a"}
$ kubectl exec -it orders-6b8f7c9d4-m2xkp -- nslookup www.aliyun.com
;; connection timed out; no servers could be reached

command terminated with exit code 1
$ kubectl -n kube-system get pods -l k8s-app=kube-dns -o wide
NAME                       READY   STATUS    RESTARTS   AGE   IP            NODE
coredns-6d4b75cb6d-x7k2p   1/1     Running   0          40d   172.20.0.12   cn-hangzhou.192.168.0.12
coredns-6d4b75cb6d-9fqtw   1/1     Running   0          40d   172.20.1.8    cn-hangzhou.192.168.0.13
$ kubectl -n kube-system get ep kube-dns
NAME       ENDPOINTS   AGE
kube-dns   <none>      212d`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `2026-11-30 02:03:11.402  WARN 1 --- [nio-8080-exec-7] c.s.order.client.InventoryClient : GET http://inventory.shop.svc.cluster.local:8080/stock failed: java.net.UnknownHostException: inventory.shop.svc.cluster.local: Temporary failure in name resolution
2026-11-30 02:03:14.977  WARN 1 --- [nio-8080-exec-2] c.s.order.client.InventoryClient : GET http://inventory.shop.svc.cluster.local:8080/stock took 5012 ms
2026-11-30 02:04:52.130 ERROR 1 --- [nio-8080-exec-9] c.s.order.web.OrderController    : request 9f3e2a71 failed: java.net.UnknownHostException: inventory.shop.svc.cluster.local: Temporary failure in name resolution
2026-11-30 02:07:40.511  INFO 1 --- [nio-8080-exec-4] c.s.order.web.OrderController    : request 1b7c0d44 ok in 38 ms
$ kubectl -n kube-system get pods -l k8s-app=kube-dns
NAME                       READY   STATUS    RESTARTS   AGE
coredns-5b8c9d7f6c-4hx8n   1/1     Running   0          7m
coredns-5b8c9d7f6c-t2m9q   1/1     Running   0          6m
$ kubectl -n kube-system get cm kube-proxy-worker -o yaml | grep mode:
    mode: ipvs
same thing every time the coredns add-on gets upgraded, goes away on its own after a few minutes`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: `[root@iZbp1f0c3a9d2x7k5m8q1nZ ~]# dmesg -T | tail -n 9
[Sun Nov 30 14:02:49 2026] IPVS: rr: TCP 172.21.4.18:80 - no destination available
[Sun Nov 30 14:02:51 2026] IPVS: rr: TCP 172.21.4.18:80 - no destination available
[Sun Nov 30 14:03:07 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 14:03:07 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 14:03:12 2026] net_ratelimit: 214 callbacks suppressed
[Sun Nov 30 14:03:12 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 14:03:12 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 14:03:17 2026] net_ratelimit: 388 callbacks suppressed
[Sun Nov 30 14:03:17 2026] nf_conntrack: nf_conntrack: table full, dropping packet
ingress log at the same time:
2026/11/30 14:03:09 [error] 41#41: *8812374 upstream timed out (110: Connection timed out) while connecting to upstream, client: 47.96.12.201, server: api.example.com, request: "POST /v2/orders HTTP/1.1", upstream: "http://172.20.4.77:8080/v2/orders"
47.96.12.201 - - [30/Nov/2026:14:03:09 +0800] "POST /v2/orders HTTP/1.1" 504 160 "-" "okhttp/4.9.3" 1380 5.001 [prod-order-api-8080] 172.20.4.77:8080 0 5.000 504 5d1f3c0b9e2a4876`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `$ kubectl get nodes
NAME                    STATUS     ROLES    AGE    VERSION
cn-shenzhen.10.1.0.31   NotReady   <none>   301d   v1.16.9-aliyun.1
cn-shenzhen.10.1.0.32   NotReady   <none>   301d   v1.16.9-aliyun.1
cn-shenzhen.10.1.0.33   NotReady   <none>   187d   v1.16.9-aliyun.1
$ kubectl describe node cn-shenzhen.10.1.0.31 | grep -A8 Conditions
Conditions:
  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----             ------  -----------------                 ------------------                ------                       -------
  MemoryPressure   False   Sun, 30 Nov 2026 11:20:41 +0800   Thu, 06 Feb 2026 09:12:55 +0800   KubeletHasSufficientMemory   kubelet has sufficient memory available
  DiskPressure     False   Sun, 30 Nov 2026 11:20:41 +0800   Thu, 06 Feb 2026 09:12:55 +0800   KubeletHasNoDiskPressure     kubelet has no disk pressure
  PIDPressure      False   Sun, 30 Nov 2026 11:20:41 +0800   Thu, 06 Feb 2026 09:12:55 +0800   KubeletHasSufficientPID      kubelet has sufficient PID available
  Ready            False   Sun, 30 Nov 2026 11:20:41 +0800   Sun, 30 Nov 2026 11:02:13 +0800   KubeletNotReady              runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized
# journalctl -u kubelet --since "10 min ago" | grep -i cni | tail -3
Nov 30 11:20:44 iZwz9c1k7m3x0q5r8t2b4nZ kubelet[1187]: W1130 11:20:44.913027    1187 cni.go:202] Error validating CNI config &{cb0  false [0xc000a1e2a0 0xc000a1e360] [123 10 32 32 34 110 97 109 101]}: [plugin flannel does not support config version ""]
Nov 30 11:20:44 iZwz9c1k7m3x0q5r8t2b4nZ kubelet[1187]: W1130 11:20:44.913102    1187 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d
Nov 30 11:20:46 iZwz9c1k7m3x0q5r8t2b4nZ kubelet[1187]: E1130 11:20:46.402311    1187 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n ml get pod infer-worker-0 -o wide
NAME             READY   STATUS              RESTARTS   AGE   IP       NODE                       NOMINATED NODE   READINESS GATES
infer-worker-0   0/1     ContainerCreating   0          47m   <none>   cn-hangzhou.192.168.12.7   <none>           <none>
$ kubectl -n ml describe pod infer-worker-0 | tail -6
Events:
  Type     Reason                  Age                  From               Message
  ----     ------                  ----                 ----               -------
  Normal   Scheduled               47m                  default-scheduler  Successfully assigned ml/infer-worker-0 to cn-hangzhou.192.168.12.7
  Warning  FailedCreatePodSandBox  46m                  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "b41f0c9e7a2d5c83f1e6b0a4d9c7e2f5a8b3c1d0e9f4a7b2c6d5e8f1a0b3c9d7": plugin type="terway" name="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:0c:7a:91: not found
  Normal   SandboxChanged          2m (x94 over 46m)    kubelet            Pod sandbox changed, it will be killed and re-created.`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n ops logs deploy/cert-syncer --tail=5
I1130 08:43:58.610224       1 main.go:61] starting cert-syncer v0.7.2, watching all namespaces
I1130 08:43:58.702551       1 reflector.go:289] Starting reflector *v1.Secret (10m0s) from pkg/mod/k8s.io/client-go@v0.28.4/tools/cache/reflector.go:229
W1130 08:44:02.117305       1 reflector.go:535] pkg/mod/k8s.io/client-go@v0.28.4/tools/cache/reflector.go:229: failed to list *v1.Secret: secrets is forbidden: User "system:serviceaccount:ops:cert-syncer" cannot list resource "secrets" in API group "" at the cluster scope
E1130 08:44:02.117391       1 reflector.go:147] pkg/mod/k8s.io/client-go@v0.28.4/tools/cache/reflector.go:229: Failed to watch *v1.Secret: failed to list *v1.Secret: secrets is forbidden: User "system:serviceaccount:ops:cert-syncer" cannot list resource "secrets" in API group "" at the cluster scope
E1130 08:44:33.904012       1 main.go:97] sync failed: the server rejected our request: 403 - Forbidden`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
  {
    q: `[root@iZbp18k2d0x7m4q9r1t5c3vZ ~]# curl -sv --max-time 3 http://172.21.7.33:8080/healthz
*   Trying 172.21.7.33:8080...
* connect to 172.21.7.33 port 8080 failed: Connection refused
* Failed to connect to 172.21.7.33 port 8080 after 0 ms: Couldn't connect to server
curl: (7) Failed to connect to 172.21.7.33 port 8080 after 0 ms: Couldn't connect to server
[root@iZbp18k2d0x7m4q9r1t5c3vZ ~]# curl -s http://172.20.2.41:8080/healthz
ok
$ kubectl -n api get ep user-svc
NAME       ENDPOINTS                           AGE
user-svc   172.20.2.41:8080,172.20.5.19:8080   9d
[root@iZbp18k2d0x7m4q9r1t5c3vZ ~]# ipvsadm -Ln -t 172.21.7.33:8080
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.7.33:8080 rr
$ kubectl -n kube-system logs kube-proxy-worker-x9m2t --tail=2
E1130 13:27:05.660418       1 proxier.go:1562] "Failed to sync endpoint for service" servicePortName="api/user-svc:http" virtualServer="172.21.7.33:8080/TCP" err="no such file or directory"
I1130 13:27:35.001276       1 proxier.go:823] "Syncing ipvs proxier rules"`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: `# cluster was created with IPv6 dual stack on
$ kubectl -n web get svc frontend -o wide
NAME       TYPE        CLUSTER-IP     EXTERNAL-IP   PORT(S)   AGE   SELECTOR
frontend   ClusterIP   172.21.14.77   <none>        80/TCP    3h    app=frontend
$ kubectl -n web get svc frontend -o jsonpath='{.spec.clusterIPs[1]}'
error: error executing jsonpath "{.spec.clusterIPs[1]}": Error executing template: array index out of bounds: index 1, length 1. Printing more information for debugging the template:
	template was:
		{.spec.clusterIPs[1]}
$ kubectl -n web get svc frontend -o yaml | grep -A2 ipFamil
  ipFamilies:
  - IPv4
  ipFamilyPolicy: SingleStack`,
    expect: 'ipv6-clusterip-ipv4',
    kind: 'paste',
  },

  // ---- single pasted error lines (4) ----
  {
    q: `[pod/kube-flannel-ds-m8x2d/install-cni] cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'error',
  },
  {
    q: 'Upgrade of add-on terway-eniip (v1.2.4 -> v1.9.7) failed: eip pool is not supported (RequestId: 6D0E2C8A-1F3B-4A7E-9C55-2B81D4E7F019)',
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },
  {
    q: `kube-proxy-worker-5kq7d  E1130 06:41:27.559021       1 run.go:74] "command failed" err="failed complete: unrecognized feature gate: IPv6DualStack"`,
    expect: 'kube-proxy-config',
    kind: 'error',
  },
  {
    q: `-A KUBE-SERVICES -d 172.21.9.44/32 -p tcp -m comment --comment "shop/cart-svc:http has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable`,
    expect: 'service-unreachable-endpoints',
    kind: 'error',
  },

  // ---- colloquial symptoms (12) ----
  {
    q: 'flannel cluster, one node is packed with ~60 pods and nothing new scheduled there ever gets an IP, same deployment starts fine on the other nodes. counted reservation files vs running pods and they match so its not a leak',
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'symptom',
  },
  {
    q: 'old pod vswitch filled up so we added a second one to PodVswitchId and restarted terway. pods on the existing nodes still sit in ContainerCreating forever, but nodes we added after that are fine',
    expect: 'vswitch-added-no-pod-ip',
    kind: 'symptom',
  },
  {
    q: 'why are some pods getting IPs from a vswitch that is not in our terway config anymore? the RDS whitelist rejects them. those nodes were taken over from our old staging cluster',
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'symptom',
  },
  {
    q: 'we cut over from the old flannel cluster to a brand new terway cluster last night. every node has a public IP and can ping 114.114.114.114, but from inside any pod nothing external answers and all 3rd party API calls time out',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: 'dual stack cluster, pods have a v6 address but cant reach anything on the internet over ipv6 (curl -6 just hangs). ipv4 outbound through the NAT gateway works fine. what am I missing?',
    expect: 'ipv6-no-internet-egress',
    kind: 'symptom',
  },
  {
    q: 'hitting the pod on its v4 IP works, same port on its v6 IP gets rejected instantly. stock nginx image but we mount our own default.conf from a configmap',
    expect: 'ipv6-app-not-listening',
    kind: 'symptom',
  },
  {
    q: 'scaled out the node pool on our flannel cluster, pods land on the 2 new nodes and show Running but cant reach pods on other nodes or resolve anything. taint is already gone and the flannel pod there is up. how do I debug this',
    expect: 'flannel-new-node-no-network',
    kind: 'symptom',
  },
  {
    q: 'since moving to terway our pods cant connect to a redis we run with docker-compose directly on one worker, but only the pods on that same worker. pods on other nodes connect fine and ping to the node works',
    expect: 'terway-docker-container-ports',
    kind: 'symptom',
  },
  {
    q: 'pod calling its own service by clusterIP hangs roughly every other request, with replicas=1 it never works. other pods calling the same svc are fine. flannel, cluster is a few years old and was upgraded in place',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: 'random 5s stalls on dns lookups from pods, maybe 1 in a few hundred, a retry always resolves. coredns pods healthy with zero restarts and its not one particular hostname',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: 'svc is PreferDualStack and shows both cluster IPs. curl to the v4 clusterIP is fine, curl -g to the [v6] clusterIP fails from a client pod. backends are all Running',
    expect: 'ipv6-clusterip-unreachable',
    kind: 'symptom',
  },
  {
    q: 'pods ran out of IPs so we added another vswitch to terway yesterday. now part of the new pods cant reach anything on the internet while older pods and the nodes themselves are fine',
    expect: 'terway-vswitch-snat',
    kind: 'symptom',
  },

  // ---- other words than the entries use (3) ----
  {
    q: 'how do I check whether terway gives each pod its own dedicated NIC or whether pods share the secondary NICs on the node',
    expect: 'terway-identify-eni-mode',
    kind: 'synonym',
  },
  {
    q: 'inbound ipv6 from the public internet to a pod never connects, other pods reach it on its v6 addr fine, there is no LB in front',
    expect: 'ipv6-internet-unreachable-bandwidth',
    kind: 'synonym',
  },
  {
    q: 'which terway flavour is my cluster on, the ebpf accelerated ipvlan one or datapath v2? where do I look',
    expect: 'terway-identify-datapath',
    kind: 'synonym',
  },

  // ---- typos / config keys (3) ----
  {
    q: 'terwey ipvlan cluster created on old version, pods calling the SLB ip of our own LoadBalancer svc, where does in_cluster_loadbalnce go in eni-confg',
    expect: 'terway-in-cluster-loadbalance',
    kind: 'typo',
  },
  {
    q: 'pod Running but network dead for the first few secs after start on terway, init container cant reach mysql, set disable-network-polciy in eni_config?',
    expect: 'terway-pod-network-delay',
    kind: 'typo',
  },
  {
    q: 'extrenal domain lookups slow from pods, corends log full of www.example.com.default.svc.cluster.local NXDOMIAN, ndot 5 serach domains',
    expect: 'dns-ndots-search-domains',
    kind: 'typo',
  },

  // ---- how-to and concept (6) ----
  {
    q: 'how many pods per node can I run with terway on ecs.g7.xlarge, is there a formula',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: 'new ACK cluster for prod, we need NetworkPolicy and maybe per-pod bandwidth limits. terway or flannel?',
    expect: 'choose-terway-or-flannel',
    kind: 'howto',
  },
  {
    q: 'can I convert an existing flannel ACK cluster to terway in place or do I have to build a new cluster',
    expect: 'switch-network-plugin',
    kind: 'howto',
  },
  {
    q: 'our service cidr turned out too small, can I expand it on an existing ACK cluster',
    expect: 'change-cidr-after-creation',
    kind: 'howto',
  },
  {
    q: 'how to tcpdump the traffic of one specific pod on a terway node, which interface do I capture on',
    expect: 'terway-packet-capture',
    kind: 'howto',
  },
  {
    q: 'on terway datapathv2 does pod to service traffic still go through kube-proxy ipvs? ipvsadm -Lnc on the node shows nothing for my pod connections',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'howto',
  },
];
