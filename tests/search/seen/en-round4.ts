import type { Query } from '../types.ts';

/** English search-evaluation queries, held-out part (25) of the fourth round, written 2026-11-30 without looking at the search; read after it, so now part of development. */
export const queries: readonly Query[] = [
  {
    q: `node only has ~12 pods on it and the range is a /25, cluster still on 1.18 and runs a ton of every-minute cronjobs
$ kubectl describe pod order-sync-28391040-xq7vd -n batch | tail -6
Events:
  Type     Reason                  Age                  From                              Message
  ----     ------                  ----                 ----                              -------
  Normal   Scheduled               9m                   default-scheduler                 Successfully assigned batch/order-sync-28391040-xq7vd to cn-shanghai.10.12.3.47
  Warning  FailedCreatePodSandBox  2m3s (x31 over 9m)   kubelet, cn-shanghai.10.12.3.47   Failed create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "4e1f0a9c7b2d" network for pod "order-sync-28391040-xq7vd": networkPlugin cni failed to set up pod "order-sync-28391040-xq7vd_batch" network: failed to allocate for range 0: no IP addresses available in range set: 172.24.6.129-172.24.6.254
  Normal   SandboxChanged          2m2s (x31 over 9m)   kubelet, cn-shanghai.10.12.3.47   Pod sandbox changed, it will be killed and re-created.`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `we already added vsw-bp1k9x2m4n7q8r3t5w6y0 (4000+ free) to PodVswitchId yesterday and rolled terway. new nodes are fine, the old ecs.c6.large ones still can't start anything
$ kubectl describe po checkout-api-7c9d8f6b5-m2kqz -n shop
...
Events:
  Type     Reason                  Age                 From               Message
  ----     ------                  ----                ----               -------
  Normal   Scheduled               6m2s                default-scheduler  Successfully assigned shop/checkout-api-7c9d8f6b5-m2kqz to cn-hangzhou.192.168.3.118
  Warning  AllocIPFailed           5m49s (x9 over 6m)  terwayd            alloc IP failed: no eni can handle the allocation
  Warning  FailedCreatePodSandBox  5m48s               kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "a83c0e51f2": plugin type="terway" failed (add): cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded
$ kubectl get pod -n shop -o wide | grep ContainerCreating
checkout-api-7c9d8f6b5-m2kqz   0/1   ContainerCreating   0   6m9s   <none>   cn-hangzhou.192.168.3.118   <none>   <none>
checkout-api-7c9d8f6b5-w8rtn   0/1   ContainerCreating   0   6m9s   <none>   cn-hangzhou.192.168.3.121   <none>   <none>`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `gateway throwing 504s for everything behind cn-beijing.172.16.8.21 since ~9am
[root@iZ2ze8h1k3m5n7p9r1t3v5Z ~]# dmesg -T | tail -n 9
[Mon Nov 30 09:13:58 2026] cni0: port 7(veth3a9c2f1e) entered forwarding state
[Mon Nov 30 09:14:07 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Mon Nov 30 09:14:07 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Mon Nov 30 09:14:07 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Mon Nov 30 09:14:12 2026] net_ratelimit: 2391 callbacks suppressed
[Mon Nov 30 09:14:12 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Mon Nov 30 09:14:17 2026] net_ratelimit: 1877 callbacks suppressed
[Mon Nov 30 09:14:17 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Mon Nov 30 09:14:19 2026] IPv6: ADDRCONF(NETDEV_UP): veth91be07d4: link is not ready`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `fresh kubeadm cluster on centos 7, applied kube-flannel.yml, workers never come up
$ kubectl get pod -A -o wide | grep flannel
kube-flannel   kube-flannel-ds-4lq8n   0/1     Init:CrashLoopBackOff   7 (2m14s ago)   14m   10.0.2.15   k8s-node-02   <none>   <none>
kube-flannel   kube-flannel-ds-9xw2c   0/1     Init:CrashLoopBackOff   7 (1m58s ago)   14m   10.0.2.16   k8s-node-03   <none>   <none>
kube-flannel   kube-flannel-ds-tq7mr   1/1     Running                 0               14m   10.0.2.14   k8s-master    <none>   <none>
$ kubectl -n kube-flannel logs kube-flannel-ds-4lq8n -c install-cni
cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'paste',
  },
  {
    q: `every node went NotReady right after the 1.14 -> 1.16 upgrade
# kubectl get nodes
NAME                      STATUS     ROLES    AGE    VERSION
cn-shenzhen.172.18.0.31   NotReady   <none>   412d   v1.16.9-aliyun.1
cn-shenzhen.172.18.0.32   NotReady   <none>   412d   v1.16.9-aliyun.1
cn-shenzhen.172.18.0.33   NotReady   <none>   97d    v1.16.9-aliyun.1
# journalctl -u kubelet -n 4 --no-pager
Nov 30 03:41:17 iZwz9a1b2c3d4e5f6g7h8iZ kubelet[21873]: W1130 03:41:17.284911   21873 cni.go:202] Error validating CNI config &{cb0  false [0xc000a3c1e0 0xc000a3c2a0] [123 10 32 32 34 110 97 109 101]}: [plugin flannel does not support config version ""]
Nov 30 03:41:17 iZwz9a1b2c3d4e5f6g7h8iZ kubelet[21873]: W1130 03:41:17.284970   21873 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d
Nov 30 03:41:19 iZwz9a1b2c3d4e5f6g7h8iZ kubelet[21873]: E1130 03:41:19.902114   21873 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized
Nov 30 03:41:24 iZwz9a1b2c3d4e5f6g7h8iZ kubelet[21873]: I1130 03:41:24.006521   21873 kubelet_node_status.go:486] Recording NodeHasSufficientMemory event message for node cn-shenzhen.172.18.0.31`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `flannel dedicated cluster, started after netops created a custom route table for the IDC VPN on friday
$ kubectl -n kube-system logs cloud-controller-manager-5f7d9c8b6-k2xlp --tail=5
I1130 10:02:11.482913       1 route_controller.go:139] sync route tables: start reconcile
E1130 10:02:11.731504       1 route_controller.go:160] Reconciling route error: multiple route tables found by vpc id[vpc-bp1q2w3e4r5t6y7u8i9o0], length(tables)=2
I1130 10:02:11.731588       1 event.go:291] "Event occurred" type="Warning" reason="SyncRouteFailed" message="multiple route tables found by vpc id[vpc-bp1q2w3e4r5t6y7u8i9o0], length(tables)=2"
I1130 10:02:41.119032       1 service_controller.go:311] ensuring load balancer for service ingress-nginx/nginx-ingress-lb
I1130 10:02:41.402774       1 service_controller.go:343] load balancer lb-bp1x7k3m9n2q4r6t8v0wz is up to date`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `coredns pods stuck 0/1 since I re-applied the coredns yaml from our old repo
$ kubectl -n kube-system get pod -l k8s-app=kube-dns
NAME                       READY   STATUS    RESTARTS   AGE
coredns-6d4b75cb6d-x7k2p   0/1     Running   0          11m
coredns-6d4b75cb6d-qz9mf   0/1     Running   0          11m
$ kubectl -n kube-system logs coredns-6d4b75cb6d-x7k2p --tail=5
[INFO] plugin/ready: Still waiting on: "kubernetes"
W1130 08:17:44.120551       1 reflector.go:533] pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope
E1130 08:17:44.120610       1 reflector.go:148] pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope
[INFO] plugin/ready: Still waiting on: "kubernetes"
[INFO] plugin/ready: Still waiting on: "kubernetes"`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
  {
    q: `same thing every time the coredns addon gets upgraded: ~5 minutes of these, then it heals by itself
{"level":"error","ts":"2026-11-30T14:02:31.118Z","caller":"client/http.go:88","msg":"request failed","url":"http://inventory.shop.svc.cluster.local:8080/v1/stock","error":"dial tcp: lookup inventory.shop.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.41:52144->172.21.0.10:53: i/o timeout"}
{"level":"info","ts":"2026-11-30T14:02:33.907Z","caller":"server/handler.go:211","msg":"GET /v1/cart 200","latency_ms":4812}
{"level":"error","ts":"2026-11-30T14:02:36.402Z","caller":"client/http.go:88","msg":"request failed","url":"http://pricing.shop.svc.cluster.local:8080/v2/quote","error":"dial tcp: lookup pricing.shop.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.41:40817->172.21.0.10:53: i/o timeout"}
$ kubectl -n kube-system get pod -l k8s-app=kube-dns
NAME                       READY   STATUS    RESTARTS   AGE
coredns-5c8b9d7f6c-2mhtw   1/1     Running   0          3m10s
coredns-5c8b9d7f6c-vq4pz   1/1     Running   0          2m48s`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: `cluster was created with ipv6 dual stack, so where is the v6 address of my service?
$ kubectl get svc web -n prod
NAME   TYPE        CLUSTER-IP     EXTERNAL-IP   PORT(S)   AGE
web    ClusterIP   172.21.9.204   <none>        80/TCP    41d
$ kubectl get svc web -n prod -o jsonpath='{.spec.clusterIPs[1]}'
error: error executing jsonpath "{.spec.clusterIPs[1]}": Error executing template: array index out of bounds: index 1, length 1. Printing more information for debugging the template:
	template was:
		{.spec.clusterIPs[1]}`,
    expect: 'ipv6-clusterip-ipv4',
    kind: 'paste',
  },
  {
    q: `[root@iZbp1f2g3h4j5k6l7m8n9oZ ~]# curl -m 3 http://172.21.14.77:8080/healthz
