// The text the writer adds: quoted lines and the history below a reply or forward header are
// someone else's words and must not raise signals. One pass over the lines, with a lookahead of at
// most a few lines, so linear in the body.

/** A header line is short; a long line is text, and checking it costs nothing more. */
const MAX_HEADER_LINE = 300;
/** How far after `Från:` the `Skickat:` line may come (name, address and date lines in between). */
const HEADER_LOOKAHEAD = 4;

function startsWithWord(line: string, words: readonly string[]): boolean {
  for (const word of words) if (line.slice(0, word.length) === word) return true;
  return false;
}

const FROM = ['från:', 'from:', 'fra:', 'von:'];
const SENT = ['skickat:', 'sent:', 'datum:', 'date:', 'sendt:', 'gesendet:'];
const SEPARATORS = [
  'ursprungligt meddelande', 'original message', 'vidarebefordrat meddelande', 'forwarded message',
  'begin forwarded message', 'start på vidarebefordrat meddelande', 'vidarebefordrat brev',
];

function isSeparator(lower: string): boolean {
  // "-----Ursprungligt meddelande-----", "---------- Forwarded message ---------", "Begin forwarded message:"
  for (const words of SEPARATORS) {
    const at = lower.indexOf(words);
    if (at < 0) continue;
    const before = lower.slice(0, at).trim();
    if (before === '' || before.charAt(0) === '-') return true;
  }
  return false;
}

/** "Den 3 juni 2025 kl. 10:00 skrev Anna Berg <anna@x.se>:" (possibly wrapped), "On … wrote:". */
function isWroteLine(lower: string, next: string): boolean {
  const swedish = lower.slice(0, 4) === 'den ' && lower.indexOf('skrev') > 0;
  const english = lower.slice(0, 3) === 'on ' && lower.indexOf('wrote') > 0;
  if (!swedish && !english) return false;
  if (lower.charAt(lower.length - 1) === ':') return true;
  return next.charAt(next.length - 1) === ':';
}

function isUnderscoreRule(line: string): boolean {
  if (line.length < 10) return false;
  for (let i = 0; i < line.length; i++) if (line.charAt(i) !== '_') return false;
  return true;
}

/** The body's own new text: without `>` quoted lines and without everything below a reply or forward header. */
export function newText(body: string): string {
  const lines: string[] = [];
  let from = 0;
  while (from <= body.length) {
    let end = body.indexOf('\n', from);
    if (end < 0) end = body.length;
    lines.push(body.slice(from, end));
    from = end + 1;
  }
  const header = (i: number): string => {
    const line = lines[i];
    return line === undefined || line.length > MAX_HEADER_LINE ? '' : line.trim().toLowerCase();
  };
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (firstVisible(line) === '>') continue;
    const lower = header(i);
    if (lower !== '') {
      if (isSeparator(lower)) break;
      if (isWroteLine(lower, header(i + 1))) break;
      if (startsWithWord(lower, FROM)) {
        let sent = startsWithWord(lower.slice(lower.indexOf(':') + 1).trim(), SENT) || containsAny(lower, SENT);
        for (let k = 1; k <= HEADER_LOOKAHEAD && !sent && i + k < lines.length; k++) sent = startsWithWord(header(i + k), SENT);
        if (sent) break;
      }
      if (isUnderscoreRule(lower)) {
        let k = i + 1;
        while (k < lines.length && k <= i + 2 && header(k) === '') k++;
        if (startsWithWord(header(k), FROM)) break;
      }
    }
    kept.push(line.charAt(line.length - 1) === '\r' ? line.slice(0, -1) : line);
  }
  return kept.join('\n');
}

/** One-line Outlook headers: "From: Anna Sent: Monday …". */
function containsAny(lower: string, words: readonly string[]): boolean {
  for (const word of words) if (lower.indexOf(' ' + word) >= 0) return true;
  return false;
}

function firstVisible(line: string): string {
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (ch !== ' ' && ch !== '\t' && ch !== '\u00a0') return ch;
  }
  return '';
}
