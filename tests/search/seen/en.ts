import type { Query } from '../types.ts';

/** English search-evaluation queries, written as the held-out part (25) of the second round; read after it, so now part of development. */
export const queries: readonly Query[] = [
  // ---------------------------------------------------------------- pastes
  {
    q: `2024-11-30 09:12:44,031 ERROR [HikariPool-1 connection adder] com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Exception during pool initialization.
java.sql.SQLException: null,  message from server: "Host '10.0.77.213' is not allowed to connect to this MySQL server"
	at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:129)
$ kubectl get pod -o wide -n billing
NAME                          READY   STATUS    RESTARTS   AGE   IP            NODE                       NOMINATED NODE   READINESS GATES
billing-api-5c7d8f9b6-2kxq9   1/1     Running   0          2d    10.0.77.213   cn-hangzhou.192.168.5.21   <none>           <none>
billing-api-5c7d8f9b6-9wrt4   1/1     Running   0          2d    10.4.12.40    cn-hangzhou.192.168.5.22   <none>           <none>
$ kubectl -n kube-system get cm eni-config -o yaml | grep vsw-
      "vswitches": {"cn-hangzhou-h":["vsw-bp1a7x0k2m9q3c8d5e1f","vsw-bp1c9q4w7z2x0m6k3d8a"]},
rds whitelist = 10.4.0.0/16 which covers both vswitches. where does 10.0.77.x come from??`,
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'paste',
  },
  {
    q: `only pods on cn-qingdao.10.1.2.45 are unreachable from other nodes
/ # ping -c 3 172.20.9.14
PING 172.20.9.14 (172.20.9.14): 56 data bytes

--- 172.20.9.14 ping statistics ---
3 packets transmitted, 0 packets received, 100% packet loss
$ kubectl describe node cn-qingdao.10.1.2.45 | sed -n '/Events:/,$p'
Events:
  Type     Reason             Age                 From              Message
  ----     ------             ----                ----              -------
  Normal   NodeReady          97m                 kubelet           Node cn-qingdao.10.1.2.45 status is now: NodeReady
  Warning  CreateRouteFailed  4m (x23 over 97m)   route_controller  Error creating route entry in vtb-m5e8k1x2q9c0z7y4a: Forbidden.RAM: User not authorized to operate on the specified resource, or this API doesn't support RAM.`,
    expect: 'pod-routes-missing',
    kind: 'paste',
  },
  {
    q: `[root@k8s-w2 ~]# sysctl net.ipv4.ip_forward
net.ipv4.ip_forward = 0
[root@k8s-w2 ~]# sysctl net.bridge.bridge-nf-call-iptables
sysctl: cannot stat /proc/sys/net/bridge/bridge-nf-call-iptables: No such file or directory
[root@k8s-w2 ~]# uptime
 11:20:03 up 14 min,  1 user,  load average: 0.31, 0.44, 0.28
pods on k8s-w2 cant reach pods on k8s-w1 since the reboot, same-node traffic ok`,
    expect: 'cni-misconfiguration',
    kind: 'paste',
  },
  {
    q: `$ kubectl get svc -n web
NAME       TYPE        CLUSTER-IP     EXTERNAL-IP   PORT(S)   AGE
frontend   ClusterIP   172.21.3.120   <none>        80/TCP    18d
$ kubectl get svc frontend -n web -o jsonpath='{.spec.clusterIPs[1]}'
error: error executing jsonpath "{.spec.clusterIPs[1]}": Error executing template: array index out of bounds: index 1, length 1. Printing more information for debugging the template:
        template was:
                {.spec.clusterIPs[1]}
cluster was created with ipv6 dual stack, why no v6 clusterip`,
    expect: 'ipv6-clusterip-ipv4',
    kind: 'paste',
  },
  {
    q: `Traceback (most recent call last):
  File "/app/worker.py", line 41, in <module>
    conn.ping()
  File "/usr/local/lib/python3.11/site-packages/redis/connection.py", line 707, in connect
    sock = self.retry.call_with_retry(
socket.gaierror: [Errno -3] Temporary failure in name resolution
$ kubectl -n kube-system get svc,ep kube-dns
NAME               TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)                  AGE
service/kube-dns   ClusterIP   172.21.0.10   <none>        53/UDP,53/TCP,9153/TCP   210d

NAME                 ENDPOINTS   AGE
endpoints/kube-dns   <none>      210d`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: `$ kubectl get pod -A -o wide | grep ContainerCreating
ml       feature-svc-6b9c7d8f5-2xkq7   0/1   ContainerCreating   0   22m   <none>   cn-beijing.10.30.8.12   <none>   <none>
ml       feature-svc-6b9c7d8f5-8wv4n   0/1   ContainerCreating   0   22m   <none>   cn-beijing.10.30.8.19   <none>   <none>
ingest   kafka-bridge-0                0/1   ContainerCreating   0   9m    <none>   cn-beijing.10.30.8.12   <none>   <none>
$ kubectl logs -n kube-system terway-eniip-p7x9d -c terway | grep -i vswitch | tail -2
{"level":"info","ts":"2024-11-30T07:41:08.913Z","logger":"eni","msg":"select vswitch","vsw":"vsw-2ze7k1q9x0m3c8d5a6b7","zone":"cn-beijing-k"}
{"level":"error","ts":"2024-11-30T07:41:09.552Z","logger":"eni","msg":"create eni failed","vsw":"vsw-2ze7k1q9x0m3c8d5a6b7","error":"InvalidVSwitchId.IpNotEnough: The specified VSwitch \\"vsw-2ze7k1q9x0m3c8d5a6b7\\" has not enough IpAddress. RequestId: 3F7E0C1A-62B4-4D9E-8A15-0B7C2E9D4F61"}`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `$ kubectl get events -n etl --sort-by=.lastTimestamp | tail -3
41s   Normal    SuccessfulCreate         cronjob/sync-orders              Created job sync-orders-28870215
12s   Warning   FailedCreatePodSandBox   pod/sync-orders-28870215-mz6kq   Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "c41d0e7b9a25": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.22.5.1-172.22.5.254
3s    Normal    SawCompletedJob          cronjob/sync-orders              Saw completed job: sync-orders-28870214, status: Complete
node only has 23 pods running on a /24. lots of cronjobs every minute, cluster still 1.18`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `2024/11/30 02:03:11 dial udp: lookup mq.internal.svc.cluster.local on 172.21.0.10:53: read udp 172.20.4.9:51502->172.21.0.10:53: i/o timeout
2024/11/30 02:04:02 GET /api/orders 200 12ms
2024/11/30 02:05:47 dial udp: lookup mq.internal.svc.cluster.local on 172.21.0.10:53: read udp 172.20.4.9:40118->172.21.0.10:53: i/o timeout
2024/11/30 02:07:58 dial udp: lookup mq.internal.svc.cluster.local on 172.21.0.10:53: read udp 172.20.4.9:39044->172.21.0.10:53: i/o timeout
only between 02:03 and ~02:08, right after the coredns addon upgrade, then stops
[root@cn-hangzhou.192.168.2.7 ~]# ipvsadm -L --timeout
Timeout (tcp tcpfin udp): 900 120 300`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },

  // ---------------------------------------------------------------- single error lines
  {
    q: '0/7 nodes are available: 3 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 4 Insufficient memory.',
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'error',
  },
  {
    q: `failed to do add; error parse config, can't found dev by mac 00:16:3e:1a:b2:7f: not found`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'error',
  },
  {
    q: '10-listen-on-ipv6-by-default.sh: info: /etc/nginx/conf.d/default.conf differs from the packaged version',
    expect: 'ipv6-app-not-listening',
    kind: 'error',
  },

  // ---------------------------------------------------------------- symptoms
  {
    q: 'since yesterday only pods with 10.3.x ips (from the vswitch we just added) have no internet, older pods fine',
    expect: 'terway-vswitch-snat',
    kind: 'symptom',
  },
  {
    q: 'terway dual stack: pods reach internet fine over ipv4 but curl -6 to anything outside times out',
    expect: 'ipv6-no-internet-egress',
    kind: 'symptom',
  },
  {
    q: 'just joined a new node to flannel cluster, pods there cant reach anything, where do i start troubleshooting',
    expect: 'flannel-new-node-no-network',
    kind: 'symptom',
  },
  {
    q: 'intermittent could not resolve host from java pods, ~0.5% of calls, not related to coredns restarts, retry succeeds',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: 'terway pod init step gets connection timed out for first 2-3 sec after start, later same call works',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },

  // ---------------------------------------------------------------- how-to / concept
  {
    q: 'how to tell whether my terway cluster uses datapathv2 or ipvlan+ebpf',
    expect: 'terway-identify-datapath',
    kind: 'howto',
  },
  {
    q: 'grpc persistent connections all land on 2 of 6 pods with kube-proxy ipvs, how to switch to least connection',
    expect: 'ipvs-scheduler-long-connections',
    kind: 'howto',
  },
  {
    q: 'what tcp keepalive interval should long connections use through a service in ipvs mode',
    expect: 'ipvs-session-keepalive',
    kind: 'howto',
  },

  // ---------------------------------------------------------------- typos
  { q: 'flanel hairpin_mode pod to own svc timeout', expect: 'flannel-hairpin-service-loopback', kind: 'typo' },
  {
    q: 'enable in-cluster-loadbalance on exsiting terway ipvlan cluster',
    expect: 'terway-in-cluster-loadbalance',
    kind: 'typo',
  },
  { q: 'nf_conntrak table ful dropping packat, 504 from gateway', expect: 'conntrack-table-full', kind: 'typo' },

  // ---------------------------------------------------------------- synonyms
  {
    q: 'max pods per ecs with terway, is it limited by the number of NICs?',
    expect: 'terway-max-pods',
    kind: 'synonym',
  },
  {
    q: 'flannel: made a second routing table for the vpc, now new nodes get no route. cloud controller setting for more than one table?',
    expect: 'ccm-multiple-route-tables',
    kind: 'synonym',
  },
  {
    q: 'after flannel to terway migration container egress to public apis is dead, the ECS have EIPs',
    expect: 'terway-migration-no-internet',
    kind: 'synonym',
  },
];
