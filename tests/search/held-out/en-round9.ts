import type { Query } from '../types.ts';

/** English search-evaluation queries, held-out part (40) of the ninth round, written 2026-12-01 without looking at the search: scored, never tuned against. */
export const queries: readonly Query[] = [
  // ---- multi-line pastes ----
  {
    q: `$ kubectl describe pod order-svc-7c9f8d6b54-qk2lx -n prod | tail -8
Events:
  Type     Reason                  Age                   From               Message
  ----     ------                  ----                  ----               -------
  Normal   Scheduled               6m31s                 default-scheduler  Successfully assigned prod/order-svc-7c9f8d6b54-qk2lx to cn-hangzhou.10.0.3.47
  Warning  FailedCreatePodSandBox  6m1s                  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3f2a9c0d71e4b8": plugin type="terway" failed (add): cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded
  Normal   SandboxChanged          5m58s (x9 over 6m)    kubelet            Pod sandbox changed, it will be killed and re-created.
$ kubectl -n kube-system logs terway-eniip-8kq2d -c terway --tail=4
time="2026-11-30T07:55:01Z" level=info msg="ResourceManager Allocate" pod=prod/order-svc-7c9f8d6b54-qk2lx
time="2026-11-30T07:55:02Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 7F3B21C4-9E0A-4D55-B6C2-1A8E93F0D7B2 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1q8z3k0m4x7c2n5a9d1\\" has not enough IpAddress., retrying"
time="2026-11-30T07:55:04Z" level=info msg="ResourceManager Allocate" pod=prod/cart-5b6d9f7c8-2wzjq
time="2026-11-30T07:55:05Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 0C9D44A1-73B2-4F6E-8E1D-5D2A6B7C8F90 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough ..."`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },

  {
    q: `added vsw-bp1x9k2m7q0nw4p5s8a6c (zone-h, ~16k free) to PodVswitchId yesterday + rollout restart terway-eniip. new nodes fine, old nodes still stuck:

Events:
  Type     Reason                  Age                    From               Message
  ----     ------                  ----                   ----               -------
  Normal   Scheduled               4m12s                  default-scheduler  Successfully assigned batch/etl-worker-5d8b7c9f4-m2vqp to cn-hangzhou.192.168.10.31
  Warning  AllocIPFailed           3m50s (x7 over 4m11s)  terway-daemon      Alloc IP failed: no eni can handle the allocation
  Warning  FailedCreatePodSandBox  3m48s                  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9be1c04f2a": plugin type="terway" failed (add): cmdAdd: error alloc ip
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-hangzhou.192.168.10.31 | grep -c ContainerCreating
11`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },

  {
    q: `[root@iZbp1c3h8x2k5tq9w0ablmZ ~]# uptime
 10:42:17 up 13:05,  1 user,  load average: 0.31, 0.40, 0.38
[root@iZbp1c3h8x2k5tq9w0ablmZ ~]# ls /var/lib/cni/networks/cb0 | wc -l
63
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-shanghai.172.16.8.23 --no-headers | wc -l
9
$ kubectl describe pod cron-report-29410560-8xk4d -n jobs | tail -3
  Normal   Scheduled               41s                default-scheduler  Successfully assigned jobs/cron-report-29410560-8xk4d to cn-shanghai.172.16.8.23
  Warning  FailedCreatePodSandBox  38s (x5 over 41s)  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "c1f07e2d" network for pod "cron-report-29410560-8xk4d": networkPlugin cni failed to set up pod "cron-report-29410560-8xk4d_jobs" network: failed to allocate for range 0: no IP addresses available in range set: 172.20.6.1-172.20.6.62`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },

  {
    q: `$ kubectl describe node cn-beijing.10.20.3.18 | grep -E 'PodCIDR|Non-terminated|pods:'
PodCIDR:                      172.20.9.128/25
PodCIDRs:                     172.20.9.128/25
  pods:               256
Non-terminated Pods:          (131 in total)
$ kubectl get events -n api --field-selector involvedObject.name=gateway-7f5d8c6b9-zp4tn
LAST SEEN   TYPE      REASON                   OBJECT                          MESSAGE
12s         Warning   FailedCreatePodSandBox   pod/gateway-7f5d8c6b9-zp4tn     Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "ab37e0c1": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.20.9.129-172.20.9.254
3s          Normal    SandboxChanged           pod/gateway-7f5d8c6b9-zp4tn     Pod sandbox changed, it will be killed and re-created.
all other nodes schedule fine, this one is just packed`,
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'paste',
  },

  {
    q: `$ kubectl get events -n web --field-selector reason=FailedScheduling
LAST SEEN   TYPE      REASON             OBJECT                         MESSAGE
52s         Warning   FailedScheduling   pod/frontend-6b7f9c8d5-2lqzv   0/7 nodes are available: 3 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 4 Insufficient cpu. preemption: 0/7 nodes are available: 3 Preemption is not helpful for scheduling, 4 No preemption victims found for incoming pod.
$ kubectl get nodes
NAME                     STATUS   ROLES    AGE   VERSION
cn-beijing.10.20.1.14    Ready    <none>   41d   v1.26.3-aliyun.1
cn-beijing.10.20.1.15    Ready    <none>   41d   v1.26.3-aliyun.1
cn-beijing.10.20.4.199   Ready    <none>   22m   v1.26.3-aliyun.1
cn-beijing.10.20.4.200   Ready    <none>   22m   v1.26.3-aliyun.1
cn-beijing.10.20.4.201   Ready    <none>   22m   v1.26.3-aliyun.1`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },

  {
    q: `flannel cluster, we created a custom route table for the new db vswitch last week. now:
$ kubectl get events -A | grep -i route
default   3m2s    Warning   SyncRouteFailed   node/cn-shenzhen.172.18.5.66   Reconciling route error: multiple route tables found by vpc id[vpc-wz9m3k1x7c2q8p0d4hf5a], length(tables)=2
default   3m2s    Warning   SyncRouteFailed   node/cn-shenzhen.172.18.5.67   Reconciling route error: multiple route tables found by vpc id[vpc-wz9m3k1x7c2q8p0d4hf5a], length(tables)=2
default   58s     Normal    Starting          node/cn-shenzhen.172.18.5.67   Starting kubelet.`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },

  {
    q: `ingress returning 504s since ~21:10, node cn-hangzhou.192.168.3.102
# dmesg -T | tail
[Sun Nov 30 21:13:55 2026] IPv6: ADDRCONF(NETDEV_CHANGE): cali5e1c3b7f2d: link becomes ready
[Sun Nov 30 21:14:02 2026] TCP: request_sock_TCP: Possible SYN flooding on port 8080. Sending cookies.  Check SNMP counters.
[Sun Nov 30 21:14:07 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 21:14:07 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Sun Nov 30 21:14:12 2026] net_ratelimit: 1182 callbacks suppressed
[Sun Nov 30 21:14:12 2026] nf_conntrack: nf_conntrack: table full, dropping packet
# sysctl net.netfilter.nf_conntrack_count net.netfilter.nf_conntrack_max
net.netfilter.nf_conntrack_count = 262144
net.netfilter.nf_conntrack_max = 262144`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },

  {
    q: `after upgrade to 1.16 all nodes NotReady
$ kubectl get nodes
NAME                       STATUS     ROLES    AGE    VERSION
cn-qingdao.172.22.14.5     NotReady   <none>   210d   v1.16.9-aliyun.1
cn-qingdao.172.22.14.6     NotReady   <none>   210d   v1.16.9-aliyun.1
# journalctl -u kubelet --since "10 min ago" | tail -3
Nov 30 14:22:41 iZm5e8b2k9x0qv3r1c4pZ kubelet[1187]: E1130 14:22:41.512093    1187 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized
Nov 30 14:22:42 iZm5e8b2k9x0qv3r1c4pZ kubelet[1187]: W1130 14:22:42.004118    1187 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d
Nov 30 14:22:42 iZm5e8b2k9x0qv3r1c4pZ kubelet[1187]: W1130 14:22:42.004533    1187 cni.go:202] Error validating CNI config list {"name":"cb0","plugins":[{"type":"flannel","delegate":{"isDefaultGateway":true}}]}: [plugin flannel does not support config version ""]`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },

  {
    q: `$ kubectl -n kube-system get pod -l app=flannel -o wide
NAME                    READY   STATUS                  RESTARTS      AGE   IP              NODE
kube-flannel-ds-4xq8n   0/1     Init:CrashLoopBackOff   6 (72s ago)   9m    192.168.50.11   k8s-node-11
kube-flannel-ds-9tj2w   0/1     Init:CrashLoopBackOff   6 (80s ago)   9m    192.168.50.12   k8s-node-12
kube-flannel-ds-dlm7c   0/1     Init:CrashLoopBackOff   6 (65s ago)   9m    192.168.50.10   k8s-master-1
$ kubectl -n kube-system logs kube-flannel-ds-4xq8n -c install-cni
cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'paste',
  },

  {
    q: `coredns-7d9c5b8f6-r2xlm never gets Ready after we tightened rbac
[INFO] plugin/ready: Still waiting on: "kubernetes"
[INFO] plugin/ready: Still waiting on: "kubernetes"
W1201 02:11:09.318442       1 reflector.go:324] pkg/mod/k8s.io/client-go@v0.26.1/tools/cache/reflector.go:169: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope
E1201 02:11:09.318519       1 reflector.go:138] pkg/mod/k8s.io/client-go@v0.26.1/tools/cache/reflector.go:169: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope
[INFO] plugin/ready: Still waiting on: "kubernetes"`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },

  {
    q: `# coredns upgraded from addons page ~09:40, errors below till ~09:45 then recovered on its own
