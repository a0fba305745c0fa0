import type { Query } from '../types.ts';

/** English search-evaluation queries, held-out part (50) of the eighth round, written 2026-12-01 without looking at the search: scored, never tuned against. */
export const queries: readonly Query[] = [
  // ---------------------------------------------------------------- multi-line pastes (15)
  {
    q: `$ kubectl describe pod order-svc-7f9c6d8b5-qx2lm -n prod | tail -8
Events:
  Type     Reason                  Age                  From               Message
  ----     ------                  ----                 ----               -------
  Normal   Scheduled               6m12s                default-scheduler  Successfully assigned prod/order-svc-7f9c6d8b5-qx2lm to cn-shanghai.10.12.3.41
  Warning  AllocIPFailed           48s (x14 over 6m)    terway-daemon      Alloc IP failed for pod prod/order-svc-7f9c6d8b5-qx2lm, retrying
  Warning  FailedCreatePodSandBox  47s (x14 over 6m)    kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "5be0c3a19d2e": plugin type="terway" failed (add): context deadline exceeded
$ kubectl logs --tail=20 terway-eniip-p8r4v -n kube-system -c terway | grep -i fail
time="2026-12-01T03:17:22Z" level=info msg="resource pool: syncing pool, idle 0, inuse 31"
time="2026-12-01T03:17:24Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 6A1F03C2-9E7B-4D55-B1A8-7C0E2D94F3B6 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-uf6k3v9x1m2p8q0r7s4t\\" has not enough IpAddress., retrying"
time="2026-12-01T03:17:31Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 0D84B7E1-2C3A-4F6E-9A0B-5E71C8D2A9F4 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-uf6k3v9x1m2p8q0r7s4t\\" has not enough IpAddress., retrying"`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `node cn-beijing.192.168.10.87 was hard rebooted last week, since then:
  Warning  FailedCreatePodSandBox  9s (x22 over 4m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "c91e0a7d44b2f3": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.22.8.1-172.22.8.254
[root@iZ2ze5h0q8wz7a1b2c3d4eZ ~]# ls /var/lib/cni/networks/cb0 | wc -l
256
[root@iZ2ze5h0q8wz7a1b2c3d4eZ ~]# exit
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-beijing.192.168.10.87 --no-headers | wc -l
19`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `$ kubectl describe pod ingest-worker-5c64f9d7b8-wn2hd -n pipeline | tail -4
  Type     Reason                  Age                From     Message
  ----     ------                  ----               ----     -------
  Warning  FailedCreatePodSandBox  12s (x9 over 2m)   kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "7d1a2c0b9e": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.20.4.193-172.20.4.254
$ kubectl get node cn-shenzhen.172.16.1.35 -o jsonpath='{.spec.podCIDR}'
172.20.4.192/26
$ kubectl get pod -A --field-selector spec.nodeName=cn-shenzhen.172.16.1.35,status.phase=Running --no-headers | wc -l
66
$ kubectl get pod -A --field-selector spec.nodeName=cn-shenzhen.172.16.1.34,status.phase=Running --no-headers | wc -l
21`,
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'paste',
  },
  {
    q: `$ kubectl get nodes
NAME                        STATUS   ROLES    AGE   VERSION
cn-hangzhou.192.168.3.14    Ready    <none>   96d   v1.28.3-aliyun.1
cn-hangzhou.192.168.3.15    Ready    <none>   96d   v1.28.3-aliyun.1
cn-hangzhou.192.168.3.201   Ready    <none>   17m   v1.28.3-aliyun.1
cn-hangzhou.192.168.3.202   Ready    <none>   17m   v1.28.3-aliyun.1
$ kubectl describe pod web-5d8f7c9b6-2mz8r -n shop | tail -5
Events:
  Type     Reason            Age                 From               Message
  ----     ------            ----                ----               -------
  Warning  FailedScheduling  2m3s (x6 over 16m)  default-scheduler  0/4 nodes are available: 2 Insufficient cpu, 2 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }. preemption: 0/4 nodes are available: 2 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `kubectl -n kube-system logs cloud-controller-manager-6fbd7c8d9-hm4tz --since=30m | grep -v "sync load balancer"
I1201 01:58:02.004113       1 route_controller.go:118] start to reconcile routes
I1201 01:58:02.317640       1 node_controller.go:415] Successfully initialized node cn-zhangjiakou.10.0.7.112 with cloud provider
E1201 01:58:02.588901       1 route_controller.go:131] Reconciling route error: multiple route tables found by vpc id[vpc-8vbq3k2m5x7n1r9t4w6e], length(tables)=2
I1201 01:58:02.588957       1 event.go:294] "Event occurred" object="" kind="" apiVersion="" type="Warning" reason="SyncRouteFailed" message="Reconciling route error: multiple route tables found by vpc id[vpc-8vbq3k2m5x7n1r9t4w6e], length(tables)=2"
I1201 02:03:02.004388       1 route_controller.go:118] start to reconcile routes
E1201 02:03:02.602115       1 route_controller.go:131] Reconciling route error: multiple route tables found by vpc id[vpc-8vbq3k2m5x7n1r9t4w6e], length(tables)=2`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `after the 1.16 upgrade all nodes NotReady
$ kubectl get nodes
NAME                       STATUS     ROLES    AGE    VERSION
cn-qingdao.172.18.40.11    NotReady   <none>   412d   v1.16.9-aliyun.1
cn-qingdao.172.18.40.12    NotReady   <none>   412d   v1.16.9-aliyun.1
[root@iZm5e2a9t7k1q3w8x0y4z6Z ~]# journalctl -u kubelet -n 6 --no-pager
Dec 01 09:14:22 iZm5e2a9t7k1q3w8x0y4z6Z kubelet[1873]: W1201 09:14:22.101233    1873 cni.go:202] Error validating CNI config &{cb0  false [0xc0009a2f40 0xc0009a3000] [123 10 32 32 34 110 97 109 101]}: [plugin flannel does not support config version ""]
Dec 01 09:14:22 iZm5e2a9t7k1q3w8x0y4z6Z kubelet[1873]: W1201 09:14:22.101301    1873 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d
Dec 01 09:14:25 iZm5e2a9t7k1q3w8x0y4z6Z kubelet[1873]: E1201 09:14:25.883410    1873 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized
Dec 01 09:14:27 iZm5e2a9t7k1q3w8x0y4z6Z kubelet[1873]: I1201 09:14:27.010455    1873 kubelet_node_status.go:486] Recording NodeNotReady event message for node cn-qingdao.172.18.40.11`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `$ kubectl get pod -n kube-flannel -o wide
NAME                    READY   STATUS                  RESTARTS       AGE   IP          NODE          NOMINATED NODE   READINESS GATES
kube-flannel-ds-8wz4k   0/1     Init:CrashLoopBackOff   6 (2m11s ago)  9m    10.0.2.15   k8s-node-02   <none>           <none>
kube-flannel-ds-q7m2c   1/1     Running                 0              9m    10.0.2.14   k8s-master    <none>           <none>
kube-flannel-ds-zr5tn   0/1     Init:CrashLoopBackOff   6 (2m40s ago)  9m    10.0.2.16   k8s-node-03   <none>           <none>
$ kubectl -n kube-flannel logs kube-flannel-ds-8wz4k -c install-cni
cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'paste',
  },
  {
    q: `{"level":"error","ts":"2026-11-30T23:41:07.212Z","caller":"db/pool.go:88","msg":"connect failed","error":"dial tcp: lookup pg-main.data.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.77:51870->172.21.0.10:53: i/o timeout","request_id":"b7e1c2f0-4a9d-4e3b-8f21-90c6d5a7e113"}
{"level":"error","ts":"2026-11-30T23:41:12.219Z","caller":"http/client.go:142","msg":"upstream call failed","error":"Get \\"https://api.partner-pay.com/v2/charge\\": dial tcp: lookup api.partner-pay.com on 172.21.0.10:53: read udp 172.20.3.77:40122->172.21.0.10:53: i/o timeout","request_id":"2f0d9b64-7c1e-4b8a-a3d5-61e8f2c0b947"}
$ kubectl -n kube-system get pods -l k8s-app=kube-dns
NAME                       READY   STATUS    RESTARTS   AGE
coredns-6d4b75cb6d-x7k2p   1/1     Running   0          3d
coredns-6d4b75cb6d-zq9rt   1/1     Running   0          3d
$ kubectl -n kube-system get ep kube-dns
NAME       ENDPOINTS   AGE
kube-dns   <none>      211d`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n kube-system get events --sort-by=.lastTimestamp | grep coredns
14m   Normal   SuccessfulCreate   replicaset/coredns-5f6d9c7b8f   Created pod: coredns-5f6d9c7b8f-m4xq9
14m   Normal   Killing            pod/coredns-7c9f5b8d4-k2v8s     Stopping container coredns
13m   Normal   Killing            pod/coredns-7c9f5b8d4-r8nwd     Stopping container coredns
# app log during the coredns upgrade
2026-12-01T02:03:11.018Z WARN  resolver  lookup redis-master.cache.svc.cluster.local on 192.168.0.10:53: i/o timeout
2026-12-01T02:05:47.330Z WARN  resolver  lookup redis-master.cache.svc.cluster.local on 192.168.0.10:53: i/o timeout
2026-12-01T02:07:40.551Z WARN  resolver  lookup mq.internal.example.cn on 192.168.0.10:53: i/o timeout
# nothing after 02:08, no one touched anything
$ kubectl -n kube-system get cm kube-proxy-worker -o yaml | grep mode
    mode: ipvs`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: `gateway returning 504s on node cn-hangzhou.10.1.12.88
[root@iZbp1f4k7x2q9m3n5c8v0wZ ~]# dmesg -T | tail -9
[Mon Dec  1 10:21:49 2026] IPv6: ADDRCONF(NETDEV_CHANGE): cali8f2c1a9b0d4: link becomes ready
[Mon Dec  1 10:21:50 2026] device veth6a1b2c3d entered promiscuous mode
[Mon Dec  1 10:22:03 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Mon Dec  1 10:22:03 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Mon Dec  1 10:22:03 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Mon Dec  1 10:22:08 2026] net_ratelimit: 1742 callbacks suppressed
[Mon Dec  1 10:22:08 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[root@iZbp1f4k7x2q9m3n5c8v0wZ ~]# cat /proc/sys/net/netfilter/nf_conntrack_count /proc/sys/net/netfilter/nf_conntrack_max
262144
262144`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `pasted the Corefile from our old wiki to bump cache 30 -> 120
$ kubectl -n kube-system edit cm coredns
configmap/coredns edited
$ kubectl -n kube-system logs coredns-6d4b75cb6d-x7k2p --since=10m | tail -5
[INFO] 172.20.1.9:48211 - 20114 "A IN oss-cn-hangzhou-internal.aliyuncs.com. udp 55 false 512" NOERROR qr,rd,ra 120 0.001233s
[INFO] 172.20.2.44:39507 - 6152 "AAAA IN oss-cn-hangzhou-internal.aliyuncs.com. udp 55 false 512" NOERROR qr,rd,ra 55 0.000981s
[ERROR] Restart failed: Error during parsing: unknown property 'upstream'
[ERROR] plugin/reload: Corefile changed but reload failed: starting with listener file descriptors: Error during parsing: unknown property 'upstream'
[INFO] 172.20.1.9:51020 - 33871 "A IN rm-bp1x2y3z4a5b6c7d8.mysql.rds.aliyuncs.com. udp 61 false 512" NOERROR qr,rd,ra 124 0.002011s`,
    expect: 'coredns-cache',
    kind: 'paste',
  },
  {
    q: `coredns stuck 0/1 after I bumped the image to 1.11.1 with our own manifest
$ kubectl -n kube-system logs coredns-79c5d4b8f6-t6wpl | tail -6
[INFO] plugin/ready: Still waiting on: "kubernetes"
[INFO] plugin/ready: Still waiting on: "kubernetes"
W1201 05:31:44.902118       1 reflector.go:535] pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope
E1201 05:31:44.902174       1 reflector.go:147] pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope
[INFO] plugin/ready: Still waiting on: "kubernetes"
[WARNING] plugin/kubernetes: starting server with unsynced Kubernetes API`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
  {
    q: `set ipvs scheduler: lc in kube-proxy-worker so grpc conns spread better, now:
