/**
 * Every content rule, one module each (as ESLint's lib/rules/). A rule's id
 * is printed with each of its messages; to add one, write a module with its
 * id, description and check, list it here, and pin its message with a
 * fixture in tests/fixtures/content/.
 */
import { aliases, caseUniqueIds, counterpartIds, relatedIds } from './entry-ids.ts';
import { blockquoteLabel } from './blockquote-label.ts';
import { codeConventions } from './code-conventions.ts';
import { corefile } from './corefile.ts';
import { disruptiveCommands } from './disruptive-commands.ts';
import { entryReferenceLink } from './entry-reference-link.ts';
import { headings } from './headings.ts';
import { kubectlPatch } from './kubectl-patch.ts';
import { kubernetesObjects } from './kubernetes-objects.ts';
import { mdxSyntax } from './mdx-syntax.ts';
import { mitigationSteps } from './mitigation-steps.ts';
import { requiredSectionsRule } from './required-sections.ts';
import { reviewedDate } from './reviewed-date.ts';
import { neutralFields, sameHeadings } from './same-across-languages.ts';
import { shellSyntax } from './shell-syntax.ts';
import { shellcheck } from './shellcheck.ts';
import { stepVersions } from './step-versions.ts';
import { structuredBlocks } from './structured-blocks.ts';
import { systemConfigMapExcerpts } from './system-configmaps.ts';
import { translations } from './translations.ts';
import { troubleshootingErrors } from './troubleshooting-errors.ts';
import type { BodyRule, FileRule, TreeRule } from './types.ts';
import { zhRegister } from './zh-register.ts';

/**
 * Rules that read only the body (blocks and prose): run on every entry and on
 * every triage node, whose commands readers paste just the same.
 */
export const bodyRules: readonly BodyRule[] = [
  mdxSyntax,
  codeConventions,
  kubectlPatch,
  structuredBlocks,
  kubernetesObjects,
  systemConfigMapExcerpts,
  corefile,
  shellSyntax,
  disruptiveCommands,
  blockquoteLabel,
  zhRegister,
];

/** Rules run on each file whose frontmatter passed the schema. */
export const fileRules: readonly FileRule[] = [
  headings,
  requiredSectionsRule,
  ...bodyRules,
  entryReferenceLink,
  troubleshootingErrors,
  mitigationSteps,
  stepVersions,
  reviewedDate,
];

/** Rules run once over the whole tree. */
export const treeRules: readonly TreeRule[] = [
  translations,
  neutralFields,
  sameHeadings,
  relatedIds,
  counterpartIds,
  aliases,
  caseUniqueIds,
  shellcheck,
];

export type { BodyContext, BodyRule, CheckOptions, FileContext, FileRule, TreeRule } from './types.ts';
