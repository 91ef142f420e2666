// Gmail (mail.google.com), without any third-party SDK.
//
// Markup relied on (publicly known from Gmail's compose as of 2024–2025; see
// docs/extension-fixtures.md for how the fixture is refreshed when Google changes it):
// - Every compose (pop-up, full screen, inline reply) has `input[name=subjectbox]` inside a `form`;
//   the view's root is the nearest `[role=dialog]` or `[role=region]` around that form, else the form.
// - Recipients: one container per field, `[name=to]`, `[name=cc]`, `[name=bcc]`, holding chips
//   `[data-hovercard-id]` (the address; display name in `data-name` or the chip's text), each with a
//   remove button `[role=button][aria-label]` inside, and a `input[role=combobox]` to type in
//   (Gmail makes a chip on Enter, comma or blur).
// - The Cc/Bcc rows are hidden until their toggle (`[role=link]` whose label names Cc/Kopia,
//   Bcc/Hemlig kopia) is clicked.
// - Sender: `input[name=from]` (hidden) when the account has several addresses; otherwise the
//   Google account button's `aria-label` (“Google-konto: Namn (adress)”).
// - Body `[contenteditable=true][role=textbox]`, Send `[role=button][data-tooltip^=Send|Skicka]`.
import type { Field, MailAddress, Suggestion } from '../../core/types.js';
import { isAddress, parseOne } from './address-list.js';
import { applyToChips } from './chips.js';
import { editableText, observeSubtree, pressKey, setFieldValue } from './dom.js';
import type { ComposeSnapshot, ComposeView, SiteAdapter } from './types.js';

const TOGGLE_LABEL: Record<Field, RegExp> = { to: /^$/, cc: /^(cc|kopia)\b/i, bcc: /^(bcc|hemlig kopia|dold kopia)\b/i };
const EMAIL_IN_TEXT = /[^\s()<>@,;:"]+@[^\s()<>@,;:"]+\.[a-z]{2,}/i;

function container(root: Element, f: Field): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[name="${f}"]:not(input):not(textarea)`);
}

function chips(root: Element, f: Field): HTMLElement[] {
  const c = container(root, f);
  return c ? [...c.querySelectorAll<HTMLElement>('[data-hovercard-id]')].filter((el) => isAddress(el.dataset.hovercardId ?? '')) : [];
}

function chipAddress(el: HTMLElement): MailAddress {
  const address = el.dataset.hovercardId!.trim();
  const name = el.dataset.name?.trim() || el.querySelector('[data-name]')?.getAttribute('data-name')?.trim();
  return name && name !== address ? { address, name } : { address };
}

function typed(root: Element, f: Field): MailAddress[] {
  const input = container(root, f)?.querySelector<HTMLInputElement>('input[role=combobox], input[type=text], input:not([type])');
  const one = input ? parseOne(input.value) : null;
  return one && isAddress(one.address) ? [one] : [];
}

function readField(root: Element, f: Field): MailAddress[] {
  const list = chips(root, f).map(chipAddress);
  for (const t of typed(root, f)) if (!list.some((a) => a.address.toLowerCase() === t.address.toLowerCase())) list.push(t);
  return list;
}

function readFrom(root: Element): MailAddress | undefined {
  const hidden = root.querySelector<HTMLInputElement>('input[name=from]')?.value;
  if (hidden && isAddress(hidden)) return { address: hidden };
  const account = root.ownerDocument.querySelector('a[aria-label*="@"][href*="accounts.google"], [aria-label^="Google"][aria-label*="@"]');
  const m = account?.getAttribute('aria-label')?.match(EMAIL_IN_TEXT);
  return m ? { address: m[0] } : undefined;
}

function isShown(el: HTMLElement | null): boolean {
  return !!el && el.offsetParent !== null && getComputedStyle(el).visibility !== 'hidden';
}

class GmailCompose implements ComposeView {
  constructor(readonly root: Element) {}

  read(): ComposeSnapshot {
    const r = this.root;
    return {
      from: readFrom(r),
      to: readField(r, 'to'),
      cc: readField(r, 'cc'),
      bcc: readField(r, 'bcc'),
      subject: r.querySelector<HTMLInputElement>('input[name=subjectbox]')?.value ?? '',
      body: editableText(r.querySelector('[contenteditable=true][role=textbox], [g_editable=true]')),
    };
  }

  private removeChip(address: string): void {
    for (const f of ['to', 'cc', 'bcc'] as const) {
      for (const chip of chips(this.root, f)) {
        if (chip.dataset.hovercardId!.toLowerCase() !== address.toLowerCase()) continue;
        const button = chip.querySelector<HTMLElement>('[role=button][aria-label]');
        if (button) {
          button.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
          button.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
          button.click();
        } else chip.remove();
      }
    }
  }

  private addChip(f: Field, a: MailAddress): void {
    let c = container(this.root, f);
    if (f !== 'to' && !isShown(c)) {
      const toggle = [...this.root.querySelectorAll<HTMLElement>('[role=link]')].find((el) => TOGGLE_LABEL[f].test(el.textContent?.trim() ?? ''));
      toggle?.click();
      c = container(this.root, f);
    }
    const input = c?.querySelector<HTMLInputElement>('input[role=combobox], input[type=text], input:not([type])');
    if (!input) return;
    input.focus();
    setFieldValue(input, a.address);
    pressKey(input, 'Enter');
    input.dispatchEvent(new FocusEvent('blur'));
  }

  apply(s: Suggestion): void {
    applyToChips({ read: (f) => readField(this.root, f), add: (f, a) => this.addChip(f, a), remove: (a) => this.removeChip(a) }, s);
  }

  observe(onChange: () => void): () => void {
    return observeSubtree(this.root, onChange);
  }

  sendButton(): HTMLElement | null {
    return [...this.root.querySelectorAll<HTMLElement>('[role=button][data-tooltip]')].find((b) => /^(send|skicka)\b/i.test(b.dataset.tooltip ?? '')) ?? null;
  }

  panelSlot(): { parent: Element; before: Node | null } | null {
    const body = this.root.querySelector('[contenteditable=true][role=textbox], [g_editable=true]');
    const subject = this.root.querySelector('input[name=subjectbox]');
    const anchor = body?.parentElement ?? subject?.closest('form');
    return anchor?.parentElement ? { parent: anchor.parentElement, before: anchor } : null;
  }
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  detect: (doc) => doc.location.hostname === 'mail.google.com',
  findComposeViews(doc) {
    const views: ComposeView[] = [];
    for (const subject of doc.querySelectorAll('form input[name=subjectbox]')) {
      const form = subject.closest('form')!;
      views.push(new GmailCompose(form.closest('[role=dialog], [role=region]') ?? form));
    }
    return views;
  },
};
