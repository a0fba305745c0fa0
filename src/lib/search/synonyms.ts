/**
 * Words readers use where the entries use the glossary's term
 * (`../shared/GLOSSARY.md`): "egress" or 出网 for internet access, "NIC" for
 * ENI, "subnet" for vSwitch. At query time each reader word adds the
 * glossary term of the page's language, so both are searched.
 */
import type { Locale } from '../../i18n/locales.ts';

interface SynonymGroup {
  /** Reader wording, in any language (engineers mix them). Matched on the lower-cased query. */
  readonly reader: RegExp;
  /** The words the entries use, per language. */
  readonly corpus: Readonly<Record<Locale, readonly string[]>>;
}

export const SYNONYMS: readonly SynonymGroup[] = [
  {
    reader: /\begress\b|\boutbound\b|\boutgoing\b|\bexternal\b(?!-)|出网|外网|出公网|上网|外部宛て|外部通信|外に出/,
    corpus: { zh: ['公网'], ja: ['インターネット'], en: ['internet'] },
  },
  {
    reader: /\bnics?\b|network interfaces?|网卡|ネットワークカード|ネットワークインターフェース/,
    corpus: { zh: ['弹性网卡', 'eni'], ja: ['eni'], en: ['eni'] },
  },
  {
    reader: /\bsubnets?\b|子网|サブネット/,
    corpus: { zh: ['交换机', 'vswitch'], ja: ['vswitch'], en: ['vswitch'] },
  },
  {
    reader: /\bflavou?r\b|which mode|哪种模式|什么模式|どのモード/,
    corpus: { zh: ['模式'], ja: ['モード'], en: ['mode'] },
  },
  {
    reader:
      /\bout of ips?\b|\bran out\b|\brun(?:ning)? out\b|\bno (?:free|more) ips?\b|用完|用光|不够|没有 ?ip|枯渇|足りない|使い切/,
    corpus: { zh: ['耗尽', '不足'], ja: ['枯渇', '不足'], en: ['exhausted'] },
  },
  {
    reader: /\bslow\b|\blatency\b|\blag\b|很慢|变慢|卡顿|遅い|重い/,
    corpus: { zh: ['延迟'], ja: ['遅延'], en: ['delay'] },
  },
  {
    reader: /\bleak(?:ed|s|ing)?\b|泄漏|漏了|漏れ/,
    corpus: { zh: ['泄露'], ja: ['リーク'], en: ['leak'] },
  },
  {
    reader: /\bsvc\b/,
    corpus: { zh: ['service'], ja: ['service'], en: ['service'] },
  },
  {
    reader: /\bk8s\b/,
    corpus: { zh: ['kubernetes'], ja: ['kubernetes'], en: ['kubernetes'] },
  },
  {
    reader: /\bdomain names?\b|域名解析|名字解析|名前が引けない|名前引き/,
    corpus: { zh: ['dns'], ja: ['dns'], en: ['dns'] },
  },
];

/** The glossary terms a query's reader words stand for, in the page's language. */
export function synonymTerms(query: string, lang: Locale): string[] {
  const q = query.normalize('NFKC').toLowerCase();
  const out = new Set<string>();
  for (const { reader, corpus } of SYNONYMS) {
    if (!reader.test(q)) continue;
    for (const word of corpus[lang]) if (!q.includes(word)) out.add(word);
  }
  return [...out];
}
