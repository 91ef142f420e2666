// Where a JSON text goes wrong, and what is wrong there, in words an IT person can act on: for
// the organisation file, the Graph import files and the CLI's message file.
// Used only after JSON.parse has failed: engines word (and place) their errors differently
// (V8: "at position N", Firefox: "at line L column C", Safari: no place at all), so the
// position comes from this small scanner, with the engine's message as a fallback.
import type { Lang } from '../types.js';

export type SyntaxDetail =
  | 'end'
  | 'unexpected'
  | 'expected-comma-or-brace'
  | 'expected-comma-or-bracket'
  | 'expected-colon'
  | 'expected-key'
  | 'trailing-comma'
  | 'control-char'
  | 'bad-escape'
  | 'unterminated-string'
  | 'bad-number'
  | 'bad-literal'
  | 'after-end'
  | 'comment'
  | 'single-quote'
  | 'other';

export interface SyntaxErrorAt {
  /** 0-based offset (UTF-16 code units) of the fault. */
  offset: number;
  detail: SyntaxDetail;
  /** The character found there, if any. */
  found?: string;
  /** For a fault inside a string (`control-char`, `bad-escape`, `unterminated-string`): where that string starts. */
  stringStart?: number;
}

const isWs = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** The first syntax error of a JSON text, or undefined when there is none. Iterative: any depth. */
export function findJsonSyntaxError(text: string): SyntaxErrorAt | undefined {
  const n = text.length;
  const stack: number[] = []; // 0x7b `{` or 0x5b `[`
  let i = 0;
  const skip = () => {
    while (i < n && isWs(text.charCodeAt(i))) i++;
  };
  const at = (detail: SyntaxDetail, offset = i): SyntaxErrorAt => {
    const found = offset < n ? text.charAt(offset) : undefined;
    return found === undefined ? { offset, detail: detail === 'unexpected' ? 'end' : detail } : { offset, detail, found };
  };
  const unexpected = (): SyntaxErrorAt => {
    if (i >= n) return at('end');
    const c = text.charCodeAt(i);
    if (c === 0x2f) return at('comment');
    if (c === 0x27) return at('single-quote');
    return at('unexpected');
  };
  // Scans a string starting at the quote at i; leaves i after the closing quote.
  const string = (): SyntaxErrorAt | undefined => {
    const start = i;
    const inString = (detail: SyntaxDetail, offset = i): SyntaxErrorAt => {
      const err = at(detail, offset);
      err.stringStart = start;
      return err;
    };
    i++;
    for (;;) {
      if (i >= n) return inString('unterminated-string', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return c === 0x0a || c === 0x0d ? inString('unterminated-string', start) : inString('control-char');
      if (c === 0x5c) {
        const e = text.charCodeAt(i + 1);
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) if (!isHex(text.charCodeAt(i + k))) return inString('bad-escape');
          i += 6;
        } else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
          i += 2;
        } else return inString('bad-escape');
      } else i++;
    }
  };
  const number = (): SyntaxErrorAt | undefined => {
    const start = i;
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else return at('bad-number', start);
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return at('bad-number', start);
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const s = text.charCodeAt(i);
      if (s === 0x2b || s === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i))) return at('bad-number', start);
      while (isDigit(text.charCodeAt(i))) i++;
    }
    return undefined;
  };

  // A key and its colon, at i (whitespace before it skipped); leaves i after the colon.
  const key = (): SyntaxErrorAt | undefined => {
    if (text.charCodeAt(i) !== 0x22) return i >= n ? at('end') : text.charCodeAt(i) === 0x27 || text.charCodeAt(i) === 0x2f ? unexpected() : at('expected-key');
    const err = string();
    if (err) return err;
    skip();
    if (text.charCodeAt(i) !== 0x3a) return i >= n ? at('end') : at('expected-colon');
    i++;
    return undefined;
  };

  // expectValue: a value must come next; otherwise one just ended.
  let expectValue = true;
  for (;;) {
    skip();
    if (expectValue) {
      if (i >= n) return at('end');
      const c = text.charCodeAt(i);
      if (c === 0x7b || c === 0x5b) {
        stack.push(c);
        i++;
        skip();
        const close = c === 0x7b ? 0x7d : 0x5d;
        if (text.charCodeAt(i) === close) {
          stack.pop();
          i++;
          expectValue = false;
          continue;
        }
        if (c === 0x7b) {
          const err = key();
          if (err) return err;
        }
        continue; // a value follows
      }
      let err: SyntaxErrorAt | undefined;
      if (c === 0x22) err = string();
      else if (c === 0x2d || isDigit(c)) err = number();
      else if (c === 0x74 || c === 0x66 || c === 0x6e) {
        const word = c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null';
        if (text.slice(i, i + word.length) !== word) {
          let end = i;
          while (end < n && end - i < 30 && /[A-Za-z0-9_]/.test(text.charAt(end))) end++;
          return { offset: i, detail: 'bad-literal', found: text.slice(i, Math.max(end, i + 1)) };
        }
        i += word.length;
      } else return unexpected();
      if (err) return err;
      expectValue = false;
      continue;
    }
    // A value has ended.
    if (stack.length === 0) {
      if (i < n) return text.charCodeAt(i) === 0x2f ? at('comment') : at('after-end');
      return undefined;
    }
    const top = stack[stack.length - 1]!;
    const close = top === 0x7b ? 0x7d : 0x5d;
    const c = text.charCodeAt(i);
    if (i >= n) return at('end');
    if (c === close) {
      stack.pop();
      i++;
      continue;
    }
    if (c !== 0x2c) {
      if (c === 0x2f) return at('comment');
      return at(top === 0x7b ? 'expected-comma-or-brace' : 'expected-comma-or-bracket');
    }
    const comma = i;
    i++;
    skip();
    if (text.charCodeAt(i) === 0x7d || text.charCodeAt(i) === 0x5d) return at('trailing-comma', comma);
    if (top === 0x7b) {
      const err = key();
      if (err) return err;
    }
    expectValue = true;
  }
}

