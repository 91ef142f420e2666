// A typed fake of the part of Office.js Rollkoll uses: the mailbox item in compose and read mode
// (recipients get/set/add with Outlook's limits, RecipientsChanged, from, subject, body),
// notificationMessages, displayLanguage, roamingSettings, displayNewMessageForm,
// Office.actions.associate and Office.onReady. Used by the tests and by the playground, where it
// stands in for Outlook. It keeps its state in a FakeMailbox that a page (the playground's compose
// window) can read and change; changes fire RecipientsChanged like Outlook does.
import type { AsyncResultLike, Callback, EmailLike, EmailUserLike } from './office-adapter.js';
import { MAX_PER_CALL, MAX_PER_FIELD } from './office-adapter.js';

export type FakeField = 'to' | 'cc' | 'bcc';
export interface FakeRecipient {
  address: string;
  name?: string;
}
export interface FakeNotification {
  key: string;
  details: Record<string, unknown>;
}
export interface FakeReadMessage {
  from: FakeRecipient;
  to: FakeRecipient[];
  cc: FakeRecipient[];
  subject: string;
  body: string;
}

/** Names of the calls a test can make fail: `to.getAsync`, `body.getAsync`, `from.getAsync`, … */
export type FakeCallName = `${FakeField}.${'getAsync' | 'setAsync' | 'addAsync'}` | 'from.getAsync' | 'subject.getAsync' | 'body.getAsync' | 'notificationMessages';

type Listener = () => void;

export class FakeMailbox {
  mode: 'compose' | 'read' = 'compose';
  displayLanguage = 'sv-SE';
  from: FakeRecipient = { address: '' };
  fields: Record<FakeField, FakeRecipient[]> = { to: [], cc: [], bcc: [] };
  subject = '';
  body = '';
  read: FakeReadMessage | undefined;
  notifications = new Map<string, Record<string, unknown>>();
  roaming = new Map<string, unknown>();
  newMessageForms: Array<Record<string, unknown>> = [];
  /** Calls that fail (status failed) until removed. */
  failing = new Set<FakeCallName>();
  /** Calls that never call back (to test watchdogs). */
  hanging = new Set<FakeCallName>();
  /** Every Office call made, by name (no arguments: the fake records no content either). */
  calls: string[] = [];
  /** Delay of each callback in ms (0: next microtask). */
  latencyMs = 0;
  private listeners = new Set<Listener>();
  private changeHandlers: Array<(args: unknown) => void> = [];

  constructor(init?: Partial<Pick<FakeMailbox, 'mode' | 'displayLanguage' | 'from' | 'subject' | 'body' | 'read'>> & { to?: FakeRecipient[]; cc?: FakeRecipient[]; bcc?: FakeRecipient[] }) {
    if (init) {
      const { to, cc, bcc, ...rest } = init;
      Object.assign(this, rest);
      if (to) this.fields.to = to.slice();
      if (cc) this.fields.cc = cc.slice();
      if (bcc) this.fields.bcc = bcc.slice();
    }
  }

  /** Listen to any change (the playground redraws its compose window). */
  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Change a field as the user would (typing in the compose window): fires RecipientsChanged. */
  setField(field: FakeField, list: FakeRecipient[]): void {
    this.fields[field] = list.slice();
    this.changed([field]);
  }

  setFrom(from: FakeRecipient): void {
    this.from = { ...from };
    this.emit();
  }

  setText(subject: string, body: string): void {
    this.subject = subject;
    this.body = body;
    this.emit();
  }

  onRecipientsChanged(handler: (args: unknown) => void): void {
    this.changeHandlers.push(handler);
  }

  /** Forget the handlers a task pane registered (the playground reloads its pane). */
  clearRecipientHandlers(keep?: (args: unknown) => void): void {
    this.changeHandlers = keep ? this.changeHandlers.filter((h) => h === keep) : [];
  }

  changed(fields: FakeField[]): void {
    const args = {
      type: 'olkRecipientsChanged',
      changedRecipientFields: { to: fields.includes('to'), cc: fields.includes('cc'), bcc: fields.includes('bcc') },
    };
    for (const h of this.changeHandlers.slice()) {
      try {
        h(args);
      } catch {
        /* a handler's error is the handler's */
      }
    }
    this.emit();
  }

  emit(): void {
    for (const fn of Array.from(this.listeners)) fn();
  }

