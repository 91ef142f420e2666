// A suspected breach of law belongs with the whistleblower function, where the nearest-manager path does not apply.
import { writtenTargets } from './helpers.js';
import type { Rule, RuleContext } from './rule.js';

export const visselblasning: Rule = {
  meta: {
    id: 'visselblasning',
    defaultSeverity: 'info',
    guideline: {
      section: 'Kommunikationsvägar › Medarbetare',
      quote: 'Kommunen har också en visselblåsarfunktion som används för anmälan vid misstanke om brott mot lag.',
    },
    messages: {
      sv: {
        default:
          'Gäller det misstanke om brott mot lag, till exempel mutor, bedrägeri eller jäv? Då kan du använda kommunens ' +
          'visselblåsarfunktion: {url}. Där gäller inte vägen via närmaste chef.',
        noUrl:
          'Gäller det misstanke om brott mot lag, till exempel mutor, bedrägeri eller jäv? Då kan du använda kommunens ' +
          'visselblåsarfunktion. Där gäller inte vägen via närmaste chef.',
      },
      en: {
        default:
          "Is this about a suspected breach of law, such as bribery, fraud or a conflict of interest? Then you can use the " +
          "municipality's whistleblower function: {url}. The path via your nearest manager does not apply there.",
        noUrl:
          "Is this about a suspected breach of law, such as bribery, fraud or a conflict of interest? Then you can use the " +
          "municipality's whistleblower function. The path via your nearest manager does not apply there.",
      },
    },
  },
  check(context: RuleContext) {
    if (!context.signals.whistleblowing) return [];
    const recipients = writtenTargets(context.recipients).map((t) => t.address);
    const url = context.policy.whistleblowerUrl;
    return [url ? { data: { url }, recipients, suggestions: [] } : { messageId: 'noUrl', recipients, suggestions: [] }];
  },
};
