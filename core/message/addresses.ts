// Address lists as people and programs write them: `a@x.se, "Berg, Anna" <anna@x.se>; Bo Ek <b@y.se>`,
// `{ address, name }` objects, or arrays of either. A malformed entry becomes a problem and the
// rest still parse. One scan per string, no regular expressions.
import type { Lang, MailAddress } from '../types.js';
import { nfc, normaliseAddress } from '../text/address.js';

export interface AddressProblem {
  /** Position of the entry: the array index for an array, the entry's place in the list for a string. */
  index: number;
  /** The entry as written (cut to a readable length). */
  raw: string;
  message: string;
}

export interface AddressListResult {
  addresses: MailAddress[];
  problems: AddressProblem[];
}

type Reason =
  | 'no-at' | 'many-at' | 'no-local' | 'no-domain' | 'domain-dot' | 'domain-char' | 'local-char' | 'dots'
  | 'space' | 'open-quote' | 'open-angle' | 'open-comment' | 'not-address' | 'too-long' | 'several';

const REASONS: { [R in Reason]: { sv: string; en: string } } = {
  'no-at': { sv: 'saknar @', en: 'has no @' },
  'many-at': { sv: 'har mer än ett @', en: 'has more than one @' },
  'no-local': { sv: 'saknar namn före @', en: 'has nothing before the @' },
  'no-domain': { sv: 'saknar domän efter @', en: 'has no domain after the @' },
  'domain-dot': { sv: 'domänen är inte hel (t.ex. kungsor.se)', en: 'the domain is incomplete (e.g. kungsor.se)' },
  'domain-char': { sv: 'domänen har ett otillåtet tecken', en: 'the domain has a character not allowed' },
  'local-char': { sv: 'har ett otillåtet tecken före @', en: 'has a character not allowed before the @' },
  dots: { sv: 'har en punkt på fel plats', en: 'has a dot in the wrong place' },
  space: { sv: 'har mellanslag i adressen (skriv namnet som Namn <adress>)', en: 'has a space in the address (write a name as Name <address>)' },
  'open-quote': { sv: 'har ett citattecken som inte avslutas', en: 'has a quotation mark that is not closed' },
  'open-angle': { sv: 'har ett < som inte avslutas med >', en: 'has a < without a closing >' },
  'open-comment': { sv: 'har en parentes som inte avslutas', en: 'has a parenthesis that is not closed' },
  'not-address': { sv: 'är varken text eller en adress ({ "address": … })', en: 'is neither text nor an address ({ "address": … })' },
  'too-long': { sv: 'är för lång', en: 'is too long' },
  several: { sv: 'innehåller flera adresser där en väntas', en: 'holds several addresses where one is expected' },
};

const MAX_RAW_SHOWN = 80;
const MAX_ADDRESS = 254;

function shown(raw: string): string {
  return raw.length > MAX_RAW_SHOWN ? raw.slice(0, MAX_RAW_SHOWN - 1) + '…' : raw;
}

export function addressProblemText(raw: string, reason: Reason, lang: Lang = 'sv'): string {
  const why = REASONS[reason][lang === 'en' ? 'en' : 'sv'];
  return lang === 'en' ? `"${shown(raw)}" is not a valid e-mail address: ${why}` : `"${shown(raw)}" är ingen giltig e-postadress: ${why}`;
}

// ---------- validation ----------


const LOCAL_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

function isWhitespace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Any character beyond ASCII that is neither space nor control: IDN and Unicode local parts (`lärare@`). */
function isInternational(code: number): boolean {
  return code >= 0xa0 && !isWhitespace(code);
}

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function checkLocal(local: string): Reason | null {
  if (local === '') return 'no-local';
  if (local.length >= 2 && local.charAt(0) === '"' && local.charAt(local.length - 1) === '"') return null;
  if (local.charAt(0) === '.' || local.charAt(local.length - 1) === '.' || local.indexOf('..') >= 0) return 'dots';
  for (let i = 0; i < local.length; i++) {
    const code = local.charCodeAt(i);
    if (isWhitespace(code)) return 'space';
    if (isAlnum(code) || code === 46 || isInternational(code) || LOCAL_SPECIALS.indexOf(local.charAt(i)) >= 0) continue;
    return 'local-char';
  }
  return null;
}

