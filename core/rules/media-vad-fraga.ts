// A tjänsteperson answering media on a vad-question (a political decision, priority, budget, goal):
// the responsible politician should answer it ("Kommunikation med media").
import { isRecipient, mediaRecipients, unitName, writtenTargets } from './helpers.js';
import { VAD_PASSAGE } from './media-quotes.js';
import type { Rule, RuleContext, RuleReport } from './rule.js';

export const mediaVadFraga: Rule = {
  meta: {
    id: 'media-vad-fraga',
    defaultSeverity: 'warning',
    guideline: VAD_PASSAGE,
    messages: {
      sv: {
        default:
          'Det här ser ut som en vad-fråga (politiskt beslut, prioritering, budget eller mål). Sådana frågor besvaras av ' +
          'ansvarig förtroendevald, inte av tjänstepersoner: lägg till {politician}, {role}, eller hänvisa journalisten dit.',
        noPolitician:
          'Det här ser ut som en vad-fråga (politiskt beslut, prioritering, budget eller mål). Sådana frågor besvaras av ' +
          'ansvarig förtroendevald, inte av tjänstepersoner. Katalogen anger ingen ordförande att föreslå.',
      },
      en: {
        default:
          'This looks like a vad-question (a political decision, priority, budget or goal). Such questions are answered by ' +
          'the elected representative responsible, not by staff: add {politician}, {role}, or refer the journalist there.',
        noPolitician:
          'This looks like a vad-question (a political decision, priority, budget or goal). Such questions are answered by ' +
          'the elected representative responsible, not by staff. The directory names no chair to suggest.',
      },
    },
  },
  check(context: RuleContext): RuleReport[] {
    if (context.actingAs !== 'tjansteperson' || context.signals.question !== 'vad') return [];
    const media = mediaRecipients(context);
    if (media.length === 0) return [];
    const { org } = context;
    const forvaltning = context.sender.forvaltning;
    const board = org.boardOf(forvaltning);
    const politician = org.responsiblePolitician(forvaltning) ?? org.kso();
    if (politician && isRecipient(context, politician)) return [];
    const recipients = writtenTargets(media).map((t) => t.address);
    const report: RuleReport = { recipients, suggestions: [] };
    if (forvaltning !== undefined) report.forvaltning = forvaltning;
    if (!politician) {
      report.messageId = 'noPolitician';
      return [report];
    }
    const isKso = politician.positions.some((p) => p.role === 'kso') && (!board || org.isKommunstyrelsen(board.id));
    const role =
      context.lang === 'en'
        ? isKso ? 'chair of the municipal executive board (KSO)' : 'chair of ' + unitName(context, board?.id)
        : isKso ? 'kommunstyrelsens ordförande' : 'ordförande i ' + unitName(context, board?.id);
    report.data = { politician: politician.name, role };
    report.suggestions = [{ action: 'add', field: 'cc', address: org.addressOf(politician, 'fortroendevald'), name: politician.name }];
    return [report];
  },
};
