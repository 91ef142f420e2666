import { enskiltArende } from '../../../core/rules/enskilt-arende.js';
import { testRule } from './rule-tester.js';

const politician = 'Olle Omsorg <olle.omsorg@parti.example>';
const bygglov = 'Kan du se till att bygglovet för Ängsgatan 4 beviljas?';
const bistand = 'Prioritera hennes ansökan om bistånd, tack.';

testRule(enskiltArende, {
  valid: [
    { name: 'no individual case is steered', message: { from: politician, to: ['linus.lov@exempelby.se'], body: 'Hur lång är handläggningstiden för bygglov i år?' } },
    { name: 'a förtroendevald writes about a case to another förtroendevald', message: { from: politician, to: ['lars@privat.example'], body: bygglov } },
    { name: 'a förtroendevald writes to a citizen', message: { from: politician, to: ['granne@gmail.example'], body: bygglov } },
    { name: 'a tjänsteperson asks a colleague', message: { from: 'ebba.enhet@exempelby.se', to: ['linus.lov@exempelby.se'], body: bygglov } },
    { name: 'a citizen asks about the own case', message: { from: 'granne@gmail.example', to: ['linus.lov@exempelby.se'], body: bygglov } },
    { name: 'the steering is only in the quoted history',
      message: { from: politician, to: ['linus.lov@exempelby.se'], body: `Tack för svaret.\n\n> ${bygglov}` } },
    { name: 'the dual-role person writes from the work address', message: { from: 'dana.dubbel@exempelby.se', to: ['linus.lov@exempelby.se'], body: bygglov } },
    { name: 'the untied dual-role person acting as tjänsteperson', actingAs: 'tjansteperson',
      message: { from: 'oskar.otydlig@exempelby.se', to: ['linus.lov@exempelby.se'], body: bygglov } },
    { name: 'a distribution list of förtroendevalda', message: { from: politician, to: ['omsorgsnamnden@exempelby.se'], body: bistand } },
    { name: 'severity off in policy', policy: { severity: { 'enskilt-arende': 'off' } },
      message: { from: politician, to: ['linus.lov@exempelby.se'], body: bygglov } },
  ],
  invalid: [
    {
      name: 'a förtroendevald asks a case officer to grant a building permit',
      message: { from: politician, to: ['linus.lov@exempelby.se'], body: bygglov },
      recipients: ['linus.lov@exempelby.se'],
      suggestions: [],
      messageIncludes: ['enskilt ärende', 'förtroendevald', 'Bygg- och miljöförvaltningen', 'Frida Bygg'],
    },
    {
      name: 'written to the förvaltningschef: no pointing back to the same person',
      message: { from: politician, to: ['frida.bygg@exempelby.se'], body: bygglov },
      recipients: ['frida.bygg@exempelby.se'],
      messageIncludes: ['nämnden'],
    },
    {
      name: 'one finding per förvaltning, not per recipient',
      message: { from: politician, to: ['vera.vard@exempelby.se', 'ebba.enhet@exempelby.se', 'linus.lov@exempelby.se'], subject: 'Ärende KS 2024/117 – ändra beslutet' },
      findings: 2,
      recipients: ['vera.vard@exempelby.se', 'ebba.enhet@exempelby.se'],
    },
    {
      name: 'any tjänsteperson: direct contact allowed does not make steering a case fine',
      policy: { directContactAllowed: ['namndsekreterare', 'medarbetare'] },
      message: { from: politician, to: ['sara.sekr@exempelby.se'], body: bistand },
    },
    {
      name: 'a distribution list: the list address is named',
      message: { from: politician, to: ['alla-chefer-oms@exempelby.se'], body: bistand },
      recipients: ['alla-chefer-oms@exempelby.se'],
      messageIncludes: ['Fredrik Chef'],
    },
    {
      name: 'acute or not, steering a case is the same',
      message: { from: politician, to: ['linus.lov@exempelby.se'], subject: 'Brådskande', body: bygglov },
    },
    {
      name: 'the dual-role person writes from the party address',
      message: { from: 'dana@parti.example', to: ['linus.lov@exempelby.se'], body: bygglov },
    },
    {
      name: 'the untied dual-role person acts as förtroendevald by default',
      message: { from: 'oskar.otydlig@exempelby.se', to: ['vera.vard@exempelby.se'], body: bistand },
    },
    {
      name: 'policy can lower the severity to info',
      policy: { severity: { 'enskilt-arende': 'info' } },
      message: { from: politician, to: ['linus.lov@exempelby.se'], body: bygglov },
      severity: 'info',
    },
    {
      name: 'English message',
      lang: 'en',
      message: { from: politician, to: ['linus.lov@exempelby.se'], body: bygglov },
      messageIncludes: ['individual case', 'elected representative', 'Frida Bygg'],
    },
  ],
});
