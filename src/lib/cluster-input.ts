/**
 * What readers paste into the "My cluster" form is what their cluster
 * prints, not a bare version: the image list of the form's jsonpath commands
 * (`registry-cn-hangzhou.ack.aliyuncs.com/acs/terway:v1.9.1.1-g6c8f8e8-aliyun`,
 * once per container), or `kubectl version` (`Server Version: v1.30.1-aliyun.1`).
 * This reduces such text to the one version it names, or to nothing.
 */
import type { VersionedComponent } from '../schemas/versioned-components.ts';
import { parseVersion } from './versions.ts';

/** The image names (last path segment, before the tag) that carry each component's version. */
const IMAGE_NAMES: Readonly<Record<VersionedComponent, readonly string[]>> = {
  terway: ['terway'],
  flannel: ['flannel'],
  // The cluster's version comes from `kubectl version`, not from an image.
  kubernetes: [],
  coredns: ['coredns'],
  ccm: ['cloud-controller-manager'],
};

// `Server Version: v1.30.1-aliyun.1`, or kubectl before 1.28: `Server Version: version.Info{…, GitVersion:"v1.16.9-aliyun.1", …}`.
const SERVER_RE = /Server Version:\s*(?:version\.Info\{[^}]*GitVersion:"([^"]*)"|(\S+))/;

/** An image reference's name (its last path segment) and tag; null without a tag. */
export function imageTag(ref: string): { name: string; tag: string } | null {
  const withoutDigest = ref.split('@')[0]!;
  const last = withoutDigest.slice(withoutDigest.lastIndexOf('/') + 1);
  const colon = last.indexOf(':');
  if (colon < 1 || colon === last.length - 1) return null;
  return { name: last.slice(0, colon), tag: last.slice(colon + 1) };
}

const version = (text: string): string | null => (parseVersion(text) ? text : null);

/**
 * The version of `component` in what the reader pasted: a bare version, an
 * image reference of that component, several (the same tag once per
 * container), or `kubectl version` output. Null when the text names no
 * version of it, or names two different ones.
 */
export function versionFromOutput(component: VersionedComponent, text: string): string | null {
  const server = SERVER_RE.exec(text);
  if (server) return version(server[1] ?? server[2]!);
  // kubectl version without a server line printed the client's version only: not the cluster's.
  if (text.includes('Client Version:')) return null;
  const tokens = text.split(/\s+/).filter(Boolean);
  const found = new Set<string>();
  for (const token of tokens) {
    const image = imageTag(token);
    if (image) {
      if (IMAGE_NAMES[component].includes(image.name)) found.add(image.tag);
    } else if (tokens.length === 1 || /\d\.\d/.test(token)) {
      // Among other words, only a dotted version counts (not the counts of `kubectl get` columns).
      found.add(token);
    }
  }
  return found.size === 1 ? version([...found][0]!) : null;
}