/**
 * Where a text that JSON.parse refused goes wrong: this scanner's finding, else (an engine limit
 * such as nesting depth) the place the engine's message names, as `other`.
 */
export function jsonErrorAt(text: string, engineMessage: string): SyntaxErrorAt {
  return findJsonSyntaxError(text) ?? { offset: offsetFromEngineMessage(engineMessage, text) ?? 0, detail: 'other' };
}

/** The offset an engine's JSON.parse message names, if it names one. */
export function offsetFromEngineMessage(message: string, text: string): number | undefined {
  const pos = /at position (\d+)/.exec(message);
  if (pos) return Math.min(Number(pos[1]), text.length);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return offsetOfLineColumn(text, Number(lc[1]), Number(lc[2]));
  return undefined;
}

/** 1-based line and column of an offset; a line ends at \n, \r\n or \r. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function offsetOfLineColumn(text: string, line: number, column: number): number {
  let l = 1;
  let i = 0;
  while (l < line && i < text.length) {
    const c = text.charCodeAt(i);
    i++;
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i) !== 0x0a)) l++;
  }
  return Math.min(i + column - 1, text.length);
}

const DETAILS: { [d in SyntaxDetail]: { sv: (f: string) => string; en: (f: string) => string } } = {
  end: { sv: () => 'filen tar slut för tidigt (saknas "}" eller "]"?)', en: () => 'unexpected end of the file (a missing "}" or "]"?)' },
  unexpected: { sv: (f) => `oväntat tecken ${f}`, en: (f) => `unexpected character ${f}` },
  'expected-comma-or-brace': {
    sv: (f) => `förväntade "," eller "}", fann ${f} (saknas ett kommatecken på raden före?)`,
    en: (f) => `expected "," or "}", found ${f} (a missing comma on the line before?)`,
  },
  'expected-comma-or-bracket': {
    sv: (f) => `förväntade "," eller "]", fann ${f} (saknas ett kommatecken på raden före?)`,
    en: (f) => `expected "," or "]", found ${f} (a missing comma on the line before?)`,
  },
  'expected-colon': { sv: (f) => `förväntade ":" efter nyckeln, fann ${f}`, en: (f) => `expected ":" after the key, found ${f}` },
  'expected-key': {
    sv: (f) => `förväntade en nyckel inom citattecken ("namn"), fann ${f}`,
    en: (f) => `expected a key in double quotes ("name"), found ${f}`,
  },
  'trailing-comma': {
    sv: () => 'kommatecken före "}" eller "]" – ta bort det',
    en: () => 'a comma before "}" or "]" – remove it',
  },
  'control-char': {
    sv: () => 'radbrytning eller tabb inuti en text – skriv \\n eller \\t',
    en: () => 'a line break or tab inside a string – write \\n or \\t',
  },
  'bad-escape': { sv: () => 'ogiltig escape-sekvens efter "\\" (skriv "\\\\" för ett omvänt snedstreck)', en: () => 'invalid escape after "\\" (write "\\\\" for a backslash)' },
  'unterminated-string': { sv: () => 'texten som börjar här saknar avslutande citattecken', en: () => 'the string starting here has no closing quote' },
  'bad-number': { sv: () => 'ogiltigt tal', en: () => 'invalid number' },
  'bad-literal': {
    sv: (f) => `oväntat ${f} – menade du true, false, null eller en text inom citattecken?`,
    en: (f) => `unexpected ${f} – did you mean true, false, null or a string in double quotes?`,
  },
  'after-end': { sv: (f) => `oväntat ${f} efter slutet av JSON-objektet`, en: (f) => `unexpected ${f} after the end of the JSON object` },
  comment: { sv: () => 'JSON tillåter inte kommentarer', en: () => 'JSON does not allow comments' },
  'single-quote': { sv: () => 'JSON kräver dubbla citattecken (")', en: () => 'JSON needs double quotes (")' },
  other: { sv: (f) => f, en: (f) => f },
};

/** The detail in words (`förväntade "," eller "}", fann "x"`). */
export function describeSyntaxError(err: SyntaxErrorAt, lang: Lang, engineMessage = ''): string {
  const d = DETAILS[err.detail];
  const found = err.detail === 'other' ? engineMessage : err.found === undefined ? (lang === 'en' ? 'the end' : 'slutet') : JSON.stringify(err.found);
  return lang === 'en' ? d.en(found) : d.sv(found);
}
