// A förtroendevald should listen to citizens but not promise a handling that is not formally decided
// without first contacting the förvaltningschef.
import type { PersonFile } from '../types.js';
import { writtenTargets } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';

/** The head to contact: where the sender's boards govern exactly one förvaltning, its head. */
function headOfSendersForvaltning(context: RuleContext): PersonFile | undefined {
  const forvaltningar: string[] = [];
  for (const p of context.senderPositions) {
    if (p.unit === undefined) continue;
    for (const u of context.org.governedBy(p.unit)) if (forvaltningar.indexOf(u.id) < 0) forvaltningar.push(u.id);
  }
  return forvaltningar.length === 1 ? context.org.headOf(forvaltningar[0]) : undefined;
}

export const lofteTillMedborgare: Rule = {
  meta: {
    id: 'lofte-till-medborgare',
    defaultSeverity: 'warning',
    guideline: {
      section: 'Kommunikationsvägar › Förtroendevalda',
      quote:
        'Om samtalet gäller kommunens verksamheter ska den förtroendevalde lyssna in, men inte agera, eller utlova en viss ' +
        '(inte formellt beslutad) hantering, utan föregående kontakt med förvaltningschef. … Förtroendevalda kan dock ' +
        'informera medborgaren/invånaren om sådana åtgärder som redan är beslutade och pågår.',
    },
    messages: {
      sv: {
        default:
          'Det ser ut som att du lovar en åtgärd. Som förtroendevald bör du inte utlova något som inte är formellt beslutat ' +
          'utan att först ha kontakt med förvaltningschefen. Att informera om åtgärder som redan är beslutade och pågår går bra.',
        head:
          'Det ser ut som att du lovar en åtgärd. Som förtroendevald bör du inte utlova något som inte är formellt beslutat ' +
          'utan att först ha kontakt med förvaltningschefen, {head}. Att informera om åtgärder som redan är beslutade och pågår går bra.',
      },
      en: {
        default:
          'It looks as if you are promising an action. As an elected representative, do not promise anything that has not been ' +
          'formally decided without first contacting the head of department. Informing about measures already decided and under way is fine.',
        head:
          'It looks as if you are promising an action. As an elected representative, do not promise anything that has not been ' +
          'formally decided without first contacting the head of department, {head}. Informing about measures already decided and under way is fine.',
      },
    },
  },
  check(context: RuleContext) {
    if (context.actingAs !== 'fortroendevald' || !context.signals.promise) return [];
    const citizens = context.recipients.filter((r) => r.group === 'medborgare');
    if (citizens.length === 0) return [];
    const recipients = writtenTargets(citizens).map((t) => t.address);
    const head = headOfSendersForvaltning(context);
    return [head ? { messageId: 'head', data: { head: head.name }, recipients, suggestions: [] } : { recipients, suggestions: [] }];
  },
};
