// A single pass over the text into words, numbers and the few punctuation marks the signals read.
// Linear in the text; no regular expressions.
import { foldChar } from './fold.js';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  /** Folded text (lower case, no diacritics); numbers as their digits. Paragraph breaks are '¶'. */
  text: string;
  kind: TokenKind;
  /** The word was written in capitals only (`KS`, `BUN`): a registry prefix. */
  upper: boolean;
  /** The word began with a capital (a name, a street). */
  cap: boolean;
}

/** Longer words are cut: nothing in the lexicon is that long, and it bounds the work per token. */
export const MAX_TOKEN_LENGTH = 64;

/** Punctuation kept as tokens: sentence ends, case numbers (`2024/117`), personnummer-like joins. */
const KEPT_PUNCT = '.!?/-:+,;()';

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(ch: string, folded: string): boolean {
  const code = folded.charCodeAt(0);
  if (code >= 97 && code <= 122) return true;
  if (code < 128) return false;
  // Outside ASCII: a character with case is a letter; that covers the Latin, Greek and Cyrillic scripts.
  return ch.toLowerCase() !== ch.toUpperCase() || folded !== ch.toLowerCase().charAt(0);
}

export function isSentenceEnd(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && (token.text === '.' || token.text === '!' || token.text === '?' || token.text === '¶');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let newlines = 0;
  while (i < n) {
    const ch = text.charAt(i);
    const code = ch.charCodeAt(0);
    if (ch === '\n') {
      newlines++;
      if (newlines === 2) tokens.push({ text: '¶', kind: 'punct', upper: false, cap: false });
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\u00a0') {
      i++;
      continue;
    }
    newlines = 0;
    if (isDigit(code)) {
      const start = i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      tokens.push({ text: text.slice(start, Math.min(i, start + MAX_TOKEN_LENGTH)), kind: 'num', upper: false, cap: false });
      continue;
    }
    const folded = foldChar(ch);
    if (isLetter(ch, folded)) {
      let word = '';
      let upper = true;
      const cap = ch !== ch.toLowerCase();
      while (i < n) {
        const c = text.charAt(i);
        const f = foldChar(c);
        if (isLetter(c, f)) {
          if (word.length < MAX_TOKEN_LENGTH) word += f;
          if (c === c.toLowerCase()) upper = false;
          i++;
        } else if (f === "'" && i + 1 < n && word.length > 0) {
          // I'll, we'll, don't: one word.
          const next = text.charAt(i + 1);
          if (!isLetter(next, foldChar(next))) break;
          if (word.length < MAX_TOKEN_LENGTH) word += "'";
          i++;
        } else break;
      }
      tokens.push({ text: word, kind: 'word', upper, cap });
      continue;
    }
    if (KEPT_PUNCT.indexOf(folded) >= 0) tokens.push({ text: folded, kind: 'punct', upper: false, cap: false });
    i++;
  }
  return tokens;
}