  /** Calls back like Office does: asynchronously, with status and value or error. */
  respond<T>(name: FakeCallName | string, callback: Callback<T> | undefined, value: () => T, check?: () => AsyncResultLike<T>['error'] | undefined): void {
    this.calls.push(name);
    if (this.hanging.has(name as FakeCallName)) return;
    const run = () => {
      if (!callback) {
        if (!this.failing.has(name as FakeCallName) && !(check && check())) value();
        return;
      }
      if (this.failing.has(name as FakeCallName)) {
        callback({ status: 'failed', value: undefined as T, error: { code: 9002, name: 'InternalServerError', message: `${name} failed (fake)` } });
        return;
      }
      const error = check && check();
      if (error) {
        callback({ status: 'failed', value: undefined as T, error });
        return;
      }
      callback({ status: 'succeeded', value: value() });
    };
    if (this.latencyMs > 0) setTimeout(run, this.latencyMs);
    else Promise.resolve().then(run);
  }
}

function emailOf(r: FakeRecipient, recipientType = 'externalUser'): EmailLike {
  return { emailAddress: r.address, displayName: r.name || r.address, recipientType };
}

function normalise(list: Array<string | EmailUserLike>): FakeRecipient[] {
  return list.map((r) => (typeof r === 'string' ? { address: r } : { address: r.emailAddress, name: r.displayName && r.displayName !== r.emailAddress ? r.displayName : undefined }));
}

const tooMany = { code: 9041, name: 'NumberOfRecipientsExceeded', message: 'The number of recipients exceeded 100 entries.' };
const fieldFull = { code: 9041, name: 'NumberOfRecipientsExceeded', message: 'The number of recipients exceeded 500 entries.' };

function recipients(box: FakeMailbox, field: FakeField) {
  return {
    getAsync(a: unknown, b?: unknown) {
      const cb = (typeof a === 'function' ? a : b) as Callback<EmailLike[]>;
      box.respond(`${field}.getAsync`, cb, () => box.fields[field].map((r) => emailOf(r)));
    },
    setAsync(list: Array<string | EmailUserLike>, a?: unknown, b?: unknown) {
      const cb = (typeof a === 'function' ? a : b) as Callback<void> | undefined;
      box.respond(
        `${field}.setAsync`,
        cb,
        () => {
          box.fields[field] = normalise(list);
          box.changed([field]);
        },
        () => (list.length > MAX_PER_CALL ? tooMany : undefined),
      );
    },
    addAsync(list: Array<string | EmailUserLike>, a?: unknown, b?: unknown) {
      const cb = (typeof a === 'function' ? a : b) as Callback<void> | undefined;
      box.respond(
        `${field}.addAsync`,
        cb,
        () => {
          box.fields[field] = box.fields[field].concat(normalise(list));
          box.changed([field]);
        },
        () => (list.length > MAX_PER_CALL ? tooMany : box.fields[field].length + list.length > MAX_PER_FIELD ? fieldFull : undefined),
      );
    },
  };
}

function notificationMessages(box: FakeMailbox) {
  const cbOf = (a: unknown, b: unknown) => (typeof a === 'function' ? a : b) as Callback<void> | undefined;
  return {
    addAsync(key: string, details: Record<string, unknown>, a?: unknown, b?: unknown) {
      box.respond('notificationMessages', cbOf(a, b), () => {
        box.notifications.set(key, details);
        box.emit();
      }, () => (box.notifications.has(key) ? { code: 9000, name: 'DuplicateNotificationKey', message: 'key exists' } : undefined));
    },
    replaceAsync(key: string, details: Record<string, unknown>, a?: unknown, b?: unknown) {
      box.respond('notificationMessages', cbOf(a, b), () => {
        box.notifications.set(key, details);
        box.emit();
      });
    },
    removeAsync(key: string, a?: unknown, b?: unknown) {
      box.respond('notificationMessages', cbOf(a, b), () => {
        box.notifications.delete(key);
        box.emit();
      });
    },
    getAllAsync(a?: unknown, b?: unknown) {
      const cb = (typeof a === 'function' ? a : b) as Callback<Array<Record<string, unknown>>>;
      box.respond('notificationMessages', cb, () => Array.from(box.notifications.entries()).map(([key, d]) => ({ key, ...d })));
    },
  };
}

function composeItem(box: FakeMailbox) {
  return {
    itemType: 'message',
    to: recipients(box, 'to'),
    cc: recipients(box, 'cc'),
    bcc: recipients(box, 'bcc'),
    from: {
      getAsync(a: unknown, b?: unknown) {
        const cb = (typeof a === 'function' ? a : b) as Callback<EmailLike>;
        box.respond('from.getAsync', cb, () => emailOf(box.from, 'user'));
      },
    },
    subject: {
      getAsync(a: unknown, b?: unknown) {
        const cb = (typeof a === 'function' ? a : b) as Callback<string>;
        box.respond('subject.getAsync', cb, () => box.subject);
      },
    },
    body: {
      getAsync(_coercion: string, a: unknown, b?: unknown) {
        const cb = (typeof a === 'function' ? a : b) as Callback<string>;
        box.respond('body.getAsync', cb, () => box.body);
      },
    },
    notificationMessages: notificationMessages(box),
    addHandlerAsync(eventType: string, handler: (args: unknown) => void, a?: unknown, b?: unknown) {
      const cb = (typeof a === 'function' ? a : b) as Callback<void> | undefined;
      box.respond('addHandlerAsync', cb, () => {
        if (eventType === 'olkRecipientsChanged') box.onRecipientsChanged(handler);
      });
    },
  };
}

