/**
 * Reading a multi-line paste (a `kubectl describe` tail, `kubectl get events`,
 * a few log lines) line by line: which lines carry a known error, and which
 * words of the paste are worth searching for.
 */
import { matchKnownErrors, type ErrorSource } from './known-errors.ts';
import { byCodeUnits, squash, stripNoise, terms } from './normalize.ts';

/** Pastes longer than this are read up to here. */
export const MAX_LINES = 500;

/** One line of a paste, as written and as searched. */
export interface PasteLine {
  /** 1-based line number in the paste. */
  readonly n: number;
  readonly text: string;
  /** The line without ids, addresses, timestamps and log framing. */
  readonly cleaned: string;
}

// Lines that say nothing about the failure: table headers, section labels, rules, bare key: value framing.
const FILLER: readonly RegExp[] = [
  /^(?:last seen|type|reason|age|from|message|name|namespace|status|ready|restarts|events|conditions|labels|annotations)(?:\s+(?:last seen|type|reason|age|from|message|name|namespace|status|ready|restarts|object|node|ip|nominated node|readiness gates))*\s*:?$/i,
  /^[-=\s]+$/,
  /^[\w.-]+:\s*$/,
];

/** A paste read once: the lines worth searching, the text evidence is read from, whether lines were left unread. */
export interface ReadPaste {
  /** The lines (at most MAX_LINES) less blank, short and filler lines. */
  readonly lines: PasteLine[];
  /**
   * Every line read but table headers and section labels (a RESTARTS column
   * is not a restart), short ones included (a count printed by `wc -l` is
   * evidence, though not worth searching for).
   */
  readonly evidence: string;
  /** The paste has more lines than are read. */
  readonly truncated: boolean;
}

/** Splits a paste once into what a diagnosis searches and what its evidence is read from. */
export function readPaste(text: string): ReadPaste {
  const all = text.split(/\r\n|\r|\n/);
  const lines: PasteLine[] = [];
  const evidence: string[] = [];
  all.slice(0, MAX_LINES).forEach((line, i) => {
    const cleaned = stripNoise(line);
    if (FILLER.some((re) => re.test(cleaned))) return;
    evidence.push(line);
    if (squash(cleaned).length >= 4) lines.push({ n: i + 1, text: line, cleaned });
  });
  return { lines, evidence: evidence.join('\n'), truncated: all.length > MAX_LINES };
}

/** Splits a paste into its lines (at most MAX_LINES), dropping blank and filler lines. */
export function pasteLines(text: string): PasteLine[] {
  return readPaste(text).lines;
}

/** The text of a paste that evidence is read from (see ReadPaste.evidence). */
export function evidenceText(text: string): string {
  return readPaste(text).evidence;
}

/** An entry a paste points to through its known errors. */
export interface LineEvidence {
  readonly id: string;
  /** The error string as written in the entry (the first one matched). */
  readonly error: string;
  /** Line numbers that carry one of the entry's errors. */
  readonly lines: readonly number[];
  /** The most specific match among those lines. */
  readonly score: number;
}

/** Known errors, line by line: each entry with the lines that carry its errors, most lines and most specific first. */
export function knownErrorLines(lines: readonly PasteLine[], sources: readonly ErrorSource[]): LineEvidence[] {
  const byId = new Map<string, { error: string; lines: number[]; score: number }>();
  for (const line of lines) {
    for (const m of matchKnownErrors(line.cleaned, sources)) {
      const found = byId.get(m.id);
      if (!found) byId.set(m.id, { error: m.error, lines: [line.n], score: m.score });
      else {
        found.lines.push(line.n);
        if (m.score > found.score) Object.assign(found, { error: m.error, score: m.score });
      }
    }
  }
  return [...byId]
    .map(([id, v]) => ({ id, ...v }))
    .sort((a, b) => b.score - a.score || b.lines.length - a.lines.length || byCodeUnits(a.id, b.id));
}

// Words that say a line reports a failure; such lines are searched first.
const FAILURE =
  /error|fail|timeout|timed out|refused|unreachable|denied|not ready|notready|warning|cannot|unable|no route|invalid|exceed|full|drop|reset|unknown/i;

/**
 * The words of a paste worth searching for, at most `max`: words the entries
 * use (`df` holds how many entries use each), rarest first, from failure lines
 * before others; words most entries use say nothing and are left out. Words
 * of other scripts (not in `df`) count as rare.
 */
export function signalTerms(lines: readonly PasteLine[], df: ReadonlyMap<string, number>, entries: number, max = 12): string[] {
  const found = new Map<string, { rarity: number; failure: boolean; at: number }>();
  let at = 0;
  for (const line of lines) {
    const failure = FAILURE.test(line.cleaned);
    for (const term of terms(line.cleaned)) {
      const ascii = /^[a-z][a-z0-9_]*$/.test(term);
      const n = ascii ? df.get(term) : /[^ -~]/.test(term) && term.length > 1 ? 1 : undefined;
      if (n === undefined || n > entries / 2) continue;
      const seen = found.get(term);
      if (!seen) found.set(term, { rarity: n, failure, at: at++ });
      else if (failure) seen.failure = true;
    }
  }
  return [...found]
    .sort(([, a], [, b]) => Number(b.failure) - Number(a.failure) || a.rarity - b.rarity || a.at - b.at)
    .slice(0, max)
    .map(([term]) => term);
}

/** Line numbers whose words overlap a text in at least `min` words of 4+ letters (or 2+ CJK characters). */
export function linesAbout(lines: readonly PasteLine[], text: string, min = 2): number[] {
  const haystack = text.normalize('NFKC').toLowerCase();
  return lines
    .filter((line) => {
      const words = new Set(terms(line.cleaned).filter((t) => (/^[ -~]+$/.test(t) ? t.length >= 4 : t.length >= 2)));
      let hits = 0;
      for (const w of words) if (haystack.includes(w)) hits++;
      return hits >= min;
    })
    .map((line) => line.n);
}
