// The Office adapter against the typed fake of Office: reading, each kind of fix, recipient limits.
import { describe, expect, it } from 'vitest';
import { FakeMailbox, createFakeOffice, type FakeRecipient } from '../../../outlook-addin/src/fake-office.js';
import {
  MAX_PER_CALL,
  OfficeCallError,
  RecipientLimitError,
  applySuggestionToItem,
  getRecipients,
  isComposeItem,
  langFrom,
  readCompose,
  readReceived,
  type ComposeItemLike,
  type ReadItemLike,
} from '../../../outlook-addin/src/office-adapter.js';

const erik = { address: 'erik.sundqvist@kungsor.se', name: 'Erik Sundqvist' };
const anders = { address: 'anders.nordin@kungsor.se', name: 'Anders Nordin' };
const lena = { address: 'lena.bjork@kungsor.se', name: 'Lena Björk' };

function setup(init: ConstructorParameters<typeof FakeMailbox>[0] = {}) {
  const box = new FakeMailbox({ from: { address: 'karin.oberg@kungsor.se', name: 'Karin Öberg' }, ...init });
  const office = createFakeOffice(box);
  return { box, office, item: office.context.mailbox.item as unknown as ComposeItemLike };
}

const many = (n: number, prefix = 'p'): FakeRecipient[] => Array.from({ length: n }, (_, i) => ({ address: `${prefix}${i}@example.org` }));

describe('reading a message being composed', () => {
  it('reads from, to, cc, bcc, subject and body', async () => {
    const { item, office } = setup({ to: [erik], cc: [lena], bcc: [anders], subject: 'Hej', body: 'Text' });
    expect(isComposeItem(item)).toBe(true);
    const m = await readCompose(item, office.context.mailbox);
    expect(m).toEqual({
      from: { address: 'karin.oberg@kungsor.se', name: 'Karin Öberg' },
      to: [erik],
      cc: [lena],
      bcc: [anders],
      subject: 'Hej',
      body: 'Text',
    });
  });

  it('falls back to the user profile when item.from fails', async () => {
    const { item, office, box } = setup({ to: [erik] });
    box.failing.add('from.getAsync');
    const m = await readCompose(item, office.context.mailbox, false);
    expect(m.from).toEqual({ address: 'karin.oberg@kungsor.se', name: 'Karin Öberg' });
    expect(m.subject).toBeUndefined();
  });

  it('reads subject and body as empty when those calls fail, but recipients must succeed', async () => {
    const { item, office, box } = setup({ to: [erik], subject: 'S', body: 'B' });
    box.failing.add('body.getAsync');
    const m = await readCompose(item, office.context.mailbox);
    expect(m.body).toBe('');
    box.failing.add('to.getAsync');
    await expect(readCompose(item, office.context.mailbox)).rejects.toBeInstanceOf(OfficeCallError);
  });

  it('keeps a display name that holds markup as plain data', async () => {
    const { item } = setup({ to: [{ address: 'x@kungsor.se', name: '<img src=x onerror=alert(1)>' }] });
    expect(await getRecipients(item, 'to')).toEqual([{ address: 'x@kungsor.se', name: '<img src=x onerror=alert(1)>' }]);
  });

  it('reads a received message', async () => {
    const box = new FakeMailbox({ mode: 'read', read: { from: { address: 'johanna.vik@vlt.se', name: 'Johanna Vik' }, to: [anders], cc: [], subject: 'Fråga', body: 'Varför?' } });
    const item = createFakeOffice(box).context.mailbox.item as unknown as ReadItemLike;
    expect(isComposeItem(item)).toBe(false);
    expect(await readReceived(item)).toEqual({ from: { address: 'johanna.vik@vlt.se', name: 'Johanna Vik' }, to: [anders], cc: [], subject: 'Fråga', body: 'Varför?' });
  });
});