$ kubectl -n kube-system get pod -l k8s-app=kube-dns -o wide
NAME                      READY   STATUS    RESTARTS   AGE   IP            NODE
coredns-5f8c6d7b9-h4kzt   1/1     Running   0          6m    10.12.3.41    cn-hangzhou.10.12.0.37
coredns-5f8c6d7b9-w8rpx   1/1     Running   0          5m    10.12.1.77    cn-hangzhou.10.12.0.35
$ kubectl -n kube-system get cm kube-proxy-worker -o yaml | grep mode
    mode: ipvs
app log:
{"level":"error","ts":"2026-11-30T09:41:13.882Z","caller":"db/pool.go:88","msg":"dial failed","error":"dial tcp: lookup pg-main.prod.svc.cluster.local on 172.21.0.10:53: read udp 10.12.2.19:53412->172.21.0.10:53: i/o timeout","req_id":"a81f2c9e-4b7d-4e0a-9c55-0d3e6f1b2a77"}
{"level":"error","ts":"2026-11-30T09:43:57.104Z","caller":"db/pool.go:88","msg":"dial failed","error":"dial tcp: lookup pg-main.prod.svc.cluster.local on 172.21.0.10:53: read udp 10.12.2.19:40981->172.21.0.10:53: i/o timeout","req_id":"5d2e0b7a-1c9f-4a83-b6e4-7f0a2c3d9e18"}`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },

  {
    q: `/ # nslookup kubernetes.default