function readItem(box: FakeMailbox) {
  const m = box.read || { from: { address: '' }, to: [], cc: [], subject: '', body: '' };
  return {
    itemType: 'message',
    itemId: 'fake-item-1',
    from: emailOf(m.from),
    sender: emailOf(m.from),
    to: m.to.map((r) => emailOf(r)),
    cc: m.cc.map((r) => emailOf(r)),
    subject: m.subject,
    body: {
      getAsync(_coercion: string, a: unknown, b?: unknown) {
        const cb = (typeof a === 'function' ? a : b) as Callback<string>;
        box.respond('body.getAsync', cb, () => m.body);
      },
    },
    notificationMessages: notificationMessages(box),
  };
}

export interface FakeOffice {
  context: {
    displayLanguage: string;
    mailbox: {
      item: ReturnType<typeof composeItem> | ReturnType<typeof readItem>;
      userProfile: { emailAddress: string; displayName: string };
      displayNewMessageForm(p: Record<string, unknown>): void;
    };
    roamingSettings: { get(name: string): unknown; set(name: string, value: unknown): void; remove(name: string): void; saveAsync(cb?: Callback<void>): void };
  };
  onReady(cb?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  actions: { associate(name: string, fn: (event: unknown) => void): void; handlers: Map<string, (event: unknown) => void> };
  AsyncResultStatus: { Succeeded: 'succeeded'; Failed: 'failed' };
  CoercionType: { Text: 'text'; Html: 'html' };
  EventType: { RecipientsChanged: 'olkRecipientsChanged' };
  HostType: { Outlook: 'Outlook' };
  MailboxEnums: {
    SendModeOverride: { PromptUser: 'promptUser' };
    ItemNotificationMessageType: { InformationalMessage: 'informationalMessage'; ErrorMessage: 'errorMessage'; InsightMessage: 'insightMessage' };
    ActionType: { ShowTaskPane: 'showTaskPane' };
  };
}

/** An `Office` global over the given mailbox. */
export function createFakeOffice(box: FakeMailbox): FakeOffice {
  const handlers = new Map<string, (event: unknown) => void>();
  let item: FakeOffice['context']['mailbox']['item'] | undefined;
  const context = {
    get displayLanguage() {
      return box.displayLanguage;
    },
    mailbox: {
      get item() {
        if (!item) item = box.mode === 'read' ? readItem(box) : composeItem(box);
        return item;
      },
      get userProfile() {
        return { emailAddress: box.from.address, displayName: box.from.name || box.from.address };
      },
      displayNewMessageForm(p: Record<string, unknown>) {
        box.calls.push('displayNewMessageForm');
        box.newMessageForms.push(p);
        box.emit();
      },
    },
    roamingSettings: {
      get: (name: string) => box.roaming.get(name),
      set: (name: string, value: unknown) => {
        box.roaming.set(name, JSON.parse(JSON.stringify(value)));
      },
      remove: (name: string) => {
        box.roaming.delete(name);
      },
      saveAsync: (cb?: Callback<void>) => box.respond('roamingSettings.saveAsync', cb, () => undefined),
    },
  };
  const info = { host: 'Outlook', platform: 'OfficeOnline' };
  return {
    context: context as FakeOffice['context'],
    onReady(cb) {
      return Promise.resolve().then(() => {
        if (cb) cb(info);
        return info;
      });
    },
    actions: {
      associate(name, fn) {
        handlers.set(name, fn);
      },
      handlers,
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    EventType: { RecipientsChanged: 'olkRecipientsChanged' },
    HostType: { Outlook: 'Outlook' },
    MailboxEnums: {
      SendModeOverride: { PromptUser: 'promptUser' },
      ItemNotificationMessageType: { InformationalMessage: 'informationalMessage', ErrorMessage: 'errorMessage', InsightMessage: 'insightMessage' },
      ActionType: { ShowTaskPane: 'showTaskPane' },
    },
  };
}

/** A launch event whose completion a test can await. */
export function fakeEvent(): { event: { completed(options?: Record<string, unknown>): void }; done: Promise<Record<string, unknown> | undefined>; count: () => number } {
  let resolve!: (v: Record<string, unknown> | undefined) => void;
  let n = 0;
  const done = new Promise<Record<string, unknown> | undefined>((r) => (resolve = r));
  return {
    event: {
      completed(options?: Record<string, unknown>) {
        n++;
        resolve(options);
      },
    },
    done,
    count: () => n,
  };
}
