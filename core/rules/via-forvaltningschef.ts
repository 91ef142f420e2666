// A förtroendevald who writes to staff below the head should go via the förvaltningschef.
import type { ClassifiedRecipient, PersonFile, Suggestion } from '../types.js';
import { byForvaltning, isDirectContactAllowed, isRecipient, isSelf, isStaffBelowHead, unitName, writtenTargets } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';

export interface BypassedHead {
  forvaltning: string;
  head: PersonFile | undefined;
  recipients: ClassifiedRecipient[];
}

/** Staff below head written to directly by a förtroendevald, per förvaltning (also read by akut-informera). */
export function bypassedForvaltningschefer(context: RuleContext): BypassedHead[] {
  if (context.actingAs !== 'fortroendevald') return [];
  const staff = context.recipients.filter(
    (r) => isStaffBelowHead(r) && !isDirectContactAllowed(context, r) && !isSelf(context, r),
  );
  const out: BypassedHead[] = [];
  byForvaltning(staff).forEach((recipients, forvaltning) => {
    out.push({ forvaltning, head: context.org.headOf(forvaltning), recipients });
  });
  return out;
}

export const viaForvaltningschef: Rule = {
  meta: {
    id: 'via-forvaltningschef',
    defaultSeverity: 'warning',
    guideline: {
      section: 'Kommunikationsvägar › Förtroendevalda',
      quote:
        'Regeln är att alltid först ha kontakt med förvaltningschefen på den aktuella förvaltningen om den förtroendevalda ' +
        'önskar en dialog med chefer, medarbetare eller brukare. Det är förvaltningschefen som sedan ordnar en dialog med ' +
        'ansvarig chef. Förvaltningschefen ska alltid vara ingången till förvaltningens chefer och medarbetare samt verksamhet.',
    },
    messages: {
      sv: {
        default:
          'Som förtroendevald bör du gå via förvaltningschefen för {forvaltning}, {head}, som sedan ordnar en dialog med ansvarig chef.',
        noHead:
          'Som förtroendevald bör du gå via förvaltningschefen för {forvaltning}. Katalogen anger ingen förvaltningschef där.',
      },
      en: {
        default:
          'As an elected representative, go via the head of {forvaltning}, {head}, who then arranges a dialogue with the manager responsible.',
        noHead:
          'As an elected representative, go via the head of {forvaltning}. The directory names no head there.',
      },
    },
  },
  check(context: RuleContext) {
    if (context.signals.acute) return []; // akut-informera speaks instead
    return bypassedForvaltningschefer(context).map(({ forvaltning, head, recipients }) => {
      const targets = writtenTargets(recipients);
      const data = { forvaltning: unitName(context, forvaltning), head: head?.name ?? '' };
      if (!head) return { messageId: 'noHead', data, recipients: targets.map((t) => t.address), suggestions: [], forvaltning };
      const headAddress = context.org.addressOf(head, 'tjansteperson');
      const suggestions: Suggestion[] = isRecipient(context, head)
        ? targets.map((t) => ({ action: 'remove', field: t.field, address: t.address }))
        : targets.map((t) => ({ action: 'replace', field: t.field, address: headAddress, name: head.name, replaces: t.address }));
      return { data, recipients: targets.map((t) => t.address), suggestions, forvaltning };
    });
  },
};
