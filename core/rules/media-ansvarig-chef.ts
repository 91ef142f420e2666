// A medarbetare writing to media: statements on the municipality's behalf are for the manager
// responsible; the medarbetare's meddelarfrihet is untouched ("Kommunikation med media").
import { unitManager } from '../contacts.js';
import { addCc, isMedarbetareOnly, isRecipient, mediaRecipients, writtenTargets } from './helpers.js';
import { HUR_PASSAGE } from './media-quotes.js';
import type { Rule, RuleContext, RuleReport } from './rule.js';

export const mediaAnsvarigChef: Rule = {
  meta: {
    id: 'media-ansvarig-chef',
    defaultSeverity: 'info',
    guideline: HUR_PASSAGE,
    messages: {
      sv: {
        default:
          'Uttalar du dig för kommunens räkning är det ansvarig chef som hanterar media: ta med din närmaste chef, {manager}. ' +
          'Din meddelarfrihet påverkas inte; som privatperson får du alltid lämna uppgifter till media.',
        noManager:
          'Uttalar du dig för kommunens räkning är det ansvarig chef som hanterar media: ta med din närmaste chef. ' +
          'Din meddelarfrihet påverkas inte; som privatperson får du alltid lämna uppgifter till media.',
      },
      en: {
        default:
          'If you speak on the municipality\'s behalf, the manager responsible handles the media: include your nearest ' +
          'manager, {manager}. Your meddelarfrihet (freedom to inform the media) is untouched; as a private person you may always give information to the media.',
        noManager:
          'If you speak on the municipality\'s behalf, the manager responsible handles the media: include your nearest ' +
          'manager. Your meddelarfrihet (freedom to inform the media) is untouched; as a private person you may always give information to the media.',
      },
    },
  },
  check(context: RuleContext): RuleReport[] {
    if (context.actingAs !== 'tjansteperson' || !isMedarbetareOnly(context.sender)) return [];
    const media = mediaRecipients(context);
    if (media.length === 0) return [];
    const { org, senderPerson } = context;
    let manager;
    if (senderPerson) {
      const position = context.senderPositions.filter((p) => p.role === 'medarbetare')[0];
      manager = org.nearestManager(senderPerson, position);
    } else {
      manager = unitManager(org, org.mailbox(context.sender.address)?.unit);
    }
    if (manager && (isRecipient(context, manager) || manager.id === context.sender.personId)) return [];
    const report: RuleReport = { recipients: writtenTargets(media).map((t) => t.address), suggestions: [] };
    if (context.sender.forvaltning !== undefined) report.forvaltning = context.sender.forvaltning;
    if (!manager) {
      report.messageId = 'noManager';
      return [report];
    }
    report.data = { manager: manager.name };
    report.suggestions = [addCc(context, manager, 'tjansteperson')];
    return [report];
  },
};
