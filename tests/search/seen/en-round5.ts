import type { Query } from '../types.ts';

/** English search-evaluation queries, held-out part (25) of the fifth round, written 2026-11-30 without looking at the search; read after it, so now part of development. */
export const queries: readonly Query[] = [
  {
    q: `$ kubectl get pod -n shop -o wide | grep -v Running
NAME                        READY   STATUS              RESTARTS   AGE   IP       NODE                       NOMINATED NODE   READINESS GATES
cart-api-7f9c6d8b5-2kqzt    0/1     ContainerCreating   0          14m   <none>   cn-hangzhou.192.168.3.47   <none>           <none>
cart-api-7f9c6d8b5-wn8rd    0/1     ContainerCreating   0          14m   <none>   cn-hangzhou.192.168.3.47   <none>           <none>
$ kubectl -n kube-system logs terway-eniip-x8kfn -c terway --tail=5
time="2026-11-30T02:14:07Z" level=info msg="allocate ip for pod shop/cart-api-7f9c6d8b5-2kqzt"
time="2026-11-30T02:14:08Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 7C1E02AF-3D5B-4B0E-9E61-52A8F0D3C6E1 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1k2x9mq7h4c3tz8w0ea\\" has not enough IpAddress., retrying"
time="2026-11-30T02:14:09Z" level=info msg="resource pool sync, eni eni-bp1dy3v7a0k5m2hx4qzr idle 0 inuse 29"
time="2026-11-30T02:14:12Z" level=info msg="allocate ip for pod shop/cart-api-7f9c6d8b5-wn8rd"`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `added vsw-bp18fz0c2n6ye5ktq3a1w to PodVswitchId and rolling-restarted terway-eniip yesterday, the new one has ~4000 free IPs, but pods on the older nodes still hang:
Events:
  Type     Reason                  Age                From               Message
  ----     ------                  ----               ----               -------
  Normal   Scheduled               6m                 default-scheduler  Successfully assigned batch/report-gen-28915440-7xkqp to cn-shanghai.10.20.1.86
  Warning  AllocIPFailed           5m (x14 over 6m)   terway-daemon      Alloc IP Failed: no eni can handle the allocation
  Warning  FailedCreatePodSandBox  5m                 kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3f9a1c07be2d": plugin type="terway" failed (add): cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `Events:
  Type     Reason                  Age                 From               Message
  ----     ------                  ----                ----               -------
  Normal   Scheduled               9m                  default-scheduler  Successfully assigned jobs/sync-orders-28915502-h7d2v to cn-beijing.10.8.2.31
  Warning  FailedCreatePodSandBox  2m3s (x31 over 9m)  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9c2e7b5d1a40": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.22.6.1-172.22.6.254
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-beijing.10.8.2.31 --no-headers | wc -l
11
the node was hard rebooted by an ECS maintenance event last night, only 11 pods on it`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `$ kubectl get nodes
NAME                       STATUS   ROLES    AGE   VERSION
cn-shenzhen.172.16.0.101   Ready    <none>   41d   v1.28.9-aliyun.1
cn-shenzhen.172.16.0.102   Ready    <none>   41d   v1.28.9-aliyun.1
cn-shenzhen.172.16.0.155   Ready    <none>   23m   v1.28.9-aliyun.1
cn-shenzhen.172.16.0.156   Ready    <none>   23m   v1.28.9-aliyun.1
$ kubectl describe pod web-6b8d9c7f4-q2lxm | tail -4
Events:
  Type     Reason            Age                  From               Message
  ----     ------            ----                 ----               -------
  Warning  FailedScheduling  2m14s (x9 over 20m)  default-scheduler  0/4 nodes are available: 2 Insufficient cpu, 2 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }. preemption: 0/4 nodes are available: 2 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `we created a custom route table for the IDC VPN last week, since then new flannel nodes can't reach pods on the others. dedicated cluster, ccm log:
I1130 09:41:20.101224       1 route_controller.go:215] syncing routes for 14 nodes
I1130 09:41:21.884310       1 event.go:294] "Event occurred" object="cn-hangzhou.192.168.5.63" kind="Node" apiVersion="v1" type="Normal" reason="Synced"
E1130 09:41:22.513377       1 routes.go:112] Reconciling route error: multiple route tables found by vpc id[vpc-uf6b2k9s0x1d7q3m8n4lc], length(tables)=2
I1130 09:41:22.513402       1 route_controller.go:231] route sync finished with errors, requeue after 30s`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `$ for ip in $(kubectl get pod -n payments -o jsonpath='{.items[*].status.podIP}'); do ping -c1 -W1 $ip >/dev/null && echo "ok   $ip" || echo "FAIL $ip"; done
ok   172.20.0.14
ok   172.20.0.27
FAIL 172.20.5.9
FAIL 172.20.5.12
ok   172.20.1.33
$ kubectl describe node cn-hangzhou.192.168.1.207 | sed -n '/Events:/,$p'
Events:
  Type     Reason             Age                From              Message
  ----     ------             ----               ----              -------
  Warning  CreateRouteFailed  4m (x12 over 58m)  route_controller  Could not create route 5d0e1f7a-6c2b 172.20.5.0/25 for node cn-hangzhou.192.168.1.207 after 3.1s: Error creating route entry in vtb-bp1q8w2e7r5t3y9u0i4o: Forbidden.RAM: User not authorized to operate on the specified resource, or this API doesn't support RAM.`,
    expect: 'pod-routes-missing',
    kind: 'paste',
  },
  {
    q: `2026-11-30T06:02:11.874Z	ERROR	orders	client/http.go:88	dial failed	{"err": "lookup inventory.shop.svc.cluster.local on 172.21.0.10:53: read udp 172.20.2.41:39817->172.21.0.10:53: i/o timeout"}
$ kubectl get pods -n kube-system -l k8s-app=kube-dns
NAME                       READY   STATUS    RESTARTS   AGE
coredns-6d4b75cb6d-x7k2p   1/1     Running   0          33d
coredns-6d4b75cb6d-m9q4w   1/1     Running   0          33d
$ kubectl get nodes -o wide | awk '{print $1, $NF}'
NAME CONTAINER-RUNTIME
cn-qingdao.10.0.4.11 docker://19.3.15
cn-qingdao.10.0.4.12 docker://19.3.15
[root@iZm5e3kq8v1c0xa9b2d7tnZ ~]# iptables -S FORWARD | head -n 1
-P FORWARD DROP`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `/ # curl -m 3 http://172.21.9.144:8080/healthz
curl: (7) Failed to connect to 172.21.9.144 port 8080 after 0 ms: Couldn't connect to server
/ # curl -m 3 http://172.20.3.77:8080/healthz
ok
$ kubectl get ep billing -n fin
NAME      ENDPOINTS                           AGE
billing   172.20.3.77:8080,172.20.4.19:8080   12d
[root@iZbp1f0c7wq2m9 ~]# ipvsadm -Ln -t 172.21.9.144:8080
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.9.144:8080 rr`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: `$ kubectl exec -it toolbox-5d9f7c8b6-kx2mw -- curl -g -sS --connect-timeout 5 "http://[2408:4005:3a1:8c00:9f2e:1b7a:40c3:6d15]:80/"
curl: (7) Failed to connect to 2408:4005:3a1:8c00:9f2e:1b7a:40c3:6d15 port 80 after 2 ms: Couldn't connect to server
command terminated with exit code 7
$ kubectl exec -it toolbox-5d9f7c8b6-kx2mw -- curl -sS -o /dev/null http://172.20.6.23/ && echo v4 ok
v4 ok
$ kubectl logs web-frontend-7c6b9d4f8-9zqrt | head -4
/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)
/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh`,
    expect: 'ipv6-app-not-listening',
    kind: 'paste',
  },
  {
    q: '[INFO] 172.20.3.41:52011 - 33817 "AAAA IN api.partner-bank.com.prod.svc.cluster.local. udp 61 false 512" NXDOMAIN qr,aa,rd 154 0.000093s',
    expect: 'dns-ndots-search-domains',
    kind: 'error',
  },
  {
    q: 'E1130 03:12:44.118902       1 reflector.go:147] pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope',
    expect: 'pod-api-server-access-rbac',
    kind: 'error',
  },
  {
    q: 'flannel cluster, one big node is already running ~120 pods and every new pod scheduled there now fails saying no more addresses in its range, other nodes are fine',
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'symptom',
  },
  {
    q: 'dns in pods fails randomly like 1 in 200 lookups, retry always works, sometimes a 5 sec hang first, coredns looks healthy',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: 'every time we upgrade coredns the apps get name lookup timeouts for about five minutes and then it sorts itself out',
    expect: 'ipvs-udp-timeout-dns',
    kind: 'symptom',
  },
  {
    q: 'moved our workloads from the old flannel cluster into a brand new terway cluster. the nodes each have a public ip and can ping out fine, but inside the containers nothing external works and third party api calls just time out',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: "terway pods on two nodes come up with IPs that aren't in any of the vswitches we configured, so the database whitelist rejects them. those nodes used to be in another cluster",
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'symptom',
  },
  {
    q: 'svc gives connection refused instantly, pods all Running, kubectl get ep shows <none>. we renamed the app label in the helm chart yesterday',
    expect: 'service-unreachable-endpoints',
    kind: 'symptom',
  },
  {
    q: 'terway: pods ran out of addresses so we added another subnet, now pods landing on the new subnet have no outbound internet while the nodes can still get out',
    expect: 'terway-vswitch-snat',
    kind: 'synonym',
  },
  {
    q: 'which flavour of terway acceleration is this cluster on, the old ipvlan ebpf one or datapath v2? where do I look',
    expect: 'terway-identify-datapath',
    kind: 'synonym',
  },
  {
    q: 'how can I tell whether terway gives every pod its own NIC or whether pods share one NIC on our cluster',
    expect: 'terway-identify-eni-mode',
    kind: 'synonym',
  },
  {
    q: 'safe way to raise corends cache from 30 to 60 in the Corfile?',
    expect: 'coredns-cache',
    kind: 'typo',
  },
  {
    q: 'dual stack cluster but kubectl get svc only shows an ipv4 cluster ip, ipFamliyPolicy SingelStack?',
    expect: 'ipv6-clusterip-ipv4',
    kind: 'typo',
  },
  {
    q: 'can we enlarge the service cidr or the pod cidr of an existing ACK cluster, or do we have to build a new one',
    expect: 'change-cidr-after-creation',
    kind: 'howto',
  },
  {
    q: 'on a terway ipvlan+ebpf cluster ipvsadm -Ln looks perfect on the node but pods still cant hit the service. does pod to service traffic even go through ipvs there?',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'howto',
  },
  {
    q: "scaled out our flannel node pool, pods that start on the new node can't reach anything. how do i go about finding out why",
    expect: 'flannel-new-node-no-network',
    kind: 'howto',
  },
];
