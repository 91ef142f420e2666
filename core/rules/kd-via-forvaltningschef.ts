// The kommundirektör leads through the förvaltningschefer: mail to staff below the head of another
// förvaltning should have that head in copy.
import type { ClassifiedRecipient, PersonFile } from '../types.js';
import { addCc, byForvaltning, isDirectContactAllowed, isRecipient, isSelf, isStaffBelowHead, unitName, writtenTargets } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';

export interface BypassedHeadByKd {
  forvaltning: string;
  head: PersonFile;
  recipients: ClassifiedRecipient[];
}

/**
 * The condition of `kd-via-forvaltningschef`, acute or not (also read by akut-informera): the kommundirektör
 * writes to staff below head in another förvaltning than the own, per förvaltning whose head is not a recipient.
 */
export function kdBypassedForvaltningschefer(context: RuleContext): BypassedHeadByKd[] {
  if (context.actingAs !== 'tjansteperson' || context.sender.roles.indexOf('kommundirektor') < 0) return [];
  const own = context.sender.forvaltning ?? context.org.kommundirektorForvaltning();
  const staff = context.recipients.filter(
    (r) => isStaffBelowHead(r) && r.forvaltning !== own && !isDirectContactAllowed(context, r) && !isSelf(context, r),
  );
  const out: BypassedHeadByKd[] = [];
  byForvaltning(staff).forEach((recipients, forvaltning) => {
    const head = context.org.headOf(forvaltning);
    // Without a head in the directory there is no one to add; the rule stays silent rather than guess.
    if (!head || isRecipient(context, head)) return;
    out.push({ forvaltning, head, recipients });
  });
  return out;
}

export const kdViaForvaltningschef: Rule = {
  meta: {
    id: 'kd-via-forvaltningschef',
    defaultSeverity: 'info',
    guideline: {
      section: 'Kommunikationsvägar › Ledare › Kommundirektör',
      quote:
        'KD leder genom sina förvaltningschefer som i sin tur kommunicerar med sina egna medarbetare och första linjens chefer.',
    },
    messages: {
      sv: {
        default:
          'Som kommundirektör leder du genom förvaltningscheferna. Lägg till förvaltningschefen för {forvaltning}, {head}, som kopia.',
      },
      en: {
        default:
          'As chief executive, you lead through the heads of department. Add the head of {forvaltning}, {head}, as Cc.',
      },
    },
  },
  check(context: RuleContext) {
    if (context.signals.acute) return []; // akut-informera speaks instead
    return kdBypassedForvaltningschefer(context).map(({ forvaltning, head, recipients }) => ({
      data: { forvaltning: unitName(context, forvaltning), head: head.name },
      recipients: writtenTargets(recipients).map((t) => t.address),
      suggestions: [addCc(context, head, 'tjansteperson')],
      forvaltning,
    }));
  },
};
