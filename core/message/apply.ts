// Applying one suggestion (a concrete recipient change) to a message. Pure: returns a new message,
// and applying the same suggestion again changes nothing.
import type { Field, MailAddress, MessageInput, Suggestion } from '../types.js';
import { FIELDS } from '../types.js';
import { addressKey, parseAddressList } from './addresses.js';

type Entry = string | MailAddress;

/** A field's entries, one address each (a string holding a list is split; anything unreadable kept as is). */
function entriesOf(value: unknown): Entry[] {
  const list: unknown[] = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  const out: Entry[] = [];
  for (const item of list) {
    if (typeof item === 'string') {
      const parsed = parseAddressList(item);
      if (parsed.addresses.length > 1 && parsed.problems.length === 0) for (const a of parsed.addresses) out.push(a);
      else out.push(item);
    } else out.push(item as Entry);
  }
  return out;
}

function keyOf(entry: Entry): string {
  return addressKey(entry);
}

function newEntry(s: Suggestion): Entry {
  return s.name ? { address: s.address, name: s.name } : s.address;
}

export function applySuggestion(input: MessageInput, s: Suggestion): MessageInput {
  // Defensive: adapters may hand over what they read as it is.
  const message: MessageInput = typeof input === 'object' && input !== null ? input : { from: '' };
  const fields: { [F in Field]: Entry[] } = { to: entriesOf(message.to), cc: entriesOf(message.cc), bcc: entriesOf(message.bcc) };
  const target = addressKey(s.address);
  const present = (key: string): boolean => FIELDS.some((f) => fields[f].some((e) => keyOf(e) === key));
  const removeEverywhere = (key: string): void => {
    for (const f of FIELDS) fields[f] = fields[f].filter((e) => keyOf(e) !== key);
  };
  const touched = new Set<Field>();

  if (s.action === 'add') {
    if (target !== '' && !present(target)) {
      fields[s.field].push(newEntry(s));
      touched.add(s.field);
    }
  } else if (s.action === 'remove') {
    // Every copy goes: a copy left in another field would keep the finding (and a second
    // application would then change the message again).
    for (const f of FIELDS) {
      const before = fields[f].length;
      fields[f] = fields[f].filter((e) => keyOf(e) !== target);
      if (fields[f].length !== before) touched.add(f);
    }
  } else if (s.action === 'replace') {
    const old = addressKey(s.replaces ?? '');
    if (old !== '' && old !== target) {
      const holding = FIELDS.filter((f) => fields[f].some((e) => keyOf(e) === old));
      if (target !== '' && present(target)) {
        // The new one is already there: only take the old one out.
        removeEverywhere(old);
        for (const f of holding) touched.add(f);
      } else if (holding.length > 0) {
        // In its own field where it stands, else where it is found first; other copies go.
        const home = holding.indexOf(s.field) >= 0 ? s.field : (holding[0] as Field);
        const position = fields[home].findIndex((e) => keyOf(e) === old);
        removeEverywhere(old);
        if (target !== '') fields[home].splice(position, 0, newEntry(s));
        for (const f of holding) touched.add(f);
      } else if (target !== '') {
        // The old one is gone already; make sure the new one is there.
        fields[s.field].push(newEntry(s));
        touched.add(s.field);
      }
    }
  }

  const result: MessageInput = { ...message };
  for (const f of FIELDS) {
    if (touched.has(f) || Array.isArray(message[f])) result[f] = fields[f].slice();
  }
  return result;
}
