import { modeKeys, modeValues, type ModeKey } from '../schemas/mode-values.ts';
import type { Modes } from '../schemas/modes.ts';
import type { Plugin } from '../schemas/plugin.ts';
import { versionedComponents, type VersionedComponent } from '../schemas/versioned-components.ts';
import type { Versions } from '../schemas/versions.ts';
import { compareVersions, fixedIn, parseRange, parseVersion, satisfies } from './versions.ts';

/** What a reader says about their cluster; every field optional. */
export type Cluster = {
  plugin?: 'terway' | 'flannel';
} & { [C in VersionedComponent]?: string } & { [M in ModeKey]?: (typeof modeValues)[M][number] };

/** The parts of an entry that decide whether it applies. */
export interface Rules {
  readonly plugin: readonly Plugin[];
  readonly versions: Versions;
  /** `any`: the entry applies when any one listed component is in range (independent causes). */
  readonly versionMatch?: 'all' | 'any';
  readonly modes: Modes;
}

/** One reason behind a verdict. */
export type Reason =
  | { kind: 'plugin'; expected: readonly Plugin[]; found: string }
  | { kind: 'version'; component: VersionedComponent; range: string; found: string }
  | { kind: 'fixed'; component: VersionedComponent; fixedIn: string; found: string }
  | { kind: 'mode'; mode: ModeKey; expected: readonly string[]; found: string }
  | { kind: 'unknown'; what: VersionedComponent | ModeKey | 'plugin' };

/** The verdict for one entry and one cluster. */
export interface Verdict {
  /** `applies`, `not-applicable`, `fixed` (the reader's version already has the fix) or `unset` (no cluster given). */
  readonly status: 'applies' | 'not-applicable' | 'fixed' | 'unset';
  /** Why: failing checks for not-applicable/fixed; unchecked constraints for applies. */
  readonly reasons: readonly Reason[];
}

/** True when the reader has told us anything about their cluster. */
export function hasCluster(cluster: Cluster): boolean {
  return Object.values(cluster).some((v) => v !== undefined && v !== '');
}

/** Decides whether an entry applies to a cluster, and why. */
export function evaluate(rules: Rules, cluster: Cluster): Verdict {
  if (!hasCluster(cluster)) return { status: 'unset', reasons: [] };
  const blocking: Reason[] = [];
  const fixed: Reason[] = [];
  const unknown: Reason[] = [];

  if (!rules.plugin.includes('any')) {
    if (!cluster.plugin) unknown.push({ kind: 'unknown', what: 'plugin' });
    else if (!rules.plugin.includes(cluster.plugin))
      blocking.push({ kind: 'plugin', expected: rules.plugin, found: cluster.plugin });
  }

  const versionBlocking: Reason[] = [];
  const versionFixed: Reason[] = [];
  let anyInRange = false;
  for (const component of versionedComponents) {
    const range = rules.versions[component];
    if (!range) continue;
    // A Terway-only range says nothing about a Flannel cluster: the plugin check covers that.
    if ((component === 'terway' || component === 'flannel') && cluster.plugin && cluster.plugin !== component) continue;
    const raw = cluster[component];
    const version = raw ? parseVersion(raw) : null;
    if (!version) {
      unknown.push({ kind: 'unknown', what: component });
      continue;
    }
    if (satisfies(version, range)) {
      anyInRange = true;
      continue;
    }
    const fix = fixedIn(range);
    if (fix && compareVersions(version, fix) >= 0) versionFixed.push({ kind: 'fixed', component, fixedIn: fix.raw, found: raw! });
    else versionBlocking.push({ kind: 'version', component, range: parseRange(range).raw, found: raw! });
  }
  if (rules.versionMatch === 'any') {
    // Independent causes: one component in range, or one not checked, keeps the entry relevant.
    const unchecked = unknown.some((r) => r.kind === 'unknown' && (versionedComponents as readonly string[]).includes(r.what));
    if (!anyInRange && !unchecked) {
      blocking.push(...versionBlocking);
      fixed.push(...versionFixed);
    }
  } else {
    blocking.push(...versionBlocking);
    fixed.push(...versionFixed);
  }

  for (const mode of modeKeys) {
    const allowed = rules.modes[mode] as readonly string[] | undefined;
    if (!allowed) continue;
    const value = cluster[mode];
    if (!value) unknown.push({ kind: 'unknown', what: mode });
    else if (!allowed.includes(value)) blocking.push({ kind: 'mode', mode, expected: allowed, found: value });
  }

  if (blocking.length) return { status: 'not-applicable', reasons: blocking };
  if (fixed.length) return { status: 'fixed', reasons: fixed };
  return { status: 'applies', reasons: unknown };
}

/** Query parameters that describe a cluster (`?terway=1.10.2&kubernetes=1.30&kubeProxy=ipvs`). */
export const clusterParams = ['plugin', ...versionedComponents, ...modeKeys] as const;

/** Reads a cluster from query parameters; unknown or malformed values are ignored. */
export function clusterFromParams(params: URLSearchParams): Cluster {
  const cluster: Record<string, string> = {};
  const plugin = params.get('plugin');
  if (plugin === 'terway' || plugin === 'flannel') cluster.plugin = plugin;
  for (const c of versionedComponents) {
    const v = params.get(c);
    if (v && parseVersion(v)) cluster[c] = v;
  }
  for (const m of modeKeys) {
    const v = params.get(m);
    if (v && (modeValues[m] as readonly string[]).includes(v)) cluster[m] = v;
  }
  // Naming a Terway or Flannel version names the plugin too.
  if (!cluster.plugin && cluster.terway && !cluster.flannel) cluster.plugin = 'terway';
  if (!cluster.plugin && cluster.flannel && !cluster.terway) cluster.plugin = 'flannel';
  return cluster as Cluster;
}

/** The query string that sets a cluster (for "copy a link for my cluster"). */
export function clusterToParams(cluster: Cluster): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of clusterParams) {
    const v = (cluster as Record<string, string | undefined>)[key];
    if (v) params.set(key, v);
  }
  return params;
}
