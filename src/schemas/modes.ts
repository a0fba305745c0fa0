import { z } from 'astro/zod';

import { modeValues, type ModeKey } from './mode-values.ts';

export { modeKeys, modeValues, type ModeKey } from './mode-values.ts';

const oneOf = <K extends ModeKey>(key: K) =>
  z
    .array(z.enum(modeValues[key]))
    .min(1)
    .refine((list) => new Set(list).size === list.length, { message: 'expected each value once, found a repeated value' });

/** `modes:` in frontmatter, e.g. `{ datapath: [ipvlan], kubeProxy: [ipvs] }`. */
export const modesSchema = z
  .strictObject({
    eniMode: oneOf('eniMode'),
    datapath: oneOf('datapath'),
    kubeProxy: oneOf('kubeProxy'),
    ipFamily: oneOf('ipFamily'),
    clusterType: oneOf('clusterType'),
  })
  .partial();

/** Parsed `modes:`. */
export type Modes = z.infer<typeof modesSchema>;
