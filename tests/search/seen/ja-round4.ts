import type { Query } from '../types.ts';

/** Japanese search-evaluation queries, held-out part (25) of the fourth round, written 2026-11-30 without looking at the search; read after it, so now part of development. */
export const queries: readonly Query[] = [
  {
    q: `checkout の Pod が ContainerCreating から進まない
$ kubectl get pod -n prod -o wide | grep -v Running
NAME                        READY   STATUS              RESTARTS   AGE   IP       NODE                       NOMINATED NODE   READINESS GATES
checkout-5b9d7c6f4-2mfxk    0/1     ContainerCreating   0          18m   <none>   cn-hangzhou.192.168.3.27   <none>           <none>
checkout-5b9d7c6f4-wq8zj    0/1     ContainerCreating   0          18m   <none>   cn-hangzhou.192.168.3.27   <none>           <none>
$ kubectl -n kube-system logs terway-eniip-r7t4n -c terway --tail=4
time="2026-11-30T06:41:02Z" level=debug msg="handle allocate request" pod=prod/checkout-5b9d7c6f4-2mfxk
time="2026-11-30T06:41:03Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 5A3F0C1E-9B2D-4E7A-8C61-0D2F4B6A9E13 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1k8t2x9zq4m6n0c3r5d\\" has not enough IpAddress., retrying"
time="2026-11-30T06:41:03Z" level=error msg="error allocate ip for pod" pod=prod/checkout-5b9d7c6f4-wq8zj
time="2026-11-30T06:41:08Z" level=debug msg="handle allocate request" pod=prod/checkout-5b9d7c6f4-wq8zj`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `このノード Pod 9 個しか動いてないのに新しい Pod が起動しない（flannel）
$ kubectl describe pod report-cron-29012340-7kq5d -n batch | tail -6
Events:
  Type     Reason                  Age                     From               Message
  ----     ------                  ----                    ----               -------
  Normal   Scheduled               4m                      default-scheduler  Successfully assigned batch/report-cron-29012340-7kq5d to cn-qingdao.10.8.1.57
  Warning  FailedCreatePodSandBox  3m52s                   kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9b0e44c1d27a": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.20.11.65-172.20.11.126
  Normal   SandboxChanged          3m37s (x12 over 3m51s)  kubelet            Pod sandbox changed, it will be killed and re-created.
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-qingdao.10.8.1.57 --no-headers | wc -l
9
[root@iZm5e3x7k2 ~]# ls /var/lib/cni/networks/cb0 | wc -l
64`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `ノード追加したのに Pod が一個も載らない
$ kubectl get nodes
NAME                     STATUS   ROLES    AGE   VERSION
cn-shenzhen.10.1.0.201   Ready    <none>   94d   v1.26.3-aliyun.1
cn-shenzhen.10.1.0.202   Ready    <none>   94d   v1.26.3-aliyun.1
cn-shenzhen.10.1.0.219   Ready    <none>   41m   v1.26.3-aliyun.1
$ kubectl describe pod web-5d8f7c9b6-h2xkq | tail -4
Events:
  Type     Reason            Age                 From               Message
  ----     ------            ----                ----               -------
  Warning  FailedScheduling  2m (x14 over 40m)   default-scheduler  0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod..`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `504 が急に増えた。cn-shanghai.10.0.3.41 の dmesg
[root@iZuf6d2k8x0qv1 ~]# dmesg -T | tail -n 8
[Mon Nov 30 11:58:40 2026] IPv4: martian source 10.0.3.255 from 10.0.3.7, on dev eth0
[Mon Nov 30 11:58:40 2026] ll header: 00000000: ff ff ff ff ff ff 00 16 3e 0c 2a 91 08 06
[Mon Nov 30 12:01:02 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Mon Nov 30 12:01:02 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Mon Nov 30 12:01:03 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Mon Nov 30 12:01:08 2026] net_ratelimit: 1873 callbacks suppressed
[Mon Nov 30 12:01:08 2026] nf_conntrack: nf_conntrack: table full, dropping packet
[Mon Nov 30 12:01:13 2026] net_ratelimit: 2210 callbacks suppressed`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n kube-system get pod -l k8s-app=kube-dns
NAME                       READY   STATUS    RESTARTS   AGE
coredns-6d4b75cb6d-x7k2p   0/1     Running   0          14m
coredns-6d4b75cb6d-m9qzt   0/1     Running   0          14m
$ kubectl -n kube-system logs coredns-6d4b75cb6d-x7k2p --tail=5
[INFO] plugin/ready: Still waiting on: "kubernetes"
[INFO] plugin/ready: Still waiting on: "kubernetes"
E1130 03:14:07.512331       1 reflector.go:147] pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope
[INFO] plugin/ready: Still waiting on: "kubernetes"
[INFO] plugin/ready: Still waiting on: "kubernetes"`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
  {
    q: `アップグレード後から NotReady
$ kubectl get nodes
NAME                      STATUS     ROLES    AGE    VERSION
cn-beijing.172.16.20.31   NotReady   <none>   212d   v1.16.9-aliyun.1
cn-beijing.172.16.20.32   NotReady   <none>   212d   v1.16.9-aliyun.1
cn-beijing.172.16.20.33   Ready      <none>   212d   v1.14.8-aliyun.1
$ journalctl -u kubelet --since "10 min ago" | tail -3
Nov 30 10:21:14 iZ2ze8k1m0 kubelet[1187]: W1130 10:21:14.338201    1187 cni.go:202] Error validating CNI config &{cb0  false [0xc000f3a2c0] [123 10 32 32]}: [plugin flannel does not support config version ""]
Nov 30 10:21:14 iZ2ze8k1m0 kubelet[1187]: W1130 10:21:14.338260    1187 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d
Nov 30 10:21:17 iZ2ze8k1m0 kubelet[1187]: E1130 10:21:17.902115    1187 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `10分以上 ContainerCreating のまま
$ kubectl describe pod order-api-7f9c6d5b8-qx2lm -n prod | tail -6
Events:
  Type     Reason                  Age                   From               Message
  ----     ------                  ----                  ----               -------
  Normal   Scheduled               12m                   default-scheduler  Successfully assigned prod/order-api-7f9c6d5b8-qx2lm to cn-hangzhou.192.168.0.12
  Warning  FailedCreatePodSandBox  12m                   kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3f1c9a0e7b2d4c58a61e0f9d2b7c4a13": plugin type="terway" name="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:1a:7b:c4: not found
  Normal   SandboxChanged          2m31s (x23 over 12m)  kubelet            Pod sandbox changed, it will be killed and re-created.`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'paste',
  },
  {
    q: `デュアルスタックで作ったクラスタなのに Service に IPv6 のアドレスが無い
$ kubectl get svc -n shop
NAME       TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)    AGE
cart       ClusterIP   172.21.7.14     <none>        8080/TCP   9d
checkout   ClusterIP   172.21.12.201   <none>        8080/TCP   9d
$ kubectl get svc cart -n shop -o jsonpath='{.spec.clusterIPs[1]}'
error: error executing jsonpath "{.spec.clusterIPs[1]}": Error executing template: array index out of bounds: index 1, length 1. Printing more information for debugging the template:`,
    expect: 'ipv6-clusterip-ipv4',
    kind: 'paste',
  },
  {
    q: `# cn-beijing.172.16.8.14 上で実行
$ kubectl get ep payment -n default
NAME      ENDPOINTS                           AGE
payment   172.20.3.41:8080,172.20.5.12:8080   37d
$ curl -m 3 -s http://172.20.3.41:8080/healthz
ok
$ curl -m 3 http://172.21.9.87/healthz
curl: (7) Failed to connect to 172.21.9.87 port 80: Connection refused
$ ipvsadm -Ln -t 172.21.9.87:80
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.9.87:80 rr
$ kubectl -n kube-system logs kube-proxy-worker-7mz4d --tail=2
I1130 08:42:18.902114       1 proxier.go:1060] "Syncing ipvs rules"
E1130 08:42:19.118273       1 proxier.go:1672] "Failed to sync endpoint for service" err="file exists" servicePortName="default/payment:http" virtualServer="172.21.9.87:80/TCP"`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: "cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied",
    expect: 'flannel-selinux-permission-denied',
    kind: 'error',
  },
  {
    q: 'Terway のアドオンをアップグレードしたら eip pool is not supported で失敗する',
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },
  {
    q: 'flannel のクラスタで、Pod から自分自身もバックエンドに入ってる Service を叩くと何回かに1回タイムアウトする。レプリカ1にしたら毎回ダメ。別の Pod から同じ Service を叩くと普通に返ってくる',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: 'kube-proxy は IPVS。gRPC みたいに接続張りっぱなしのクライアントだとリクエストが一部の Pod にばっかり偏って、スケールアウトしても新しい Pod にほとんど来ない。ラウンドロビン以外の振り分け方にできる？',
    expect: 'ipvs-scheduler-long-connections',
    kind: 'symptom',
  },
  {
    q: 'terway で Pod が Running になった直後だけ数秒外に繋がらない',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: 'coredns を rollout restart すると毎回 5 分ぐらい name resolution が i/o timeout 連発、そのあと勝手に復旧する。kube-proxy は ipvs mode',
    expect: 'ipvs-udp-timeout-dns',
    kind: 'symptom',
  },
  {
    q: 'Pod 用のサブネットを 1 個追加してから、新しく起動した Pod だけアウトバウンドが全部タイムアウトする。ノードからは curl で外に出られる（Terway）',
    expect: 'terway-vswitch-snat',
    kind: 'synonym',
  },
  {
    q: 'うちの terway って Pod ごとに NIC を専有させるモード？それとも NIC を複数 Pod で相乗りするモード？どこ見れば分かる？',
    expect: 'terway-identify-eni-mode',
    kind: 'synonym',
  },
  {
    q: 'ACK クラスタに紐づいてるクラウド側のリソース（VPC とか ECS とかワーカーのロール）ってコンソールのどこで一覧できる？障害調査でどの VPC か確かめたい',
    expect: 'view-cluster-cloud-resources',
    kind: 'synonym',
  },
  {
    q: 'RDS のホワイトリストに登録したいので、Terway で一部の Pod だけ決まったサブネットから IP を取らせたい。今は Pod IP がバラバラで登録しきれない',
    expect: 'terway-fixed-pod-cidr',
    kind: 'synonym',
  },
  {
    q: 'coredns の chache を 30 から 60 に伸ばして上流 DNS への問い合わせを減らしたい。Corefile 直接いじって大丈夫？',
    expect: 'coredns-cache',
    kind: 'typo',
  },
  {
    q: 'terwya のノード1台に Pod 何個まで載せられる？ecs.c7.large だと思ったより少ない。計算式ある？',
    expect: 'terway-max-pods',
    kind: 'typo',
  },
  {
    q: 'Terway のクラスタで Pod に hostPort を書いたのにノードIP:ポートで繋がらない。そもそも hostPort って使えないの？',
    expect: 'flannel-hostport',
    kind: 'howto',
  },
  {
    q: 'terway クラスタで特定の Pod の通信だけ tcpdump で取りたい。ノードのどのインターフェースでキャプチャすればいい？',
    expect: 'terway-packet-capture',
    kind: 'howto',
  },
  {
    q: 'ACK のクラスタに Calico を helm で後から入れて併用しても大丈夫？',
    expect: 'third-party-network-plugins',
    kind: 'howto',
  },
  {
    q: 'これから ACK クラスタを作る。VPC は 192.168.0.0/16 の予定だけど、Pod と Service のアドレス範囲はどう決めるのがいい？どことどこを重ねちゃダメ？',
    expect: 'plan-cluster-cidrs',
    kind: 'howto',
  },
];