function checkDomain(domain: string): Reason | null {
  if (domain === '') return 'no-domain';
  if (domain.charAt(0) === '[' && domain.charAt(domain.length - 1) === ']') return domain.length > 2 ? null : 'no-domain';
  // Label by label, by index (no split: this runs for every address).
  if (domain.indexOf('.') < 0) return 'domain-dot';
  let start = 0;
  for (;;) {
    let end = domain.indexOf('.', start);
    if (end < 0) end = domain.length;
    if (end === start) return 'dots';
    if (end - start > 63) return 'too-long';
    if (domain.charCodeAt(start) === 45 || domain.charCodeAt(end - 1) === 45) return 'domain-char';
    for (let i = start; i < end; i++) {
      const code = domain.charCodeAt(i);
      if (isWhitespace(code)) return 'space';
      if (!(isAlnum(code) || code === 45 || isInternational(code))) return 'domain-char';
    }
    if (end === domain.length) break;
    start = end + 1;
  }
  // `start` is the top label's.
  for (let i = start; i < domain.length; i++) if (!(domain.charCodeAt(i) >= 48 && domain.charCodeAt(i) <= 57)) return null;
  return 'domain-dot';
}

/**
 * The canonical form of a string that is one bare address of plain ASCII (`Anna.Berg@Kungsor.se`),
 * or null for anything else (names, lists, quotes, errors), which the general path reads. The
 * characters allowed here are none that the general path treats specially, so both give the same.
 */
function plainAddress(value: string): string | null {
  const n = value.length;
  if (n === 0 || n > MAX_ADDRESS) return null;
  let at = -1;
  let upperInDomain = false;
  for (let i = 0; i < n; i++) {
    const code = value.charCodeAt(i);
    if (code === 64) {
      if (at >= 0) return null;
      at = i;
    } else if (code >= 65 && code <= 90) {
      if (at >= 0) upperInDomain = true;
    } else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 46 || code === 45 ||
      code === 95 || code === 43)) return null;
  }
  if (at <= 0 || value.charCodeAt(n - 1) === 46) return null;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (checkLocal(local) !== null || checkDomain(domain) !== null) return null;
  return upperInDomain ? local + '@' + domain.toLowerCase() : value;
}

/** The address in canonical form (domain lower case, NFC), or why it is not one. */
function canonicalAddress(value: string): { address: string } | { reason: Reason } {
  let address = value.trim();
  if (address.slice(0, 7).toLowerCase() === 'mailto:') address = address.slice(7).trim();
  if (address.length > MAX_ADDRESS) return { reason: 'too-long' };
  const at = address.lastIndexOf('@');
  if (at < 0) return { reason: address.indexOf(' ') >= 0 ? 'space' : 'no-at' };
  const local = address.slice(0, at);
  if (local.indexOf('@') >= 0 && !(local.charAt(0) === '"' && local.charAt(local.length - 1) === '"')) return { reason: 'many-at' };
  let domain = address.slice(at + 1);
  if (domain.charAt(domain.length - 1) === '.') domain = domain.slice(0, -1);
  const localReason = checkLocal(local);
  if (localReason) return { reason: localReason };
  const domainReason = checkDomain(domain);
  if (domainReason) return { reason: domainReason };
  return { address: nfc(local) + '@' + nfc(domain).toLowerCase() };
}

// ---------- one mailbox: `Name <a@x>`, `a@x (Name)`, `"Berg, Anna" <a@x>` ----------

function cleanName(text: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (isWhitespace(ch.charCodeAt(0))) space = out !== '';
    else {
      if (space) out += ' ';
      out += ch;
      space = false;
    }
  }
  return out;
}

