// In an acute situation the short path is fine, but the responsible person who was passed by must be
// informed without delay: add them in copy (never replace anyone).
import type { ClassifiedRecipient, PersonFile } from '../types.js';
import { addCc, isRecipient, unitName, writtenTargets } from './helpers.js';
import { kdBypassedForvaltningschefer } from './kd-via-forvaltningschef.js';
import { bypassedNearestManager } from './narmaste-chef.js';
import type { Rule, RuleContext, RuleReport } from './rule.js';
import { bypassedForvaltningschefer } from './via-forvaltningschef.js';

interface Bypassed {
  messageId: 'head' | 'manager';
  forvaltning: string | undefined;
  responsible: PersonFile;
  recipients: ClassifiedRecipient[];
}

/** Everything the three path rules would say were the message not acute, with the person passed by. */
function bypassed(context: RuleContext): Bypassed[] {
  const out: Bypassed[] = [];
  for (const b of bypassedForvaltningschefer(context)) {
    // Without a known head there is no one to add; where the head is already a recipient, they are informed.
    if (b.head && !isRecipient(context, b.head)) {
      out.push({ messageId: 'head', forvaltning: b.forvaltning, responsible: b.head, recipients: b.recipients });
    }
  }
  for (const b of bypassedNearestManager(context)) {
    out.push({ messageId: 'manager', forvaltning: b.forvaltning, responsible: b.manager, recipients: b.recipients });
  }
  for (const b of kdBypassedForvaltningschefer(context)) {
    out.push({ messageId: 'head', forvaltning: b.forvaltning, responsible: b.head, recipients: b.recipients });
  }
  return out;
}

export const akutInformera: Rule = {
  meta: {
    id: 'akut-informera',
    defaultSeverity: 'info',
    guideline: {
      section: 'Fördelning av ansvar och roller › Allas ansvar tillsammans; Kommunikationsvägar › Kommunikation i akuta frågor',
      quote:
        'Respektera våra olika uppdrag och hierarkin men ha förståelse för att det kan uppkomma akuta situationer som kräver ' +
        'snabba beslut. Då ska berörd ansvarig informeras utan dröjsmål. … Kommunikationen ska i akuta frågor i största ' +
        'möjliga mån följa den ordinarie vägen, det vill säga kontakt sker i en kedja till närmaste chef.',
    },
    messages: {
      sv: {
        head:
          'I ett akut läge går det bra att ta den snabba vägen, men berörd ansvarig ska informeras utan dröjsmål. ' +
          'Lägg till förvaltningschefen för {forvaltning}, {responsible}, som kopia.',
        manager:
          'I ett akut läge går det bra att ta den snabba vägen, men berörd ansvarig ska informeras utan dröjsmål. ' +
          'Lägg till din närmaste chef, {responsible}, som kopia.',
      },
      en: {
        head:
          'In an acute situation the quick route is fine, but the person responsible must be informed without delay. ' +
          'Add the head of {forvaltning}, {responsible}, as Cc.',
        manager:
          'In an acute situation the quick route is fine, but the person responsible must be informed without delay. ' +
          'Add your nearest manager, {responsible}, as Cc.',
      },
    },
  },
  check(context: RuleContext) {
    if (!context.signals.acute) return [];
    return bypassed(context).map(({ messageId, forvaltning, responsible, recipients }) => {
      const report: RuleReport = {
        messageId,
        data: { forvaltning: unitName(context, forvaltning), responsible: responsible.name },
        recipients: writtenTargets(recipients).map((t) => t.address),
        suggestions: [addCc(context, responsible, 'tjansteperson')],
      };
      if (forvaltning !== undefined) report.forvaltning = forvaltning;
      return report;
    });
  },
};
