/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

/**
 * Replaces an ASCII word that is not in the vocabulary with the closest word
 * that is (one edit for short words, two from seven letters), so `flannle`
 * and `terwya` still find Flannel and Terway. Words already known, short
 * words and non-ASCII text are left alone.
 */
export function correctWord(word: string, vocabulary: ReadonlySet<string>): string {
  const w = word.toLowerCase();
  if (w.length < 4 || !/^[a-z][a-z0-9_-]*$/.test(w) || vocabulary.has(w)) return word;
  const max = w.length >= 7 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of vocabulary) {
    const d = editDistance(w, candidate, max);
    if (
      d < bestDistance ||
      (d === bestDistance && best !== undefined && candidate.length === w.length && best.length !== w.length)
    ) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best ?? word;
}

/** `eniip_virtual_type` and `eniip-virtual-type` are the same key to a reader. */
const separatorsAlike = (s: string) => s.replace(/_/g, '-');

/**
 * Replaces an identifier (a ConfigMap name, key or annotation part: words
 * joined by `-`, `_` or `.`) that no entry uses with the closest one an entry
 * does: `kube-proxy-wroker` → `kube-proxy-worker`, `eniip-virtual-type` →
 * `eniip_virtual_type`. One edit up to 11 characters, two from 12; shorter
 * tokens and known identifiers are left alone.
 */
export function correctIdentifier(token: string, identifiers: ReadonlySet<string>): string {
  const t = token.toLowerCase();
  if (t.length < 6 || !/[-_.]/.test(t) || identifiers.has(t)) return token;
  const key = separatorsAlike(t);
  const max = t.length >= 12 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of identifiers) {
    const d = editDistance(key, separatorsAlike(candidate), max);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best ?? token;
}
