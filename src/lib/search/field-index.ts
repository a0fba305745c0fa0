/**
 * Where a query's words occur in the fields that weigh more than body text:
 * an entry's title, its summary and each of its reader questions. Each field
 * is a slot; the index files every slot under keys, so that a word's slots
 * come from a lookup, not a scan of every entry's text (at 10,000 entries a
 * scan means shipping all of that text before the first result).
 *
 * Keys: for each ASCII word of a field (letters and digits, with `-`, `_` and
 * `.` inside as the query's words have them: `kube-proxy`, `v1.28`), the word
 * and each of its endings of two or more characters that starts with a letter
 * or digit, so that a query word found at the start of a key is found inside
 * a word (`dns` in `coredns`, `proxy` in `kube-proxy`, `1.28` in `v1.28`); for
 * other scripts, each character and each pair of neighbouring characters.
 */

/** Slots per entry: 0 the title, 1 the summary, 2… the questions. */
export const SLOTS = 16;
/** The most questions an entry can have with each its own slot. */
export const MAX_QUESTIONS = SLOTS - 2;

/** An entry's field texts, as the index and the engine both read them. */
export interface FieldTexts {
  readonly title: string;
  readonly summary: string;
  readonly questions: readonly string[];
}

/** A field text as its keys are read from it: compatibility forms folded, lower-case. */
export function folded(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Endings shorter than this are not keys of their own (a one-letter query word is looked for at word starts). */
const MIN_ENDING = 2;

/** An ASCII word as normalize.ts terms() reads a query's: `-`, `_` and `.` inside it, not at its ends. */
const ASCII_WORD = /[a-z0-9][a-z0-9._-]*[a-z0-9]|[a-z0-9]/g;
const WORD_CHAR = /[a-z0-9]/;
/** Runs of letters and digits outside ASCII: CJK, kana, and any other script. */
const OTHER_RUN = /[^\p{ASCII}\s\p{P}\p{S}]+/gu;

/** The keys a folded field text is filed under (see the module comment). */
export function fieldKeys(text: string): Set<string> {
  const keys = new Set<string>();
  eachKey(text, (key) => keys.add(key));
  return keys;
}

/** Calls `file` with each key of a folded field text, some more than once (without a set to drop repeats: faster). */
function eachKey(text: string, file: (key: string) => void): void {
  for (const word of text.match(ASCII_WORD) ?? []) {
    file(word);
    for (let at = 1; word.length - at >= MIN_ENDING; at++) if (WORD_CHAR.test(word[at]!)) file(word.slice(at));
  }
  for (const run of text.match(OTHER_RUN) ?? []) {
    let previous = '';
    for (const c of run) {
      file(c);
      if (previous) file(previous + c);
      previous = c;
    }
  }
}

/** The slot ids of one entry's fields (entry × SLOTS + slot), with each slot's folded text. */
export function entrySlots(entry: number, fields: FieldTexts): { slot: number; text: string }[] {
  if (fields.questions.length > MAX_QUESTIONS)
    throw new Error(`search: an entry has ${fields.questions.length} questions, the index holds ${MAX_QUESTIONS} at most`);
  return [fields.title, fields.summary, ...fields.questions].map((text, i) => ({ slot: entry * SLOTS + i, text: folded(text) }));
}

/** Key → ascending slot ids, for some entries' fields (the entry's number is its place in the list). */
export function buildFieldIndex(entries: readonly FieldTexts[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  entries.forEach((fields, entry) => {
    for (const { slot, text } of entrySlots(entry, fields)) {
      eachKey(text, (key) => {
        const slots = index.get(key);
        // Slots come in ascending order: a key met again in the same slot is its list's last.
        if (!slots) index.set(key, [slot]);
        else if (slots[slots.length - 1] !== slot) slots.push(slot);
      });
    }
  });
  return index;
}

/**
 * Looks up keys: the keys starting with `prefix` (`exact`: only the key equal to it), with their
 * slots. Whether it reads a map in memory or fetches a part of the index is the caller's.
 */
export type KeyLookup = (prefix: string, exact: boolean) => Promise<ReadonlyMap<string, readonly number[]>>;

/** What a query word needs looked up: its ASCII words by prefix, other scripts' characters or pairs exactly. */
export function wordLookups(word: string): { part: string; keys: { key: string; exact: boolean }[] }[] {
  const w = folded(word);
  const out: { part: string; keys: { key: string; exact: boolean }[] }[] = [];
  for (const part of w.match(ASCII_WORD) ?? []) out.push({ part, keys: [{ key: part, exact: false }] });
  for (const run of w.match(OTHER_RUN) ?? []) {
    const chars = [...run];
    const keys =
      chars.length === 1 ? [{ key: run, exact: true }] : chars.slice(1).map((c, i) => ({ key: chars[i]! + c, exact: true }));
    out.push({ part: run, keys });
  }
  return out;
}

/**
 * The slots holding a query word: each of its ASCII words inside a word of the slot,
 * and each run of another script with all its pairs of characters in the
 * slot (a single character: that character). A word with no letters or
 * digits is in no slot.
 */
export async function wordSlots(word: string, lookup: KeyLookup): Promise<Set<number>> {
  const parts = wordLookups(word);
  if (!parts.length) return new Set();
  const sets = await Promise.all(
    parts.map(async ({ keys }) => {
      const perKey = await Promise.all(
        keys.map(async ({ key, exact }) => {
          const found = new Set<number>();
          for (const slots of (await lookup(key, exact)).values()) for (const s of slots) found.add(s);
          return found;
        }),
      );
      return intersect(perKey);
    }),
  );
  return intersect(sets);
}

function intersect(sets: readonly Set<number>[]): Set<number> {
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...first!].filter((s) => rest.every((r) => r.has(s))));
}

/**
 * Each entry's field score for some query words: 0.5 × the share of the
 * words in its title, 0.5 × the best share in one of its questions, 0.3 ×
 * the share in its summary. Only entries with a word in one of them.
 */
export function fieldScores(perWord: readonly Set<number>[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const slots of perWord) for (const s of slots) counts.set(s, (counts.get(s) ?? 0) + 1);
  const byEntry = new Map<number, { title: number; question: number; summary: number }>();
  for (const [slot, n] of counts) {
    const entry = Math.floor(slot / SLOTS);
    const at = slot % SLOTS;
    const e = byEntry.get(entry) ?? { title: 0, question: 0, summary: 0 };
    if (at === 0) e.title = n;
    else if (at === 1) e.summary = n;
    else e.question = Math.max(e.question, n);
    byEntry.set(entry, e);
  }
  const total = perWord.length;
  return new Map(
    [...byEntry].map(([entry, { title, question, summary }]) => [entry, (0.5 * title + 0.5 * question + 0.3 * summary) / total]),
  );
}

/** A lookup over an index in memory (see buildFieldIndex), its keys sorted once. */
export function memoryLookup(index: ReadonlyMap<string, readonly number[]>): KeyLookup {
  const keys = [...index.keys()].sort();
  return async (prefix, exact) => {
    const out = new Map<string, readonly number[]>();
    if (exact) {
      const slots = index.get(prefix);
      if (slots) out.set(prefix, slots);
      return out;
    }
    for (let i = lowerBound(keys, prefix); i < keys.length && keys[i]!.startsWith(prefix); i++)
      out.set(keys[i]!, index.get(keys[i]!)!);
    return out;
  };
}

/** The first place in a sorted list whose value is not below `value`. */
export function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
