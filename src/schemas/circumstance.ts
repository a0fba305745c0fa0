import { z } from 'astro/zod';

/**
 * The circumstances that tell close neighbours apart: what happened just
 * before the problem (a restart, an upgrade, nodes or a vSwitch added, a
 * vSwitch taken out of the configuration, a node that served another
 * cluster, a migration), which way the failing traffic goes (out to the internet, in
 * from it), whether it fails every time or only now and then, whether a dual-stack object got only
 * its IPv4 address and whether a node's pods fill its address range or fall well
 * short of it (a used-up range or leaked addresses, with the same error), and whether
 * the reader asks which mode, data path, plugin or vSwitches their own cluster
 * has and where to see it (`identify`: the entries that answer that, not the
 * ones that explain the modes), and whether a Service shows no endpoints at all
 * (`no-endpoints`: `kubectl get endpoints` printing `<none>`). An entry lists the ones its problem follows from; a query that
 * tells one of them raises the entries that list it (src/lib/search/evidence.ts
 * holds the words readers use for each, in every language).
 */
export const circumstances = [
  'restart',
  'upgrade',
  'scale-out',
  'vswitch-added',
  'vswitch-removed',
  'node-reused',
  'migration',
  'outbound',
  'inbound',
  'ipv4-only',
  'intermittent',
  'range-full',
  'range-not-full',
  'identify',
  'no-endpoints',
] as const;

/** One circumstance. */
export type Circumstance = (typeof circumstances)[number];

/** One value of `circumstances:` in frontmatter. */
export const circumstanceSchema = z.enum(circumstances);