function parseMailbox(raw: string): { address: MailAddress } | { reason: Reason } {
  let outside = '';
  let angle: string | null = null;
  let comment = '';
  let i = 0;
  while (i < raw.length) {
    const ch = raw.charAt(i);
    if (ch === '"') {
      // Quoted text: a display name ("Berg, Anna") or a quoted local part.
      let j = i + 1;
      let quoted = '';
      while (j < raw.length && raw.charAt(j) !== '"') {
        if (raw.charAt(j) === '\\' && j + 1 < raw.length) j++;
        quoted += raw.charAt(j);
        j++;
      }
      if (j >= raw.length) return { reason: 'open-quote' };
      // Keep the quotes when they are a local part: `"a b"@x.se`.
      outside += raw.charAt(j + 1) === '@' ? '"' + quoted + '"' : quoted;
      i = j + 1;
    } else if (ch === '(') {
      let depth = 1;
      let j = i + 1;
      let text = '';
      while (j < raw.length && depth > 0) {
        const c = raw.charAt(j);
        if (c === '\\' && j + 1 < raw.length) {
          text += raw.charAt(j + 1);
          j += 2;
          continue;
        }
        if (c === '(') depth++;
        else if (c === ')') depth--;
        if (depth > 0) text += c;
        j++;
      }
      if (depth > 0) return { reason: 'open-comment' };
      if (comment === '') comment = text;
      i = j;
    } else if (ch === '<') {
      const close = raw.indexOf('>', i + 1);
      if (close < 0) return { reason: 'open-angle' };
      angle = raw.slice(i + 1, close);
      i = close + 1;
    } else {
      outside += ch;
      i++;
    }
  }
  if (angle !== null) {
    const result = canonicalAddress(angle);
    if ('reason' in result) return result;
    const name = cleanName(outside) || cleanName(comment);
    return { address: withName(result.address, name) };
  }
  const result = canonicalAddress(outside);
  if ('reason' in result) return result;
  return { address: withName(result.address, cleanName(comment)) };
}

function withName(address: string, name: string | undefined): MailAddress {
  return name && name.toLowerCase() !== address.toLowerCase() ? { address, name } : { address };
}

// ---------- a list in one string ----------

/** Splits at `,` and `;` outside quotes, comments and `<…>`; drops group names (`Team: a@x, b@y;`). */
function splitEntries(value: string): string[] {
  const entries: string[] = [];
  let current = '';
  let quote = false;
  let angle = false;
  let comment = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    if (quote) {
      if (ch === '\\' && i + 1 < value.length) {
        current += ch + value.charAt(i + 1);
        i++;
        continue;
      }
      if (ch === '"') quote = false;
    } else if (comment > 0) {
      if (ch === '\\' && i + 1 < value.length) {
        current += ch + value.charAt(i + 1);
        i++;
        continue;
      }
      if (ch === '(') comment++;
      else if (ch === ')') comment--;
    } else if (angle) {
      if (ch === '>') angle = false;
    } else if (ch === '"') quote = true;
    else if (ch === '(') comment = 1;
    else if (ch === '<') angle = true;
    else if (ch === ',' || ch === ';') {
      entries.push(current);
      current = '';
      continue;
    } else if (ch === ':' && current.indexOf('@') < 0 && current.indexOf('<') < 0) {
      // A group's name, or `mailto:`: not part of an address.
      current = '';
      continue;
    }
    current += ch;
  }
  entries.push(current);
  return entries;
}

/** Address strings already parsed: a message is checked again at every change of its recipients. */
const parsedStrings = new Map<string, AddressListResult>();
const PARSED_MAX = 5000;

