// Small predicates the rules share, named as rules.md names them.
import { addressKey } from '../organisation/organisation.js';
import type { ClassifiedAddress, ClassifiedRecipient, PersonFile, Suggestion } from '../types.js';
import type { RuleContext } from './rule.js';

/** "Staff below head": a tjansteperson whose roles are only chef and/or medarbetare. */
export function isStaffBelowHead(r: ClassifiedAddress): boolean {
  if (r.group !== 'tjansteperson' || r.roles.length === 0) return false;
  for (const role of r.roles) if (role !== 'chef' && role !== 'medarbetare') return false;
  return true;
}

/** `policy.directContactAllowed`: roles anyone may write to directly. */
export function isDirectContactAllowed(context: RuleContext, r: ClassifiedAddress): boolean {
  for (const role of r.roles) if (context.policy.directContactAllowed.indexOf(role) >= 0) return true;
  return false;
}

export function isSelf(context: RuleContext, r: ClassifiedAddress): boolean {
  return context.sender.personId !== undefined && r.personId === context.sender.personId;
}

/** Whether a person is already among the recipients, by any of their addresses. */
export function isRecipient(context: RuleContext, person: PersonFile | undefined): boolean {
  if (!person) return false;
  for (const r of context.recipients) {
    if (r.personId === person.id) return true;
    for (const e of person.emails) if (addressKey(e) === r.address) return true;
  }
  return false;
}

export function hasRecipientAddress(context: RuleContext, address: string): boolean {
  const key = addressKey(address);
  for (const r of context.recipients) if (r.address === key || r.via === key) return true;
  return false;
}

/** The address a suggestion acts on: a distribution list's address for its members. */
export function writtenAddress(r: ClassifiedRecipient): string {
  return r.via ?? r.address;
}

/** Recipients grouped by their förvaltning, in first-seen order. */
export function byForvaltning(recipients: ClassifiedRecipient[]): Map<string, ClassifiedRecipient[]> {
  const out = new Map<string, ClassifiedRecipient[]>();
  for (const r of recipients) {
    if (r.forvaltning === undefined) continue;
    const list = out.get(r.forvaltning);
    if (list) list.push(r);
    else out.set(r.forvaltning, [r]);
  }
  return out;
}

/** Written addresses of recipients, each once, with the field it stands in. */
export function writtenTargets(recipients: ClassifiedRecipient[]): Array<{ address: string; field: ClassifiedRecipient['field'] }> {
  const seen = new Set<string>();
  const out: Array<{ address: string; field: ClassifiedRecipient['field'] }> = [];
  for (const r of recipients) {
    const a = writtenAddress(r);
    if (seen.has(a)) continue;
    seen.add(a);
    out.push({ address: a, field: r.field });
  }
  return out;
}

/** A Cc suggestion adding a person, with the address tied to the group they are reached in. */
export function addCc(context: RuleContext, person: PersonFile, group: 'tjansteperson' | 'fortroendevald'): Suggestion {
  return { action: 'add', field: 'cc', address: context.org.addressOf(person, group), name: person.name };
}

export function unitName(context: RuleContext, unitId: string | undefined): string {
  return context.org.unit(unitId)?.name ?? unitId ?? '';
}

/** Recipients that are media (a newsroom by domain or a journalist in the file). */
export function mediaRecipients(context: RuleContext): ClassifiedRecipient[] {
  return context.recipients.filter((r) => r.group === 'media');
}

/** The förvaltningar and bolag governed by the boards the sender sits on in the acting positions. */
export function senderGovernedForvaltningar(context: RuleContext): string[] {
  const out: string[] = [];
  for (const pos of context.senderPositions) {
    if (pos.unit === undefined) continue;
    for (const u of context.org.governedBy(pos.unit)) if (out.indexOf(u.id) < 0) out.push(u.id);
  }
  return out;
}

/** Manager roles: who can be "ansvarig chef". */
export function isManager(r: ClassifiedAddress): boolean {
  for (const role of r.roles) {
    if (role === 'chef' || role === 'forvaltningschef' || role === 'kommundirektor' || role === 'vd') return true;
  }
  return false;
}

/** A `medarbetare` without any manager role (rules.md: "sender is a medarbetare"). */
export function isMedarbetareOnly(r: ClassifiedAddress): boolean {
  return r.group === 'tjansteperson' && r.roles.indexOf('medarbetare') >= 0 && !isManager(r);
}
