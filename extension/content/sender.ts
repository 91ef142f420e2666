// Who is writing: the address the page shows when the directory knows it, else the user's own
// addresses from the settings (webmail from a private or party account, or no sender shown).
import type { MailAddress } from '../../core/types.js';
import type { Organisation } from '../../core/organisation/organisation.js';

export interface ResolvedSender {
  /** What check() gets as `from`; undefined when nobody can be named (nothing is checked). */
  from?: MailAddress;
  senderPersonId?: string;
  /** 'unknown': the page shows an address the directory does not know; 'none': no address at all. */
  note?: 'unknown' | 'none';
}

export function resolveSender(org: Organisation, shown: MailAddress | undefined, myAddresses: readonly string[]): ResolvedSender {
  if (shown && (org.personByAddress(shown.address) || org.mailbox(shown.address))) return { from: shown };
  for (const mine of myAddresses) {
    const person = org.personByAddress(mine);
    if (person) return { from: shown ?? { address: mine, name: person.name }, senderPersonId: person.id };
  }
  if (shown) return { from: shown, note: 'unknown' };
  return { note: 'none' };
}
