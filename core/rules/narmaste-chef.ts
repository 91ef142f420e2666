// An employee (medarbetare) who writes past the nearest manager and that manager's manager, or to a
// förtroendevald, should first talk with the nearest manager (närmaste chef).
import type { ClassifiedRecipient, PersonFile, PositionFile, Role } from '../types.js';
import type { Organisation } from '../organisation/organisation.js';
import { addCc, isDirectContactAllowed, isRecipient, isSelf, writtenTargets } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';

const MANAGER_ROLES: readonly Role[] = ['chef', 'forvaltningschef', 'kommundirektor', 'vd'];

export interface BypassedNearestManager {
  /** The sender's förvaltning (or bolag), where known. */
  forvaltning: string | undefined;
  manager: PersonFile;
  recipients: ClassifiedRecipient[];
}

/** The managers above a person, nearest first: närmaste chef, that chef's chef, … up to the kommundirektör. */
export function managerChain(org: Organisation, person: PersonFile, position?: PositionFile): PersonFile[] {
  const chain: PersonFile[] = [];
  const seen = new Set<string>([person.id]);
  let manager = org.nearestManager(person, position);
  while (manager && !seen.has(manager.id)) {
    chain.push(manager);
    seen.add(manager.id);
    manager = org.nearestManager(manager);
  }
  return chain;
}

/**
 * The condition of `narmaste-chef`, acute or not (also read by akut-informera): a medarbetare writes to a
 * manager in the own line above the nearest manager's manager, or to a förtroendevald, without the nearest
 * manager; not when reporting a suspected breach of law (the whistleblower function applies instead).
 */
export function bypassedNearestManager(context: RuleContext): BypassedNearestManager[] {
  if (context.actingAs !== 'tjansteperson' || context.signals.whistleblowing) return [];
  const person = context.senderPerson;
  const roles = context.sender.roles;
  if (!person || roles.indexOf('medarbetare') < 0) return [];
  for (const role of roles) if (MANAGER_ROLES.indexOf(role) >= 0) return [];
  let position: PositionFile | undefined;
  for (const p of context.senderPositions) if (p.role === 'medarbetare' && !position) position = p;
  const chain = managerChain(context.org, person, position);
  const manager = chain[0];
  if (!manager || isRecipient(context, manager)) return [];
  const above = new Set<string>();
  for (let i = 2; i < chain.length; i++) above.add(chain[i]!.id);
  const recipients = context.recipients.filter(
    (r) =>
      !isSelf(context, r) &&
      !isDirectContactAllowed(context, r) &&
      (r.group === 'fortroendevald' || (r.personId !== undefined && above.has(r.personId))),
  );
  if (recipients.length === 0) return [];
  return [{ forvaltning: context.sender.forvaltning, manager, recipients }];
}

export const narmasteChef: Rule = {
  meta: {
    id: 'narmaste-chef',
    defaultSeverity: 'info',
    guideline: {
      section: 'Kommunikationsvägar › Medarbetare',
      quote:
        'Medarbetaren ska i första hand tala med närmaste chef vid eventuella problem. Kan frågan inte lösas på denna nivå ' +
        'är det närmaste chefens ansvar att ta upp frågan med sin överordnade chef. Frågor som inte är lämpliga att ta upp ' +
        'med sin närmaste chef kan medarbetaren föra en dialog med den närmaste chefens chef om.',
    },
    messages: {
      sv: {
        default:
          'Som medarbetare tar du i första hand upp frågor med din närmaste chef (eller med den chefens chef). ' +
          'Lägg till din närmaste chef, {manager}, som kopia.',
      },
      en: {
        default:
          "As an employee, raise questions with your nearest manager first (or with that manager's manager). " +
          'Add your nearest manager, {manager}, as Cc.',
      },
    },
  },
  check(context: RuleContext) {
    if (context.signals.acute) return []; // akut-informera speaks instead
    return bypassedNearestManager(context).map(({ forvaltning, manager, recipients }) => {
      const report = {
        data: { manager: manager.name },
        recipients: writtenTargets(recipients).map((t) => t.address),
        suggestions: [addCc(context, manager, 'tjansteperson')],
      };
      return forvaltning === undefined ? report : { ...report, forvaltning };
    });
  },
};
