import { visselblasning } from '../../../core/rules/visselblasning.js';
import { testRule } from './rule-tester.js';

const vera = 'vera.vard@exempelby.se';
const mutor = 'Jag misstänker mutor i upphandlingen av mattjänsten.';

testRule(visselblasning, {
  valid: [
    { name: 'an ordinary problem', message: { from: vera, to: ['ebba.enhet@exempelby.se'], body: 'Schemat för helgen fungerar inte.' } },
    { name: 'a citizen reports a suspicion (citizens are never advised)', message: { from: 'granne@gmail.example', to: ['fredrik.chef@exempelby.se'], body: mutor } },
    { name: 'the suspicion is only in the quoted history',
      message: { from: vera, to: ['ebba.enhet@exempelby.se'], body: `Tack, jag förstår.\n\n-----Original Message-----\nFrom: X\nSent: Monday\n${mutor}` } },
    { name: 'severity off in policy', policy: { severity: { visselblasning: 'off' } }, message: { from: vera, to: ['ebba.enhet@exempelby.se'], body: mutor } },
  ],
  invalid: [
    {
      name: 'an employee reports suspected bribes to the manager: point to the whistleblower function',
      message: { from: vera, to: ['ebba.enhet@exempelby.se'], body: mutor },
      suggestions: [],
      messageIncludes: ['visselblåsarfunktion', 'https://exempelby.se/visselblasning', 'närmaste chef'],
    },
    {
      name: 'no whistleblower URL in the policy: the function is still named',
      policy: { whistleblowerUrl: undefined },
      message: { from: vera, to: ['fredrik.chef@exempelby.se'], body: 'Det finns jäv i upphandlingen.' },
      messageIncludes: ['visselblåsarfunktion', 'närmaste chef'],
    },
    {
      name: 'one finding however many recipients',
      message: { from: vera, to: ['ebba.enhet@exempelby.se', 'fredrik.chef@exempelby.se'], cc: ['alla-chefer-oms@exempelby.se'], body: 'Misstänkt bedrägeri med fakturorna.' },
      recipients: ['ebba.enhet@exempelby.se', 'fredrik.chef@exempelby.se', 'alla-chefer-oms@exempelby.se'],
    },
    {
      name: 'the dual-role person from the work address',
      message: { from: 'dana.dubbel@exempelby.se', to: ['ebba.enhet@exempelby.se'], body: mutor },
    },
    {
      name: 'the dual-role person from the party address too (the text decides, not the role)',
      message: { from: 'dana@parti.example', to: ['fredrik.chef@exempelby.se'], body: mutor },
    },
    {
      name: 'the untied dual-role person acting as tjänsteperson',
      actingAs: 'tjansteperson',
      message: { from: 'oskar.otydlig@exempelby.se', to: ['frida.bygg@exempelby.se'], body: mutor },
    },
    {
      name: 'acute or not',
      message: { from: vera, to: ['ebba.enhet@exempelby.se'], subject: 'Brådskande', body: mutor },
    },
    {
      name: 'policy can raise the severity to warning',
      policy: { severity: { visselblasning: 'warning' } },
      message: { from: vera, to: ['ebba.enhet@exempelby.se'], body: mutor },
      severity: 'warning',
    },
    {
      name: 'English message',
      lang: 'en',
      message: { from: vera, to: ['ebba.enhet@exempelby.se'], body: mutor },
      messageIncludes: ['whistleblower function', 'https://exempelby.se/visselblasning', 'nearest manager'],
    },
  ],
});
