// A förtroendevald answering media on a hur-question (execution, routines, staffing, case handling):
// the manager responsible handles it ("Kommunikation med media").
import { isManager, mediaRecipients, senderGovernedForvaltningar, unitName, writtenTargets } from './helpers.js';
import { HUR_PASSAGE } from './media-quotes.js';
import type { Rule, RuleContext, RuleReport } from './rule.js';

export const mediaHurFraga: Rule = {
  meta: {
    id: 'media-hur-fraga',
    defaultSeverity: 'warning',
    guideline: HUR_PASSAGE,
    messages: {
      sv: {
        default:
          'Det här ser ut som en hur-fråga (utförande, rutiner, bemanning eller handläggning). Sådana frågor hanterar ' +
          'ansvarig chef: lägg till förvaltningschefen för {forvaltning}, {head}, eller hänvisa journalisten dit.',
        noSuggestion:
          'Det här ser ut som en hur-fråga (utförande, rutiner, bemanning eller handläggning). Sådana frågor hanterar ' +
          'ansvarig chef: hänvisa journalisten till förvaltningschefen för verksamheten som frågan gäller.',
      },
      en: {
        default:
          'This looks like a hur-question (execution, routines, staffing or case handling). The manager responsible handles ' +
          'such questions: add the head of {forvaltning}, {head}, or refer the journalist there.',
        noSuggestion:
          'This looks like a hur-question (execution, routines, staffing or case handling). The manager responsible handles ' +
          'such questions: refer the journalist to the head of the administration concerned.',
      },
    },
  },
  check(context: RuleContext): RuleReport[] {
    if (context.actingAs !== 'fortroendevald' || context.signals.question !== 'hur') return [];
    const media = mediaRecipients(context);
    if (media.length === 0) return [];
    const governed = senderGovernedForvaltningar(context);
    // A manager of the sender's förvaltning (any manager, where the sender's boards govern none) is already included.
    for (const r of context.recipients) {
      if (r.group !== 'tjansteperson' || !isManager(r)) continue;
      if (governed.length === 0 || (r.forvaltning !== undefined && governed.indexOf(r.forvaltning) >= 0)) return [];
    }
    const recipients = writtenTargets(media).map((t) => t.address);
    const forvaltning = governed.length === 1 ? governed[0] : undefined;
    const head = context.org.headOf(forvaltning);
    if (forvaltning === undefined || !head) return [{ messageId: 'noSuggestion', recipients, suggestions: [] }];
    return [{
      recipients,
      forvaltning,
      data: { forvaltning: unitName(context, forvaltning), head: head.name },
      suggestions: [{ action: 'add', field: 'cc', address: context.org.addressOf(head, 'tjansteperson'), name: head.name }],
    }];
  },
};
