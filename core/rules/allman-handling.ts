// Mail between a förtroendevald and tjänstepersoner about the municipality's business can be an allmän
// handling; sent from an address outside the organisation it may never reach the registrator.
import { addressKey } from '../organisation/organisation.js';
import type { Suggestion } from '../types.js';
import { hasRecipientAddress, isSelf } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';

export const allmanHandling: Rule = {
  meta: {
    id: 'allman-handling',
    defaultSeverity: 'info',
    guideline: {
      section: 'TF 2 kap.',
      source: 'lag',
      quote:
        'Enligt tryckfrihetsförordningen 2 kap. kan e-post till eller från en förtroendevald om kommunens verksamhet vara en ' +
        'allmän handling. Den ska då nå kommunen och kunna registreras (diarieföras), även när den skickas från en privat adress.',
    },
    messages: {
      sv: {
        default:
          'Du skriver som förtroendevald från en adress utanför kommunen. E-post om kommunens verksamhet kan vara en allmän ' +
          'handling: lägg till registratorn, {registrator}, som kopia så att den kan diarieföras.',
        noMailbox:
          'Du skriver som förtroendevald från en adress utanför kommunen. E-post om kommunens verksamhet kan vara en allmän ' +
          'handling och ska kunna diarieföras: se till att den når kommunens registrator.',
      },
      en: {
        default:
          "You are writing as an elected representative from an address outside the municipality. Mail about the municipality's " +
          'business can be an official document: add the registrar, {registrator}, as Cc so that it can be registered.',
        noMailbox:
          "You are writing as an elected representative from an address outside the municipality. Mail about the municipality's " +
          'business can be an official document and must be registered: make sure it reaches the registrar.',
      },
    },
  },
  check(context: RuleContext) {
    if (context.actingAs !== 'fortroendevald' || context.org.isInternal(context.sender.address)) return [];
    // Any tjänsteperson among the recipients: mail to the organisation is taken to be about its business.
    const staff = context.recipients.filter((r) => r.group === 'tjansteperson' && !isSelf(context, r));
    if (staff.length === 0) return [];
    // Where a registrator (the mailbox or a person) already receives it, it reaches the diarium.
    if (context.recipients.some((r) => r.roles.indexOf('registrator') >= 0)) return [];
    const mailbox = context.policy.registratorMailbox;
    if (mailbox !== undefined && hasRecipientAddress(context, mailbox)) return [];
    // The tip is about the sender's own address, not about any recipient: it names none.
    if (mailbox === undefined) return [{ messageId: 'noMailbox', recipients: [], suggestions: [] }];
    const address = addressKey(mailbox);
    const suggestion: Suggestion = { action: 'add', field: 'cc', address, name: context.lang === 'en' ? 'the registrar' : 'registratorn' };
    return [{ data: { registrator: address }, recipients: [], suggestions: [suggestion] }];
  },
};
