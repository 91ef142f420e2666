// A chef below the head who writes to a förtroendevald should keep the förvaltningschef informed:
// the head's paths go up to the ordförande and the kommundirektör.
import type { ClassifiedRecipient, PersonFile } from '../types.js';
import { addCc, isDirectContactAllowed, isRecipient, isSelf, isStaffBelowHead, unitName, writtenTargets } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';

export interface BypassedHeadByChef {
  forvaltning: string;
  head: PersonFile;
  recipients: ClassifiedRecipient[];
}

/** The condition of `tjansteperson-till-fortroendevald`. */
export function chefBypassingHead(context: RuleContext): BypassedHeadByChef[] {
  const sender = context.sender;
  if (context.actingAs !== 'tjansteperson' || !isStaffBelowHead(sender) || sender.roles.indexOf('chef') < 0) return [];
  if (isDirectContactAllowed(context, sender)) return [];
  const forvaltning = sender.forvaltning;
  const head = context.org.headOf(forvaltning);
  // Without a known head there is no one to add; the rule stays silent rather than guess.
  if (forvaltning === undefined || !head || head.id === sender.personId || isRecipient(context, head)) return [];
  const recipients = context.recipients.filter((r) => r.group === 'fortroendevald' && !isSelf(context, r));
  return recipients.length ? [{ forvaltning, head, recipients }] : [];
}

export const tjanstepersonTillFortroendevald: Rule = {
  meta: {
    id: 'tjansteperson-till-fortroendevald',
    defaultSeverity: 'info',
    guideline: {
      section: 'Kommunikationsvägar › Ledare › Förvaltningschef; Fördelning av ansvar och roller › Tjänsteorganisationen ska',
      quote:
        'Förvaltningschefers kommunikationsvägar går uppåt till ordförande samt kommundirektör och ut via denne till dennes chefer. ' +
        '… Skapa en struktur för och kultur i organisationen där idéer kan komma fram, lyftas och utvecklas med hänsyn till ' +
        'beslutsordningen i hierarkin',
    },
    messages: {
      sv: {
        default:
          'Kontakten med förtroendevalda går i första hand via förvaltningschefen. ' +
          'Lägg till förvaltningschefen för {forvaltning}, {head}, som kopia.',
      },
      en: {
        default:
          'Contact with elected representatives primarily goes through the head of department. ' +
          'Add the head of {forvaltning}, {head}, as Cc.',
      },
    },
  },
  check(context: RuleContext) {
    return chefBypassingHead(context).map(({ forvaltning, head, recipients }) => ({
      data: { forvaltning: unitName(context, forvaltning), head: head.name },
      recipients: writtenTargets(recipients).map((t) => t.address),
      suggestions: [addCc(context, head, 'tjansteperson')],
      forvaltning,
    }));
  },
};
