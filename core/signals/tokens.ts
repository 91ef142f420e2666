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

// ---------- per-character facts, computed once ----------
// The tokenizer reads each character's class from a table for the first CHAR_TABLE code units (ASCII,
// Latin-1, Latin Extended-A/B: all of Swedish and its neighbours) and asks foldChar/isLetter above for
// the rest, so the table is only a cache of those two functions: the result is the same either way.

const CHAR_TABLE = 0x250;
/** Bits of CLASS. */
const LETTER = 1;
/** The character is its own lower case (`c === c.toLowerCase()`): a letter that keeps a word from being all capitals. */
const LOWER_SELF = 2;
/** The character folds to `'` (apostrophe and its typographic forms). */
const APOSTROPHE = 4;
/** The character is not a letter and folds to a kept punctuation mark. */
const PUNCT = 8;

let classes: Uint8Array | undefined;
let foldedChars: string[] = [];

function classOf(ch: string): number {
  const folded = foldChar(ch);
  let bits = 0;
  if (isLetter(ch, folded)) bits |= LETTER;
  else if (KEPT_PUNCT.indexOf(folded) >= 0) bits |= PUNCT;
  if (ch === ch.toLowerCase()) bits |= LOWER_SELF;
  if (folded === "'") bits |= APOSTROPHE;
  return bits;
}

function table(): Uint8Array {
  if (classes) return classes;
  const t = new Uint8Array(CHAR_TABLE);
  const f: string[] = [];
  for (let code = 0; code < CHAR_TABLE; code++) {
    const ch = String.fromCharCode(code);
    t[code] = classOf(ch);
    f.push(foldChar(ch));
  }
  foldedChars = f;
  classes = t;
  return t;
}

function classAt(t: Uint8Array, text: string, code: number, i: number): number {
  return code < CHAR_TABLE ? (t[code] as number) : classOf(text.charAt(i));
}

/**
 * Folded text of `text[start, end)`, one character out for each character in: runs of ASCII are
 * sliced (and lower-cased when `upperAscii`: toLowerCase changes A–Z only there, as foldChar does),
 * other characters folded one by one.
 */
function foldRange(text: string, start: number, end: number, upperAscii: boolean, nonAscii: boolean): string {
  if (!nonAscii) return upperAscii ? text.slice(start, end).toLowerCase() : text.slice(start, end);
  let out = '';
  let run = start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) continue;
    if (i > run) out += upperAscii ? text.slice(run, i).toLowerCase() : text.slice(run, i);
    out += code < CHAR_TABLE ? (foldedChars[code] as string) : foldChar(text.charAt(i));
    run = i + 1;
  }
  if (end > run) out += upperAscii ? text.slice(run, end).toLowerCase() : text.slice(run, end);
  return out;
}

export function tokenize(text: string): Token[] {
  const t = table();
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let newlines = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      newlines++;
      if (newlines === 2) tokens.push({ text: '¶', kind: 'punct', upper: false, cap: false });
      i++;
      continue;
    }
    if (code === 32 || code === 9 || code === 13 || code === 0xa0) {
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
    const bits = classAt(t, text, code, i);
    if (bits & LETTER) {
      // The word is every letter (and inner apostrophe) from here; its text, the first MAX_TOKEN_LENGTH of them folded.
      const start = i;
      const cap = (bits & LOWER_SELF) === 0;
      let upper = true;
      let upperAscii = false;
      let nonAscii = false;
      // (The two flags only choose how foldRange works, not what it returns: they may be set by
      // characters past the cut.)
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c >= 97 && c <= 122) {
          // The common case: a lower-case ASCII letter.
          upper = false;
          i++;
          continue;
        }
        const b = classAt(t, text, c, i);
        if (b & LETTER) {
          if (b & LOWER_SELF) upper = false;
        } else if (b & APOSTROPHE && i + 1 < n) {
          // I'll, we'll, don't: one word.
          if ((classAt(t, text, text.charCodeAt(i + 1), i + 1) & LETTER) === 0) break;
        } else break;
        if (c >= 128) nonAscii = true;
        else if (c <= 90) upperAscii = true;
        i++;
      }
      const end = Math.min(i, start + MAX_TOKEN_LENGTH);
      tokens.push({ text: foldRange(text, start, end, upperAscii, nonAscii), kind: 'word', upper, cap });
      continue;
    }
    if (bits & PUNCT) tokens.push({ text: code < CHAR_TABLE ? (foldedChars[code] as string) : foldChar(text.charAt(i)), kind: 'punct', upper: false, cap: false });
    i++;
  }
  return tokens;
}
