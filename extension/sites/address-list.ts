// Address lists as webmail writes them in text fields: `a@x.se, Bo Ek <b@y.se>, "Ek, Bo" <c@z.se>;`.
import type { MailAddress, Suggestion } from '../../core/types.js';

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+$/;

export function isAddress(text: string): boolean {
  return ADDRESS.test(text.trim());
}

/** Splits on `,` and `;` outside quotes and angle brackets; tolerant of trailing separators. */
export function parseAddressList(text: string): MailAddress[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = false;
  for (const ch of text) {
    if (ch === '"' && !angle) quoted = !quoted;
    else if (ch === '<' && !quoted) angle = true;
    else if (ch === '>' && !quoted) angle = false;
    if ((ch === ',' || ch === ';') && !quoted && !angle) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  const out: MailAddress[] = [];
  for (const raw of parts) {
    const one = parseOne(raw);
    if (one) out.push(one);
  }
  return out;
}

export function parseOne(raw: string): MailAddress | null {
  const text = raw.trim();
  if (!text) return null;
  const m = /^(.*?)<\s*([^<>]+?)\s*>\s*$/.exec(text);
  if (m) {
    const name = m[1]!.trim().replace(/^"(.*)"$/, '$1').replace(/\\"/g, '"').trim();
    return name ? { address: m[2]!, name } : { address: m[2]! };
  }
  return { address: text.replace(/^mailto:/i, '') };
}

/** One entry in the form webmail accepts: names with specials are quoted. */
export function formatAddress(a: MailAddress): string {
  if (!a.name || a.name === a.address) return a.address;
  const name = /[",;<>@()\\]/.test(a.name) ? `"${a.name.replace(/["\\]/g, '\\$&')}"` : a.name;
  return `${name} <${a.address}>`;
}

export function formatAddressList(list: readonly MailAddress[]): string {
  return list.map(formatAddress).join(', ');
}

const same = (a: string, b: string | undefined) => !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The list of one field after a suggestion (the field the suggestion names; `remove` of the address anywhere it is in `list`). */
export function applyToList(list: readonly MailAddress[], s: Suggestion): MailAddress[] {
  const added: MailAddress = s.name ? { address: s.address, name: s.name } : { address: s.address };
  if (s.action === 'remove') return list.filter((a) => !same(a.address, s.address));
  if (s.action === 'add') return list.some((a) => same(a.address, s.address)) ? [...list] : [...list, added];
  // replace: put the new one where the old one was; never twice.
  const out: MailAddress[] = [];
  let placed = list.some((a) => same(a.address, s.address));
  for (const a of list) {
    if (same(a.address, s.replaces)) {
      if (!placed) out.push(added);
      placed = true;
    } else out.push(a);
  }
  if (!placed) out.push(added);
  return out;
}
