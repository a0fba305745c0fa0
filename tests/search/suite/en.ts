import type { Query } from '../types.ts';

/** English search-evaluation queries, development part (75): pastes, error lines, symptoms, how-tos, typos, synonyms. */
export const queries: readonly Query[] = [
  // ---------------------------------------------------------------- pastes
  {
    q: `$ kubectl get pod -n prod -o wide | grep -v Running
NAME                        READY   STATUS              RESTARTS   AGE   IP       NODE                       NOMINATED NODE   READINESS GATES
order-api-7c9f8d6b5-qwx2n   0/1     ContainerCreating   0          14m   <none>   cn-hangzhou.192.168.3.41   <none>           <none>
order-api-7c9f8d6b5-zk4lm   0/1     ContainerCreating   0          14m   <none>   cn-hangzhou.192.168.3.47   <none>           <none>
$ kubectl logs -n kube-system terway-eniip-8xk2d -c terway --tail=6
time="2024-11-30T03:12:41Z" level=info msg="handle request" pod=prod/order-api-7c9f8d6b5-qwx2n
time="2024-11-30T03:12:41Z" level=debug msg="try to allocate ip from eni" eni=eni-bp1d3k8x2q0w7m5c9a1f
time="2024-11-30T03:12:42Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 6C1D0E2A-9B3F-4E77-A1C2-55F0D8B3E901 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1k2m9xq7c3f8d0a1b2c\\" has not enough IpAddress., retrying"
time="2024-11-30T03:12:44Z" level=info msg="handle request" pod=prod/order-api-7c9f8d6b5-zk4lm
time="2024-11-30T03:12:45Z" level=error msg="error allocate ip for pod" pod=prod/order-api-7c9f8d6b5-zk4lm`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `added vsw-bp1n7x3k9q2m0c8d4f6a to PodVswitchId and did rollout restart terway-eniip yesterday, old nodes still like this:

Events:
  Type     Reason                  Age                 From               Message
  ----     ------                  ----                ----               -------
  Normal   Scheduled               6m                  default-scheduler  Successfully assigned pay/settle-worker-5d8b7c9f4-m2xkq to cn-shanghai.10.20.1.18
  Warning  AllocIPFailed           5m41s (x9 over 6m)  terway-daemon      alloc ip failed: no eni can handle the allocation
  Warning  FailedCreatePodSandBox  5m40s               kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9e0c1f7a2b4d": plugin type="terway" name="terway" failed (add): cmdAdd: error alloc ip rpc error: code = Unknown desc = no eni can handle the allocation

nodes from the scaled out nodepool are fine. ecs console shows 8 ENIs attached on this one (ecs.g6.2xlarge)`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: `Events:
  Type     Reason                  Age                 From     Message
  ----     ------                  ----                ----     -------
  Warning  FailedCreatePodSandBox  2m (x31 over 17m)   kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "b6f1e0a9c3d2": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.20.7.1-172.20.7.126
  Normal   SandboxChanged          2m (x31 over 17m)   kubelet  Pod sandbox changed, it will be killed and re-created.

[root@cn-beijing.172.16.8.23 ~]# crictl pods --state ready -q | wc -l
11
[root@cn-beijing.172.16.8.23 ~]# ls /var/lib/cni/networks/cb0 | wc -l
128
node was hard rebooted (power loss) last night`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `$ kubectl describe pod batch-runner-6f7d9c8b7-x2vqp -n jobs | tail -5
Events:
  Type     Reason                  Age   From               Message
  ----     ------                  ----  ----               -------
  Normal   Scheduled               47s   default-scheduler  Successfully assigned jobs/batch-runner-6f7d9c8b7-x2vqp to cn-shenzhen.10.0.4.15
  Warning  FailedCreatePodSandBox  45s   kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "3d9e0b1c" network for pod "batch-runner-6f7d9c8b7-x2vqp": networkPlugin cni failed to set up pod "batch-runner-6f7d9c8b7-x2vqp_jobs" network: failed to allocate for range 0: no IP addresses available in range set: 172.30.34.129-172.30.34.190
$ kubectl get node cn-shenzhen.10.0.4.15 -o jsonpath='{.spec.podCIDR}'
172.30.34.128/26
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-shenzhen.10.0.4.15 --no-headers | grep -c Running
67`,
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'paste',
  },
  {
    q: `[root@master-01 ~]# kubectl get pod -A -o wide | grep flannel
kube-flannel   kube-flannel-ds-7hx2q   0/1   Init:CrashLoopBackOff   6 (2m11s ago)   9m   10.10.0.11   k8s-node-1   <none>   <none>
kube-flannel   kube-flannel-ds-k9w4z   0/1   Init:CrashLoopBackOff   6 (2m40s ago)   9m   10.10.0.12   k8s-node-2   <none>   <none>
kube-flannel   kube-flannel-ds-tq8mn   1/1   Running                 0               9m   10.10.0.10   master-01    <none>   <none>
[root@master-01 ~]# kubectl -n kube-flannel logs kube-flannel-ds-7hx2q -c install-cni
cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied
[root@master-01 ~]# cat /etc/redhat-release
CentOS Linux release 7.9.2009 (Core)`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'paste',
  },
  {
    q: `after upgrading cluster to 1.16 all nodes NotReady, flannel image was bumped manually some time ago

$ kubectl get nodes
NAME                       STATUS     ROLES    AGE    VERSION
cn-hangzhou.192.168.0.12   NotReady   <none>   412d   v1.16.9-aliyun.1
cn-hangzhou.192.168.0.13   NotReady   <none>   412d   v1.16.9-aliyun.1
cn-hangzhou.192.168.0.14   NotReady   <none>   97d    v1.16.9-aliyun.1
$ kubectl describe node cn-hangzhou.192.168.0.12 | grep -i ' ready'
  Ready            False   Sat, 30 Nov 2024 10:02:11 +0800   Sat, 30 Nov 2024 09:41:27 +0800   KubeletNotReady   runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `$ kubectl describe pod web-6d9f7c6b8-2kq9x | sed -n '/Events/,$p'
Events:
  Type     Reason            Age                 From               Message
  ----     ------            ----                ----               -------
  Warning  FailedScheduling  3m2s (x4 over 18m)  default-scheduler  0/8 nodes are available: 3 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 5 Insufficient cpu. preemption: 0/8 nodes are available: 3 Preemption is not helpful for scheduling, 5 No preemption victims found for incoming pod.
$ kubectl get nodes
NAME                     STATUS   ROLES    AGE   VERSION
cn-beijing.10.12.0.101   Ready    <none>   90d   v1.28.3-aliyun.1
cn-beijing.10.12.0.102   Ready    <none>   90d   v1.28.3-aliyun.1
cn-beijing.10.12.0.188   Ready    <none>   21m   v1.28.3-aliyun.1
cn-beijing.10.12.0.189   Ready    <none>   21m   v1.28.3-aliyun.1
cn-beijing.10.12.0.190   Ready    <none>   21m   v1.28.3-aliyun.1`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `we added a custom route table in the vpc for the vpn gw last week, since then:

$ kubectl get events -A --field-selector reason=SyncRouteFailed
NAMESPACE   LAST SEEN   TYPE      REASON            OBJECT                              MESSAGE
default     2m14s       Warning   SyncRouteFailed   service/cloud-controller-manager    Reconciling route error: multiple route tables found by vpc id[vpc-uf6x8k2mzq0c7r1t4y9a], length(tables)=2
default     52s         Warning   SyncRouteFailed   service/cloud-controller-manager    Reconciling route error: multiple route tables found by vpc id[vpc-uf6x8k2mzq0c7r1t4y9a], length(tables)=2`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: `ingress 504 spikes every evening, dmesg on the node:
[Sat Nov 30 20:02:11 2024] IPVS: rr: TCP 172.21.4.19:80 - no destination available
[Sat Nov 30 20:02:13 2024] nf_conntrack: nf_conntrack: table full, dropping packet
[Sat Nov 30 20:02:13 2024] nf_conntrack: nf_conntrack: table full, dropping packet
[Sat Nov 30 20:02:18 2024] net_ratelimit: 1893 callbacks suppressed
[Sat Nov 30 20:02:18 2024] nf_conntrack: nf_conntrack: table full, dropping packet
[Sat Nov 30 20:02:20 2024] eth0: renamed from tmp8f3a1
[Sat Nov 30 20:02:20 2024] IPv6: ADDRCONF(NETDEV_CHANGE): eth0: link becomes ready`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `/ # nslookup kubernetes.default
;; connection timed out; no servers could be reached

/ # cat /etc/resolv.conf
nameserver 172.21.0.10
search default.svc.cluster.local svc.cluster.local cluster.local
options ndots:5
[root@iZ2ze8k1x0q9c7m3v5b2aZ ~]# iptables -S FORWARD | head -1
-P FORWARD DROP
[root@iZ2ze8k1x0q9c7m3v5b2aZ ~]# docker version --format '{{.Server.Version}}'
19.03.15`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `coredns-6d4b75cb6d-x7k2p log, why so many NXDOMAIN? connecting to rds from pod is slow
[INFO] 172.20.3.41:53812 - 22104 "A IN rm-bp1x9k2q7w.mysql.rds.aliyuncs.com.prod.svc.cluster.local. udp 78 false 512" NXDOMAIN qr,aa,rd 171 0.000094s
[INFO] 172.20.3.41:53812 - 47310 "AAAA IN rm-bp1x9k2q7w.mysql.rds.aliyuncs.com.prod.svc.cluster.local. udp 78 false 512" NXDOMAIN qr,aa,rd 171 0.000071s
[INFO] 172.20.3.41:40127 - 3391 "A IN rm-bp1x9k2q7w.mysql.rds.aliyuncs.com.svc.cluster.local. udp 73 false 512" NXDOMAIN qr,aa,rd 166 0.000088s
[INFO] 172.20.3.41:58841 - 1277 "A IN rm-bp1x9k2q7w.mysql.rds.aliyuncs.com.cluster.local. udp 69 false 512" NXDOMAIN qr,aa,rd 162 0.000069s
[INFO] 172.20.5.8:49113 - 5530 "A IN redis-master.cache.svc.cluster.local. udp 54 false 512" NOERROR qr,aa,rd 106 0.000112s
[INFO] 172.20.3.41:36022 - 9124 "A IN rm-bp1x9k2q7w.mysql.rds.aliyuncs.com. udp 54 false 512" NOERROR qr,rd,ra 118 0.001532s`,
    expect: 'dns-ndots-search-domains',
    kind: 'paste',
  },
  {
    q: `{"level":"error","ts":"2024-11-30T10:14:03.118+0800","caller":"client/http.go:88","msg":"request failed","url":"http://user-svc.core:8080/v1/profile","error":"dial tcp: lookup user-svc.core on 172.21.0.10:53: read udp 172.20.2.31:44120->172.21.0.10:53: i/o timeout"}
{"level":"info","ts":"2024-11-30T10:14:05.402+0800","caller":"server/handler.go:51","msg":"GET /healthz 200"}
{"level":"error","ts":"2024-11-30T10:16:47.902+0800","caller":"client/http.go:88","msg":"request failed","url":"http://order-svc.core:8080/v1/list","error":"dial tcp: lookup order-svc.core on 172.21.0.10:53: read udp 172.20.2.31:38871->172.21.0.10:53: i/o timeout"}
{"level":"error","ts":"2024-11-30T10:18:55.410+0800","caller":"client/http.go:88","msg":"request failed","url":"http://user-svc.core:8080/v1/profile","error":"dial tcp: lookup user-svc.core on 172.21.0.10:53: read udp 172.20.2.31:51002->172.21.0.10:53: i/o timeout"}
$ kubectl -n kube-system get pod -l k8s-app=kube-dns
NAME                       READY   STATUS    RESTARTS   AGE
coredns-5b8c9d7f6c-9tq2m   1/1     Running   0          6m
coredns-5b8c9d7f6c-hx4vn   1/1     Running   0          5m
started right after the coredns upgrade at 10:13, gone by 10:19 on its own. kube-proxy mode is ipvs`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n kube-system logs coredns-7d9c8b6f5d-qz2lw | tail -5
[INFO] plugin/ready: Still waiting on: "kubernetes"
E1130 08:21:15.338210       1 reflector.go:147] pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope
[INFO] plugin/ready: Still waiting on: "kubernetes"
[INFO] plugin/ready: Still waiting on: "kubernetes"
[WARNING] plugin/kubernetes: starting server with unsynced Kubernetes API`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
  {
    q: `[root@cn-hangzhou.192.168.0.31 ~]# curl -m 3 http://172.21.7.143:8080/healthz
curl: (7) Failed to connect to 172.21.7.143 port 8080: Connection refused
[root@cn-hangzhou.192.168.0.31 ~]# curl -m 3 http://172.20.1.56:8080/healthz
ok
[root@cn-hangzhou.192.168.0.31 ~]# kubectl get ep inventory -n shop
NAME        ENDPOINTS                           AGE
inventory   172.20.1.56:8080,172.20.2.19:8080   41d
[root@cn-hangzhou.192.168.0.31 ~]# ipvsadm -Ln -t 172.21.7.143:8080
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.7.143:8080 rr
[root@cn-hangzhou.192.168.0.31 ~]#`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n shop get svc,ep cart
NAME           TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE
service/cart   ClusterIP   172.21.9.44   <none>        80/TCP    3h

NAME             ENDPOINTS   AGE
endpoints/cart   <none>      3h
$ kubectl -n shop get svc cart -o wide
NAME   TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE   SELECTOR
cart   ClusterIP   172.21.9.44   <none>        80/TCP    3h    app=cart-api,tier=backend
$ kubectl -n shop get pods --show-labels | grep cart
cart-api-6c8d7f9b5-4xk2p   1/1   Running   0   3h   app=cart-api,pod-template-hash=6c8d7f9b5,tier=back-end`,
    expect: 'service-unreachable-endpoints',
    kind: 'paste',
  },
  {
    q: `Events:
  Type     Reason                  Age                     From               Message
  ----     ------                  ----                    ----               -------
  Normal   Scheduled               4m18s                   default-scheduler  Successfully assigned ai/infer-0 to cn-wulanchabu.10.3.0.77
  Warning  FailedCreatePodSandBox  4m16s                   kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "71ac09e4d2b3": plugin type="terway" name="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:0c:7a:91: not found
  Normal   SandboxChanged          4m (x12 over 4m16s)     kubelet            Pod sandbox changed, it will be killed and re-created.
  Warning  FailedCreatePodSandBox  3m58s (x11 over 4m15s)  kubelet            (combined from similar events): Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "0d8e5a1f9c47": plugin type="terway" name="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:0c:7a:91: not found`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'paste',
  },
  {
    q: `/ # curl -sS -o /dev/null -w '%{http_code}\\n' http://172.20.1.17/
200
/ # curl -g -sS -o /dev/null -w '%{http_code}\\n' 'http://[2408:4002:10a1:3b00::17]/'
curl: (7) Failed to connect to 2408:4002:10a1:3b00::17 port 80 after 0 ms: Couldn't connect to server
000
$ kubectl logs web-nginx-7c5f8b9d6-k2xq4 | head -4
/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)`,
    expect: 'ipv6-app-not-listening',
    kind: 'paste',
  },
  {
    q: `$ kubectl exec -it api-5f6b7c8d9-w8x2m -- curl -6 -sS --connect-timeout 5 -o /dev/null -w '%{http_code}\\n' https://www.taobao.com
curl: (28) Failed to connect to 2401:b180:2000:30::1 port 443 after 5002 ms: Timeout was reached
000
command terminated with exit code 28
$ kubectl exec -it api-5f6b7c8d9-w8x2m -- curl -4 -sS -o /dev/null -w '%{http_code}\\n' https://www.taobao.com
200
$ kubectl get pod api-5f6b7c8d9-w8x2m -o jsonpath='{.status.podIPs[*].ip}'
10.8.1.44 2408:4005:3a1:7c02:9f1e::2c`,
    expect: 'ipv6-no-internet-egress',
    kind: 'paste',
  },
  {
    q: `copied config.conf from our old cluster into kube-proxy-worker cm, recreated one pod:
$ kubectl -n kube-system get pod -o wide | grep kube-proxy
kube-proxy-worker-2xq8m   0/1   CrashLoopBackOff   5 (38s ago)   4m    192.168.0.12   cn-hangzhou.192.168.0.12   <none>   <none>
kube-proxy-worker-h7d4k   1/1   Running            0             63d   192.168.0.13   cn-hangzhou.192.168.0.13   <none>   <none>
$ kubectl -n kube-system logs kube-proxy-worker-2xq8m --previous
I1130 11:02:31.004112       1 flags.go:64] FLAG: --config="/var/lib/kube-proxy/config.conf"
I1130 11:02:31.004190       1 flags.go:64] FLAG: --hostname-override="cn-hangzhou.192.168.0.12"
E1130 11:02:31.005230       1 run.go:74] "command failed" err="failed complete: unrecognized feature gate: IPv6DualStack"`,
    expect: 'kube-proxy-config',
    kind: 'paste',
  },
  {
    q: `set ipvs scheduler: lc in kube-proxy-worker and deleted one kube-proxy pod, now it crashloops
$ kubectl -n kube-system logs kube-proxy-worker-9vq2k --previous | tail -3
I1130 16:40:02.117004       1 server.go:846] "Version info" version="v1.28.3-aliyun.1"
E1130 16:40:02.120877       1 server.go:558] "Error running ProxyServer" err="can't use the IPVS proxier: IPVS proxier will not be used because the following required kernel modules are not loaded: [ip_vs_lc]"
E1130 16:40:02.120931       1 run.go:74] "command failed" err="can't use the IPVS proxier: IPVS proxier will not be used because the following required kernel modules are not loaded: [ip_vs_lc]"`,
    expect: 'ipvs-scheduler-long-connections',
    kind: 'paste',
  },

  // ---------------------------------------------------------------- single error lines
  { q: 'upgrade terway addon failed: eip pool is not supported', expect: 'terway-eip-pool-not-supported', kind: 'error' },
  {
    q: `[ERROR] plugin/reload: Corefile changed but reload failed: Error during parsing: unknown property 'upstream'`,
    expect: 'coredns-cache',
    kind: 'error',
  },
  {
    q: 'Reconciling route error: multiple route tables found by vpc id[vpc-bp1q8x0k3m7z2c9d1e4f], length(tables)=3',
    expect: 'ccm-multiple-route-tables',
    kind: 'error',
  },
  {
    q: 'The Service "api-gw" is invalid: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services',
    expect: 'ipv6-clusterip-ipv4',
    kind: 'error',
  },
  {
    q: `kubectl get pod web-0 -o jsonpath='{.status.podIPs[1].ip}' -> error: array index out of bounds: index 1, length 1`,
    expect: 'ipv6-pod-ip-ipv4-only',
    kind: 'error',
  },
  {
    q: `level=info msg="  --enable-in-cluster-loadbalance='false'" subsys=daemon`,
    expect: 'terway-in-cluster-loadbalance',
    kind: 'error',
  },
  {
    q: 'Nov 30 21:14:02 iZbp1f0xk2m9 kernel: nf_conntrack: nf_conntrack: table full, dropping packet',
    expect: 'conntrack-table-full',
    kind: 'error',
  },
  {
    q: 'Nov 30 09:41:33 iZbp1f0xk2 kubelet[1123]: W1130 09:41:33.512307    1123 cni.go:202] Error validating CNI config list {"name":"cb0","plugins":[{"delegate":{"isDefaultGateway":true},"type":"flannel"}]}: [plugin flannel does not support config version ""]',
    expect: 'flannel-cniversion-notready',
    kind: 'error',
  },
  {
    q: 'E1130 02:11:47.660213       1 reflector.go:138] k8s.io/client-go/tools/cache/reflector.go:231: Failed to watch *v1.ConfigMap: failed to list *v1.ConfigMap: Get "https://172.21.0.1:443/api/v1/namespaces/default/configmaps?limit=500": dial tcp 172.21.0.1:443: i/o timeout',
    expect: 'pod-api-server-access-rbac',
    kind: 'error',
  },
  {
    q: '-A KUBE-SERVICES -d 172.21.9.44/32 -p tcp -m comment --comment "shop/cart:http has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
    expect: 'service-unreachable-endpoints',
    kind: 'error',
  },

  // ---------------------------------------------------------------- symptoms
  {
    q: 'ran out of pod ips so we added a new vswitch to terway, now part of the pods cant reach internet, the nodes can',
    expect: 'terway-vswitch-snat',
    kind: 'symptom',
  },
  {
    q: 'moved everything from flannel cluster to new terway cluster, pods cant call external apis anymore. ping 114.114.114.114 works on node but not in pod, nodes have public ip',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: 'dns super slow / timeouts for like 5 min every time coredns pods restart, then fine by itself',
    expect: 'ipvs-udp-timeout-dns',
    kind: 'symptom',
  },
  {
    q: 'dns from pods fails randomly maybe 1 in 200 lookups, sometimes 5 sec stall then retry ok. coredns looks healthy',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: 'pod cant reach its own service on flannel, other pods can. with 1 replica it always times out',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: 'from a flannel pod i can ping some ecs but others 100% loss, same vpc, routes look ok',
    expect: 'flannel-ping-ecs-security-group',
    kind: 'symptom',
  },
  {
    q: 'after switching to terway pods cannot connect to a docker-compose container port on the same node. from pods on other nodes it works, ping works',
    expect: 'terway-docker-container-ports',
    kind: 'symptom',
  },
  {
    q: 'terway: new pod is Running but first connections to db fail for few seconds then ok, app crashloops on startup because of it',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: 'dual stack svc: curl to the ipv6 clusterip fails but ipv4 clusterip of same svc works, svc is PreferDualStack and has 2 ips',
    expect: 'ipv6-clusterip-unreachable',
    kind: 'symptom',
  },
  {
    q: 'pod ipv6 address works from other pods but nobody from internet can connect to it',
    expect: 'ipv6-internet-unreachable-bandwidth',
    kind: 'symptom',
  },
  {
    q: 'cluster is ipv6 dual stack but kubectl get pod -o wide only shows ipv4 ips, where is the v6 address',
    expect: 'ipv6-pod-ip-ipv4-only',
    kind: 'symptom',
  },
  {
    q: 'created a service in dual-stack cluster, CLUSTER-IP column only has an ipv4 address',
    expect: 'ipv6-clusterip-ipv4',
    kind: 'symptom',
  },
  {
    q: 'container network broken somewhere, no idea where to start. need step by step what to test',
    expect: 'network-troubleshooting-checklist',
    kind: 'symptom',
  },
  {
    q: 'flannel: scaled out the nodepool, pods on the new node have no network at all, how to find out why',
    expect: 'flannel-new-node-no-network',
    kind: 'symptom',
  },
  {
    q: 'pods on same node talk fine but nobody can reach pods on node 192.168.0.23, vpc route table has no entry for its podcidr',
    expect: 'pod-routes-missing',
    kind: 'symptom',
  },
  {
    q: 'self built k8s: pods on same host ok, cross host timeout, turns out net.ipv4.ip_forward is 0 after reboot',
    expect: 'cni-misconfiguration',
    kind: 'symptom',
  },
  {
    q: 'terway pods get ips that are in none of the vswitches in PodVswitchId, node was reused from another cluster',
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'symptom',
  },
  {
    q: 'idle db connections through clusterip die after ~15 min, kube-proxy ipvs',
    expect: 'ipvs-session-keepalive',
    kind: 'symptom',
  },
  {
    q: 'nothing resolves in any pod, nslookup kubernetes.default times out everywhere',
    expect: 'dns-resolution-fails',
    kind: 'symptom',
  },

  // ---------------------------------------------------------------- how-to / concept
  { q: 'how many pods per node terway', expect: 'terway-max-pods', kind: 'howto' },
  { q: 'terway or flannel for new prod cluster? we need networkpolicy', expect: 'choose-terway-or-flannel', kind: 'howto' },
  { q: 'can i change flannel to terway on existing cluster without recreating', expect: 'switch-network-plugin', kind: 'howto' },
  { q: 'change service cidr after cluster created, possible?', expect: 'change-cidr-after-creation', kind: 'howto' },
  { q: 'how to plan pod cidr / service cidr / vpc before creating ack cluster', expect: 'plan-cluster-cidrs', kind: 'howto' },
  { q: 'how to check if terway runs exclusive eni or shared eni mode', expect: 'terway-identify-eni-mode', kind: 'howto' },
  { q: 'what is terway datapath v2', expect: 'terway-datapathv2', kind: 'howto' },
  {
    q: 'does terway ipvlan ebpf skip ipvs? ipvsadm -Ln shows nothing for pod to svc traffic',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'howto',
  },
  { q: 'how to tcpdump a single pod in terway cluster', expect: 'terway-packet-capture', kind: 'howto' },
  { q: 'can i install calico or cilium myself on ack', expect: 'third-party-network-plugins', kind: 'howto' },
  {
    q: 'use custom cluster domain instead of cluster.local, anything to watch out',
    expect: 'coredns-cluster-domain',
    kind: 'howto',
  },
  {
    q: 'terway pod status meaning pending vs containercreating, where to see terway daemonset pods in console',
    expect: 'terway-pod-lifecycle',
    kind: 'howto',
  },
  { q: 'is hostPort supported on ack?', expect: 'flannel-hostport', kind: 'howto' },

  // ---------------------------------------------------------------- typos
  { q: 'corends cache 30 to 60 how', expect: 'coredns-cache', kind: 'typo' },
  { q: 'how to edit kube-proxy-wroker configmap safely', expect: 'kube-proxy-config', kind: 'typo' },
  { q: 'eniip_virutal_type ipvlan or datapathv2 how to check', expect: 'terway-identify-datapath', kind: 'typo' },
  { q: 'teraway vswtich ip not enough pods stuck containercreating', expect: 'vswitch-ip-exhausted', kind: 'typo' },
  { q: 'in_cluster_loadbalnce eni-config terway ipvlan enable', expect: 'terway-in-cluster-loadbalance', kind: 'typo' },
  {
    q: 'added vswtich to podvswitchid but pods on old nodes still no ip, eni qouta full?',
    expect: 'vswitch-added-no-pod-ip',
    kind: 'typo',
  },
  { q: 'ndost:5 makes extrenal domain lookup slow?', expect: 'dns-ndots-search-domains', kind: 'typo' },

  // ---------------------------------------------------------------- synonyms
  {
    q: 'terway pods need a static subnet so the database whitelist can cover them',
    expect: 'terway-fixed-pod-cidr',
    kind: 'synonym',
  },
  {
    q: 'terway multi-ip per NIC vs one NIC per pod, what is the difference',
    expect: 'terway-network-modes',
    kind: 'synonym',
  },
  {
    q: 'pods lost outbound after we attached an extra subnet to terway, nat gateway?',
    expect: 'terway-vswitch-snat',
    kind: 'synonym',
  },
  {
    q: 'list the ECS machines, vpc and ram role that belong to my k8s cluster',
    expect: 'view-cluster-cloud-resources',
    kind: 'synonym',
  },
  {
    q: 'which CNI is my ack cluster on and which subnets do the pods use',
    expect: 'view-network-type-vswitches',
    kind: 'synonym',
  },
  {
    q: 'which acceleration flavour is my terway on, ebpf or v2?',
    expect: 'terway-identify-datapath',
    kind: 'synonym',
  },
];
