// Roundcube 1.6 (Elastic skin; Larry has the same fields).
//
// Markup relied on (see docs/extension-fixtures.md):
// - compose form `form[name=form]` holding `textarea#_to` (also `#_cc`, `#_bcc`) right before a
//   `ul.recipient-input` widget. The hidden textareas are the canonical value
//   (`a@x.se, Bo Ek <b@y.se>, `); the widget updates them only on a separator, blur or paste and
//   fires no events on them, so changes are observed with a MutationObserver on the widget.
// - To change recipients: set the textarea's value and fire `change`; Roundcube rebuilds the chips
//   from it (and a non-empty `_cc`/`_bcc` shows its hidden row).
// - The text typed but not yet turned into a chip: `ul.recipient-input li.input input`.
// - Sender `select#_from` (option text `Name <address>`), subject `input#compose-subject`
//   (name `_subject`), body `textarea#composebody`, Send `button.btn.btn-primary.send`.
// Detected by this markup, not by host name: Roundcube runs on any host.
import type { Field, MailAddress, Suggestion } from '../../core/types.js';
import { applyToList, formatAddressList, isAddress, parseAddressList, parseOne } from './address-list.js';
import { observeSubtree } from './dom.js';
import type { ComposeSnapshot, ComposeView, SiteAdapter } from './types.js';

const FIELD_ID: Record<Field, string> = { to: '_to', cc: '_cc', bcc: '_bcc' };

function composeForm(doc: Document): HTMLFormElement | null {
  const to = doc.querySelector<HTMLTextAreaElement>('form textarea#_to');
  if (!to || !to.nextElementSibling?.matches('ul.recipient-input')) return null;
  return to.form;
}

function field(form: HTMLFormElement, f: Field): HTMLTextAreaElement | HTMLInputElement | null {
  return form.querySelector<HTMLTextAreaElement | HTMLInputElement>(`#${FIELD_ID[f]}`);
}

function pendingInput(el: Element | null): HTMLInputElement | null {
  const ul = el?.nextElementSibling;
  return ul?.matches('ul.recipient-input') ? ul.querySelector<HTMLInputElement>('li.input input') : null;
}

/** The committed addresses plus what is typed and looks like an address. */
export function readField(form: HTMLFormElement, f: Field): MailAddress[] {
  const el = field(form, f);
  if (!el) return [];
  const list = parseAddressList(el.value);
  const typed = pendingInput(el)?.value.trim() ?? '';
  for (const t of parseAddressList(typed)) if (isAddress(t.address) && !list.some((a) => a.address === t.address)) list.push(t);
  return list;
}

function readFrom(form: HTMLFormElement): MailAddress | undefined {
  const select = form.querySelector<HTMLSelectElement>('select#_from');
  const text = select?.selectedOptions[0]?.textContent?.trim();
  if (!text) return undefined;
  const one = parseOne(text);
  return one && isAddress(one.address) ? one : undefined;
}

class RoundcubeCompose implements ComposeView {
  constructor(readonly root: HTMLFormElement) {}

  read(): ComposeSnapshot {
    const f = this.root;
    return {
      from: readFrom(f),
      to: readField(f, 'to'),
      cc: readField(f, 'cc'),
      bcc: readField(f, 'bcc'),
      subject: f.querySelector<HTMLInputElement>('#compose-subject, input[name=_subject]')?.value ?? '',
      body: f.querySelector<HTMLTextAreaElement>('textarea#composebody')?.value ?? '',
    };
  }

  apply(s: Suggestion): void {
    const fields: Field[] = s.action === 'add' ? [s.field] : ['to', 'cc', 'bcc'];
    for (const f of fields) {
      const el = field(this.root, f);
      if (!el) continue;
      const target = s.action === 'remove' ? s.address : s.action === 'replace' ? s.replaces : undefined;
      const input = pendingInput(el);
      const current = readField(this.root, f);
      const holds = target ? current.some((a) => a.address.toLowerCase() === target.toLowerCase()) : true;
      if (!holds) continue;
      if (input && target && input.value.trim().toLowerCase().includes(target.toLowerCase())) input.value = '';
      const next = applyToList(current, s);
      el.value = next.length ? `${formatAddressList(next)}, ` : '';
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  observe(onChange: () => void): () => void {
    const headers = this.root.querySelector('#compose-headers') ?? this.root;
    const stopHeaders = observeSubtree(headers, onChange);
    const body = this.root.querySelector('textarea#composebody');
    body?.addEventListener('input', onChange);
    return () => {
      stopHeaders();
      body?.removeEventListener('input', onChange);
    };
  }

  sendButton(): HTMLElement | null {
    const doc = this.root.ownerDocument;
    return doc.querySelector<HTMLElement>('.formbuttons button.send, button.btn.btn-primary.send, #rcmbtn_send');
  }

  panelSlot(): { parent: Element; before: Node | null } | null {
    const headers = this.root.querySelector('#compose-headers');
    if (headers) return { parent: headers, before: null };
    const body = this.root.querySelector('textarea#composebody');
    return body?.parentElement ? { parent: body.parentElement, before: body } : { parent: this.root, before: this.root.firstChild };
  }
}

export const roundcube: SiteAdapter = {
  id: 'roundcube',
  detect: (doc) => composeForm(doc) !== null,
  findComposeViews(doc) {
    const form = composeForm(doc);
    return form ? [new RoundcubeCompose(form)] : [];
  },
};
