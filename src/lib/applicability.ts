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
  /**
   * `applies`, `maybe` (applies as far as the reader told us, but a field that
   * could rule it out is not set), `not-applicable`, `fixed` (the reader's
   * version already has the fix) or `unset` (no cluster given).
   */
  readonly status: 'applies' | 'maybe' | 'not-applicable' | 'fixed' | 'unset';
  /** Why: failing checks for not-applicable/fixed; the unset fields that decide it for maybe. */
  readonly reasons: readonly Reason[];
}

/** A field of the cluster form (and query parameter). */
export type ClusterKey = 'plugin' | VersionedComponent | ModeKey;

/** Fields that only a Terway or only a Flannel cluster has; the rest hold for both. */
export const pluginFields: Readonly<Partial<Record<ClusterKey, 'terway' | 'flannel'>>> = {
  terway: 'terway',
  eniMode: 'terway',
  datapath: 'terway',
  flannel: 'flannel',
};

/** True when a field means something for a cluster with this plugin (every field does while the plugin is not known). */
export function fieldApplies(key: ClusterKey, plugin: string | undefined): boolean {
  const owner = pluginFields[key];
  return !owner || !plugin || owner === plugin;
}

/** The cluster without the fields of the plugin it does not run (a Flannel cluster has no Terway version). */
export function forPlugin(cluster: Cluster): Cluster {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(cluster) as [ClusterKey, string][]) {
    if (fieldApplies(key, cluster.plugin)) out[key] = value;
  }
  return out as Cluster;
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
  let unknown: Reason[] = [];

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
    if (!fieldApplies(component, cluster.plugin)) continue;
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
    const isVersion = (r: Reason) => r.kind === 'unknown' && (versionedComponents as readonly string[]).includes(r.what);
    if (anyInRange) {
      // One cause is in range: the entry applies whatever the unset versions are, so they decide nothing.
      unknown = unknown.filter((r) => !isVersion(r));
    } else if (!unknown.some(isVersion)) {
      blocking.push(...versionBlocking);
      fixed.push(...versionFixed);
    }
  } else {
    blocking.push(...versionBlocking);
    fixed.push(...versionFixed);
  }

  for (const mode of modeKeys) {
    const allowed = rules.modes[mode] as readonly string[] | undefined;
    // A Terway mode says nothing about a Flannel cluster: the plugin check covers that.
    if (!allowed || !fieldApplies(mode, cluster.plugin)) continue;
    const value = cluster[mode];
    if (!value) unknown.push({ kind: 'unknown', what: mode });
    else if (!allowed.includes(value)) blocking.push({ kind: 'mode', mode, expected: allowed, found: value });
  }

  if (blocking.length) return { status: 'not-applicable', reasons: blocking };
  if (fixed.length) return { status: 'fixed', reasons: fixed };
  return { status: unknown.length ? 'maybe' : 'applies', reasons: unknown };
}

/** A version-branched step that is not for the reader's version. */
export interface OffVersionStep {
  /** The step's anchor (`step-2`). */
  readonly step: string;
  readonly component: VersionedComponent;
  /** The reader's version, as they wrote it. */
  readonly found: string;
}

/**
 * The steps of an entry's `stepVersions` that the reader's known versions
 * fall outside of (in the map's order; a step is named once, for the first
 * component in `versionedComponents` order that rules it out). A step whose
 * versions the reader did not give is not marked: it may be theirs.
 */
export function offVersionSteps(steps: Readonly<Record<string, Versions>>, cluster: Cluster): OffVersionStep[] {
  const out: OffVersionStep[] = [];
  for (const [step, versions] of Object.entries(steps)) {
    const off = versionedComponents.find((c) => {
      const range = versions[c];
      const version = range && cluster[c] ? parseVersion(cluster[c]) : null;
      return version !== null && !satisfies(version, range!);
    });
    if (off) out.push({ step, component: off, found: cluster[off]! });
  }
  return out;
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
  return forPlugin(cluster as Cluster);
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