;; connection timed out; no servers could be reached

/ # cat /etc/resolv.conf
nameserver 172.21.0.10
search default.svc.cluster.local svc.cluster.local cluster.local
options ndots:5
$ kubectl -n kube-system get pod -l k8s-app=kube-dns
NAME                       READY   STATUS             RESTARTS         AGE
coredns-6d4b75cb6d-x7k2p   0/1     CrashLoopBackOff   14 (3m1s ago)    52m
coredns-6d4b75cb6d-q9wfn   0/1     CrashLoopBackOff   14 (2m48s ago)   52m`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },

  {
    q: `dual stack cluster, v4 works v6 doesnt:
$ kubectl get pod web-85d9c7f6b4-lx2mt -o jsonpath='{.status.podIPs}'
[{"ip":"172.20.3.51"},{"ip":"2408:4005:3a1:8b00::7c"}]
$ kubectl exec -it netshoot-6c8b9 -- curl -s -o /dev/null -w '%{http_code}' http://172.20.3.51:80
200
$ kubectl exec -it netshoot-6c8b9 -- curl -g http://[2408:4005:3a1:8b00::7c]:80
curl: (7) Failed to connect to 2408:4005:3a1:8b00::7c port 80 after 0 ms: Couldn't connect to server
command terminated with exit code 7`,
    expect: 'ipv6-app-not-listening',
    kind: 'paste',
  },

  // ---- single pasted error lines ----
  {
    q: `Nov 30 18:03:27 cn-hangzhou.172.16.2.88 kubelet[2231]: E1130 18:03:27.441908    2231 pod_workers.go:951] "Error syncing pod, skipping" err="failed to setup network for sandbox: plugin type=\\"terway\\" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:2c:9a:71: not found" pod="default/nginx-7b9f5c6d8-kk4pz"`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'error',
  },

  {
    q: 'Upgrade component terway-eniip to v1.5.7 failed. ErrorCode: eip pool is not supported, RequestId: 6A2E81F3-0C4B-5D7E-9F11-3B8C2D4E5A60',
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },

  {
    q: `[pod/coredns-7b5c8d6f9d-9wz4c/coredns] [ERROR] plugin/reload: Corefile changed but reload failed: starting with new Corefile: plugin/forward: /etc/coredns/Corefile:14 - Error during parsing: unknown property 'upstream'`,
    expect: 'coredns-cache',
    kind: 'error',
  },

  {
    q: 'The Service "api-gw" is invalid: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services',
    expect: 'ipv6-clusterip-ipv4',
    kind: 'error',
  },

  {
    q: `kube-proxy-worker-t8x2m  E1130 03:12:44.102938       1 server.go:494] "Error running ProxyServer" err="unrecognized feature gate: IPv6DualStack"`,
    expect: 'kube-proxy-config',
    kind: 'error',
  },

  // ---- colloquial symptoms ----
  {
    q: 'added a 2nd vsw to terway bc pods ran out of ips, now pods that got ips from the new one cant reach any public api (timeout). node itself curls fine. 出网 broken only for those pods??',
    expect: 'terway-vswitch-snat',
    kind: 'symptom',
  },
  {
    q: 'moved everything from our old flannel cluster to a brand new terway cluster last night. every node has an EIP but inside containers ping 114.114.114.114 is 100% loss and calls to the payment provider time out',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: "some pods got IPs that aren't in any of the vswitches i configured for terway, rds whitelist rejects them. those nodes were taken over from our staging cluster",
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'symptom',
  },
  {
    q: 'scaled out nodepool on flannel cluster, pods on the new node are Running but cant reach anything, other pods or svcs. old nodes ok. how do i debug this',
    expect: 'flannel-new-node-no-network',
    kind: 'symptom',
  },
  {
    q: 'pod calling its own service via clusterip hangs like half the time, other pods calling same svc are fine. flannel',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: 'terway: pod shows Running but first couple seconds every conn fails, our app dies on startup connecting to redis, after restart its fine',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: 'roughly 1 in 100 dns lookups inside pods fail at random, retry works immediately. coredns healthy and not loaded, happens in alpine and debian images',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: 'coredns log full of NXDOMAIN for api.stripe.com.default.svc.cluster.local and api.stripe.com.svc.cluster.local, every external lookup from pods slow',
    expect: 'dns-ndots-search-domains',
    kind: 'symptom',
  },
  {
    q: 'dual stack: curl to the svc ipv6 clusterip fails, v4 clusterip ok, backend pods running fine. svc says PreferDualStack',
    expect: 'ipv6-clusterip-unreachable',
    kind: 'symptom',
  },
  {
    q: 'curl podip:8080 works from every node but the clusterip just hangs. endpoints list both pods correctly. kube-proxy in ipvs mode',
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'symptom',
  },
  {
    q: "upgraded docker on worker nodes this morning and since then pods can't resolve anything, not even svc names. coredns pods are Running. noticed iptables FORWARD policy is DROP, related?",
    expect: 'dns-resolution-fails',
    kind: 'symptom',
  },

  // ---- other words / typos ----
  {
    q: 'dual-stack pods have a v6 address but outbound v6 to the outside world doesnt work, v4 egress fine',
    expect: 'ipv6-no-internet-egress',
    kind: 'synonym',
  },
  {
    q: 'terway: how to tell if each pod gets its own dedicated NIC or pods share NICs on the node',
    expect: 'terway-identify-eni-mode',
    kind: 'synonym',
  },
  {
    q: 'which CNI flavour is my ack cluster on and which subnets do the pods take addresses from',
    expect: 'view-network-type-vswitches',
    kind: 'synonym',
  },
  {
    q: 'eniip_virtal_type in eni-confg says ipvlan, is that the ebpf accel or datapath v2??',
    expect: 'terway-identify-datapath',
    kind: 'typo',
  },
  {
    q: 'turn on in cluster load balance for an existing terway ipvaln cluster, in_cluster_load_balance key?',
    expect: 'terway-in-cluster-loadbalance',
    kind: 'typo',
  },
  {
    q: 'how to change kube-porxy settings on ack, kube-proxy-wroker configmap? do i need to recreate the pods after',
    expect: 'kube-proxy-config',
    kind: 'typo',
  },

  // ---- how-to / concept ----
  {
    q: 'how many pods can one ecs.g7.2xlarge node run with terway shared eni, whats the formula',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: 'can i convert an existing flannel cluster to terway in place or do i need a new cluster',
    expect: 'switch-network-plugin',
    kind: 'howto',
  },
  {
    q: "can the service cidr be made bigger after the cluster is created? we're running low on clusterIPs",
    expect: 'change-cidr-after-creation',
    kind: 'howto',
  },
  {
    q: "how do i tcpdump a single pod's traffic on a terway node, which interface",
    expect: 'terway-packet-capture',
    kind: 'howto',
  },
  {
    q: 'does terway ipvlan+ebpf skip ipvs? ipvsadm -Lnc on the node shows nothing for my pod->svc traffic',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'howto',
  },
];
