// Anyone in the organisation writing to media: the communicators are there as expert support
// ("Kommunikation med media").
import { addressKey } from '../organisation/organisation.js';
import { hasRecipientAddress, mediaRecipients, senderGovernedForvaltningar, writtenTargets } from './helpers.js';
import { KOMMUNIKATOR_PASSAGE } from './media-quotes.js';
import type { Rule, RuleContext, RuleReport } from './rule.js';

const INTERNAL_SENDERS = new Set(['tjansteperson', 'fortroendevald', 'okand']);

export const mediaKommunikator: Rule = {
  meta: {
    id: 'media-kommunikator',
    defaultSeverity: 'info',
    guideline: KOMMUNIKATOR_PASSAGE,
    messages: {
      sv: {
        default: 'Kommunikatörerna finns som expertstöd i kontakter med media: lägg gärna till {communicator} som kopia.',
        noCommunicator: 'Kommunikatörerna finns som expertstöd i kontakter med media: ta gärna med en kommunikatör.',
      },
      en: {
        default: 'The communicators (kommunikatörer) are there as expert support with the media: consider adding {communicator} in Cc.',
        noCommunicator: 'The communicators (kommunikatörer) are there as expert support with the media: consider including one.',
      },
    },
  },
  check(context: RuleContext): RuleReport[] {
    if (!INTERNAL_SENDERS.has(context.actingAs)) return [];
    const { org, sender } = context;
    const press = org.policy.pressMailbox;
    if (sender.roles.indexOf('kommunikator') >= 0 || (press !== undefined && addressKey(press) === sender.address)) return [];
    const media = mediaRecipients(context);
    if (media.length === 0) return [];
    for (const r of context.recipients) if (r.group === 'tjansteperson' && r.roles.indexOf('kommunikator') >= 0) return [];
    if (press !== undefined && hasRecipientAddress(context, press)) return [];

    let forvaltning: string | undefined;
    if (context.actingAs === 'tjansteperson') forvaltning = sender.forvaltning;
    else if (context.actingAs === 'fortroendevald') {
      const governed = senderGovernedForvaltningar(context);
      if (governed.length === 1) forvaltning = governed[0];
    }
    const communicator = org.communicatorFor(forvaltning);
    const report: RuleReport = { recipients: writtenTargets(media).map((t) => t.address), suggestions: [] };
    if (forvaltning !== undefined) report.forvaltning = forvaltning;
    if (!communicator) {
      report.messageId = 'noCommunicator';
      return [report];
    }
    report.data = { communicator: communicator.personId !== undefined ? communicator.name : communicator.address };
    report.suggestions = [{ action: 'add', field: 'cc', address: communicator.address, name: communicator.name }];
    return [report];
  },
};
