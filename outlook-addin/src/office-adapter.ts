// The Office adapter: everything the add-in reads from or writes to Outlook goes through here.
// It is typed against the small part of Office.js it uses (the `*Like` interfaces), so the real
// `Office.context.mailbox.item` and the fake in ./fake-office.ts both fit. No DOM, no core import
// beyond types: the launch-event bundle uses it too and must stay small and ES2016-safe.
import type { Field, MailAddress, MessageInput, Suggestion } from '../../core/types.js';

export interface AsyncErrorLike {
  code?: number | string;
  name?: string;
  message: string;
}
export interface AsyncResultLike<T> {
  status: 'succeeded' | 'failed' | string;
  value: T;
  error?: AsyncErrorLike;
}
export type Callback<T> = (result: AsyncResultLike<T>) => void;

export interface EmailLike {
  emailAddress: string;
  displayName?: string;
  recipientType?: string;
}
/** What setAsync/addAsync take (Office.EmailUser). */
export interface EmailUserLike {
  emailAddress: string;
  displayName: string;
}

export interface RecipientsLike {
  getAsync(callback: Callback<EmailLike[]>): void;
  setAsync(recipients: Array<string | EmailUserLike>, callback: Callback<void>): void;
  addAsync(recipients: Array<string | EmailUserLike>, callback: Callback<void>): void;
}

export interface NotificationMessagesLike {
  addAsync(key: string, details: Record<string, unknown>, callback?: Callback<void>): void;
  replaceAsync(key: string, details: Record<string, unknown>, callback?: Callback<void>): void;
  removeAsync(key: string, callback?: Callback<void>): void;
}

export interface ComposeItemLike {
  to: RecipientsLike;
  cc: RecipientsLike;
  bcc: RecipientsLike;
  from?: { getAsync(callback: Callback<EmailLike>): void };
  subject: { getAsync(callback: Callback<string>): void };
  body: { getAsync(coercionType: string, callback: Callback<string>): void };
  notificationMessages?: NotificationMessagesLike;
  addHandlerAsync?(eventType: string, handler: (args: unknown) => void, callback?: Callback<void>): void;
}

export interface ReadItemLike {
  from?: EmailLike;
  sender?: EmailLike;
  to?: EmailLike[];
  cc?: EmailLike[];
  subject?: string;
  itemId?: string;
  body: { getAsync(coercionType: string, callback: Callback<string>): void };
}

export interface MailboxLike {
  item?: unknown;
  userProfile?: { emailAddress: string; displayName?: string };
  displayNewMessageForm?(parameters: { toRecipients?: Array<string | EmailUserLike>; ccRecipients?: Array<string | EmailUserLike>; subject?: string; htmlBody?: string }): void;
}

/** Recipient limits of Office.js: at most 100 recipients per setAsync/addAsync call; 500 per field. */
export const MAX_PER_CALL = 100;
export const MAX_PER_FIELD = 500;

export class OfficeCallError extends Error {
  constructor(
    message: string,
    readonly code?: number | string,
  ) {
    super(message);
    this.name = 'OfficeCallError';
  }
}

export class RecipientLimitError extends Error {
  constructor(readonly field: Field) {
    super(`recipient limit reached in ${field}`);
    this.name = 'RecipientLimitError';
  }
}

function call<T>(run: (cb: Callback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      run((result) => {
        if (result && result.status === 'succeeded') resolve(result.value);
        else {
          const error = result && result.error;
          reject(new OfficeCallError((error && error.message) || 'Office call failed', error && error.code));
        }
      });
    } catch (e) {
      reject(e instanceof Error ? e : new OfficeCallError(String(e)));
    }
  });
}

export function isComposeItem(item: unknown): item is ComposeItemLike {
  const i = item as ComposeItemLike | undefined;
  return !!i && typeof i.to === 'object' && i.to !== null && typeof (i.to as RecipientsLike).getAsync === 'function';
}

function toMail(e: EmailLike): MailAddress {
  const address = String(e.emailAddress || '').trim();
  const name = e.displayName && e.displayName !== address ? e.displayName : undefined;
  return name ? { address, name } : { address };
}

export async function getRecipients(item: ComposeItemLike, field: Field): Promise<MailAddress[]> {
  const list = await call<EmailLike[]>((cb) => item[field].getAsync(cb));
  return (list || []).filter((e) => e && e.emailAddress).map(toMail);
}