$ kubectl -n kube-system get pod -o wide | grep kube-proxy-worker
kube-proxy-worker-9xk4d   0/1   CrashLoopBackOff   4 (38s ago)   3m   192.168.0.57   cn-beijing.192.168.0.57
kube-proxy-worker-dk2v7   1/1   Running            0             47d  192.168.0.58   cn-beijing.192.168.0.58
$ kubectl -n kube-system logs kube-proxy-worker-9xk4d --previous | tail -4
I1201 04:12:08.993120       1 server.go:846] "Version info" version="v1.28.9-aliyun.1"
I1201 04:12:08.998457       1 node.go:141] Successfully retrieved node IP: 192.168.0.57
E1201 04:12:09.004417       1 run.go:74] "command failed" err="can't use the IPVS proxier: IPVS proxier will not be used because the following required kernel modules are not loaded: [ip_vs_lc]"`,
    expect: 'ipvs-scheduler-long-connections',
    kind: 'paste',
  },
  {
    q: `$ curl -m 3 http://172.21.9.144:8080/healthz
curl: (7) Failed to connect to 172.21.9.144 port 8080 after 0 ms: Couldn't connect to server
$ curl -m 3 http://172.20.2.31:8080/healthz
ok
$ kubectl -n shop get ep cart-api
NAME       ENDPOINTS                           AGE
cart-api   172.20.2.31:8080,172.20.5.12:8080   41d
[root@iZuf6b8c0d2e4f6g8h0j2kZ ~]# ipvsadm -Ln -t 172.21.9.144:8080
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.9.144:8080 rr
$ kubectl -n kube-system logs kube-proxy-worker-l2m8v --tail=3
I1201 06:40:01.117823       1 proxier.go:1063] "Syncing ipvs proxier rules"
E1201 06:40:01.130992       1 proxier.go:1627] "Failed to sync endpoint for service" servicePortName="shop/cart-api:http" virtualServer="172.21.9.144:8080/TCP" err="file exists"`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n web logs web-nginx-6b7d9c6c9-7lq2t | head -5
/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)
/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
$ kubectl -n web exec -it toolbox-0 -- curl -sS -o /dev/null -w '%{http_code}\\n' http://172.16.4.23/
200
$ kubectl -n web exec -it toolbox-0 -- curl -g -sS -o /dev/null -w '%{http_code}\\n' "http://[2408:4005:3a1:9e00:7b2:1c:4d:11]/"
curl: (7) Failed to connect to 2408:4005:3a1:9e00:7b2:1c:4d:11 port 80 after 2 ms: Couldn't connect to server
000
command terminated with exit code 7`,
    expect: 'ipv6-app-not-listening',
    kind: 'paste',
  },

  // ---------------------------------------------------------------- single pasted error lines (5)
  {
    q: `  Warning  FailedCreatePodSandBox  38s (x3 over 71s)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "a41c9e2d7f0b": plugin type="terway" name="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:1f:8a:c2: not found`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'error',
  },
  {
    q: 'Upgrade add-on terway-eniip v1.5.7 -> v1.9.4 failed: ErrorCode: eip pool is not supported, RequestId: 7C1F2E6A-5B3D-4A9E-9F10-2D7B8C6E1A44',
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },
  {
    q: `[pod/kube-proxy-worker-7hv2x/kube-proxy] E1201 07:42:19.336017       1 run.go:74] "command failed" err="failed complete: unrecognized feature gate: IPv6DualStack"`,
    expect: 'kube-proxy-config',
    kind: 'error',
  },
  {
    q: `error: error executing jsonpath "{.spec.clusterIPs[1]}": Error executing template: array index out of bounds: index 1, length 1. Printing more information for debugging the template:`,
    expect: 'ipv6-clusterip-ipv4',
    kind: 'error',
  },
  {
    q: `-A KUBE-SERVICES -d 172.21.14.201/32 -p tcp -m comment --comment "payments/ledger-api:grpc has no endpoints" -m tcp --dport 9090 -j REJECT --reject-with icmp-port-unreachable`,
    expect: 'service-unreachable-endpoints',
    kind: 'error',
  },

  // ---------------------------------------------------------------- colloquial symptoms (15)
  {
    q: 'added a second vswitch to PodVswitchId and rollout restarted terway an hour ago, the new vswitch has 4000+ free IPs but pods on our older nodes still sit in ContainerCreating. nodes that joined today are fine',
    expect: 'vswitch-added-no-pod-ip',
    kind: 'symptom',
  },
  {
    q: 'some pods get 10.30.x.x addresses even though our terway pod vswitches are 10.40.0.0/18 and 10.40.64.0/18, so the RDS whitelist rejects them. the two nodes involved used to be in our staging cluster and were just re-added',
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'symptom',
  },
  {
    q: 'after we added a new vswitch to terway some pods cannot 出网 anymore, ping 114.114.114.114 from the pod gets no reply but from the node it works',
    expect: 'terway-vswitch-snat',
    kind: 'symptom',
  },
  {
    q: 'we rebuilt the cluster on terway and moved traffic over from the old flannel cluster yesterday. every node has a public IP and curl from the node works, but calls from inside pods to third party APIs just hang. same setup worked on the old cluster',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: 'dual stack: other pods can curl my pod on its ipv6 address fine, but from my laptop (has working ipv6) it never connects',
    expect: 'ipv6-internet-unreachable-bandwidth',
    kind: 'symptom',
  },
  {
    q: 'service now has an IPv6 cluster IP but a client pod cannot connect to it, the IPv4 cluster IP of the same service works and backends are Running',
    expect: 'ipv6-clusterip-unreachable',
    kind: 'symptom',
  },
  {
    q: 'created the cluster with ipv6 dual stack but kubectl get pods -o wide only ever shows 172.x addresses. did the pods not get v6 at all?',
    expect: 'ipv6-pod-ip-ipv4-only',
    kind: 'symptom',
  },
  {
    q: 'scaled out the node pool on our flannel cluster, the new nodes are Ready, pods get scheduled there and start, but they cannot reach anything - other pods, dns, nothing. old nodes are fine. where do I start looking',
    expect: 'flannel-new-node-no-network',
    kind: 'symptom',
  },
  {
    q: 'flannel: a pod calling its own service name times out every now and then, and with replicas=1 it times out every single time. other pods calling that service are fine',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: 'on terway freshly started pods cannot connect out for the first few seconds - our init container that runs db migrations fails on the first try then works on retry',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: 'resolving external hostnames from pods is much slower than on the node and coredns qps is way higher than our traffic. capture shows api.partner.com.default.svc.cluster.local, api.partner.com.svc.cluster.local etc before the real name',
    expect: 'dns-ndots-search-domains',
    kind: 'symptom',
  },
  {
    q: 'random dns failures from pods, maybe 1 in 500 lookups, sometimes a 5 second pause and then it resolves. coredns healthy, no restarts, no particular hostname, nothing changed recently',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: 'someone tidied up custom entries in the VPC route table yesterday, now pods on two of our flannel nodes cannot be reached from pods on other nodes. pod to pod on the same node still works',
    expect: 'pod-routes-missing',
    kind: 'symptom',
  },
  {
    q: 'flannel node went down hard after a power issue and came back, now every new pod scheduled there fails saying no IPs available, but there are only about 12 pods on that node',
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'symptom',
  },
  {
    q: 'idle long-lived TCP connections through a ClusterIP get silently dropped after about 15 minutes, kube-proxy ipvs mode, both client and server still think the socket is open',
    expect: 'ipvs-session-keepalive',
    kind: 'symptom',
  },

  // ---------------------------------------------------------------- other words and typos (8)
  {
    q: 'pod から外部宛ての IPv6 traffic never gets out, IPv4 outbound works fine - terway dual stack',
    expect: 'ipv6-no-internet-egress',
    kind: 'synonym',
  },
  {
    q: 'terway: one NIC per pod vs pods sharing a NIC, what is the difference and which one do I want',
    expect: 'terway-network-modes',
    kind: 'synonym',
  },
  {
    q: 'which CNI flavour is my ACK cluster on, and which subnets do the nodes and the pods take their addresses from',
    expect: 'view-network-type-vswitches',
    kind: 'synonym',
  },
  {
    q: "terway pod subnet shows zero available addresses, newly created pods don't get an address",
    expect: 'vswitch-ip-exhausted',
    kind: 'synonym',
  },
  {
    q: "on eBPF-accelerated terway does pod to service traffic even go through kube-proxy's virtual server table? ipvsadm -Lnc shows none of it",
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'synonym',
  },
  {
    q: 'eniip_virtual_tpye is "IPVlan" in eni-config, what does that mean',
    expect: 'terway-identify-datapath',
    kind: 'typo',
  },
  {
    q: 'k8s.aliyun.com/exclusive_mode_eni_type label is empty on my nodes - which eni mode are they running',
    expect: 'terway-identify-eni-mode',
    kind: 'typo',
  },
  {
    q: 'net.bridge.bridge_nf_call_iptables and ip_foward 0 on new host, pods on different hosts cant talk',
    expect: 'cni-misconfiguration',
    kind: 'typo',
  },

  // ---------------------------------------------------------------- how-to and concept (7)
  {
    q: 'how many pods per node can an ecs.g7.xlarge run with terway in shared eni mode',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: 'new production cluster: terway or flannel? we will probably need networkpolicy later',
    expect: 'choose-terway-or-flannel',
    kind: 'howto',
  },
  {
    q: 'can I convert an existing flannel cluster to terway in place',
    expect: 'switch-network-plugin',
    kind: 'howto',
  },
  {
    q: 'is it possible to enlarge the service cidr of an existing ack cluster',
    expect: 'change-cidr-after-creation',
    kind: 'howto',
  },
  {
    q: "how do I tcpdump one pod's traffic on a terway node, which interface do I capture on",
    expect: 'terway-packet-capture',
    kind: 'howto',
  },
  {
    q: "how to make one deployment's pods always take IPs from a dedicated vswitch so the database whitelist can be a single CIDR",
    expect: 'terway-fixed-pod-cidr',
    kind: 'howto',
  },
  {
    q: 'is datapath v2 the same thing as ipvlan ebpf? cluster creation only offers datapathv2 now',
    expect: 'terway-datapathv2',
    kind: 'howto',
  },
];
