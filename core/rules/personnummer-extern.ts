// An identity number (personnummer or samordningsnummer) should not go to citizens or media by ordinary mail.
import { writtenTargets } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';

export const personnummerExtern: Rule = {
  meta: {
    id: 'personnummer-extern',
    defaultSeverity: 'warning',
    guideline: {
      section: 'GDPR art. 87 och OSL',
      source: 'lag',
      quote:
        'Personnummer och samordningsnummer får bara behandlas när det är klart motiverat (dataskyddslagen, som kompletterar ' +
        'GDPR art. 87), och uppgifter om enskilda kan omfattas av sekretess enligt offentlighets- och sekretesslagen (OSL). ' +
        'Skicka dem inte med vanlig e-post till mottagare utanför kommunen.',
    },
    messages: {
      sv: {
        default:
          'Meddelandet innehåller ett personnummer eller samordningsnummer och går till {recipients} utanför kommunen. ' +
          'Ta bort numret om det inte behövs, eller använd en säker kanal.',
      },
      en: {
        default:
          'The message contains a Swedish personal identity number and goes to {recipients} outside the municipality. ' +
          'Remove the number unless it is needed, or use a secure channel.',
      },
    },
  },
  check(context: RuleContext) {
    if (!context.signals.personnummer) return [];
    const outside = context.recipients.filter((r) => r.group === 'medborgare' || r.group === 'media');
    if (outside.length === 0) return [];
    const recipients = writtenTargets(outside).map((t) => t.address);
    return [{ data: { recipients: recipients.join(', ') }, recipients, suggestions: [] }];
  },
};