describe('applying fixes through Office.js', () => {
  it('replace puts the new address where the old one stood (setAsync)', async () => {
    const { item, box } = setup({ to: [lena, erik, { address: 'z@kungsor.se' }] });
    expect(await applySuggestionToItem(item, { action: 'replace', field: 'to', address: anders.address, name: anders.name, replaces: erik.address })).toBe(true);
    expect(box.fields.to).toEqual([lena, anders, { address: 'z@kungsor.se' }]);
    expect(box.calls).toContain('to.setAsync');
  });

  it('replace with an address already present only removes the old one', async () => {
    const { item, box } = setup({ to: [anders, erik] });
    await applySuggestionToItem(item, { action: 'replace', field: 'to', address: anders.address, replaces: 'ERIK.SUNDQVIST@kungsor.se' });
    expect(box.fields.to).toEqual([anders]);
  });

  it('add uses addAsync and leaves the field otherwise untouched; twice is a no-op', async () => {
    const { item, box } = setup({ to: [erik] });
    expect(await applySuggestionToItem(item, { action: 'add', field: 'cc', address: lena.address, name: lena.name })).toBe(true);
    expect(box.fields.cc).toEqual([lena]);
    expect(box.calls).toContain('cc.addAsync');
    expect(box.calls).not.toContain('cc.setAsync');
    expect(await applySuggestionToItem(item, { action: 'add', field: 'cc', address: lena.address })).toBe(false);
    expect(box.fields.cc).toEqual([lena]);
  });

  it('remove takes the address out of its field only', async () => {
    const { item, box } = setup({ to: [erik, anders], bcc: [anders] });
    expect(await applySuggestionToItem(item, { action: 'remove', field: 'to', address: anders.address })).toBe(true);
    expect(box.fields.to).toEqual([erik]);
    expect(box.fields.bcc).toEqual([anders]);
    expect(await applySuggestionToItem(item, { action: 'remove', field: 'to', address: anders.address })).toBe(false);
  });

  it('a fix fires RecipientsChanged, as Outlook does', async () => {
    const { item, box } = setup({ to: [erik] });
    let fired = 0;
    box.onRecipientsChanged(() => fired++);
    await applySuggestionToItem(item, { action: 'add', field: 'to', address: anders.address });
    expect(fired).toBe(1);
  });

  it('a failing Office call is reported, not swallowed', async () => {
    const { item, box } = setup({ to: [erik] });
    box.failing.add('to.setAsync');
    await expect(applySuggestionToItem(item, { action: 'replace', field: 'to', address: anders.address, replaces: erik.address })).rejects.toBeInstanceOf(OfficeCallError);
    expect(box.fields.to).toEqual([erik]);
  });
});

describe('recipient limits', () => {
  it('rewrites a field of more than 100 recipients in chunks of at most 100', async () => {
    const list = [...many(150), erik, ...many(99, 'q')];
    const { item, box } = setup({ to: list });
    await applySuggestionToItem(item, { action: 'replace', field: 'to', address: anders.address, replaces: erik.address });
    expect(box.fields.to).toHaveLength(250);
    expect(box.fields.to[150]).toEqual({ address: anders.address });
    expect(box.fields.to.some((r) => r.address === erik.address)).toBe(false);
    expect(box.calls.filter((c) => c === 'to.setAsync')).toHaveLength(1);
    expect(box.calls.filter((c) => c === 'to.addAsync')).toHaveLength(2);
  });

  it('the fake enforces Office.js limits (100 per call)', async () => {
    const { item } = setup();
    await expect(new Promise((res, rej) => item.to.setAsync(many(MAX_PER_CALL + 1).map((r) => r.address), (r) => (r.status === 'succeeded' ? res(r) : rej(r.error))))).rejects.toMatchObject({ name: 'NumberOfRecipientsExceeded' });
  });

  it('refuses to add to a field that already holds 500 recipients', async () => {
    const { item, box } = setup({ cc: many(500) });
    await expect(applySuggestionToItem(item, { action: 'add', field: 'cc', address: anders.address })).rejects.toBeInstanceOf(RecipientLimitError);
    expect(box.fields.cc).toHaveLength(500);
  });
});

describe('language', () => {
  it('English for any English display language, Swedish otherwise', () => {
    expect(langFrom('en-US')).toBe('en');
    expect(langFrom('en-GB')).toBe('en');
    expect(langFrom('sv-SE')).toBe('sv');
    expect(langFrom('fi-FI')).toBe('sv');
    expect(langFrom(undefined)).toBe('sv');
  });
});
