/**
 * "Copy for a ticket": the path a reader took through a triage tree, as plain
 * text a support engineer can read without opening the site — each question,
 * the answer given and the commands run for it, then where the reader stopped.
 */

/** One answered question on the way. */
export interface TicketStep {
  readonly question: string;
  readonly answer: string;
  readonly commands: readonly string[];
}

/** The localized words of the text. */
export interface TicketLabels {
  /** `Triage: {title}` with the title filled in. */
  readonly heading: string;
  readonly answer: string;
  readonly ran: string;
  readonly at: string;
}

/** Indents every line of a (possibly multi-line) command under its label. */
function indented(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');
}

/** Inline code marks (`x`) are for the page; the ticket keeps the words. */
function plain(text: string): string {
  return text.replace(/`([^`]*)`/g, '$1');
}

/** The ticket text, lines joined with `\n`, ending with a newline. */
export function ticketText(input: {
  url: string;
  steps: readonly TicketStep[];
  at: string;
  atCommands: readonly string[];
  labels: TicketLabels;
}): string {
  const { url, steps, at, atCommands, labels } = input;
  const out = [labels.heading, url];
  steps.forEach((s, i) => {
    out.push(`${i + 1}. ${plain(s.question)}`);
    for (const c of s.commands) out.push(`   ${labels.ran}:`, indented(c, '     '));
    out.push(`   ${labels.answer}: ${plain(s.answer)}`);
  });
  out.push(`${labels.at}: ${plain(at)}`);
  for (const c of atCommands) out.push(`   ${labels.ran}:`, indented(c, '     '));
  return `${out.join('\n')}\n`;
}
