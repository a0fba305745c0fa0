import { z } from 'astro/zod';
import { modeKeys, modeValues } from './mode-values.ts';

/**
 * Guided triage: a tree of checked questions per symptom, one MDX file per
 * node and language (`content/triage/<lang>/<tree>/<node>.mdx`). A node asks a
 * question, shows the read-only command that answers it and what healthy and
 * broken output look like, and each answer leads to another node of the tree,
 * to an entry (optionally a section of it) or, from a ticket node, to
 * "collect this and open a ticket".
 */

/** Tree and node ids: ASCII kebab-case, the folder and file names in every language. */
export const TRIAGE_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export { TRIAGE_ROOT } from './triage-root.ts';

/** `<entry-id>` or `<entry-id>#<anchor>`. */
export const ENTRY_TARGET_RE = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:#([a-z0-9]+(?:-[a-z0-9]+)*))?$/;

/** The reader's cluster facts a question may be ("My cluster" answers it), with the values an answer stands for. */
export const askValues = { plugin: ['terway', 'flannel'], ...modeValues } as const;

/** A cluster fact a node can ask. */
export type Ask = keyof typeof askValues;

const asks = ['plugin', ...modeKeys] as [Ask, ...Ask[]];

const oneLine = z
  .string()
  .trim()
  .min(1)
  .refine((s) => !/[\r\n]/.test(s), { message: 'expected a single line of text' });

const answerSchema = z
  .strictObject({
    /** What the reader saw, in their words; may hold `inline code`. */
    label: oneLine.refine((s) => s.length <= 120, { message: 'expected at most 120 characters' }),
    /** With `asks`: the cluster value this answer stands for. */
    when: z.string().min(1).optional(),
    /** Another node of the same tree. */
    next: z.string().regex(TRIAGE_ID_RE, { message: 'expected a node id such as "check-events"' }).optional(),
    /** An entry, or a section of it: `vswitch-ip-exhausted`, `dns-resolution-fails#step-2`. */
    entry: z
      .string()
      .regex(ENTRY_TARGET_RE, {
        message: 'expected an entry id, optionally with "#anchor", such as "dns-resolution-fails#step-2"',
      })
      .optional(),
  })
  .superRefine((a, ctx) => {
    if ((a.next === undefined) === (a.entry === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['next'],
        message: `expected exactly one of "next" (a node) or "entry" (an entry), found ${a.next === undefined ? 'neither' : 'both'}`,
      });
    }
  });

/** One answer of a question node, as parsed. */
export type TriageAnswer = z.output<typeof answerSchema>;

/** Frontmatter of one triage node. */
export const triageNodeSchema = z
  .strictObject({
    /** start.mdx only: the tree's title. */
    title: oneLine.optional(),
    /** start.mdx only: one line shown where the tree is listed. */
    summary: oneLine.optional(),
    /** start.mdx only: short phrases readers type for this symptom; search offers the tree for them. */
    symptoms: z
      .array(oneLine)
      .max(8)
      .refine((list) => new Set(list).size === list.length, { message: 'expected each value once, found a repeated value' })
      .optional(),
    /** The question this node asks (a ticket node: its heading). */
    question: oneLine,
    /** The cluster fact the question is, when "My cluster" may know it; each answer then says `when`. */
    asks: z.enum(asks).optional(),
    /** Question nodes: 2 to 6, in the order a reader checks them. Ticket nodes: none. */
    answers: z.array(answerSchema).max(6).default([]),
    /** A leaf that says what to collect for a ticket. */
    ticket: z.boolean().default(false),
    /** Date of the last change to the facts of this language version. */
    updated: z.coerce.date(),
  })
  .superRefine((node, ctx) => {
    if (node.ticket && node.answers.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['answers'],
        message: `expected no answers on a ticket node (it is a leaf), found ${node.answers.length}`,
      });
    }
    if (!node.ticket && node.answers.length < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['answers'],
        message: `expected 2 to 6 answers on a question node (a leaf must be an entry answer or a node with "ticket: true"), found ${node.answers.length}`,
      });
    }
    const allowed: readonly string[] = node.asks ? askValues[node.asks] : [];
    node.answers.forEach((a, i) => {
      if (!node.asks && a.when !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['answers', i, 'when'],
          message: `expected "when" only on a node that "asks" a cluster fact, found "${a.when}"`,
        });
      } else if (node.asks && (a.when === undefined || !allowed.includes(a.when))) {
        ctx.addIssue({
          code: 'custom',
          path: ['answers', i, 'when'],
          message: `expected "when" to be one of ${allowed.join(', ')} (the node asks ${node.asks}), found ${a.when === undefined ? 'none' : `"${a.when}"`}`,
        });
      }
    });
    if (node.asks) {
      const values = node.answers.map((a) => a.when);
      const repeated = values.find((v, i) => v !== undefined && values.indexOf(v) !== i);
      if (repeated !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['answers'],
          message: `expected each "when" value once, found "${repeated}" twice`,
        });
      }
    }
  });

/** Parsed triage node frontmatter. */
export type TriageNodeData = z.output<typeof triageNodeSchema>;
