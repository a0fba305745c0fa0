import type { Query } from '../types.ts';

/** Japanese search-evaluation queries (development part, 75): pastes, errors, symptoms, how-tos, typos and synonyms as Japanese on-call engineers type them. */
export const queries: readonly Query[] = [
  // ---- Terway: vSwitch / IP allocation ----
  {
    q: `HPA でスケールしたら新しい Pod が全部 ContainerCreating で止まった。describe の最後↓
Events:
  Type     Reason                  Age                  From               Message
  ----     ------                  ----                 ----               -------
  Normal   Scheduled               4m12s                default-scheduler  Successfully assigned prod/api-server-7f9c6d8b5-qx2lp to cn-hangzhou.192.168.3.41
  Warning  AllocIPFailed           3m58s (x9 over 4m)   terway-daemon      alloc ip failed: rpc error: code = Unknown desc = error get ip from pool
  Warning  FailedCreatePodSandBox  3m50s (x8 over 4m)   kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "8d1e0c4b9a7f": plugin type="terway" failed (add): cmdAdd: error alloc ip
terway のログ（terway-eniip-7xq2m）
time="2024-11-30T03:12:41Z" level=info msg="sync pool, idle: 0, inuse: 29"
time="2024-11-30T03:12:44Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 7C1A9F3E-22B1-5D0E-9A41-0B6E7F31C2D8 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1k3x9f2mz7q0abcd123\\" has not enough IpAddress., retrying"
time="2024-11-30T03:12:46Z" level=info msg="resource pool: waiting for eni-bp1d8r2c4v6n0m3k5j7h"`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: `vsw 追加して PodVswitchId にも入れて terway-eniip も rollout restart したのに、古いノードだけ相変わらず IP 取れない。追加後に入れたノードは OK
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-shanghai.10.0.12.7 | grep ContainerCreating
batch    report-worker-5c9d7b6f4-8kzvd   0/1   ContainerCreating   0   17m   <none>   cn-shanghai.10.0.12.7   <none>   <none>
batch    report-worker-5c9d7b6f4-tq2mn   0/1   ContainerCreating   0   17m   <none>   cn-shanghai.10.0.12.7   <none>   <none>
$ kubectl describe pod -n batch report-worker-5c9d7b6f4-8kzvd | tail -3
  Warning  AllocIPFailed   2m (x31 over 17m)  terway-daemon  alloc ip failed: no eni can handle the allocation
  Normal   SandboxChanged  2m (x30 over 17m)  kubelet        Pod sandbox changed, it will be killed and re-created.`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: '同じゾーンに vSwitch 増設したのに既存ノードでは Pod に IP が振られない。増設後にスケールアウトしたノードは問題なし',
    expect: 'vswitch-added-no-pod-ip',
    kind: 'symptom',
  },
  {
    q: `terway の Pod vSwitch は vsw-uf6a0k2x9m4p7q1r3abcd（172.16.64.0/20）だけのはずなのに、一部ノードの Pod が 172.16.8.x で起動してて RDS のホワイトリストで弾かれる
$ kubectl get pod -n order -o wide
NAME                         READY   STATUS    RESTARTS   AGE   IP             NODE                      NOMINATED NODE   READINESS GATES
order-api-6d7f9b8c54-2xkqp   1/1     Running   0          3h    172.16.70.23   cn-shanghai.172.16.0.31   <none>           <none>
order-api-6d7f9b8c54-9wz7c   1/1     Running   0          3h    172.16.8.117   cn-shanghai.172.16.0.44   <none>           <none>
order-api-6d7f9b8c54-lm4rt   1/1     Running   0          3h    172.16.8.121   cn-shanghai.172.16.0.44   <none>           <none>
2024-11-30 10:41:07.512 ERROR 1 --- [main] com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Exception during pool initialization.
java.sql.SQLException: null,  message from server: "Host '172.16.8.117' is not allowed to connect to this MySQL server"`,
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'paste',
  },
  {
    q: 'Pod に振られた IP が terway に設定したどのサブネットのレンジにも入ってない。前のクラスタで使ってた ECS をノードとして流用した',
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'synonym',
  },

  // ---- Terway: internet egress ----
  {
    q: 'IP 枯渇対策で vsw を1個追加したら、その vsw から IP もらった Pod だけインターネットに出られなくなった（ノード自体は外に出れる）',
    expect: 'terway-vswitch-snat',
    kind: 'symptom',
  },
  {
    q: `$ kubectl get pod -n crawler -o wide
NAME                      READY   STATUS    RESTARTS   AGE   IP             NODE
fetcher-8b6c9d7f5-4jxwz   1/1     Running   0          25m   10.12.96.14    cn-beijing.10.12.0.87
fetcher-8b6c9d7f5-vq8ml   1/1     Running   0          2d    10.12.33.201   cn-beijing.10.12.0.52
$ kubectl exec -n crawler fetcher-8b6c9d7f5-4jxwz -- ping -c 3 114.114.114.114
PING 114.114.114.114 (114.114.114.114): 56 data bytes

--- 114.114.114.114 ping statistics ---
3 packets transmitted, 0 packets received, 100% packet loss
command terminated with exit code 1
$ kubectl exec -n crawler fetcher-8b6c9d7f5-vq8ml -- ping -c 3 114.114.114.114
3 packets transmitted, 3 packets received, 0% packet loss
10.12.96.0/20 は昨日 IP 不足で追加した vsw-2ze9x7k1m0p3q5r8tabcd のレンジ。ノードからは ping 通る`,
    expect: 'terway-vswitch-snat',
    kind: 'paste',
  },
  {
    q: 'Flannel の旧クラスタから Terway の新クラスタに移行したら Pod から外部 API が全部 timeout、ping 114.114.114.114 も通らない。ノードは EIP 付いてて普通に外に出れる',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: 'terway に乗り換えた新クラスタ、コンテナ内から外部宛ての通信が一切出ていかない。旧 flannel 環境ではノードのパブリック IP で出てたのに',
    expect: 'terway-migration-no-internet',
    kind: 'synonym',
  },

  // ---- IPv6 dual stack ----
  {
    q: `デュアルスタックのクラスタ、IPv4 では外に出れるけど v6 が全然ダメ
$ kubectl exec -it -n default web-5b7d8c9f6-p2xkq -- curl -6 -sS --connect-timeout 5 -o /dev/null -w '%{http_code}\\n' https://ipv6.example.net
curl: (28) Failed to connect to ipv6.example.net port 443 after 5002 ms: Timeout was reached
000
command terminated with exit code 28
$ kubectl get pod web-5b7d8c9f6-p2xkq -o jsonpath='{.status.podIPs[*].ip}{"\\n"}'
10.4.17.33 2408:4005:3a1:7c02:91d5:8e3a:1f0c:5b27`,
    expect: 'ipv6-no-internet-egress',
    kind: 'paste',
  },
  {
    q: 'IPv6 デュアルスタックで Pod から v6 のアウトバウンドが出ていかない。IPv6 ゲートウェイと IPv6 帯域って両方いるの？',
    expect: 'ipv6-no-internet-egress',
    kind: 'synonym',
  },
  {
    q: 'Pod の IPv6 アドレスにクラスタ内の別 Pod からは curl できるのに、インターネット側から v6 で叩くと繋がらない',
    expect: 'ipv6-internet-unreachable-bandwidth',
    kind: 'symptom',
  },
  {
    q: `$ kubectl get svc nginx -n web -o jsonpath='{.spec.ipFamilyPolicy} {.spec.clusterIPs[*]}{"\\n"}'
PreferDualStack 192.168.120.44 fd00:21::8f3c
$ kubectl exec -it toolbox-6c8f7d9b5-wq4zk -n web -- curl -g -sS --connect-timeout 5 -o /dev/null -w '%{http_code}\\n' "http://[fd00:21::8f3c]:80/"
curl: (7) Failed to connect to fd00:21::8f3c port 80 after 2 ms: Couldn't connect to server
000
command terminated with exit code 7
$ kubectl exec -it toolbox-6c8f7d9b5-wq4zk -n web -- curl -sS -o /dev/null -w '%{http_code}\\n' http://192.168.120.44/
200`,
    expect: 'ipv6-clusterip-unreachable',
    kind: 'paste',
  },
  {
    q: `デュアルスタック有効にしたのに svc の CLUSTER-IP が v4 のまま
$ kubectl get svc -n shop
NAME       TYPE        CLUSTER-IP       EXTERNAL-IP   PORT(S)    AGE
cart       ClusterIP   192.168.43.17    <none>        8080/TCP   41d
checkout   ClusterIP   192.168.51.202   <none>        8080/TCP   41d
$ kubectl get svc cart -n shop -o jsonpath='{.spec.clusterIPs[1]}'
error: error executing jsonpath "{.spec.clusterIPs[1]}": Error executing template: array index out of bounds: index 1, length 1. Printing more information for debugging the template:`,
    expect: 'ipv6-clusterip-ipv4',
    kind: 'paste',
  },
  {
    q: 'ＩＰｖ６デュアルスタックでクラスタ作ったのに kubectl get pod -o wide の IP 列が全部 IPv4。Pod に v6 付いてないの？',
    expect: 'ipv6-pod-ip-ipv4-only',
    kind: 'symptom',
  },
  {
    q: `Pod の v4 だと 200 返るのに v6 だと即 refused
$ kubectl exec -it client-7d9f8c6b5-x2k9q -n demo -- curl -sS -o /dev/null -w '%{http_code}\\n' http://10.4.3.21:80/
200
$ kubectl exec -it client-7d9f8c6b5-x2k9q -n demo -- curl -g -sS -o /dev/null -w '%{http_code}\\n' "http://[2408:4005:3a1:7c02::15]:80/"
curl: (7) Failed to connect to 2408:4005:3a1:7c02::15 port 80 after 1 ms: Connection refused
000
nginx の起動ログ:
/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)
/docker-entrypoint.sh: Configuration complete; ready for start up`,
    expect: 'ipv6-app-not-listening',
    kind: 'paste',
  },

  // ---- Flannel: IPAM ----
  {
    q: `flannel のノードで Pod が起動しない。でもこのノード Pod 9 個しか乗ってない
  Warning  FailedCreatePodSandBox  45s (x12 over 6m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3fa9c1d0b7e2": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.20.5.1-172.20.5.62
[root@iZbp1a2b3c4d5e6f7g8h9iZ ~]# ls /var/lib/cni/networks/cb0 | wc -l
64
[root@iZbp1a2b3c4d5e6f7g8h9iZ ~]# crictl pods -s ready -q | wc -l
9`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: `$ kubectl describe pod batch-job-28391740-x8k2m -n etl | tail -2
  Warning  FailedCreatePodSandBox  12s (x7 over 2m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "a04e7d": plugin type="flannel" failed (add): failed to allocate for range 0: no IP addresses available in range set: 172.24.7.65-172.24.7.126
$ kubectl get node cn-hangzhou.192.168.0.58 -o jsonpath='{.spec.podCIDR}'
172.24.7.64/26
$ kubectl get pod -A --field-selector spec.nodeName=cn-hangzhou.192.168.0.58 --no-headers | grep -c Running
61
他のノードはガラガラなのにこのノードだけ Pod 詰め込まれてる`,
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'paste',
  },
  {
    q: 'flannel で CronJob 大量に回してるノードだけ no IP addresses available になる。Pod 数は全然少ないのに IP が解放されてない気がする',
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'symptom',
  },

  // ---- Flannel: new nodes, routes, CCM ----
  {
    q: 'flannel クラスタでノード追加したら、そのノードの Pod だけ疎通しない。調査手順が知りたい',
    expect: 'flannel-new-node-no-network',
    kind: 'howto',
  },
  {
    q: `新しく足したノードに Pod が全く乗らない
$ kubectl describe pod ingress-nginx-controller-5f7c9d8b6-h2k8q -n ingress-nginx | sed -n '/Events/,$p'
Events:
  Type     Reason            Age                   From               Message
  ----     ------            ----                  ----               -------
  Warning  FailedScheduling  2m31s (x14 over 28m)  default-scheduler  0/7 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }, 6 node(s) didn't match Pod's node affinity/selector. preemption: 0/7 nodes are available: 7 Preemption is not helpful for scheduling.
$ kubectl get node cn-shenzhen.172.18.4.9 -o jsonpath='{range .spec.taints[*]}{.key}{"\\n"}{end}'
node.kubernetes.io/network-unavailable`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: "  Warning  FailedScheduling  52s (x9 over 21m)  default-scheduler  0/5 nodes are available: 1 node(s) had taint {node.kubernetes.io/network-unavailable: }, that the pod didn't tolerate, 4 Insufficient cpu.",
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'error',
  },
  {
    q: `$ kubectl -n kube-system logs cloud-controller-manager-x7k2p --tail=200 | grep -i route
I1130 12:00:02.021877       1 route_controller.go:131] route controller: start to sync routes, nodes=12
E1130 12:01:02.123456       1 route_controller.go:214] Reconciling route error: multiple route tables found by vpc id[vpc-bp1qpo0kug3a20qqe5x1b], length(tables)=2
I1130 12:01:02.123601       1 route_controller.go:145] route controller: sync routes done, cost 41ms
E1130 12:02:02.224913       1 route_controller.go:214] Reconciling route error: multiple route tables found by vpc id[vpc-bp1qpo0kug3a20qqe5x1b], length(tables)=2`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: 'VPC にカスタムルートテーブル追加した。flannel クラスタの CCM 側で何か設定必要？routeTableIDs の書き方',
    expect: 'ccm-multiple-route-tables',
    kind: 'howto',
  },
  {
    q: `ノード跨ぎの Pod 通信だけ失敗。cn-hangzhou.192.168.5.77 の Pod 宛てだけ届かない（同じノード内なら OK）
$ kubectl get events -A --field-selector involvedObject.kind=Node | grep -i route
default   3m   Warning   CreateRouteFailed   node/cn-hangzhou.192.168.5.77   Error creating route entry in vtb-bp1f0c3x8k9m2n4p6q7r: Forbidden.RAM: User not authorized to operate on the specified resource. RequestId: 3E1B6C2D-7A8F-4B9C-A1D2-E3F4A5B6C7D8
$ kubectl exec -it net-test-6b8d9f7c5-m4k2z -- ping -c 3 172.20.9.14
--- 172.20.9.14 ping statistics ---
3 packets transmitted, 0 received, 100% packet loss, time 2047ms`,
    expect: 'pod-routes-missing',
    kind: 'paste',
  },
  {
    q: '同一ノード内の Pod 同士は通信できるのに、特定ノードの Pod との通信だけ落ちる。VPC のルートテーブル見たらそのノードの podCIDR 宛てのエントリがない',
    expect: 'pod-routes-missing',
    kind: 'symptom',
  },
  {
    q: `自前で足したノード、Pod からホスト跨ぎで通信できない
[root@k8s-node07 ~]# sysctl net.ipv4.ip_forward
net.ipv4.ip_forward = 0
[root@k8s-node07 ~]# sysctl net.bridge.bridge-nf-call-iptables
sysctl: cannot stat /proc/sys/net/bridge/bridge-nf-call-iptables: No such file or directory
[root@k8s-node07 ~]# lsmod | grep br_netfilter
[root@k8s-node07 ~]# uname -r
4.19.91-27.al7.x86_64`,
    expect: 'cni-misconfiguration',
    kind: 'paste',
  },
  {
    q: 'クラスタの Pod から VPN 越しのオンプレの一部サーバーにだけ届かない。Pod CIDR がオンプレのセグメントと被ってるかも',
    expect: 'cni-misconfiguration',
    kind: 'symptom',
  },

  // ---- Flannel: misc ----
  {
    q: `1.16 にアップグレードしたら全ノード NotReady
$ kubectl get nodes
NAME                      STATUS     ROLES    AGE    VERSION
cn-beijing.192.168.1.10   NotReady   <none>   210d   v1.16.9-aliyun.1
cn-beijing.192.168.1.11   NotReady   <none>   210d   v1.16.9-aliyun.1
$ kubectl describe node cn-beijing.192.168.1.10 | grep -i ready
  Ready            False   Mon, 30 Nov 2020 14:02:11 +0800   Mon, 30 Nov 2020 13:55:40 +0800   KubeletNotReady              runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized
# journalctl -u kubelet | tail -2
Nov 30 14:02:15 iZ2ze1abcd0e1f2g3h4i5jZ kubelet[1432]: W1130 14:02:15.882731    1432 cni.go:202] Error validating CNI config list: [plugin flannel does not support config version ""]
Nov 30 14:02:15 iZ2ze1abcd0e1f2g3h4i5jZ kubelet[1432]: W1130 14:02:15.882802    1432 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: '1.16 アップグレード後 node NotReady、kube-flanel-cfg に cniVerison 追加すればいい？',
    expect: 'flannel-cniversion-notready',
    kind: 'typo',
  },
  {
    q: `$ kubectl get pod -A -o wide | grep kube-flannel-ds
kube-flannel   kube-flannel-ds-4kx9p   0/1   Init:CrashLoopBackOff   6 (2m ago)   9m   10.0.0.21   k8s-node01   <none>   <none>
kube-flannel   kube-flannel-ds-v7m2c   0/1   Init:CrashLoopBackOff   6 (2m ago)   9m   10.0.0.22   k8s-node02   <none>   <none>
$ kubectl -n kube-flannel logs kube-flannel-ds-4kx9p -c install-cni
cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'paste',
  },
  {
    q: 'flannel の hairpin_mode ってどこで有効にする？Pod が自分の Service 経由だと自分に繋がらない',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'typo',
  },
  {
    q: 'レプリカ1の Pod から、自分自身がバックエンドに入ってる Service の ClusterIP を叩くと毎回タイムアウト。他の Pod から叩くと普通に返る（flannel）',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'symptom',
  },
  {
    q: 'ACK で hostPort 使いたい。terway のクラスタでも使える？',
    expect: 'flannel-hostport',
    kind: 'howto',
  },
  {
    q: `flannel クラスタの Pod から ECS に ping、片方だけ返ってこない。ルートは問題なさそう
$ kubectl exec -it debug-tools-5d6f7c8b9-kq2wz -- ping -c 3 192.168.10.45
64 bytes from 192.168.10.45: icmp_seq=1 ttl=63 time=0.312 ms
--- 192.168.10.45 ping statistics ---
3 packets transmitted, 3 received, 0% packet loss, time 2002ms
$ kubectl exec -it debug-tools-5d6f7c8b9-kq2wz -- ping -c 3 192.168.10.88
--- 192.168.10.88 ping statistics ---
3 packets transmitted, 0 received, 100% packet loss, time 2049ms
command terminated with exit code 1
192.168.10.88 は i-bp1c9x7k2m5n8p0q3r6s、別チームが作った ECS`,
    expect: 'flannel-ping-ecs-security-group',
    kind: 'paste',
  },

  // ---- Choosing / planning ----
  {
    q: '新規で ACK 作る。Terway と Flannel どっちにすべき？どう選ぶ？',
    expect: 'choose-terway-or-flannel',
    kind: 'howto',
  },
  {
    q: '既存クラスタの CNI を Flannel から Terway に変えられる？作り直し必須？',
    expect: 'switch-network-plugin',
    kind: 'synonym',
  },
  {
    q: 'ACK に Calico とか Cilium を自分でインストールして使ってもいい？',
    expect: 'third-party-network-plugins',
    kind: 'howto',
  },
  {
    q: '作成済みクラスタの Service CIDR とか Pod CIDR を後から変更・拡張できる？',
    expect: 'change-cidr-after-creation',
    kind: 'howto',
  },
  {
    q: 'これから ACK 作るけど、VPC・vSwitch・Pod CIDR・Service CIDR のアドレス設計どうすればいい？被っちゃダメな範囲は？',
    expect: 'plan-cluster-cidrs',
    kind: 'howto',
  },
  {
    q: 'うちのクラスタのネットワークプラグインがどっちか、あと Pod 用のサブネット（vsw）がどれか確認したい',
    expect: 'view-network-type-vswitches',
    kind: 'synonym',
  },
  {
    q: 'クラスタが使ってる VPC とか ECS インスタンス、ワーカー RAM ロールってコンソールのどこで一覧見れる？',
    expect: 'view-cluster-cloud-resources',
    kind: 'howto',
  },

  // ---- Terway: modes / datapath ----
  {
    q: 'terway で 1 ノードあたり何 Pod まで動かせる？ENI 数から計算する式',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: 'ENI マルチ IP と ENI シングル IP ってどう違う？（terway）',
    expect: 'terway-network-modes',
    kind: 'synonym',
  },
  {
    q: '自分の terway が排他 ENI モードか共有 ENI モードか確認する方法',
    expect: 'terway-identify-eni-mode',
    kind: 'howto',
  },
  {
    q: 'eni-config の eniip_virtual_type が IPVlan になってた。これって DataPathv2？IPvlan+eBPF？',
    expect: 'terway-identify-datapath',
    kind: 'howto',
  },
  {
    q: 'Terway の DataPath V2 って何？元の IPvlan+eBPF と何が違う？',
    expect: 'terway-datapathv2',
    kind: 'howto',
  },
  {
    q: 'DataPathv2 のノードで ipvsadm -Ln -c 見ても Pod→Service のセッションが全然出てこない。ノードで tcpdump しても Service 宛ての通信が見えない',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'symptom',
  },
  {
    q: '既存の terway ipvlan クラスタで in_cluster_loadbalace を有効化したい',
    expect: 'terway-in-cluster-loadbalance',
    kind: 'typo',
  },
  {
    q: 'terway クラスタで特定 Pod の通信を tcpdump したい。どのノードでどうやって取る？',
    expect: 'terway-packet-capture',
    kind: 'howto',
  },
  {
    q: 'terway 環境で Pod のステータスってどこで見る？Pending と ContainerCreating はネットワーク的にどういう状態？',
    expect: 'terway-pod-lifecycle',
    kind: 'howto',
  },
  {
    q: 'Pod が Running になった直後の数秒〜十数秒だけ外向き通信が失敗する。ちょっと待つと通る（terway）',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: '  Warning  FailedCreatePodSandBox  8s  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "b7c1e9f04d2a": plugin type="terway" failed (add): failed to do add; error parse config, can\'t found dev by mac 00:16:3e:1a:7f:c2: not found',
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'error',
  },
  {
    q: 'Terway アドオンのアップグレード失敗　エラーコード：eip pool is not supported',
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },
  {
    q: 'RDS のホワイトリストに入れたいので、特定の Pod だけ IP を決まった CIDR から払い出したい（terway）',
    expect: 'terway-fixed-pod-cidr',
    kind: 'howto',
  },
  {
    q: 'Terway に移行後、同じノードで docker-compose で立ててるコンテナの 8080 に Pod から繋がらずタイムアウト。別ノードの Pod からは繋がる',
    expect: 'terway-docker-container-ports',
    kind: 'symptom',
  },

  // ---- DNS ----
  {
    q: `全 Pod で名前解決できなくなった
{"level":"error","ts":"2024-11-30T05:21:44.118Z","caller":"client/redis.go:88","msg":"dial failed","error":"dial tcp: lookup redis-master.cache.svc.cluster.local on 172.21.0.10:53: read udp 10.1.4.27:48211->172.21.0.10:53: i/o timeout","request_id":"a91f0e6c-3b2d-4c77-9e11-d0b8f4e2a613"}
$ kubectl get ep kube-dns -n kube-system
NAME       ENDPOINTS   AGE
kube-dns   <none>      212d
$ kubectl get pods -n kube-system -l k8s-app=kube-dns
NAME                       READY   STATUS             RESTARTS       AGE
coredns-6d4b75cb6d-x7k2p   0/1     CrashLoopBackOff   14 (3m ago)    49m
coredns-6d4b75cb6d-z9m4w   0/1     CrashLoopBackOff   14 (2m ago)    49m`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: 'docker ランタイムのノードに載ってる Pod だけ名前解決できない。containerd のノードは平気',
    expect: 'dns-resolution-fails',
    kind: 'symptom',
  },
  {
    q: 'CoreDNS アップグレードするたびにアプリが５分くらい遅くなって DNS の timeout が出る、そのうち勝手に直る',
    expect: 'ipvs-udp-timeout-dns',
    kind: 'symptom',
  },
  {
    q: `CoreDNS のいるノード再起動したタイミングで一斉に出た
2024-11-30T02:14:07.331+0900	WARN	resolver	lookup mysql-primary.db.svc.cluster.local on 172.21.0.10:53: read udp 10.2.7.19:51822->172.21.0.10:53: i/o timeout
2024-11-30T02:14:12.336+0900	WARN	resolver	lookup mysql-primary.db.svc.cluster.local on 172.21.0.10:53: read udp 10.2.7.19:40113->172.21.0.10:53: i/o timeout
2024-11-30T02:14:12.902+0900	INFO	http	GET /api/v1/orders 200 5021ms
$ kubectl -n kube-system get cm kube-proxy-worker -o yaml | grep mode:
    mode: ipvs
[root@iZbp1f3k8x2m7n0p4q6r9tZ ~]# ipvsadm -Ln -u 172.21.0.10:53
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
UDP  172.21.0.10:53 rr
  -> 10.2.3.11:53                 Masq    1      0          212
  -> 10.2.5.40:53                 Masq    1      0          198
02:19 くらいには全部収まってた`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: 'CoreDNS の cache を 30 から 60 に延ばして上流 DNS の負荷下げたい。Corefile のどこ変える？',
    expect: 'coredns-cache',
    kind: 'howto',
  },
  {
    q: 'ClusterDomain を cluster.local 以外（社内ドメイン）にしたい。PrivateZone と同じゾーン名にしても大丈夫？',
    expect: 'coredns-cluster-domain',
    kind: 'howto',
  },
  {
    q: `coredns のログが NXDOMAIN だらけ、外部 API の名前解決が遅い
[INFO] 10.3.1.57:52341 - 40211 "A IN api.stripe.com.payment.svc.cluster.local. udp 60 false 512" NXDOMAIN qr,aa,rd 153 0.000121s
[INFO] 10.3.1.57:52341 - 40877 "AAAA IN api.stripe.com.payment.svc.cluster.local. udp 60 false 512" NXDOMAIN qr,aa,rd 153 0.000098s
[INFO] 10.3.1.57:38920 - 11503 "A IN api.stripe.com.svc.cluster.local. udp 52 false 512" NXDOMAIN qr,aa,rd 145 0.000087s
[INFO] 10.3.1.57:38920 - 12044 "A IN api.stripe.com.cluster.local. udp 48 false 512" NXDOMAIN qr,aa,rd 141 0.000074s
[INFO] 10.3.1.57:60233 - 5127 "A IN api.stripe.com. udp 34 false 512" NOERROR qr,rd,ra 126 0.001820s`,
    expect: 'dns-ndots-search-domains',
    kind: 'paste',
  },
  {
    q: 'Pod から外部ドメイン引くと cluster.local のサフィックス付きで何回も問い合わせてて遅い。resolv.conf は options ndots:5',
    expect: 'dns-ndots-search-domains',
    kind: 'synonym',
  },
  {
    q: 'たまに DNS 解決が 5 秒止まってリトライで成功する。conntrack -S の insert_failed が増えてる',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },

  // ---- conntrack / kube-proxy / IPVS ----
  {
    q: `ingress で 504 多発してるノードの dmesg
[3215873.102311] IPv6: ADDRCONF(NETDEV_CHANGE): veth3a9c2e71: link becomes ready
[3215901.447802] nf_conntrack: nf_conntrack: table full, dropping packet
[3215901.448130] nf_conntrack: nf_conntrack: table full, dropping packet
[3215906.451977] net_ratelimit: 2143 callbacks suppressed
[3215906.452010] nf_conntrack: nf_conntrack: table full, dropping packet
ingress-nginx 側:
2024/11/30 09:12:44 [error] 38#38: *918273 upstream timed out (110: Connection timed out) while connecting to upstream, client: 47.96.12.201, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://10.1.2.33:8080/api/cart"`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: 'nf_conntrak_max の上げ方　504 がポロポロ出る',
    expect: 'conntrack-table-full',
    kind: 'typo',
  },
  {
    q: 'kube-proxy-wroker の ConfigMap を編集して反映させる手順',
    expect: 'kube-proxy-config',
    kind: 'typo',
  },
  {
    q: 'E1130 03:11:09.331245       1 run.go:74] "command failed" err="failed complete: unrecognized feature gate: IPv6DualStack"',
    expect: 'kube-proxy-config',
    kind: 'error',
  },
  {
    q: 'gRPC の長時間コネクションのせいで一部のバックエンド Pod に負荷が偏る。IPVS のスケジューラを rr から lc に変えたい',
    expect: 'ipvs-scheduler-long-connections',
    kind: 'symptom',
  },
  {
    q: 'IPVS モードで、15分くらい無通信だったコネクションプールの接続がいつの間にか切れてる',
    expect: 'ipvs-session-keepalive',
    kind: 'symptom',
  },
  {
    q: `Pod IP 直なら返るのに ClusterIP だと refused
$ curl -sS -m 5 http://10.1.6.22:8080/healthz
ok
$ curl -sS -m 5 http://172.21.9.140:8080/healthz
curl: (7) Failed to connect to 172.21.9.140 port 8080 after 0 ms: Couldn't connect to server
$ kubectl get ep user-svc -n account
NAME       ENDPOINTS                       AGE
user-svc   10.1.6.22:8080,10.1.8.15:8080   12d
[root@iZbp1h2j3k4l5m6n7o8p9qZ ~]# ipvsadm -Ln -t 172.21.9.140:8080
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.9.140:8080 rr`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: `$ kubectl get svc,ep -n payment
NAME                  TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE
service/billing-api   ClusterIP   172.21.14.3   <none>        80/TCP    3h

NAME                    ENDPOINTS   AGE
endpoints/billing-api   <none>      3h
$ kubectl get pods -n payment --show-labels
NAME                          READY   STATUS    RESTARTS   AGE   LABELS
billing-api-7c9b5d4f8-6hx2r   1/1     Running   0          3h    app.kubernetes.io/name=billing-api,pod-template-hash=7c9b5d4f8
$ kubectl get svc billing-api -n payment -o jsonpath='{.spec.selector}'
{"app":"billing-api"}`,
    expect: 'service-unreachable-endpoints',
    kind: 'paste',
  },
  {
    q: `coredns が Ready にならない
[INFO] plugin/ready: Still waiting on: "kubernetes"
[INFO] plugin/ready: Still waiting on: "kubernetes"
[ERROR] plugin/kubernetes: pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope
[INFO] plugin/ready: Still waiting on: "kubernetes"`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },
  {
    q: 'コンテナネットワークが何かおかしいけど原因わからん。どこから順番に切り分ければいい？',
    expect: 'network-troubleshooting-checklist',
    kind: 'symptom',
  },
];
