import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTree } from '../../../src/lib/content-check.ts';
import { formatProblem } from '../../../src/lib/errors.ts';

const fixture = (name: string) => join('tests/fixtures/content', name);
const problems = async (name: string) => (await checkTree(fixture(name))).problems.map(formatProblem);

describe('content check on fixture trees', () => {
  it('passes a valid tree and returns every file', async () => {
    const report = await checkTree(fixture('valid'));
    expect(report.problems).toEqual([]);
    expect(report.files.map((f) => `${f.locale}/${f.id}`).sort()).toEqual([
      'en/alpha', 'en/beta', 'ja/alpha', 'ja/beta', 'zh/alpha', 'zh/beta',
    ]);
  });

  // Each message names the file, the field, what was expected and what was found.
  it.each([
    ['missing-field', 'tests/fixtures/content/missing-field/faq/ja/alpha.mdx: field "title": expected a value of type string, found nothing'],
    ['unknown-plugin', 'tests/fixtures/content/unknown-plugin/faq/en/beta.mdx:5: field "plugin[0]": expected one of "terway", "flannel", "any", found "calico"'],
    ['unknown-component', 'tests/fixtures/content/unknown-component/faq/zh/beta.mdx:6: field "components[1]": expected one of "eni", "vswitch", "ipvlan", "datapathv2", "ebpf", "network-policy", "ipam", "kube-proxy", "ipvs", "iptables", "conntrack", "coredns", "dns", "ipv6", "ccm", "route-table", "snat", "security-group", "service", "cni", "hostport", "hairpin", "node", "vpc", "api-server", "packet-capture", found "wireguard" [frontmatter]'],
    ['troubleshooting-without-symptom', 'tests/fixtures/content/troubleshooting-without-symptom/faq/en/alpha.mdx: field "symptom": expected a symptom because kind is "troubleshooting", found none'],
    ['invalid-version-range', 'tests/fixtures/content/invalid-version-range/faq/en/alpha.mdx:10: field "versions.flannel": expected comparators like ">=1.2.0", "<v0.15.1.11-7e95fe23-aliyun" or ">=1.18", found "=>v0.15.1.4-e02c8f12-aliyun"'],
    ['id-not-kebab', 'tests/fixtures/content/id-not-kebab/faq/en/Alpha_Entry.mdx: field "id": expected an ASCII kebab-case file name such as "vswitch-ip-exhausted.mdx", found "Alpha_Entry"'],
    ['duplicate-id', 'tests/fixtures/content/duplicate-id/faq/en/beta.mdx: field "aliases[0]": expected a former id that no entry uses now, found "alpha", the id of an existing entry'],
    ['missing-translation', 'tests/fixtures/content/missing-translation/faq/en/beta.mdx: field "id": expected a "ja" translation of "beta" at faq/ja/beta.mdx, found none'],
    ['neutral-fields-differ', 'tests/fixtures/content/neutral-fields-differ/faq/zh/alpha.mdx: field "components": expected the same value as tests/fixtures/content/neutral-fields-differ/faq/ja/alpha.mdx (["eni","vswitch"]), found ["eni"] (missing "vswitch") [neutral-fields]'],
    ['related-missing', 'tests/fixtures/content/related-missing/faq/en/alpha.mdx: field "related[1]": expected the id of an existing entry, found "gamma"'],
    ['unknown-heading', 'tests/fixtures/content/unknown-heading/faq/en/alpha.mdx:22: expected a "##" heading to be one of "Overview", "Symptom", "Cause", "Solution", "Steps", "Verify", "Details", "Notes", found "Background"'],
    ['headings-differ', 'tests/fixtures/content/headings-differ/faq/ja/alpha.mdx: expected the same headings as tests/fixtures/content/headings-differ/faq/zh/alpha.mdx (anchors: symptom cause solution step-1 step-2 verify), found anchors: symptom cause solution step-1 step-2 step-3 verify [same-headings]'],
    ['sections-out-of-order', 'tests/fixtures/content/sections-out-of-order/faq/en/beta.mdx: expected the sections in the order symptom, cause, solution, found cause, symptom, solution [required-sections]'],
    ['code-without-language', 'tests/fixtures/content/code-without-language/faq/en/alpha.mdx:36: expected a fenced code block with a language (bash, shell, console, yaml, json, ini, text, diff, toml, go), found none [code-conventions]'],
    ['kubectl-patch-invalid', 'tests/fixtures/content/kubectl-patch-invalid/faq/en/alpha.mdx:31: expected a string for data.in_cluster_loadbalance (ConfigMap data holds strings, write "true"), found true [kubectl-patch]'],
    ['yaml-invalid', 'tests/fixtures/content/yaml-invalid/faq/en/alpha.mdx:44: expected YAML that parses once diff markers are applied and placeholders filled, found: '],
    ['json-invalid', 'tests/fixtures/content/json-invalid/faq/en/alpha.mdx:43: expected JSON that parses once diff markers are applied, found: '],
    ['kubernetes-invalid', 'tests/fixtures/content/kubernetes-invalid/faq/en/alpha.mdx:42: expected a Deployment that validates against the Kubernetes API schema, found: /spec/template/spec/containers/0/ports/0/containerPort must be integer [kubernetes-objects]'],
    ['kubernetes-unserved', 'tests/fixtures/content/kubernetes-unserved/faq/en/alpha.mdx:42: expected a kind and apiVersion that current Kubernetes serves, found Deployment in apps/v1beta1 (removed in Kubernetes 1.16) [kubernetes-objects]'],
    ['corefile-upstream', 'tests/fixtures/content/corefile-upstream/faq/en/alpha.mdx:47: expected Corefile lines current CoreDNS accepts, found "upstream" (the kubernetes plugin option removed in CoreDNS 1.7.0; a Corefile with it fails to load) [corefile]'],
    ['mdx-syntax-error', 'tests/fixtures/content/mdx-syntax-error/faq/en/alpha.mdx:20: expected MDX that parses, found: Unexpected character `.` (U+002E) in attribute name'],
    ['shell-syntax-error', 'tests/fixtures/content/shell-syntax-error/faq/en/alpha.mdx:43: expected a command bash can parse, found a syntax error: '],
    ['shellcheck-warning', 'tests/fixtures/content/shellcheck-warning/faq/en/alpha.mdx:44: expected a script ShellCheck accepts, found SC2010 (warning): '],
    ['disruptive-unwarned', 'tests/fixtures/content/disruptive-unwarned/faq/en/alpha.mdx:31: expected a labelled warning (> **Warning:** …) above this block in the same step, saying what "kubectl delete" disrupts and how to undo it, found none [disruptive-commands]'],
    ['system-configmap-whole', 'tests/fixtures/content/system-configmap-whole/faq/en/alpha.mdx:42: expected the lines to change in kube-system/coredns with some context (a block without apiVersion and kind), found the whole ConfigMap, which a reader would paste over the live one [system-configmaps]'],
    ['blockquote-unlabelled', 'tests/fixtures/content/blockquote-unlabelled/faq/ja/alpha.mdx:42: expected a blockquote to start with a bold label (> **注意**：… or > **説明**：…), found "> ノードを再起動すると Pod が止まります。" [blockquote-label]'],
    ['reference-without-link', 'tests/fixtures/content/reference-without-link/faq/en/alpha.mdx:24: expected a link such as [title](../<id>/) where the text refers to another entry, found "see the related entry" with no link in its paragraph [entry-reference-link]'],
    ['zh-informal-you', 'tests/fixtures/content/zh-informal-you/faq/zh/alpha.mdx:24: expected the reader addressed as 您, found "如果你的集群使用 T" [zh-register]'],
    ['reviewed-before-updated', 'tests/fixtures/content/reviewed-before-updated/faq/ja/beta.mdx:14: field "reviewed": expected a review on or after the last change of facts (updated 2026-11-21), found 2026-11-01 [reviewed-date]'],
    ['crlf-line-endings', 'tests/fixtures/content/crlf-line-endings/faq/en/alpha.mdx:1: expected LF line endings, found a CRLF line ending (save the file with LF line endings) [line-endings]'],
    ['reviewed-missing', 'tests/fixtures/content/reviewed-missing/faq/zh/alpha.mdx:13: field "reviewed": expected the date of the last review (on or after updated, 2026-11-21), found none [reviewed-date]'],
    ['mitigation-steps-too-many', 'tests/fixtures/content/mitigation-steps-too-many/faq/en/alpha.mdx:13: field "mitigationSteps": expected fewer mitigation steps than Solution steps (2), so at least one lasting fix follows, found 2 [mitigation-steps]'],
    ['troubleshooting-without-errors', 'tests/fixtures/content/troubleshooting-without-errors/faq/en/beta.mdx:4: field "errors": expected a troubleshooting entry to list the literal messages readers paste (errors: […]), found none [troubleshooting-errors]'],
    ['alias-claimed-twice', 'tests/fixtures/content/alias-claimed-twice/faq/en/beta.mdx: field "aliases[0]": expected an alias used by one entry only, found "old-id" also claimed by "alpha" [aliases]'],
    ['related-self', 'tests/fixtures/content/related-self/faq/en/alpha.mdx: field "related[1]": expected another entry\'s id, found the entry\'s own id "alpha" [related-ids]'],
    ['section-twice', 'tests/fixtures/content/section-twice/faq/en/beta.mdx: expected each section once, found "verify" more than once [required-sections]'],
    ['ids-differ-in-case', 'tests/fixtures/content/ids-differ-in-case/faq/en/beta.mdx: field "id": expected a unique id, found "beta" and "Beta" [case-unique-ids]'],
    ['step-versions-unknown-step', 'tests/fixtures/content/step-versions-unknown-step/faq/en/alpha.mdx:11: field "stepVersions.step-5": expected the anchor of a numbered step of this entry (step-1, step-2), found "step-5" [step-versions]'],
    ['counterpart-wrong-plugin', 'tests/fixtures/content/counterpart-wrong-plugin/faq/en/alpha.mdx: field "counterparts.flannel": expected an entry about flannel, found "beta", which is about terway [counterpart-ids]'],
    ['stray-file', 'tests/fixtures/content/stray-file/faq/en/notes.md: expected only .mdx entry files, found "notes.md" [layout]'],
    ['stray-folder', 'tests/fixtures/content/stray-folder/faq/fr: expected a language folder (zh, ja, en), found "fr" [layout]'],
  ])('%s fails with a message that names file, field, expectation and finding', async (name, message) => {
    const found = await problems(name);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((p) => p.startsWith(message)), found.join('\n')).toBe(true);
  });

  it('reports an id missing from one language once, for that language only', async () => {
    expect(await problems('missing-translation')).toHaveLength(1);
  });

  it('names only the file that disagrees with the other two', async () => {
    expect(await problems('neutral-fields-differ')).toHaveLength(1);
  });
});
