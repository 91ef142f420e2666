// The message file of the CLI (../shared/spec/cli.md): JSON or an RFC 5322 message (.eml),
// told apart by the content, not the file name. Reports where a file is broken; address
// problems are left to normaliseMessage, which names their paths.
//
// An .eml is read with postal-mime, loaded only when needed: it uses TextDecoder and Blob,
// which Node and browsers have but classic Outlook's JavaScript-only runtime may not. The
// add-ins read messages through their host's API and never call this.
import type { InputProblem, Lang, MailAddress, MessageInput } from '../types.js';
import { decodeText } from '../text/encoding.js';
import { findJsonSyntaxError, lineColumn } from '../text/json-syntax.js';
import { htmlToText } from './html-text.js';

export interface MessageFileProblem extends InputProblem {
  line?: number;
  column?: number;
}

const KNOWN_KEYS = ['from', 'to', 'cc', 'bcc', 'subject', 'body'];

const TEXT = {
  empty: { sv: 'Meddelandefilen är tom', en: 'The message file is empty' },
  unknownFormat: {
    sv: 'Meddelandefilen är varken JSON eller ett e-postmeddelande (.eml, RFC 5322)',
    en: 'The message file is neither JSON nor an e-mail message (.eml, RFC 5322)',
  },
  syntax: { sv: 'JSON-syntaxfel på rad {line}, kolumn {column}: {what}', en: 'JSON syntax error at line {line}, column {column}: {what}' },
  notObject: { sv: 'Meddelandet ska vara ett JSON-objekt med from, to, cc, bcc, subject och body', en: 'The message must be a JSON object with from, to, cc, bcc, subject and body' },
  unknownKey: { sv: '{key}: okänt fält (kända: from, to, cc, bcc, subject, body)', en: '{key}: unknown field (known: from, to, cc, bcc, subject, body)' },
  noFrom: { sv: 'from: meddelandet saknar From-rad', en: 'from: the message has no From line' },
  eml: { sv: 'Kunde inte läsa e-postmeddelandet: {what}', en: 'Could not read the e-mail message: {what}' },
  unexpected: { sv: 'oväntat tecken', en: 'unexpected character' },
  end: { sv: 'filen tar slut för tidigt', en: 'the file ends too early' },
  extra: { sv: 'text efter JSON-värdet', en: 'text after the JSON value' },
  string: { sv: 'strängen avslutas inte eller har ett ogiltigt tecken', en: 'the string is not closed or has a character not allowed' },
  number: { sv: 'ogiltigt tal', en: 'invalid number' },
};

function say(key: keyof typeof TEXT, lang: Lang, values: { [k: string]: string | number } = {}): string {
  let text = TEXT[key][lang === 'en' ? 'en' : 'sv'];
  for (const k in values) text = text.split('{' + k + '}').join(String(values[k]));
  return text;
}

// ---------- JSON syntax errors with line and column ----------

type JsonErrorKind = 'unexpected' | 'end' | 'extra' | 'string' | 'number';

/**
 * Offset and kind of the first syntax error in `text`, or null when it is valid JSON: the shared
 * scanner's finding, told in this file's five words (a fault in a string is placed at the string,
 * a trailing comma at the bracket after it).
 */
export function findJsonError(text: string): { offset: number; what: JsonErrorKind } | null {
  const err = findJsonSyntaxError(text);
  if (!err) return null;
  switch (err.detail) {
    case 'end':
      return { offset: err.offset, what: 'end' };
    case 'unterminated-string':
    case 'control-char':
    case 'bad-escape':
      return { offset: err.stringStart ?? err.offset, what: 'string' };
    case 'bad-number':
      return { offset: err.offset, what: 'number' };
    case 'trailing-comma': {
      let i = err.offset + 1;
      while (i < text.length && ' \t\r\n'.indexOf(text.charAt(i)) >= 0) i++;
      return { offset: i, what: 'unexpected' };
    }
    case 'after-end':
    case 'comment':
      // Text after a whole JSON value, comment or not.
      return { offset: err.offset, what: findJsonSyntaxError(text.slice(0, err.offset)) ? 'unexpected' : 'extra' };
    default:
      return { offset: err.offset, what: 'unexpected' };
  }
}

