// A förtroendevald must not steer how tjänstepersoner handle an individual case.
import type { ClassifiedRecipient } from '../types.js';
import { isRecipient, isSelf, unitName, writtenTargets } from './helpers.js';
import type { Rule, RuleContext, RuleReport } from './rule.js';

export const enskiltArende: Rule = {
  meta: {
    id: 'enskilt-arende',
    defaultSeverity: 'warning',
    guideline: {
      section: 'Kommunikationsvägar › Förtroendevalda',
      quote:
        'Förtroendevalda får heller inte påverka tjänstepersoner att handla på ett särskilt sätt i sin yrkesutövning, ' +
        'exempelvis detaljstyra/ställa krav på inriktning i ett enskilt ärende/handläggning.',
    },
    messages: {
      sv: {
        default:
          'Meddelandet ser ut att styra hanteringen av ett enskilt ärende. Som förtroendevald bör du inte ställa krav på hur ' +
          'tjänstepersoner handlägger ett enskilt ärende. Vill du lyfta frågan, ta den med förvaltningschefen för {forvaltning}, ' +
          '{head}, eller i nämnden.',
        general:
          'Meddelandet ser ut att styra hanteringen av ett enskilt ärende. Som förtroendevald bör du inte ställa krav på hur ' +
          'tjänstepersoner handlägger ett enskilt ärende. Lyft gärna frågan på ett övergripande sätt i nämnden i stället.',
      },
      en: {
        default:
          'The message seems to steer the handling of an individual case. As an elected representative, avoid telling staff ' +
          'how to handle an individual case. To raise the matter, take it up with the head of {forvaltning}, {head}, or in the board.',
        general:
          'The message seems to steer the handling of an individual case. As an elected representative, avoid telling staff ' +
          'how to handle an individual case. Raise the matter in general terms in the board instead.',
      },
    },
  },
  check(context: RuleContext) {
    if (context.actingAs !== 'fortroendevald' || !context.signals.individualCase) return [];
    const staff = context.recipients.filter((r) => r.group === 'tjansteperson' && !isSelf(context, r));
    // One finding per förvaltning; staff without one (a person with no unit) share a finding of their own.
    const groups = new Map<string, ClassifiedRecipient[]>();
    const order: string[] = [];
    for (const r of staff) {
      const key = r.forvaltning ?? '';
      const list = groups.get(key);
      if (list) list.push(r);
      else {
        groups.set(key, [r]);
        order.push(key);
      }
    }
    return order.map((key) => {
      const recipients = writtenTargets(groups.get(key)!).map((t) => t.address);
      const head = key === '' ? undefined : context.org.headOf(key);
      // Pointing to the head makes no sense when the head is the one being written to.
      if (!head || isRecipient(context, head)) {
        const report: RuleReport = { messageId: 'general', recipients, suggestions: [] };
        if (key !== '') report.forvaltning = key;
        return report;
      }
      return {
        data: { forvaltning: unitName(context, key), head: head.name },
        recipients,
        suggestions: [],
        forvaltning: key,
      };
    });
  },
};
