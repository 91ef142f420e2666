// One shape for every message, whatever wrote it (the CLI's JSON file, an .eml, an adapter):
// parsed addresses, strings for subject and body. Bad parts become problems with a path; never throws.
import type { InputProblem, Lang, MailAddress, MessageInput } from '../types.js';
import { FIELDS } from '../types.js';
import { parseAddressList } from './addresses.js';

export interface NormalisedMessage {
  /** `{ address: '' }` when the message has no usable sender (a problem says so). */
  from: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  subject: string;
  body: string;
}

const TEXT = {
  notObject: { sv: 'Meddelandet är inte ett objekt med from, to, cc, bcc, subject och body', en: 'The message is not an object with from, to, cc, bcc, subject and body' },
  noFrom: { sv: 'from: avsändare saknas', en: 'from: the sender is missing' },
  severalFrom: { sv: 'from: flera adresser, den första används', en: 'from: several addresses, the first is used' },
  notList: { sv: 'är inte en lista med adresser', en: 'is not a list of addresses' },
  notText: { sv: 'är inte text', en: 'is not text' },
};

function say(key: keyof typeof TEXT, lang: Lang): string {
  return TEXT[key][lang === 'en' ? 'en' : 'sv'];
}

function emptyMessage(): NormalisedMessage {
  return { from: { address: '' }, to: [], cc: [], bcc: [], subject: '', body: '' };
}

/** Reads a message; `input` may be anything (a parsed JSON file is not checked yet). */
export function normaliseMessage(input: MessageInput | unknown, lang: Lang = 'sv'): { message: NormalisedMessage; problems: InputProblem[] } {
  const message = emptyMessage();
  const problems: InputProblem[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    problems.push({ path: '', message: say('notObject', lang) });
    return { message, problems };
  }
  const record = input as { [key: string]: unknown };

  const from = parseAddressList(record.from, lang);
  for (const p of from.problems) problems.push({ path: 'from', message: 'from: ' + p.message });
  if (from.addresses.length > 0) message.from = from.addresses[0] as MailAddress;
  else if (from.problems.length === 0) problems.push({ path: 'from', message: say('noFrom', lang) });
  if (from.addresses.length > 1) problems.push({ path: 'from', message: say('severalFrom', lang) });

  for (const field of FIELDS) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' && typeof value !== 'object') {
      problems.push({ path: field, message: `${field} ${say('notList', lang)}` });
      continue;
    }
    const list = parseAddressList(value, lang);
    message[field] = list.addresses;
    for (const p of list.problems) {
      const path = Array.isArray(value) ? `${field}[${p.index}]` : field;
      problems.push({ path, message: `${path}: ${p.message}` });
    }
  }

  for (const key of ['subject', 'body'] as const) {
    const value = record[key];
    if (typeof value === 'string') message[key] = value;
    else if (value !== undefined && value !== null) problems.push({ path: key, message: `${key} ${say('notText', lang)}` });
  }
  return { message, problems };
}