curl: (7) Failed to connect to 172.21.14.77 port 8080 after 0 ms: Couldn't connect to server
[root@iZbp1f2g3h4j5k6l7m8n9oZ ~]# curl -m 3 http://172.20.2.36:8080/healthz
ok
[root@iZbp1f2g3h4j5k6l7m8n9oZ ~]# kubectl get ep payments -n fin
NAME       ENDPOINTS                           AGE
payments   172.20.2.36:8080,172.20.4.19:8080   9d
[root@iZbp1f2g3h4j5k6l7m8n9oZ ~]# ipvsadm -Ln -t 172.21.14.77:8080
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.14.77:8080 rr`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: `Warning  FailedCreatePodSandBox  2m (x14 over 31m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "5b1e9c3d7a": plugin type="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:0c:7a:91: not found`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'error',
  },
  {
    q: 'terway addon upgrde fails "eip pool is not supported", eni-conifg still has enable_eip_pool true, can i just flip it?',
    expect: 'terway-eip-pool-not-supported',
    kind: 'typo',
  },
  {
    q: 'grpc service with 6 replicas but 2 pods get almost all the traffic, clients keep long lived connections open. can kube-proxy send new conns to the least busy pod instead of round robin?',
    expect: 'ipvs-scheduler-long-connections',
    kind: 'symptom',
  },
  {
    q: 'increase coredns cahce time in the corefile, upstream resolver is getting hammered by our pods',
    expect: 'coredns-cache',
    kind: 'typo',
  },
  {
    q: 'flannel cluster: a pod calling its own service name hangs until timeout on maybe every third request, other pods calling the same svc never fail',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: 'terway cluster, I want a container port published on the node IP like docker run -p 8080:80. put it in the pod spec ports but nothing listens on the node',
    expect: 'flannel-hostport',
    kind: 'synonym',
  },
  {
    q: "how do i tcpdump just one pod's traffic on a terway node, which interface do i even capture on",
    expect: 'terway-packet-capture',
    kind: 'howto',
  },
  {
    q: 'max pods per node with terawy shared eni on ecs.g7.xlarge, how is that number worked out',
    expect: 'terway-max-pods',
    kind: 'typo',
  },
  {
    q: 'which flavour of terway acceleration am i on, and where is that set?',
    expect: 'terway-identify-datapath',
    kind: 'synonym',
  },
  {
    q: 'where in the console can I see which VPC, ECS machines and RAM role our k8s cluster is built on',
    expect: 'view-cluster-cloud-resources',
    kind: 'synonym',
  },
  {
    q: 'terway new pods are Running but their first outbound calls fail for a few seconds, the init step that pulls config from nacos crashes and on restart it works',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: 'DBA will only whitelist one /24 for our app pods on terway, pod IPs keep coming from random subnets. how do I pin one deployment to a single subnet?',
    expect: 'terway-fixed-pod-cidr',
    kind: 'synonym',
  },
  {
    q: 'can we replace the ack cni with calico via the helm chart, is that supported?',
    expect: 'third-party-network-plugins',
    kind: 'howto',
  },
  {
    q: 'new ACK cluster with terway: how big should the pod vswitches be and how do I pick the service cidr so nothing overlaps our IDC 10.0.0.0/8 over VPN',
    expect: 'plan-cluster-cidrs',
    kind: 'howto',
  },
  {
    q: 'added a vswitch to terway because we ran out of ips and now some pods have no outbound internet, the nodes can still curl out fine',
    expect: 'terway-vswitch-snat',
    kind: 'symptom',
  },
];
