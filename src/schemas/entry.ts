import { z } from 'astro/zod';
import { circumstanceSchema } from './circumstance.ts';
import { componentSchema } from './component.ts';
import { kindSchema } from './kind.ts';
import { pluginSchema } from './plugin.ts';
import { sourceRefSchema } from './sources.ts';
import { modesSchema } from './modes.ts';
import { versionsSchema } from './versions.ts';

/** Entry ids: ASCII kebab-case, the file name in every language, permanent once published. */
export const ENTRY_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry id (also used for `related` and `aliases`). */
export const entryIdSchema = z
  .string()
  .regex(ENTRY_ID_RE, { message: 'expected an ASCII kebab-case id such as "vswitch-ip-exhausted"' });

const oneLine = z
  .string()
  .trim()
  .min(1)
  .refine((s) => !/[\r\n]/.test(s), {
    message: 'expected a single line of text',
  });

function unique<T extends z.ZodType>(item: T) {
  return z.array(item).refine((list) => new Set(list).size === list.length, {
    message: 'expected each value once, found a repeated value',
  });
}

/**
 * Frontmatter of one FAQ entry. The fields listed in `languageNeutralFields`
 * must be identical in the zh, ja and en files of an entry.
 */
export const entrySchema = z
  .strictObject({
    /** The question or problem, in the reader's language. */
    title: oneLine,
    /** One line shown in lists and search results. */
    summary: oneLine,
    /** What sort of answer this is; `troubleshooting` needs `symptom` and `cause`. */
    kind: kindSchema,
    /** The network plugins the answer is about (`any` when the plugin does not matter). */
    plugin: unique(pluginSchema).min(1),
    /** Component tags from the closed list in `component.ts`. */
    components: unique(componentSchema).min(1),
    /** What the reader observes, in plain words they would search with. */
    symptom: oneLine.optional(),
    /** Why it happens, in one or two sentences. */
    cause: z.string().trim().min(1).optional(),
    /**
     * How readers ask for this entry in their own words, where the title and
     * body use other ones: colloquial symptoms, synonyms (egress, NIC, subnet,
     * 出网, 网卡, サブネット), short fragments. Written from the reader's side,
     * per language; search weighs them like the title.
     */
    questions: unique(oneLine.refine((s) => s.length <= 100, { message: 'expected at most 100 characters' }))
      .max(8)
      .default([]),
    /**
     * What the problem follows from or which way its traffic goes, where that
     * tells it apart from entries with the same symptom (`restart`,
     * `scale-out`, `vswitch-added`, `outbound`, …; see `circumstance.ts`).
     */
    circumstances: unique(circumstanceSchema).default([]),
    /** Literal error messages, log fragments and event reasons, exactly as the system prints them. */
    errors: unique(z.string().trim().min(1)).default([]),
    /** Version ranges the entry applies to, per component; empty means any version. */
    versions: versionsSchema.default({}),
    /**
     * How the `versions` ranges combine: `all` (default) when every listed
     * component must be in range; `any` when the problem has several
     * independent causes, each tied to one component's versions (e.g. a leak
     * on Kubernetes below 1.20 or on Flannel below a fixed build).
     */
    versionMatch: z.enum(['all', 'any']).default('all'),
    /** Cluster modes the answer is limited to (ENI mode, data path, kube-proxy mode, IP family, cluster type). */
    modes: modesSchema.default({}),
    /**
     * Steps that hold for some versions only, by step anchor, where Solution or
     * Steps branch by version ("Kubernetes 1.18 and later: …" beside "1.17 and
     * earlier: …"): `{ step-2: { kubernetes: '>=1.18' } }`. A reader whose
     * version is outside a step's range sees it marked "not for your version";
     * the anchors themselves do not change.
     */
    stepVersions: z
      .record(
        z.string().regex(/^step-[1-9][0-9]*$/, { message: 'expected a step anchor such as "step-2"' }),
        versionsSchema.refine((v) => Object.keys(v).length > 0, { message: 'expected at least one version range' }),
      )
      .default({}),
    /**
     * The entry that answers the same problem for another network plugin, per
     * plugin: `{ flannel: flannel-pod-cidr-exhausted }` on a Terway entry.
     * Readers whose cluster runs that plugin are pointed to it; set it only
     * for a true equivalent (same problem, same kind of fix), not a neighbour.
     */
    counterparts: z.partialRecord(z.enum(['terway', 'flannel']), entryIdSchema).default({}),
    /** Ids of entries a reader needs next; each must exist. */
    related: unique(entryIdSchema).default([]),
    /** Former ids of this entry; their URLs redirect here. */
    aliases: unique(entryIdSchema).default([]),
    /**
     * For a troubleshooting entry whose Solution has both: how many of its
     * leading `###` steps stop the bleeding now (cordon, clean up, restart);
     * the steps after them fix the cause for good. The page shows the two
     * groups under their own labels, mitigation first.
     */
    mitigationSteps: z.number().int().min(1).optional(),
    /** Date of the last change to the facts of this language version. */
    updated: z.coerce.date(),
    /**
     * Date this language version was last read against the sources by someone
     * who did not write it (see content/REVIEW.md); never earlier than `updated`.
     */
    reviewed: z.coerce.date().optional(),
    /** Where each fact comes from, so a reviewer can re-check it. */
    sources: z.array(sourceRefSchema).min(1),
  })
  .superRefine((data, ctx) => {
    if (data.kind !== 'troubleshooting') return;
    for (const field of ['symptom', 'cause'] as const) {
      if (data[field] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `expected a ${field} because kind is "troubleshooting", found none`,
        });
      }
    }
  });

/** Frontmatter after validation (defaults applied). */
export type EntryData = z.output<typeof entrySchema>;

/** Fields that must be identical in every language of an entry. */
export const languageNeutralFields = [
  'kind',
  'plugin',
  'components',
  'circumstances',
  'errors',
  'versions',
  'versionMatch',
  'modes',
  'stepVersions',
  'counterparts',
  'related',
  'aliases',
  'mitigationSteps',
] as const satisfies readonly (keyof EntryData)[];