export async function getFrom(item: ComposeItemLike, mailbox?: MailboxLike): Promise<MailAddress | undefined> {
  // item.from (Mailbox 1.7) names a shared mailbox or a delegate; userProfile is the fallback.
  if (item.from && typeof item.from.getAsync === 'function') {
    try {
      const from = await call<EmailLike>((cb) => item.from!.getAsync(cb));
      if (from && from.emailAddress) return toMail(from);
    } catch {
      /* fall through */
    }
  }
  const p = mailbox && mailbox.userProfile;
  return p && p.emailAddress ? toMail({ emailAddress: p.emailAddress, displayName: p.displayName }) : undefined;
}

/** Reads a message being composed. `withText` reads subject and body too (the content rules need them). */
export async function readCompose(item: ComposeItemLike, mailbox?: MailboxLike, withText = true): Promise<MessageInput> {
  const [from, to, cc, bcc] = await Promise.all([
    getFrom(item, mailbox),
    getRecipients(item, 'to'),
    getRecipients(item, 'cc'),
    getRecipients(item, 'bcc'),
  ]);
  const message: MessageInput = { from: from || '', to, cc, bcc };
  if (withText) {
    const [subject, body] = await Promise.all([
      call<string>((cb) => item.subject.getAsync(cb)).catch(() => ''),
      call<string>((cb) => item.body.getAsync('text', cb)).catch(() => ''),
    ]);
    message.subject = subject || '';
    message.body = body || '';
  }
  return message;
}

/** Reads a received message (read mode). */
export async function readReceived(item: ReadItemLike): Promise<MessageInput> {
  const body = await call<string>((cb) => item.body.getAsync('text', cb)).catch(() => '');
  const from = item.from || item.sender;
  return {
    from: from ? toMail(from) : '',
    to: (item.to || []).filter((e) => e && e.emailAddress).map(toMail),
    cc: (item.cc || []).filter((e) => e && e.emailAddress).map(toMail),
    subject: item.subject || '',
    body: body || '',
  };
}

const same = (a: string, b: string | undefined) => !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

function toUser(m: MailAddress): EmailUserLike {
  return { emailAddress: m.address, displayName: m.name || m.address };
}

/** setAsync with more than 100 recipients: set the first 100, then add the rest 100 at a time. */
async function setField(item: ComposeItemLike, field: Field, list: MailAddress[]): Promise<void> {
  if (list.length > MAX_PER_FIELD) throw new RecipientLimitError(field);
  const users = list.map(toUser);
  await call<void>((cb) => item[field].setAsync(users.slice(0, MAX_PER_CALL), cb));
  for (let i = MAX_PER_CALL; i < users.length; i += MAX_PER_CALL) {
    const chunk = users.slice(i, i + MAX_PER_CALL);
    await call<void>((cb) => item[field].addAsync(chunk, cb));
  }
}

/**
 * Applies one suggestion to the open message through Office.js: `add` uses addAsync (nothing else in
 * the field is touched), `replace` and `remove` rewrite the field with setAsync. Returns false when
 * there was nothing to do (already applied).
 */
export async function applySuggestionToItem(item: ComposeItemLike, s: Suggestion): Promise<boolean> {
  const current = await getRecipients(item, s.field);
  if (s.action === 'add') {
    if (current.some((r) => same(r.address, s.address))) return false;
    if (current.length + 1 > MAX_PER_FIELD) throw new RecipientLimitError(s.field);
    const user = toUser({ address: s.address, name: s.name });
    await call<void>((cb) => item[s.field].addAsync([user], cb));
    return true;
  }
  if (s.action === 'remove') {
    const next = current.filter((r) => !same(r.address, s.address));
    if (next.length === current.length) return false;
    await setField(item, s.field, next);
    return true;
  }
  // replace: put the new address where the old one stood; if it is already there, only remove the old.
  const next: MailAddress[] = [];
  let changed = false;
  const present = current.some((r) => same(r.address, s.address));
  for (const r of current) {
    if (same(r.address, s.replaces)) {
      changed = true;
      if (!present) next.push({ address: s.address, name: s.name });
    } else next.push(r);
  }
  if (!changed) {
    // The old address is gone (the user changed it meanwhile): add the new one if missing.
    if (present) return false;
    next.push({ address: s.address, name: s.name });
  }
  await setField(item, s.field, next);
  return true;
}

/** Office display language → the product's language: English for any `en-*`, Swedish otherwise. */
export function langFrom(displayLanguage: string | undefined): 'sv' | 'en' {
  return /^en\b/i.test(displayLanguage || '') ? 'en' : 'sv';
}
