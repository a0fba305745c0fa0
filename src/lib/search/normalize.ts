/**
 * Query clean-up for people who paste log lines: strips what is unique to
 * their cluster (addresses, ids, timestamps, hashes, log prefixes) so that
 * what is left is the message the knowledge base knows about.
 */

// Order matters: longer, more specific shapes first.
const NOISE: readonly RegExp[] = [
  // klog prefixes: E1121 22:58:14.123456   12345 file.go:123]
  /\b[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+\s+[\w./-]+:\d+\]/g,
  // ISO and syslog-style timestamps
  /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\b/g,
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}\b/g,
  /\b\d{2}:\d{2}:\d{2}(?:\.\d+)?\b/g,
  // key=value log framing: time="…" level=warning msg=
  /\b(?:time|ts|level|lvl|caller|logger|component)=("[^"]*"|\S+)/g,
  /\bmsg=/g,
  // UUIDs and request ids
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  // MAC addresses, including masked ones such as 00:16:3e:xx:xx:xx
  /\b[0-9a-f]{2}(?:[:-][0-9a-fx]{2}){5}\b/gi,
  // IPv4 with optional CIDR or port
  /\b\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?::\d+)?\b/g,
  // masked IPv4 from docs: 47.100.XX.XX
  /\b\d{1,3}\.\d{1,3}\.(?:XX|xx|\*)\.(?:XX|xx|\*)\b/g,
  // IPv6 (at least three groups, so times and ratios survive)
  /(?<![\w:])(?=[0-9a-f]*:[0-9a-f]*:)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:\/\d{1,3})?(?![\w:])/gi,
  // Alibaba Cloud resource ids: vsw-…, eni-…, sg-…, i-…, vpc-…
  /\b(?:vsw|eni|sg|i|vpc|vtb|eip|ngw|nat|lb|rtb|cen|vbr)-[a-z0-9]{6,}\b/gi,
  // pod name hashes: coredns-6f4b8c9d7-x2k9p → coredns, terway-eniip-7d8xk → terway-eniip
  /-[a-f0-9]{8,10}-[a-z0-9]{5}\b/g,
  /-(?=[a-z0-9]{5}\b)(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{5}\b/g,
  // long hex ids (container ids, hashes) with at least one digit
  /\b(?=[0-9a-f]*\d)[0-9a-f]{12,}\b/gi,
  // file:line references
  /\b[\w-]+\.go:\d+\b/g,
];

/**
 * Unicode compatibility form (full-width → half-width), lower-case where it matters, one space
 * (NFKC maps the ideographic space U+3000 to a plain space).
 */
export function foldWidth(text: string): string {
  return text.normalize('NFKC');
}

/** Removes what is unique to the reader's cluster from a pasted line. */
export function stripNoise(text: string): string {
  let out = foldWidth(text);
  for (const re of NOISE) out = out.replace(re, ' ');
  return out
    .replace(/\\["']/g, ' ')
    .replace(/["'`“”‘’「」『』()[\]{}<>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Ids and keys compared by UTF-16 code units: the same order in every reader's browser (`localeCompare`
 * follows the reader's locale), and for ids of `a-z`, `0-9` and `-` the order en-US collation gives.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lower-case letters and digits only: `InvalidVSwitchId.IpNotEnough` and `ip not enough` meet here. */
export function squash(text: string): string {
  return foldWidth(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Splits a cleaned query into search terms: ASCII words and runs of other scripts. */
export function terms(text: string): string[] {
  return (
    foldWidth(text)
      .toLowerCase()
      .match(/[a-z0-9][a-z0-9._-]*[a-z0-9]|[a-z0-9]|[^\s\p{P}\p{S}a-z0-9]+/gu) ?? []
  );
}
