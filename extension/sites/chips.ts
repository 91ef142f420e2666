// Applying a suggestion to a recipient widget made of chips (Gmail, Outlook on the web): take the
// old address out, then add the new one unless it already stands in To, Cc or Bcc.
import type { Field, MailAddress, Suggestion } from '../../core/types.js';

export interface ChipWidget {
  read(field: Field): MailAddress[];
  add(field: Field, address: MailAddress): void;
  remove(address: string): void;
}

const FIELDS: readonly Field[] = ['to', 'cc', 'bcc'];

export function applyToChips(widget: ChipWidget, s: Suggestion): void {
  if (s.action !== 'add') widget.remove(s.action === 'remove' ? s.address : s.replaces ?? '');
  if (s.action === 'remove') return;
  const wanted = s.address.toLowerCase();
  const already = FIELDS.some((f) => widget.read(f).some((a) => a.address.toLowerCase() === wanted));
  if (!already) widget.add(s.field, s.name ? { address: s.address, name: s.name } : { address: s.address });
}
