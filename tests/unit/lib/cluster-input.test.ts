import { describe, expect, it } from 'vitest';
import { imageTag, versionFromOutput } from '../../../src/lib/cluster-input.ts';

const TERWAY = 'registry-cn-hangzhou.ack.aliyuncs.com/acs/terway:v1.9.1.1-g6c8f8e8-aliyun';
const FLANNEL = 'registry-cn-hangzhou.ack.aliyuncs.com/acs/flannel:v0.15.1.22-20a397e6-aliyun';
const COREDNS = 'registry-cn-hangzhou.ack.aliyuncs.com/acs/coredns:v1.9.3.10-7dfca203-aliyun';

describe('versionFromOutput: what the form’s own commands print', () => {
  it('takes the tag of an image reference', () => {
    expect(versionFromOutput('terway', TERWAY)).toBe('v1.9.1.1-g6c8f8e8-aliyun');
    expect(versionFromOutput('flannel', FLANNEL)).toBe('v0.15.1.22-20a397e6-aliyun');
    expect(versionFromOutput('coredns', COREDNS)).toBe('v1.9.3.10-7dfca203-aliyun');
    expect(versionFromOutput('ccm', 'registry.cn-beijing.aliyuncs.com/acs/cloud-controller-manager-amd64:v2.9.0')).toBeNull();
    expect(versionFromOutput('ccm', 'registry.cn-beijing.aliyuncs.com/acs/cloud-controller-manager:v2.9.0')).toBe('v2.9.0');
  });
  it('reads the jsonpath image list of several containers, one tag twice, with a trailing newline', () => {
    expect(versionFromOutput('terway', `${TERWAY} ${TERWAY}\n`)).toBe('v1.9.1.1-g6c8f8e8-aliyun');
    // The Terway DaemonSet's policy container may run another image: only terway images count.
    expect(versionFromOutput('terway', `${TERWAY} registry-cn-hangzhou.ack.aliyuncs.com/acs/calico:v3.24.5`)).toBe(
      'v1.9.1.1-g6c8f8e8-aliyun',
    );
  });
  it('refuses two different tags rather than guess', () => {
    expect(versionFromOutput('terway', `${TERWAY} registry/acs/terway:v1.8.0`)).toBeNull();
  });
  it('refuses another component’s image', () => {
    expect(versionFromOutput('terway', FLANNEL)).toBeNull();
    expect(versionFromOutput('flannel', TERWAY)).toBeNull();
  });
  it('reads the Server Version of kubectl version, in every form kubectl prints it', () => {
    expect(versionFromOutput('kubernetes', 'Server Version: v1.30.1-aliyun.1')).toBe('v1.30.1-aliyun.1');
    expect(
      versionFromOutput(
        'kubernetes',
        'Client Version: v1.30.1\nKustomize Version: v5.0.4-0.20230601165947-6ce0bf390ce3\nServer Version: v1.30.1-aliyun.1\n',
      ),
    ).toBe('v1.30.1-aliyun.1');
    expect(
      versionFromOutput(
        'kubernetes',
        'Server Version: version.Info{Major:"1", Minor:"16+", GitVersion:"v1.16.9-aliyun.1", GitCommit:"4f7ea78", GitTreeState:""}',
      ),
    ).toBe('v1.16.9-aliyun.1');
    // An input field strips the newlines of a paste: the lines arrive glued together.
    expect(versionFromOutput('kubernetes', 'Client Version: v1.30.1Server Version:v1.28.3-aliyun.1')).toBe('v1.28.3-aliyun.1');
  });
  it('does not take the client’s version for the cluster’s', () => {
    expect(versionFromOutput('kubernetes', 'Client Version: v1.30.1\nKustomize Version: v5.0.4')).toBeNull();
    expect(versionFromOutput('kubernetes', 'Client Version: v1.30.1')).toBeNull();
  });
  it('refuses a Server Version line that holds no version', () => {
    expect(versionFromOutput('kubernetes', 'Server Version: unknown')).toBeNull();
    expect(versionFromOutput('kubernetes', 'Server Version: version.Info{Major:"1", GitVersion:"dev"}')).toBeNull();
  });
});

describe('versionFromOutput: bare versions and junk', () => {
  it('keeps a bare version as written', () => {
    expect(versionFromOutput('terway', 'v1.9.1.1-g6c8f8e8-aliyun')).toBe('v1.9.1.1-g6c8f8e8-aliyun');
    expect(versionFromOutput('kubernetes', '1.30')).toBe('1.30');
    expect(versionFromOutput('coredns', '  1.9.3 ')).toBe('1.9.3');
    expect(versionFromOutput('terway', ' V3\n')).toBe('V3');
  });
  it('finds the one dotted version among words, and ignores bare counts', () => {
    expect(versionFromOutput('terway', 'Terway v1.10.2')).toBe('v1.10.2');
    expect(versionFromOutput('terway', 'terway-eniip 3 3 3 3 3 <none> 12d')).toBeNull();
    expect(versionFromOutput('terway', 'version 1.2 or 1.3')).toBeNull();
  });
  it.each([
    [''],
    ['   '],
    ['latest'],
    ['registry/acs/terway'],
    ['registry/acs/terway:'],
    ['registry/acs/terway:latest'],
    ['1.2.x'],
  ])('finds nothing in %j', (junk) => {
    expect(versionFromOutput('terway', junk)).toBeNull();
  });
});

describe('imageTag', () => {
  it('splits the last path segment into name and tag, past a registry port and before a digest', () => {
    expect(imageTag('registry:5000/acs/terway:v1.2@sha256:abc')).toEqual({ name: 'terway', tag: 'v1.2' });
    expect(imageTag('terway:v1.2')).toEqual({ name: 'terway', tag: 'v1.2' });
    expect(imageTag('x:1')).toEqual({ name: 'x', tag: '1' });
  });
  it('needs a name and a tag', () => {
    expect(imageTag('registry:5000/acs/terway')).toBeNull();
    expect(imageTag(':v1.2')).toBeNull();
    expect(imageTag('acs/terway:')).toBeNull();
    expect(imageTag('1.2.3')).toBeNull();
  });
});