/** Parses one string that may hold several addresses. */
export function parseAddressString(value: string, lang: Lang = 'sv'): AddressListResult {
  const plain = plainAddress(value);
  if (plain !== null) return { addresses: [{ address: plain }], problems: [] };
  const key = lang + '|' + value;
  const known = parsedStrings.get(key);
  if (known) {
    // Copies, so that no caller can change what the next one gets.
    return { addresses: known.addresses.map((a) => ({ ...a })), problems: known.problems.map((p) => ({ ...p })) };
  }
  const result = parseAddressStringOnce(value, lang);
  if (parsedStrings.size >= PARSED_MAX) parsedStrings.clear();
  parsedStrings.set(key, result);
  return { addresses: result.addresses.map((a) => ({ ...a })), problems: result.problems.map((p) => ({ ...p })) };
}

function parseAddressStringOnce(value: string, lang: Lang): AddressListResult {
  const addresses: MailAddress[] = [];
  const problems: AddressProblem[] = [];
  let index = 0;
  for (const entry of splitEntries(value)) {
    const raw = entry.trim();
    if (raw === '') continue;
    const parsed = parseMailbox(raw);
    if ('reason' in parsed) problems.push({ index, raw: shown(raw), message: addressProblemText(raw, parsed.reason, lang) });
    else addresses.push(parsed.address);
    index++;
  }
  return { addresses, problems };
}

function isMailAddressLike(value: unknown): value is { address: unknown; name?: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'address' in value;
}

function parseEntry(value: unknown, index: number, lang: Lang, result: AddressListResult, listIndex: boolean): void {
  if (typeof value === 'string') {
    // Most entries are one bare address: no list to build and copy.
    const plain = plainAddress(value);
    if (plain !== null) {
      result.addresses.push({ address: plain });
      return;
    }
    const parsed = parseAddressString(value, lang);
    for (const a of parsed.addresses) result.addresses.push(a);
    for (const p of parsed.problems) result.problems.push({ index: listIndex ? index : p.index, raw: p.raw, message: p.message });
    return;
  }
  if (isMailAddressLike(value) && typeof value.address === 'string') {
    const parsed = parseAddressString(value.address, lang);
    const raw = shown(value.address);
    if (parsed.problems.length > 0) {
      result.problems.push({ index, raw, message: (parsed.problems[0] as AddressProblem).message });
      return;
    }
    if (parsed.addresses.length !== 1) {
      result.problems.push({ index, raw, message: addressProblemText(value.address, parsed.addresses.length === 0 ? 'no-at' : 'several', lang) });
      return;
    }
    const found = parsed.addresses[0] as MailAddress;
    const name = typeof value.name === 'string' ? cleanName(value.name) : '';
    result.addresses.push(name ? { address: found.address, name } : found);
    return;
  }
  const raw = safeDescribe(value);
  result.problems.push({ index, raw, message: addressProblemText(raw, 'not-address', lang) });
}

function safeDescribe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') return '{…}';
  try {
    return shown(String(value));
  } catch (e) {
    return typeof value;
  }
}

/**
 * Reads an address list: a string (`a@x.se, "Berg, Anna" <anna@x.se>; Bo Ek <b@y.se>`), one
 * `{ address, name }`, or an array of either. Never throws; `undefined` and `null` are an empty list.
 */
export function parseAddressList(value: unknown, lang: Lang = 'sv'): AddressListResult {
  const result: AddressListResult = { addresses: [], problems: [] };
  if (value === undefined || value === null) return result;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) parseEntry(value[i], i, lang, result, true);
  } else parseEntry(value, 0, lang, result, false);
  return result;
}

/** What two addresses are compared by: lower case, NFC, without a display name. */
export function addressKey(address: string | MailAddress): string {
  let value = typeof address === 'string' ? address : address && typeof address.address === 'string' ? address.address : '';
  const open = value.lastIndexOf('<');
  if (open >= 0) {
    const close = value.indexOf('>', open);
    value = value.slice(open + 1, close < 0 ? value.length : close);
  }
  value = value.trim();
  if (value.slice(0, 7).toLowerCase() === 'mailto:') value = value.slice(7).trim();
  return normaliseAddress(value);
}

export function sameAddress(a: string | MailAddress, b: string | MailAddress): boolean {
  const key = addressKey(a);
  return key !== '' && key === addressKey(b);
}
