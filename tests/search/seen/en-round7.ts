import type { Query } from '../types.ts';

/** English search-evaluation queries, held-out part (40) of the seventh round, written 2026-11-30 without looking at the search; its misses were read in the tenth round, so it joined development. */
export const queries: readonly Query[] = [
  // ---------------------------------------------------------------- pastes (12)
  {
    q: `$ kubectl describe pod order-api-6f8d9c7b54-qm2zt -n prod | tail -7
Events:
  Type     Reason                  Age                  From               Message
  ----     ------                  ----                 ----               -------
  Normal   Scheduled               6m12s                default-scheduler  Successfully assigned prod/order-api-6f8d9c7b54-qm2zt to cn-shanghai.10.0.48.17
  Warning  AllocIPFailed           2m3s (x14 over 6m)   terway-daemon      Alloc IP failed for pod prod/order-api-6f8d9c7b54-qm2zt
  Warning  FailedCreatePodSandBox  55s (x9 over 5m40s)  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3f1c9ae07b2d": plugin type="terway" failed (add): cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded
$ kubectl logs -n kube-system terway-eniip-8kx2d -c terway --tail=4
time="2026-11-30T03:14:05Z" level=info msg="resource pool: idle=0 inuse=31 max=45" component=pool
time="2026-11-30T03:14:07Z" level=info msg="sync pool, trying to allocate 1 ip" component=pool
time="2026-11-30T03:14:09Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 4F1B8C2E-9A7D-4E0B-B1C3-77D2A95E0F14 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-uf6k2x9q8p1m3n4b5c6d7\\" has not enough IpAddress., retrying"
time="2026-11-30T03:14:11Z" level=info msg="sync pool, trying to allocate 1 ip" component=pool`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `  Warning  FailedCreatePodSandBox  3m2s (x31 over 19m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9be2f07c1d44": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.20.7.2-172.20.7.254
  Normal   SandboxChanged          3m1s (x31 over 19m)  kubelet  Pod sandbox changed, it will be killed and re-created.
[root@iZ2ze8f1k3m9x0q7wz4t5aZ ~]# ls /var/lib/cni/networks/cb0 | wc -l
255
[root@iZ2ze8f1k3m9x0q7wz4t5aZ ~]# uptime
 09:47:12 up 10:03,  1 user,  load average: 0.41, 0.52, 0.60
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-beijing.172.16.3.41 --no-headers | grep -v Completed | wc -l
17`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `$ kubectl get nodes
NAME                       STATUS   ROLES    AGE   VERSION
cn-hangzhou.192.168.0.12   Ready    <none>   41d   v1.28.3-aliyun.1
cn-hangzhou.192.168.0.13   Ready    <none>   41d   v1.28.3-aliyun.1
cn-hangzhou.192.168.4.77   Ready    <none>   23m   v1.28.3-aliyun.1
cn-hangzhou.192.168.4.78   Ready    <none>   23m   v1.28.3-aliyun.1
$ kubectl describe pod web-7c9f6d8b4-2xkqp | tail -4
Events:
  Type     Reason            Age                  From               Message
  ----     ------            ----                 ----               -------
  Warning  FailedScheduling  2m41s (x6 over 22m)  default-scheduler  0/4 nodes are available: 2 Insufficient cpu, 2 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }. preemption: 0/4 nodes are available: 2 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `we added a custom route table for the IDC VPN on monday, since then this keeps showing up (dedicated cluster, flannel):
$ kubectl -n kube-system logs cloud-controller-manager-5k7vd --since=10m | tail -5
I1130 09:12:43.902114       1 route_controller.go:98] route controller: start reconciling, nodes=14
I1130 09:12:44.118204       1 routes.go:87] list route tables for vpc-wz9x7f3k2m8q1p0t6r5s4
E1130 09:12:44.301977       1 route_controller.go:129] Reconciling route error: multiple route tables found by vpc id[vpc-wz9x7f3k2m8q1p0t6r5s4], length(tables)=2
I1130 09:12:44.302010       1 event.go:294] "Event occurred" type="Warning" reason="SyncRouteFailed"
I1130 09:12:48.577930       1 service_controller.go:412] ensure loadbalancer for service ingress-nginx/nginx-ingress-lb: no change`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `{"level":"error","ts":"2026-11-30T11:02:17.441Z","caller":"db/pool.go:88","msg":"connect failed","error":"dial tcp: lookup pg-primary.data.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.56:48211->172.21.0.10:53: i/o timeout","request_id":"c0b9e7a2-5d1f-4e8a-9a0c-2f6b1d3e4a77"}
{"level":"error","ts":"2026-11-30T11:02:22.447Z","caller":"http/client.go:61","msg":"upstream call failed","error":"Get \\"https://api.partner.example.com/v2/quote\\": dial tcp: lookup api.partner.example.com on 172.21.0.10:53: read udp 172.20.3.56:39107->172.21.0.10:53: i/o timeout"}
$ kubectl -n kube-system get pods -l k8s-app=kube-dns -o wide
NAME                       READY   STATUS             RESTARTS       AGE   IP            NODE
coredns-6d4b75cb6d-x7k2p   0/1     CrashLoopBackOff   12 (2m ago)    3d    172.20.1.31   cn-hangzhou.192.168.0.21
coredns-6d4b75cb6d-q9w4n   0/1     CrashLoopBackOff   12 (71s ago)   3d    172.20.2.18   cn-hangzhou.192.168.0.22
$ kubectl -n kube-system get ep kube-dns
NAME       ENDPOINTS   AGE
kube-dns   <none>      212d`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n kube-system get events --sort-by=.lastTimestamp | tail -5
4m12s   Normal   Killing            pod/coredns-5f8c7d9b6-lz8rt         Stopping container coredns
4m12s   Normal   SuccessfulDelete   replicaset/coredns-5f8c7d9b6        Deleted pod: coredns-5f8c7d9b6-lz8rt
4m10s   Normal   Scheduled          pod/coredns-7d4c9f8b55-hp2vx        Successfully assigned kube-system/coredns-7d4c9f8b55-hp2vx to cn-beijing.10.1.2.33
4m6s    Normal   Started            pod/coredns-7d4c9f8b55-hp2vx        Started container coredns
--- checkout pods, same window ---
2026-11-30 14:21:07.512 WARN  [checkout-5b6d8f7c9-tq4zm] redis dial failed: lookup redis-master.cache.svc.cluster.local: Temporary failure in name resolution
2026-11-30 14:23:40.087 WARN  [checkout-5b6d8f7c9-9xk2d] redis dial failed: lookup redis-master.cache.svc.cluster.local: Temporary failure in name resolution
2026-11-30 14:25:58.930 INFO  [checkout-5b6d8f7c9-tq4zm] redis reconnected after 291s
$ kubectl -n kube-system get cm kube-proxy-worker -o yaml | grep mode:
    mode: ipvs`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: `[2031447.118502] cni0: port 7(veth6c2a91f4) entered forwarding state
[2031502.770113] nf_conntrack: nf_conntrack: table full, dropping packet
[2031502.771902] nf_conntrack: nf_conntrack: table full, dropping packet
[2031507.775016] net_ratelimit: 1482 callbacks suppressed
[2031507.775021] nf_conntrack: nf_conntrack: table full, dropping packet
-- ingress controller on cn-shenzhen.10.20.1.7 --
2026/11/30 10:41:05 [error] 31#31: *918231 upstream timed out (110: Connection timed out) while connecting to upstream, client: 101.68.77.14, server: shop.example.com, request: "GET /api/v1/cart HTTP/1.1", upstream: "http://172.20.4.19:8080/api/v1/cart"
101.68.77.14 - - [30/Nov/2026:10:41:05 +0800] "GET /api/v1/cart HTTP/1.1" 504 160 "-" "okhttp/4.9.3" 5.001 [shop-cart-8080] 172.20.4.19:8080 0 5.000 504 7e1c0a9b44d2f3a1`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `$ kubectl get nodes
NAME                  STATUS     ROLES    AGE    VERSION
cn-qingdao.10.0.1.5   NotReady   <none>   402d   v1.16.9-aliyun.1
cn-qingdao.10.0.1.6   NotReady   <none>   402d   v1.16.9-aliyun.1
$ kubectl describe node cn-qingdao.10.0.1.5 | grep KubeletNotReady
  Ready   False   Sun, 30 Nov 2026 08:12:44 +0800   Sun, 30 Nov 2026 08:01:10 +0800   KubeletNotReady   runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized
[root@iZm5e1a2b3c4d5e6f7g8h9Z ~]# journalctl -u kubelet --since "15 min ago" | tail -3
Nov 30 08:12:45 iZm5e1a2b3c4d5e6f7g8h9Z kubelet[1327]: W1130 08:12:45.201337    1327 cni.go:202] Error validating CNI config list {"name":"cb0","plugins":[{"type":"flannel","delegate":{"isDefaultGateway":true}},{"type":"portmap","capabilities":{"portMappings":true}}]}: [plugin flannel does not support config version ""]
Nov 30 08:12:45 iZm5e1a2b3c4d5e6f7g8h9Z kubelet[1327]: W1130 08:12:45.201370    1327 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d
Nov 30 08:12:45 iZm5e1a2b3c4d5e6f7g8h9Z kubelet[1327]: E1130 08:12:45.201398    1327 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `Events:
  Type     Reason                  Age                  From               Message
  ----     ------                  ----                 ----               -------
  Normal   Scheduled               14m                  default-scheduler  Successfully assigned batch/etl-worker-0 to cn-zhangjiakou.172.22.10.8
  Warning  FailedCreatePodSandBox  2m7s (x37 over 14m)  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "c4e1d93a7f0b": plugin type="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:1f:a8:7c: not found
  Normal   SandboxChanged          2m6s (x37 over 14m)  kubelet            Pod sandbox changed, it will be killed and re-created.`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n ops logs cert-sync-operator-7b9c6d5f4-m2xkq --tail=4
I1130 06:33:09.771020       1 main.go:71] starting cert-sync-operator version=v0.9.2 watchNamespace=""
E1130 06:33:10.882915       1 reflector.go:147] pkg/mod/k8s.io/client-go@v0.28.4/tools/cache/reflector.go:229: Failed to watch *v1.Secret: failed to list *v1.Secret: secrets is forbidden: User "system:serviceaccount:ops:cert-sync-operator" cannot list resource "secrets" in API group "" at the cluster scope
I1130 06:33:11.004117       1 leaderelection.go:250] attempting to acquire leader lease ops/cert-sync-operator-lock...
E1130 06:33:21.913406       1 reflector.go:147] pkg/mod/k8s.io/client-go@v0.28.4/tools/cache/reflector.go:229: Failed to watch *v1.Secret: failed to list *v1.Secret: secrets is forbidden: User "system:serviceaccount:ops:cert-sync-operator" cannot list resource "secrets" in API group "" at the cluster scope`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
  {
    q: `$ kubectl exec -it toolbox-5c8d7f6b9-lq2wz -n web -- curl -sS -o /dev/null -w '%{http_code}\\n' http://172.20.9.41:80/
200
$ kubectl exec -it toolbox-5c8d7f6b9-lq2wz -n web -- curl -g -sS -o /dev/null -w '%{http_code}\\n' "http://[2408:4002:10c4:8a01::29]:80/"
curl: (7) Failed to connect to 2408:4002:10c4:8a01::29 port 80 after 0 ms: Couldn't connect to server
000
command terminated with exit code 7
$ kubectl logs nginx-gw-7f6b9d5c8-wq4rt -n web | head -4
/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)
/docker-entrypoint.sh: Configuration complete; ready for start up`,
    expect: 'ipv6-app-not-listening',
    kind: 'paste',
  },
  {
    q: `[root@cn-shenzhen.10.20.3.14 ~]# curl -m 3 http://172.21.14.203:8080/healthz
curl: (7) Failed to connect to 172.21.14.203 port 8080: Connection refused
[root@cn-shenzhen.10.20.3.14 ~]# curl -m 3 http://10.20.64.17:8080/healthz
ok
$ kubectl -n pay get svc,ep ledger
NAME             TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)    AGE
service/ledger   ClusterIP   172.21.14.203   <none>        8080/TCP   9d

NAME               ENDPOINTS                          AGE
endpoints/ledger   10.20.64.17:8080,10.20.65.9:8080   9d
[root@cn-shenzhen.10.20.3.14 ~]# ipvsadm -Ln -t 172.21.14.203:8080
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.14.203:8080 rr`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },

  // ---------------------------------------------------------------- single error lines (4)
  {
    q: `kube-flannel-ds-4hx8z install-cni 2026-11-30T02:17:55.031Z cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'error',
  },
  {
    q: 'Upgrade of addon terway-eniip v1.5.6 -> v1.9.2 failed, cluster c8a3f1e9b2d4c47e6a0f5b1d7e9c2a8f4: eip pool is not supported (RequestId: 7C1E4B2A-3F9D-5E60-A8B1-0D2C6E4F9A13)',
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },
  {
    q: `error: error executing jsonpath "{.spec.clusterIPs[1]}": Error executing template: array index out of bounds: index 1, length 1. Printing more information for debugging the template:`,
    expect: 'ipv6-clusterip-ipv4',
    kind: 'error',
  },
  {
    q: `[INFO] 172.20.5.33:52811 - 33021 "AAAA IN api.stripe.com.payments.svc.cluster.local. udp 60 false 512" NXDOMAIN qr,aa,rd 153 0.000093s`,
    expect: 'dns-ndots-search-domains',
    kind: 'error',
  },

  // ---------------------------------------------------------------- symptoms (12)
  {
    q: 'added a new vswitch to PodVswitchId and rolled terway, new vsw has 4000+ free ips but pods on the old nodes still stuck in ContainerCreating. freshly added nodes are fine',
    expect: 'vswitch-added-no-pod-ip',
    kind: 'symptom',
  },
  {
    q: 'we were out of pod IPs so we added a second vswitch to terway. since then some pods cant reach external APIs at all (timeouts), others are fine, and curl from the node itself works',
    expect: 'terway-vswitch-snat',
    kind: 'symptom',
  },
  {
    q: 'moved everything from our old flannel cluster to a new terway cluster and switched DNS over. nodes have public IPs and ping 114.114.114.114 fine but from inside any container ping and outbound https just hang. worked on flannel',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: 'some pods on two nodes get IPs that are not in any of the pod vswitches we configured, RDS whitelist rejects them. those two nodes were in our staging cluster before',
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'symptom',
  },
  {
    q: 'scaled out the node pool on a flannel cluster, pods on the 3 new nodes start and are Running but cant talk to anything, pods on old nodes fine. where do i start debugging',
    expect: 'flannel-new-node-no-network',
    kind: 'symptom',
  },
  {
    q: 'dual stack cluster, pods got v6 addresses, curl -4 to the internet works through NAT but curl -6 to anything outside just times out',
    expect: 'ipv6-no-internet-egress',
    kind: 'symptom',
  },
  {
    q: 'random dns failures from pods, maybe 1 in 200 lookups, sometimes a 5 second stall then it resolves on retry. coredns looks healthy, not tied to any restart or deploy',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: 'flannel: a pod calling its own service by name times out about half the time, every other pod calling the same svc never fails. with 1 replica it fails every time',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: 'one flannel node is packed with ~60 pods and any new pod scheduled there never gets an IP, same deployment starts fine on the other nodes. no reboot or crash on that node',
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'symptom',
  },
  {
    q: 'dual-stack: hitting the ipv6 cluster ip of a service fails but the ipv4 cluster ip of the same service works, backend pods are all Running',
    expect: 'ipv6-clusterip-unreachable',
    kind: 'symptom',
  },
  {
    q: 'terway cluster, pod goes Running but the app startup db connection fails, a few seconds later the same connection works fine. happens on every new pod',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: 'after docker got upgraded on one node nothing in the pods on that node resolves anymore, nslookup just times out. coredns pods are running, other nodes fine',
    expect: 'dns-resolution-fails',
    kind: 'symptom',
  },

  // ---------------------------------------------------------------- synonyms and typos (6)
  {
    q: 'terway pod subnet has 0 free addresses left, new pods hang in creating',
    expect: 'vswitch-ip-exhausted',
    kind: 'synonym',
  },
  {
    q: 'how do i find out which CNI this cluster runs and which subnets the pods pull their addresses from',
    expect: 'view-network-type-vswitches',
    kind: 'synonym',
  },
  {
    q: 'pod reachable on its ipv6 from other pods in the vpc but nobody outside can connect to it inbound from the public internet',
    expect: 'ipv6-internet-unreachable-bandwidth',
    kind: 'synonym',
  },
  {
    q: 'eniip_virutal_type in eni-config says IPVlan, what acceleration is that',
    expect: 'terway-identify-datapath',
    kind: 'typo',
  },
  {
    q: 'coredns chache ttl bump to 60 in corefile, upstream dns gets hammered',
    expect: 'coredns-cache',
    kind: 'typo',
  },
  {
    q: 'k8s.aliyun.com/exclusive_mode_eni_type label is empty on all my nodes, so are they exclusive or shared eni',
    expect: 'terway-identify-eni-mode',
    kind: 'typo',
  },

  // ---------------------------------------------------------------- how-to and concept (6)
  {
    q: 'max pods per node terway on ecs.g7.xlarge shared eni, how is it calculated',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: 'setting up a new ACK cluster, flannel or terway? we dont use network policies',
    expect: 'choose-terway-or-flannel',
    kind: 'howto',
  },
  {
    q: 'service cidr is too small on an existing ack cluster, can I expand it or do we need a new cluster',
    expect: 'change-cidr-after-creation',
    kind: 'howto',
  },
  {
    q: 'can we convert an existing ACK cluster from flannel to terway in place without rebuilding it',
    expect: 'switch-network-plugin',
    kind: 'howto',
  },
  {
    q: 'terway ipvlan cluster: does pod to service traffic even go through ipvs? ipvsadm -Lnc on the node shows none of my pod connections',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'howto',
  },
  {
    q: 'what is datapath v2 in terway, how is it different from ipvlan+ebpf and do old ipvlan clusters get switched to it',
    expect: 'terway-datapathv2',
    kind: 'howto',
  },
];
