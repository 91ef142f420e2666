// Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com).
//
// Anchored on roles and ARIA labels (Swedish and English), never on generated class names, which
// change with every deployment. Markup relied on (publicly known as of 2024–2025; see
// docs/extension-fixtures.md):
// - A compose view is the nearest `[role=region]`, `[role=dialog]` or `[role=main]` around a subject
//   field `input[aria-label]` labelled “Lägg till ett ämne” / “Add a subject” (or “Ämne”/“Subject”).
//   Several compose views can be open at once (reading pane, pop-outs, drafts as tabs).
// - Recipient wells: `[role=textbox][contenteditable=true]` (or a `[role=combobox]` input) labelled
//   “Till”/“To”, “Kopia”/“Cc”, “Hemlig kopia”/“Bcc”. Each recipient is a chip inside the well with
//   the address in its `title`, `aria-label` or text, and a `[role=button]` labelled “Ta bort …” /
//   “Remove …”. Typing an address and Enter makes a chip.
// - The Cc/Bcc wells exist only after their toggle button (“Kopia”/“Cc”, “Hemlig kopia”/“Bcc”).
// - Sender: a From button labelled “Från”/“From” when shown; else the account manager
//   `#mectrl_currentAccount_secondary`.
// - Body `[role=textbox][contenteditable=true]` labelled “Meddelandetext”/“Message body”; Send
//   `button[aria-label=Skicka|Send]`.
import type { Field, MailAddress, Suggestion } from '../../core/types.js';
import { isAddress, parseOne } from './address-list.js';
import { applyToChips } from './chips.js';
import { editableText, first, observeSubtree, pressKey } from './dom.js';
import type { ComposeSnapshot, ComposeView, SiteAdapter } from './types.js';

const LABELS: Record<Field, string[]> = { to: ['Till', 'To'], cc: ['Kopia', 'Cc'], bcc: ['Hemlig kopia', 'Dold kopia', 'Bcc'] };
const SUBJECT = ['Lägg till ett ämne', 'Add a subject', 'Ämne', 'Subject'];
const BODY = ['Meddelandetext', 'Message body', 'Brödtext'];
const SEND = ['Skicka', 'Send'];
const EMAIL = /[^\s()<>@,;:"]+@[^\s()<>@,;:"]+\.[a-z]{2,}/i;

const byLabel = (tag: string, labels: readonly string[]) => labels.map((l) => `${tag}[aria-label="${l}"]`);

function well(root: Element, f: Field): HTMLElement | null {
  return first(root, [...byLabel('[role=textbox]', LABELS[f]), ...byLabel('[role=combobox]', LABELS[f])]);
}

function chipsOf(w: HTMLElement): Array<{ el: HTMLElement; address: MailAddress }> {
  const out: Array<{ el: HTMLElement; address: MailAddress }> = [];
  for (const el of w.querySelectorAll<HTMLElement>('[title], [aria-label]')) {
    if (el.getAttribute('role') === 'button' && !el.hasAttribute('title')) continue;
    const text = el.getAttribute('title') ?? el.getAttribute('aria-label') ?? '';
    const m = text.match(EMAIL);
    if (!m || out.some((c) => c.el.contains(el))) continue;
    const parsed = parseOne(text);
    const name = parsed && parsed.address === m[0] ? parsed.name : el.textContent?.trim();
    out.push({ el, address: name && name !== m[0] && !EMAIL.test(name) ? { address: m[0], name } : { address: m[0] } });
  }
  return out;
}

/** Text typed into the well that is not a chip yet. */
function pending(w: HTMLElement): MailAddress[] {
  if (w instanceof HTMLInputElement) {
    const one = parseOne(w.value);
    return one && isAddress(one.address) ? [one] : [];
  }
  let text = '';
  for (const node of w.childNodes) if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
  const one = parseOne(text.replace(/[;,]\s*$/, ''));
  return one && isAddress(one.address) ? [one] : [];
}

function readField(root: Element, f: Field): MailAddress[] {
  const w = well(root, f);
  if (!w) return [];
  const list = chipsOf(w).map((c) => c.address);
  for (const p of pending(w)) if (!list.some((a) => a.address.toLowerCase() === p.address.toLowerCase())) list.push(p);
  return list;
}

function readFrom(root: Element): MailAddress | undefined {
  const from = first(root, [...byLabel('button', ['Från', 'From']), ...byLabel('[role=button]', ['Från', 'From'])]);
  const own = from?.textContent?.match(EMAIL) ?? root.ownerDocument.querySelector('#mectrl_currentAccount_secondary')?.textContent?.match(EMAIL);
  return own ? { address: own[0] } : undefined;
}

class OutlookCompose implements ComposeView {
  constructor(readonly root: Element) {}

  read(): ComposeSnapshot {
    const r = this.root;
    return {
      from: readFrom(r),
      to: readField(r, 'to'),
      cc: readField(r, 'cc'),
      bcc: readField(r, 'bcc'),
      subject: first<HTMLInputElement>(r, byLabel('input', SUBJECT))?.value ?? '',
      body: editableText(first(r, byLabel('[role=textbox][contenteditable=true]', BODY))),
    };
  }

  private remove(address: string): void {
    for (const f of ['to', 'cc', 'bcc'] as const) {
      const w = well(this.root, f);
      if (!w) continue;
      for (const chip of chipsOf(w)) {
        if (chip.address.address.toLowerCase() !== address.toLowerCase()) continue;
        const button = chip.el.querySelector<HTMLElement>('[role=button]') ?? chip.el.parentElement?.querySelector<HTMLElement>('[role=button]');
        if (button) button.click();
        else chip.el.remove();
      }
    }
  }

  private add(f: Field, a: MailAddress): void {
    let w = well(this.root, f);
    if (!w && f !== 'to') {
      first(this.root, [...byLabel('button', LABELS[f]), ...byLabel('[role=button]', LABELS[f])])?.click();
      w = well(this.root, f);
    }
    if (!w) return;
    w.focus();
    if (w instanceof HTMLInputElement) {
      w.value = a.address;
      w.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      const sel = w.ownerDocument.getSelection();
      sel?.selectAllChildren(w);
      sel?.collapseToEnd();
      if (!w.ownerDocument.execCommand('insertText', false, a.address)) w.append(a.address);
    }
    pressKey(w, 'Enter');
  }

  apply(s: Suggestion): void {
    applyToChips({ read: (f) => readField(this.root, f), add: (f, a) => this.add(f, a), remove: (a) => this.remove(a) }, s);
  }

  observe(onChange: () => void): () => void {
    return observeSubtree(this.root, onChange);
  }

  sendButton(): HTMLElement | null {
    return first(this.root, [...byLabel('button', SEND), ...byLabel('[role=button]', SEND)]);
  }

  panelSlot(): { parent: Element; before: Node | null } | null {
    const body = first(this.root, byLabel('[role=textbox][contenteditable=true]', BODY));
    return body?.parentElement ? { parent: body.parentElement, before: body } : { parent: this.root, before: null };
  }
}

export const outlookWeb: SiteAdapter = {
  id: 'outlook-web',
  detect: (doc) => /(^|\.)outlook\.(office|office365|live)\.com$/.test(doc.location.hostname),
  findComposeViews(doc) {
    const roots = new Set<Element>();
    for (const subject of doc.querySelectorAll(byLabel('input', SUBJECT).join(', '))) {
      const root = subject.closest('[role=region], [role=dialog], [role=main]');
      if (root) roots.add(root);
    }
    return [...roots].map((r) => new OutlookCompose(r));
  },
};
