// Decoding text files as Excel and other Windows programs write them, in pure code
// (core uses neither TextDecoder nor Node's Buffer).
//
// Order: a byte order mark decides (UTF-8, UTF-16 LE/BE); else the bytes are
// validated strictly as UTF-8; if that fails they are Windows-1252 (what Swedish
// Excel writes for "CSV (semikolonavgränsad)").

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the input started with a byte order mark (removed from `text`). */
  bom: boolean;
}

/** Windows-1252 0x80–0x9F; the five undefined bytes map to the C1 control of the same value (as WHATWG does). */
const CP1252_80_9F: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Decodes strict UTF-8; returns null at the first invalid sequence (overlong, surrogate, > U+10FFFF, truncated). */
export function decodeUtf8Strict(bytes: Uint8Array, start = 0): string | null {
  const parts: string[] = [];
  let codes: number[] = [];
  let i = start;
  const n = bytes.length;
  while (i < n) {
    const b0 = bytes[i]!;
    let cp: number;
    if (b0 < 0x80) {
      cp = b0;
      i += 1;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      const b1 = bytes[i + 1];
      if (b1 === undefined || (b1 & 0xc0) !== 0x80) return null;
      cp = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
      i += 2;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      const b1 = bytes[i + 1];
      const b2 = bytes[i + 2];
      if (b1 === undefined || b2 === undefined || (b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return null;
      if (b0 === 0xe0 && b1 < 0xa0) return null; // overlong
      if (b0 === 0xed && b1 >= 0xa0) return null; // surrogate
      cp = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      i += 3;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      const b1 = bytes[i + 1];
      const b2 = bytes[i + 2];
      const b3 = bytes[i + 3];
      if (b1 === undefined || b2 === undefined || b3 === undefined) return null;
      if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80 || (b3 & 0xc0) !== 0x80) return null;
      if (b0 === 0xf0 && b1 < 0x90) return null; // overlong
      if (b0 === 0xf4 && b1 >= 0x90) return null; // > U+10FFFF
      cp = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
      i += 4;
    } else {
      return null;
    }
    codes.push(cp);
    if (codes.length >= 8192) {
      parts.push(String.fromCodePoint(...codes));
      codes = [];
    }
  }
  if (codes.length) parts.push(String.fromCodePoint(...codes));
  return parts.join('');
}

/** Decodes Windows-1252 (every byte is a character). */
export function decodeWindows1252(bytes: Uint8Array, start = 0): string {
  const parts: string[] = [];
  let codes: number[] = [];
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i]!;
    codes.push(b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80]! : b);
    if (codes.length >= 8192) {
      parts.push(String.fromCharCode(...codes));
      codes = [];
    }
  }
  if (codes.length) parts.push(String.fromCharCode(...codes));
  return parts.join('');
}

function decodeUtf16(bytes: Uint8Array, start: number, littleEndian: boolean): string {
  const parts: string[] = [];
  let codes: number[] = [];
  for (let i = start; i + 1 < bytes.length; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    codes.push(littleEndian ? a | (b << 8) : (a << 8) | b);
    if (codes.length >= 8192) {
      parts.push(String.fromCharCode(...codes));
      codes = [];
    }
  }
  if (codes.length) parts.push(String.fromCharCode(...codes));
  return parts.join('');
}

/** Encodes a string as Windows-1252; characters it cannot hold become `?`. (For tests and sample files.) */
export function encodeWindows1252(text: string): Uint8Array {
  const reverse = new Map<number, number>();
  CP1252_80_9F.forEach((cp, i) => reverse.set(cp, 0x80 + i));
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : (reverse.get(c) ?? 0x3f);
  }
  return out;
}

/**
 * Decodes a text file's bytes. A string is returned as it is (a leading U+FEFF removed).
 */
export function decodeText(input: string | Uint8Array): DecodedText {
  if (typeof input === 'string') {
    const bom = input.charCodeAt(0) === 0xfeff;
    return { text: bom ? input.slice(1) : input, encoding: 'utf-8', bom };
  }
  const b = input;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    const text = decodeUtf8Strict(b, 3);
    // A BOM followed by invalid UTF-8: trust the bytes, not the mark.
    return text !== null ? { text, encoding: 'utf-8', bom: true } : { text: decodeWindows1252(b, 3), encoding: 'windows-1252', bom: true };
  }
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { text: decodeUtf16(b, 2, true), encoding: 'utf-16le', bom: true };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { text: decodeUtf16(b, 2, false), encoding: 'utf-16be', bom: true };
  const text = decodeUtf8Strict(b);
  if (text !== null) return { text, encoding: 'utf-8', bom: false };
  return { text: decodeWindows1252(b), encoding: 'windows-1252', bom: false };
}
