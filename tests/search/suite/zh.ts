import type { Query } from '../types.ts';

/** 站内搜索评测的开发集（zh）：75 条按中文 SRE 真实输入习惯写成的查询及其应命中的条目 id。 */
export const queries: readonly Query[] = [
  // ───────────── Terway：IP 分配 / vSwitch ─────────────
  {
    q: `[root@iZbp1c8f3k2m9x7q5w0abcZ ~]# kubectl describe pod order-api-7d9f8c6b5-kx2lm -n prod | tail -n 9
  Normal   Scheduled               4m12s                  default-scheduler  Successfully assigned prod/order-api-7d9f8c6b5-kx2lm to cn-hangzhou.192.168.3.47
  Warning  FailedCreatePodSandBox  4m10s                  kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "9c1e0f7a2b": plugin type="terway" failed (add): cmdAdd: error alloc ip rpc error: code = DeadlineExceeded desc = context deadline exceeded
  Warning  AllocIPFailed           3m58s (x9 over 4m10s)  terway-daemon      alloc ip failed, context deadline exceeded
  Normal   SandboxChanged          3m57s (x9 over 4m9s)   kubelet            Pod sandbox changed, it will be killed and re-created.
[root@iZbp1c8f3k2m9x7q5w0abcZ ~]# kubectl -n kube-system logs terway-eniip-x8zq4 -c terway --tail=4
time="2024-11-30T12:01:02Z" level=info msg="resource pool sync" eni=eni-bp1f7k2x9c3m5n8q1w4e
time="2024-11-30T12:01:03Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 7C1B2A33-9E4D-4F0A-8B6C-2D1E3F4A5B6C Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-bp1q8x2k9m3n4o5p6q7r\\" has not enough IpAddress., retrying"
time="2024-11-30T12:01:05Z" level=error msg="error allocate ip for pod" pod=prod/order-api-7d9f8c6b5-kx2lm`,
    expect: 'vswitch-ip-exhausted',
    kind: 'paste',
  },
  {
    q: '今天扩容了一批 pod 全卡在 ContainerCreating，控制台看 pod 用的那个交换机可用 IP 数是 0',
    expect: 'vswitch-ip-exhausted',
    kind: 'symptom',
  },
  {
    q: 'terway 子网地址用光了 新 pod 分不到 ip，同可用区再加个子网要怎么弄',
    expect: 'vswitch-ip-exhausted',
    kind: 'synonym',
  },
  {
    q: `# 前天 vsw-bp1aaa 满了，按文档在 PodVswitchId 里加了 vsw-bp1nnn3k8x5q2w7e（同可用区，空闲 4000+ IP），terway-eniip 也 rollout restart 过了
# 新加的节点没问题，老节点还是起不来：
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-beijing.10.12.4.19 | grep ContainerCreating
prod    risk-engine-6b8d7c9f5-2qxkz    0/1   ContainerCreating   0     17m   <none>   cn-beijing.10.12.4.19   <none>   <none>
prod    risk-engine-6b8d7c9f5-w7hnm    0/1   ContainerCreating   0     17m   <none>   cn-beijing.10.12.4.19   <none>   <none>
$ kubectl describe pod risk-engine-6b8d7c9f5-2qxkz -n prod | grep -A3 Events
Events:
  Type     Reason         Age                 From           Message
  ----     ------         ----                ----           -------
  Warning  AllocIPFailed  52s (x23 over 17m)  terway-daemon  cmdAdd: error alloc ip rpc error: code = Unknown desc = no eni can handle the allocation`,
    expect: 'vswitch-added-no-pod-ip',
    kind: 'paste',
  },
  {
    q: 'PodVswitchId 已经加了新的 vswitch 也重启了 terway，为啥老节点上的 pod 还是拿不到 ip，新节点正常',
    expect: 'vswitch-added-no-pod-ip',
    kind: 'symptom',
  },
  {
    q: `2024-11-30 10:22:41.803 ERROR 1 --- [main] com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Exception during pool initialization.
java.sql.SQLException: null,  message from server: "Host '10.0.88.14' is not allowed to connect to this MySQL server"
	at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:129)
	at com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:828)
# RDS 白名单只加了 pod vsw 的网段 10.0.64.0/20，可是这个 pod 的 ip 根本不在里面：
$ kubectl get pod -n trade -o wide | grep settle
settle-job-5f6c7d8b9-qx2lp   1/1   Running   0   6m    10.0.88.14   cn-hangzhou.10.0.1.203   <none>   <none>
settle-job-5f6c7d8b9-z8wkc   1/1   Running   0   6m    10.0.66.201  cn-hangzhou.10.0.1.77    <none>   <none>`,
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'paste',
  },
  {
    q: '有几个节点上的 pod 拿到的 ip 不在 terway 配置的任何一个 vswitch 网段里，这台节点以前是别的集群的',
    expect: 'pod-ip-outside-vswitch-cidr',
    kind: 'symptom',
  },
  {
    q: 'terway pod ip 是子网里随机分的，数据库白名单没法加，能不能让一批 pod 固定从某个网段拿 ip',
    expect: 'terway-fixed-pod-cidr',
    kind: 'synonym',
  },
  {
    q: `$ kubectl get pod -n kube-system -o wide | grep terway
terway-eniip-5xk9q   2/2     Running   0          41d   192.168.0.12   cn-hangzhou.192.168.0.12   <none>   <none>
terway-eniip-b7w2m   2/2     Running   0          41d   192.168.0.13   cn-hangzhou.192.168.0.13   <none>   <none>
$ kubectl describe pod web-7c5b9d8f6-lq2mt -n default | tail -n 4
  Normal   Scheduled               38s               default-scheduler  Successfully assigned default/web-7c5b9d8f6-lq2mt to cn-hangzhou.192.168.0.13
  Warning  FailedCreatePodSandBox  31s               kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "f0a81c2d93e4": plugin type="terway" failed (add): failed to do add; error parse config, can't found dev by mac 00:16:3e:0c:7a:e2: not found
  Normal   SandboxChanged          30s (x2 over 35s) kubelet            Pod sandbox changed, it will be killed and re-created.`,
    expect: 'terway-cant-found-dev-by-mac',
    kind: 'paste',
  },

  // ───────────── 公网访问（SNAT / 迁移 / IPv6）─────────────
  {
    q: '为了补 pod ip 新加了一个 vswitch，之后从新 vsw 拿到 ip 的 pod 出不了外网，节点本身能上网',
    expect: 'terway-vswitch-snat',
    kind: 'symptom',
  },
  {
    q: `# 10.1.48.0/20 是昨天刚加进 PodVswitchId 的 vsw，10.1.16.0/20 是原来的
$ kubectl get pod -n pay -o wide | grep gateway
pay-gateway-5b7c9d8f6-2xkqp   1/1   Running   0   18m   10.1.48.23   cn-shanghai.10.1.0.15   <none>   <none>
pay-gateway-5b7c9d8f6-9wzr4   1/1   Running   0   3d    10.1.16.87   cn-shanghai.10.1.0.16   <none>   <none>
$ kubectl exec -n pay pay-gateway-5b7c9d8f6-2xkqp -- ping -c 3 114.114.114.114
PING 114.114.114.114 (114.114.114.114): 56 data bytes

--- 114.114.114.114 ping statistics ---
3 packets transmitted, 0 packets received, 100% packet loss
command terminated with exit code 1
$ kubectl exec -n pay pay-gateway-5b7c9d8f6-9wzr4 -- ping -c 3 114.114.114.114
3 packets transmitted, 3 packets received, 0% packet loss`,
    expect: 'terway-vswitch-snat',
    kind: 'paste',
  },
  {
    q: '从 flannel 集群迁到新建的 terway 集群以后 容器里调第三方 api 全超时，节点有公网 ip，在节点上 curl 是好的',
    expect: 'terway-migration-no-internet',
    kind: 'symptom',
  },
  {
    q: `/ # ip -6 addr show eth0 | grep global
    inet6 2408:4005:3a1:8e00:b2c1:7f3e:9a01:1a/128 scope global
/ # curl -4 -sS --connect-timeout 5 -o /dev/null -w '%{http_code}\\n' https://mirrors.aliyun.com
200
/ # curl -6 -sS --connect-timeout 5 -o /dev/null -w '%{http_code}\\n' https://mirrors.aliyun.com
curl: (28) Failed to connect to mirrors.aliyun.com port 443 after 5001 ms: Timeout was reached
000
/ # ping6 -c 2 2400:3200::1
PING 2400:3200::1 (2400:3200::1): 56 data bytes
--- 2400:3200::1 ping statistics ---
2 packets transmitted, 0 packets received, 100% packet loss`,
    expect: 'ipv6-no-internet-egress',
    kind: 'paste',
  },
  {
    q: '双栈集群 其他 pod 用 ipv6 地址访问这个 pod 是通的 但是公网客户端连同一个 ipv6 地址超时',
    expect: 'ipv6-internet-unreachable-bandwidth',
    kind: 'symptom',
  },

  // ───────────── IPv6 双栈：Service / Pod IP ─────────────
  {
    q: `$ kubectl get svc web -n demo -o jsonpath='{.spec.ipFamilyPolicy} {.spec.clusterIPs[*]}{"\\n"}'
PreferDualStack 192.168.12.40 fd00:c0a8:c::4a2
$ kubectl get endpointslices -n demo -l kubernetes.io/service-name=web
NAME        ADDRESSTYPE   PORTS   ENDPOINTS                      AGE
web-2kq8d   IPv4          8080    172.20.3.41,172.20.4.17        9d
web-x7p4n   IPv6          8080    2408:4005:3a1:8e00::29,+ 1 more...   9d
$ kubectl exec -it toolbox-6c9d7f8b5-mz2qk -n demo -- curl -g -m 5 "http://[fd00:c0a8:c::4a2]:8080/healthz"
curl: (7) Failed to connect to fd00:c0a8:c::4a2 port 8080 after 3 ms: Couldn't connect to server
command terminated with exit code 7
$ kubectl exec -it toolbox-6c9d7f8b5-mz2qk -n demo -- curl -m 5 http://192.168.12.40:8080/healthz
ok`,
    expect: 'ipv6-clusterip-unreachable',
    kind: 'paste',
  },
  {
    q: '开了 ipv6 双栈，kubectl get svc 里 CLUSTER-IP 还是 ipv4 的，service 没有 ipv6 clusterip',
    expect: 'ipv6-clusterip-ipv4',
    kind: 'symptom',
  },
  {
    q: 'The Service "api" is invalid: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services',
    expect: 'ipv6-clusterip-ipv4',
    kind: 'error',
  },
  {
    q: '双栈集群 kubectl get pod -o wide 只显示 ipv4，pod 的 ipv6 地址在哪看',
    expect: 'ipv6-pod-ip-ipv4-only',
    kind: 'howto',
  },
  {
    q: `$ kubectl exec -it curl-5d8f -n web -- curl -sS -m 5 -o /dev/null -w '%{http_code}\\n' http://172.20.1.17:80/
200
$ kubectl exec -it curl-5d8f -n web -- curl -g -sS -m 5 -o /dev/null -w '%{http_code}\\n' "http://[2408:4005:3a1:8e00::17]:80/"
curl: (7) Failed to connect to 2408:4005:3a1:8e00::17 port 80 after 1 ms: Connection refused
000
command terminated with exit code 7
$ kubectl logs nginx-5c7588df-8xk2q -n web | head -5
/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)
/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
/docker-entrypoint.sh: Configuration complete; ready for start up`,
    expect: 'ipv6-app-not-listening',
    kind: 'paste',
  },

  // ───────────── Terway：模式 / 数据面 / 概念 ─────────────
  {
    q: 'terway 的 DataPath V2 到底是啥，跟以前的 ipvlan+ebpf 啥关系',
    expect: 'terway-datapathv2',
    kind: 'howto',
  },
  {
    q: '怎么看我们集群 terway 开的是哪种网络加速，eni-config 里的 eniip_virtual_type 怎么看',
    expect: 'terway-identify-datapath',
    kind: 'synonym',
  },
  {
    q: '开了 ipvlan ebpf 加速以后 pod 访问 service 有问题，但节点上 ipvsadm -Ln 一切正常、抓包也抓不到，是不是根本不走 ipvs',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'symptom',
  },
  {
    q: '怎么判断 terway 用的是独占 eni 模式还是共享 eni 模式',
    expect: 'terway-identify-eni-mode',
    kind: 'howto',
  },
  {
    q: '节点上有个 k8s.aliyun.com/exclusive-mode-eni-typ=eniOnly 的 label 是什么意思',
    expect: 'terway-identify-eni-mode',
    kind: 'typo',
  },
  {
    q: 'terway 有哪几种网络模式，共享网卡和一个 pod 独占一块网卡有啥区别',
    expect: 'terway-network-modes',
    kind: 'synonym',
  },
  {
    q: 'terway 一个节点最多能跑多少个 pod，怎么算',
    expect: 'terway-max-pods',
    kind: 'howto',
  },
  {
    q: 'terway 集群在哪看 pod 状态，Pending 和 ContainerCreating 在 terway 网络下分别代表啥',
    expect: 'terway-pod-lifecycle',
    kind: 'howto',
  },
  {
    q: 'terway 集群里怎么对某一个 pod 抓包，terway-cli mapping 查 pod ip 然后 tcpdump？',
    expect: 'terway-packet-capture',
    kind: 'howto',
  },
  {
    q: 'terway ipvlan 老集群 pod 访问自己集群 LoadBalancer service 的 SLB 地址不通，in-cluster-loadbalance 要怎么开',
    expect: 'terway-in-cluster-loadbalance',
    kind: 'typo',
  },
  {
    q: 'pod 已经 Running 了，但是刚启动那几秒连数据库/redis 都超时，过一会自己就好了，terway 集群',
    expect: 'terway-pod-network-delay',
    kind: 'symptom',
  },
  {
    q: '换成 terway 之后，pod 访问同一台节点上 docker-compose 起的容器端口超时，ping 节点是通的，别的节点上的 pod 访问正常',
    expect: 'terway-docker-container-ports',
    kind: 'symptom',
  },
  {
    q: '控制台升级 terway 组件失败 错误码 eip pool is not supported',
    expect: 'terway-eip-pool-not-supported',
    kind: 'error',
  },

  // ───────────── 选型 / 规划 / 查看 ─────────────
  {
    q: '新建 ack 集群网络插件选 flannel 还是 terway？要 networkpolicy',
    expect: 'choose-terway-or-flannel',
    kind: 'howto',
  },
  {
    q: '现有的 flanel 集群能不能直接切换成 terwya',
    expect: 'switch-network-plugin',
    kind: 'typo',
  },
  {
    q: 'ACK 上能不能自己装 calico 或者 cilium 当 CNI',
    expect: 'third-party-network-plugins',
    kind: 'synonym',
  },
  {
    q: '建集群前 vpc、交换机、pod cidr、service cidr 怎么规划才不会冲突',
    expect: 'plan-cluster-cidrs',
    kind: 'howto',
  },
  {
    q: '集群建好以后 service 网段 / pod 网段还能改吗',
    expect: 'change-cidr-after-creation',
    kind: 'howto',
  },
  {
    q: '集群用的是 terway 还是 flannel、pod 虚拟交换机是哪几个，控制台哪里看',
    expect: 'view-network-type-vswitches',
    kind: 'howto',
  },
  {
    q: '怎么看这个集群用了哪些云资源 比如 vpc、ecs、worker ram 角色',
    expect: 'view-cluster-cloud-resources',
    kind: 'howto',
  },
  {
    q: 'terway 支持 hostPort 吗，Pod 里配了 hostPort 不生效',
    expect: 'flannel-hostport',
    kind: 'howto',
  },

  // ───────────── Flannel：IP 分配 ─────────────
  {
    q: `Events:
  Type     Reason                  Age                  From     Message
  ----     ------                  ----                 ----     -------
  Normal   Scheduled               9m                   default-scheduler  Successfully assigned batch/report-cron-28871460-mq2zx to cn-beijing.10.0.2.31
  Warning  FailedCreatePodSandBox  2m (x31 over 9m)     kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3f2a9d81c0b7": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.20.5.1-172.20.5.254
[root@cn-beijing.10.0.2.31 ~]# ls /var/lib/cni/networks/cb0 | wc -l
256
[root@cn-beijing.10.0.2.31 ~]# kubectl get pod -A -o wide --field-selector spec.nodeName=cn-beijing.10.0.2.31 --no-headers | wc -l
14`,
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'paste',
  },
  {
    q: '机房断电节点重启之后 flannel 节点 pod 起不来 报 no IP addresses available，可节点上就没几个 pod',
    expect: 'flannel-ip-leak-no-ip-available',
    kind: 'symptom',
  },
  {
    q: `$ kubectl describe node cn-shenzhen.172.16.2.14 | grep -i podcidr
PodCIDR:                      172.20.3.192/26
PodCIDRs:                     172.20.3.192/26
$ kubectl get pod -A -o wide --field-selector spec.nodeName=cn-shenzhen.172.16.2.14,status.phase=Running --no-headers | wc -l
61
$ kubectl describe pod canal-worker-7f9c6d5b4-9pz2w -n mq | tail -n 2
  Warning  FailedCreatePodSandBox  14s (x12 over 3m)  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "a91c": plugin type="flannel" failed (add): failed to delegate add: failed to allocate for range 0: no IP addresses available in range set: 172.20.3.193-172.20.3.254
  Normal   SandboxChanged          13s (x12 over 3m)  kubelet  Pod sandbox changed, it will be killed and re-created.`,
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'paste',
  },
  {
    q: 'flannel 节点上 pod 已经跑满了，节点 pod 网段用完新 pod 起不来，怎么办',
    expect: 'flannel-pod-cidr-exhausted',
    kind: 'symptom',
  },

  // ───────────── Flannel：节点 / CNI / 路由 ─────────────
  {
    q: `$ kubectl get nodes
NAME                      STATUS     ROLES    AGE    VERSION
cn-shenzhen.172.16.1.11   NotReady   <none>   210d   v1.16.9-aliyun.1
cn-shenzhen.172.16.1.12   NotReady   <none>   210d   v1.16.9-aliyun.1
cn-shenzhen.172.16.1.13   Ready      <none>   3h     v1.16.9-aliyun.1
$ journalctl -u kubelet --since "20 min ago" | tail -n 3
Nov 30 12:01:02 iZwz9a1b2c3d4e5f6g7h8iZ kubelet[1234]: W1130 12:01:02.120031    1234 cni.go:237] Unable to update cni config: no valid networks found in /etc/cni/net.d
Nov 30 12:01:02 iZwz9a1b2c3d4e5f6g7h8iZ kubelet[1234]: E1130 12:01:02.123456    1234 cni.go:300] Error validating CNI config list {"name":"cb0","plugins":[{"type":"flannel","delegate":{"isDefaultGateway":true}}]}: [plugin flannel does not support config version ""]
Nov 30 12:01:03 iZwz9a1b2c3d4e5f6g7h8iZ kubelet[1234]: E1130 12:01:03.556712    1234 kubelet.go:2187] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized`,
    expect: 'flannel-cniversion-notready',
    kind: 'paste',
  },
  {
    q: `$ kubectl get pod -A -o wide | grep kube-flannel-ds
kube-flannel   kube-flannel-ds-7xk2p   0/1     Init:CrashLoopBackOff   6 (2m3s ago)   9m41s   10.0.0.21   k8s-node-21   <none>   <none>
kube-flannel   kube-flannel-ds-m4q9z   1/1     Running                 0              9m41s   10.0.0.22   k8s-node-22   <none>   <none>
$ kubectl -n kube-flannel logs kube-flannel-ds-7xk2p -c install-cni
cp: can't create '/etc/cni/net.d/10-flannel.conflist': Permission denied`,
    expect: 'flannel-selinux-permission-denied',
    kind: 'paste',
  },
  {
    q: 'flannel 里 pod 通过自己的 service 访问自己超时，hairpin_mode 要在哪开',
    expect: 'flannel-hairpin-service-loopback',
    kind: 'typo',
  },
  {
    q: 'flannel 集群新加入的节点上 pod 网络不通，该按什么顺序排查',
    expect: 'flannel-new-node-no-network',
    kind: 'howto',
  },
  {
    q: `# flannel 集群，刚扩了 3 台 worker，pod 一直 Pending
$ kubectl describe pod nginx-6799fc88d8-t5wqz | tail -n 4
Events:
  Type     Reason            Age                From               Message
  ----     ------            ----               ----               -------
  Warning  FailedScheduling  2m1s (x4 over 5m)  default-scheduler  0/6 nodes are available: 3 Insufficient cpu, 3 node(s) had untolerated taint {node.kubernetes.io/network-unavailable: }. preemption: 0/6 nodes are available: 3 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.
$ kubectl get nodes -o custom-columns=NAME:.metadata.name,TAINTS:.spec.taints[*].key
NAME                       TAINTS
cn-hangzhou.192.168.0.12   <none>
cn-hangzhou.192.168.0.71   node.kubernetes.io/network-unavailable
cn-hangzhou.192.168.0.72   node.kubernetes.io/network-unavailable
cn-hangzhou.192.168.0.73   node.kubernetes.io/network-unavailable`,
    expect: 'flannel-node-network-unavailable-taint',
    kind: 'paste',
  },
  {
    q: `$ kubectl -n kube-system logs cloud-controller-manager-8k2xq --tail=200 | grep -i route
I1130 09:14:55.201733       1 route_controller.go:112] sync route tables start
E1130 09:14:55.398114       1 routes.go:87] Reconciling route error: multiple route tables found by vpc id[vpc-bp1k3m9x7y2z5a8c0d4e6], length(tables)=2
E1130 09:14:55.398160       1 route_controller.go:130] sync route tables error: multiple route tables found by vpc id[vpc-bp1k3m9x7y2z5a8c0d4e6], length(tables)=2
I1130 09:15:55.201802       1 route_controller.go:112] sync route tables start`,
    expect: 'ccm-multiple-route-tables',
    kind: 'paste',
  },
  {
    q: 'flannel 集群有几台节点上的 pod 跨节点就不通，同节点互访正常，VPC 路由表里少了这几台节点 podCIDR 的路由条目',
    expect: 'pod-routes-missing',
    kind: 'symptom',
  },
  {
    q: 'Warning  CreateRouteFailed  node/cn-hangzhou.192.168.0.88  Error creating route entry in vtb-bp1x7k2m9q3w5e8r0t: Forbidden.RAM: User not authorized to operate on the specified resource',
    expect: 'pod-routes-missing',
    kind: 'error',
  },
  {
    q: `# flannel 集群，路由都查过了没问题
/ # ping -c 3 192.168.0.50
3 packets transmitted, 3 packets received, 0% packet loss
round-trip min/avg/max = 0.281/0.302/0.331 ms
/ # ping -c 3 192.168.0.61
PING 192.168.0.61 (192.168.0.61): 56 data bytes

--- 192.168.0.61 ping statistics ---
3 packets transmitted, 0 packets received, 100% packet loss
/ # ping -c 3 172.31.8.9
--- 172.31.8.9 ping statistics ---
3 packets transmitted, 0 packets received, 100% packet loss`,
    expect: 'flannel-ping-ecs-security-group',
    kind: 'paste',
  },
  {
    q: `# 同一台宿主机上的 pod 互通，跨主机的 pod 全不通
[root@k8s-node-b ~]# sysctl net.ipv4.ip_forward
net.ipv4.ip_forward = 0
[root@k8s-node-b ~]# sysctl net.bridge.bridge-nf-call-iptables
sysctl: cannot stat /proc/sys/net/bridge/bridge-nf-call-iptables: No such file or directory
[root@k8s-node-b ~]# ip route | grep cni0
172.20.1.0/24 dev cni0 proto kernel scope link src 172.20.1.1`,
    expect: 'cni-misconfiguration',
    kind: 'paste',
  },
  {
    q: '容器网络不通 也不知道是哪一层的问题，有没有从头到尾的排查清单',
    expect: 'network-troubleshooting-checklist',
    kind: 'symptom',
  },

  // ───────────── kube-proxy / IPVS / conntrack ─────────────
  {
    q: `[root@iZbp1gq3x7 ~]# dmesg -T | tail -n 6
[Sat Nov 30 14:21:07 2024] IPVS: rr: TCP 172.21.4.16:80 - no destination available
[Sat Nov 30 14:21:09 2024] nf_conntrack: nf_conntrack: table full, dropping packet
[Sat Nov 30 14:21:09 2024] nf_conntrack: nf_conntrack: table full, dropping packet
[Sat Nov 30 14:21:14 2024] net_ratelimit: 1822 callbacks suppressed
[Sat Nov 30 14:21:14 2024] nf_conntrack: nf_conntrack: table full, dropping packet
[Sat Nov 30 14:21:15 2024] eth0: renamed from tmp3f9a1`,
    expect: 'conntrack-table-full',
    kind: 'paste',
  },
  {
    q: 'kube-proxy-wroker 这个 configmap 改了怎么生效，要重建 pod 吗',
    expect: 'kube-proxy-config',
    kind: 'typo',
  },
  {
    q: 'grpc 长连接 负载不均 流量全打到一两个 pod 上，ipvs 调度算法能不能改成 lc',
    expect: 'ipvs-scheduler-long-connections',
    kind: 'symptom',
  },
  {
    q: `# kube-proxy-worker 里加了 ipvs.scheduler: lc，删了一个 kube-proxy pod 重建，日志：
I1130 08:12:31.102334       1 node.go:141] Successfully retrieved node IP: 192.168.0.21
E1130 08:12:31.482913       1 server_others.go:255] "Can't use the IPVS proxier" err="IPVS proxier will not be used because the following required kernel modules are not loaded: [ip_vs_lc]"
I1130 08:12:31.483001       1 server_others.go:286] "Using iptables Proxier."
I1130 08:12:31.501277       1 proxier.go:259] "Setting route_localnet=1, use nodePortAddresses to filter loopback addresses for NodePorts to skip it"`,
    expect: 'ipvs-scheduler-long-connections',
    kind: 'paste',
  },
  {
    q: '走 service 的 tcp 长连接空闲十几分钟后再发请求就断了，ipvs 模式，keepalive 要设多少',
    expect: 'ipvs-session-keepalive',
    kind: 'symptom',
  },
  {
    q: `$ kubectl get pod -n prod -o wide | grep web
web-6f8d7c9b5-2mzpk   1/1   Running   0   5d    172.20.1.15   cn-hangzhou.192.168.0.21
web-6f8d7c9b5-qx8wn   1/1   Running   0   5d    172.20.2.8    cn-hangzhou.192.168.0.22
[root@cn-hangzhou.192.168.0.21 ~]# curl -s -m 3 -o /dev/null -w '%{http_code}\\n' http://172.20.1.15:80/
200
[root@cn-hangzhou.192.168.0.21 ~]# curl -m 3 http://172.21.0.20:80/
curl: (7) Failed to connect to 172.21.0.20 port 80: Connection refused
[root@cn-hangzhou.192.168.0.21 ~]# ipvsadm -Ln -t 172.21.0.20:80
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  172.21.0.20:80 rr
[root@cn-hangzhou.192.168.0.21 ~]# kubectl get ep web -n prod
NAME   ENDPOINTS                       AGE
web    172.20.1.15:80,172.20.2.8:80    5d`,
    expect: 'service-clusterip-unreachable-ipvs',
    kind: 'paste',
  },
  {
    q: `$ kubectl get svc order-svc -n prod -o wide
NAME        TYPE        CLUSTER-IP     EXTERNAL-IP   PORT(S)    AGE   SELECTOR
order-svc   ClusterIP   172.21.9.201   <none>        8080/TCP   2d    app=order-service
$ kubectl get endpoints order-svc -n prod
NAME        ENDPOINTS   AGE
order-svc   <none>      2d
$ kubectl get pods -n prod --show-labels | grep order
order-6f7d9c5b8-h2k9x   1/1     Running   0          2d    app=order,pod-template-hash=6f7d9c5b8
order-6f7d9c5b8-p7v3n   1/1     Running   0          2d    app=order,pod-template-hash=6f7d9c5b8`,
    expect: 'service-unreachable-endpoints',
    kind: 'paste',
  },

  // ───────────── DNS / CoreDNS ─────────────
  {
    q: `$ kubectl -n kube-system rollout restart deploy/coredns
deployment.apps/coredns restarted
# 之后大概 4 分钟业务日志一直报，14:06 左右自己恢复了：
2024-11-30 14:02:11.317 ERROR [order-svc,7f3a9c21] dial tcp: lookup mysql-primary.db.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.18:51234->172.21.0.10:53: i/o timeout
2024-11-30 14:03:47.902 ERROR [order-svc,1b8e04d7] dial tcp: lookup redis-master.cache.svc.cluster.local on 172.21.0.10:53: read udp 172.20.3.18:40211->172.21.0.10:53: i/o timeout
2024-11-30 14:04:02.155 WARN  [order-svc,-] retrying (3/5)
$ kubectl -n kube-system get cm kube-proxy-worker -o yaml | grep "mode:"
    mode: ipvs`,
    expect: 'ipvs-udp-timeout-dns',
    kind: 'paste',
  },
  {
    q: 'coredns 重启后几分钟内业务 dns 解析超时，然后自己又好了',
    expect: 'ipvs-udp-timeout-dns',
    kind: 'symptom',
  },
  {
    q: `/ # nslookup kubernetes.default
;; connection timed out; no servers could be reached

/ # exit
command terminated with exit code 1
$ kubectl get pods -n kube-system -l k8s-app=kube-dns -o wide
NAME                       READY   STATUS             RESTARTS        AGE   IP            NODE
coredns-6d4b75cb6d-x7k2p   0/1     CrashLoopBackOff   12 (41s ago)    38m   172.20.1.14   cn-hangzhou.192.168.0.21
coredns-6d4b75cb6d-q9l4t   0/1     CrashLoopBackOff   12 (1m2s ago)   38m   172.20.2.9    cn-hangzhou.192.168.0.22
$ kubectl get ep kube-dns -n kube-system
NAME       ENDPOINTS   AGE
kube-dns   <none>      412d`,
    expect: 'dns-resolution-fails',
    kind: 'paste',
  },
  {
    q: 'pod 里域名全解析不了，集群内 service 名和外网域名都不行，nslookup 直接超时',
    expect: 'dns-resolution-fails',
    kind: 'symptom',
  },
  {
    q: `[INFO] 172.20.1.5:41234 - 5127 "A IN api.weixin.qq.com.default.svc.cluster.local. udp 61 false 512" NXDOMAIN qr,aa,rd 154 0.000117s
[INFO] 172.20.1.5:41234 - 5128 "AAAA IN api.weixin.qq.com.default.svc.cluster.local. udp 61 false 512" NXDOMAIN qr,aa,rd 154 0.000098s
[INFO] 172.20.1.5:52811 - 33104 "A IN api.weixin.qq.com.svc.cluster.local. udp 53 false 512" NXDOMAIN qr,aa,rd 146 0.000102s
[INFO] 172.20.1.5:39012 - 40877 "A IN api.weixin.qq.com.cluster.local. udp 49 false 512" NXDOMAIN qr,aa,rd 142 0.000089s
[INFO] 172.20.1.5:47720 - 6011 "A IN api.weixin.qq.com. udp 35 false 512" NOERROR qr,rd,ra 118 0.003411s
# 每次解析外部域名 coredns 都收到 4-5 个查询，业务说解析慢`,
    expect: 'dns-ndots-search-domains',
    kind: 'paste',
  },
  {
    q: 'resolv.conf 里 options ndots:5，解析外部域名要先走一遍 search 域，dnsConfig 改 ndots 为 1 靠谱吗',
    expect: 'dns-ndots-search-domains',
    kind: 'synonym',
  },
  {
    q: 'pod 偶发 dns 解析 5 秒超时，重试一次就好，conntrack -S 里 insert_failed 一直在涨',
    expect: 'dns-single-request-reopen',
    kind: 'symptom',
  },
  {
    q: 'single-requst-reopen 怎么加到 deployment 的 dnsConfig 里',
    expect: 'dns-single-request-reopen',
    kind: 'typo',
  },
  {
    q: 'corends 的 cache 30 想改成 60 减轻上游 dns 压力，改哪里',
    expect: 'coredns-cache',
    kind: 'typo',
  },
  {
    q: '集群域名不想用 cluster.local，想改成公司自己的域名，跟 privatezone 里的 zone 冲突会怎样',
    expect: 'coredns-cluster-domain',
    kind: 'synonym',
  },
  {
    q: `$ kubectl -n kube-system logs coredns-7b5c8d6f9d-4kq2m --tail=5
[INFO] plugin/ready: Still waiting on: "kubernetes"
[INFO] plugin/ready: Still waiting on: "kubernetes"
E1130 03:11:45.271809       1 reflector.go:147] pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices" in API group "discovery.k8s.io" at the cluster scope
[INFO] plugin/ready: Still waiting on: "kubernetes"`,
    expect: 'pod-api-server-access-rbac',
    kind: 'paste',
  },

  // ───────────── 追加：易混淆的邻居 ─────────────
  {
    q: 'flannel 的节点 IP 数量（每个节点 pod 数）建集群时选小了，创建后还能调大吗',
    expect: 'change-cidr-after-creation',
    kind: 'howto',
  },
  {
    q: 'DataPathv2 模式下 Pod 访问 Service 还经过节点上的 IPVS 规则吗？conntrack 记在哪',
    expect: 'terway-datapath-ipvs-bypass',
    kind: 'howto',
  },
];
