// An address in the organisation's own domain that the directory does not know: perhaps a typo, perhaps
// the directory is out of date.
import { writtenTargets } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';

export const okandMottagare: Rule = {
  meta: {
    id: 'okand-mottagare',
    defaultSeverity: 'info',
    guideline: {
      section: 'Organisationens katalog (utanför riktlinjen)',
      source: 'katalog',
      quote:
        'Adressen hör till kommunens egen domän men finns inte i katalogen. Då kan Rollkoll inte säga vilken roll mottagaren ' +
        'har, och råden om kommunikationsvägar kan inte prövas för den.',
    },
    messages: {
      sv: {
        default:
          '{recipients} finns inte i katalogen för {organisation}. Kontrollera stavningen; katalogen kan också vara inaktuell.',
        many:
          'Adresserna {recipients} finns inte i katalogen för {organisation}. Kontrollera stavningen; katalogen kan också vara inaktuell.',
      },
      en: {
        default:
          '{recipients} is not in the directory of {organisation}. Check the spelling; the directory may also be out of date.',
        many:
          'The addresses {recipients} are not in the directory of {organisation}. Check the spelling; the directory may also be out of date.',
      },
    },
  },
  check(context: RuleContext) {
    const unknown = context.recipients.filter((r) => r.group === 'okand');
    if (unknown.length === 0) return [];
    const recipients = writtenTargets(unknown).map((t) => t.address);
    const data = { recipients: recipients.join(', '), organisation: context.org.name };
    return [{ messageId: recipients.length > 1 ? 'many' : 'default', data, recipients, suggestions: [] }];
  },
};