function parseJsonMessage(text: string, lang: Lang): { message: MessageInput; problems: MessageFileProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const error = findJsonError(text) ?? { offset: 0, what: 'unexpected' as const };
    const { line, column } = lineColumn(text, error.offset);
    const what = say(error.what, lang);
    return { message: { from: '' }, problems: [{ path: '', line, column, message: say('syntax', lang, { line, column, what }) }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { message: { from: '' }, problems: [{ path: '', message: say('notObject', lang) }] };
  }
  const problems: MessageFileProblem[] = [];
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    if (KNOWN_KEYS.indexOf(key) < 0 && key.charAt(0) !== '$') problems.push({ path: key, message: say('unknownKey', lang, { key }) });
  }
  // Shapes inside (addresses, texts) are checked by normaliseMessage, which names their paths.
  return { message: value as MessageInput, problems };
}

// ---------- .eml ----------

interface Mailbox {
  name?: string;
  address?: string;
  group?: Mailbox[];
}

function mailboxes(list: readonly Mailbox[] | undefined): MailAddress[] {
  const out: MailAddress[] = [];
  for (const item of list ?? []) {
    if (item.group) {
      for (const member of mailboxes(item.group)) out.push(member);
    } else if (item.address) out.push(item.name ? { address: item.address, name: item.name } : { address: item.address });
  }
  return out;
}

async function parseEml(content: string | Uint8Array, lang: Lang): Promise<{ message: MessageInput; problems: MessageFileProblem[] }> {
  try {
    const PostalMime = (await import('postal-mime')).default;
    const email = await PostalMime.parse(content);
    const problems: MessageFileProblem[] = [];
    const from = mailboxes(email.from ? [email.from] : [])[0];
    if (!from) problems.push({ path: 'from', message: say('noFrom', lang) });
    const text = email.text !== undefined && email.text.trim() !== '' ? email.text : email.html !== undefined ? htmlToText(email.html) : email.text ?? '';
    return {
      message: {
        from: from ?? '',
        to: mailboxes(email.to),
        cc: mailboxes(email.cc),
        bcc: mailboxes(email.bcc),
        subject: email.subject ?? '',
        body: text,
      },
      problems,
    };
  } catch (e) {
    const what = e instanceof Error ? e.message : String(e);
    return { message: { from: '' }, problems: [{ path: '', message: say('eml', lang, { what }) }] };
  }
}

// ---------- deciding by content ----------

/** `Name: value` with a field name of printable ASCII (RFC 5322), or an mbox `From ` line. */
function looksLikeHeader(text: string, start: number): boolean {
  if (text.slice(start, start + 5) === 'From ') return true;
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 58) return i > start;
    if (code < 33 || code > 126) return false;
    i++;
  }
  return false;
}

/** Reads a message file: JSON or .eml, decided by the content. Never throws. */
export async function parseMessageFile(
  content: string | Uint8Array,
  lang: Lang = 'sv',
): Promise<{ message: MessageInput; problems: MessageFileProblem[] }> {
  const text = typeof content === 'string' ? content : content instanceof Uint8Array ? decodeText(content).text : '';
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (start < text.length && ' \t\r\n'.indexOf(text.charAt(start)) >= 0) start++;
  if (start >= text.length) return { message: { from: '' }, problems: [{ path: '', message: say('empty', lang) }] };
  const first = text.charAt(start);
  if (first === '{' || first === '[') return parseJsonMessage(text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0), lang);
  if (looksLikeHeader(text, start)) return parseEml(typeof content === 'string' ? text.slice(start) : content, lang);
  return { message: { from: '' }, problems: [{ path: '', message: say('unknownFormat', lang) }] };
}
