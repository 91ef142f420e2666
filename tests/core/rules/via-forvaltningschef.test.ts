import { viaForvaltningschef } from '../../../core/rules/via-forvaltningschef.js';
import { testRule } from './rule-tester.js';

const politician = 'Olle Omsorg <olle.omsorg@parti.example>';

testRule(viaForvaltningschef, {
  valid: [
    { name: 'a förtroendevald writes to the förvaltningschef', message: { from: politician, to: ['fredrik.chef@exempelby.se'], subject: 'Fråga' } },
    { name: 'a förtroendevald writes to the kommundirektör', message: { from: politician, to: ['kerstin.direktor@exempelby.se'] } },
    { name: 'a förtroendevald writes to a kommunikatör (direct contact allowed)', message: { from: politician, to: ['kim.komm@exempelby.se'] } },
    { name: 'a förtroendevald writes to the nämndsekreterare', message: { from: politician, to: ['sara.sekr@exempelby.se'] } },
    { name: 'a förtroendevald writes to another förtroendevald', message: { from: politician, to: ['lars@privat.example'] } },
    { name: 'a citizen writes to an employee', message: { from: 'medborgare@gmail.example', to: ['vera.vard@exempelby.se'] } },
    { name: 'an employee writes to a colleague', message: { from: 'ebba.enhet@exempelby.se', to: ['vera.vard@exempelby.se'] } },
    { name: 'the dual-role person writes from the work address', message: { from: 'dana.dubbel@exempelby.se', to: ['vera.vard@exempelby.se'] } },
    { name: 'an untied dual-role person acting as tjänsteperson', actingAs: 'tjansteperson',
      message: { from: 'oskar.otydlig@exempelby.se', to: ['linus.lov@exempelby.se'] } },
    { name: 'the message is acute (akut-informera speaks instead)',
      message: { from: politician, to: ['vera.vard@exempelby.se'], subject: 'Akut: vattenläcka på Solgården' } },
    { name: 'severity off in policy', policy: { severity: { 'via-forvaltningschef': 'off' } },
      message: { from: politician, to: ['vera.vard@exempelby.se'] } },
    { name: 'a role the policy allows directly', policy: { directContactAllowed: ['chef'] },
      message: { from: politician, to: ['ebba.enhet@exempelby.se'] } },
  ],
  invalid: [
    {
      name: 'a förtroendevald writes to a care worker',
      message: { from: politician, to: ['vera.vard@exempelby.se'], subject: 'Hur går det på Solgården?' },
      recipients: ['vera.vard@exempelby.se'],
      suggestions: [{ action: 'replace', field: 'to', address: 'fredrik.chef@exempelby.se', name: 'Fredrik Chef', replaces: 'vera.vard@exempelby.se' }],
      messageIncludes: ['Omsorgsförvaltningen', 'Fredrik Chef'],
    },
    {
      name: 'the förvaltningschef is already a recipient: remove the employee instead',
      message: { from: politician, to: ['fredrik.chef@exempelby.se'], cc: ['ebba.enhet@exempelby.se'] },
      suggestions: [{ action: 'remove', field: 'cc', address: 'ebba.enhet@exempelby.se' }],
    },
    {
      name: 'one finding per förvaltning, not per recipient',
      message: { from: politician, to: ['vera.vard@exempelby.se', 'ebba.enhet@exempelby.se', 'linus.lov@exempelby.se'] },
      findings: 2,
      recipients: ['vera.vard@exempelby.se', 'ebba.enhet@exempelby.se'],
    },
    {
      name: 'a company employee: the head is the VD',
      message: { from: 'elin@parti.example', to: ['tea.tekniker@energi.exempelby.se'] },
      suggestions: [{ action: 'replace', field: 'to', address: 'viktor.vd@energi.exempelby.se', name: 'Viktor VD', replaces: 'tea.tekniker@energi.exempelby.se' }],
    },
    {
      name: 'a distribution list of managers: the list address is replaced',
      message: { from: politician, to: ['alla-chefer-oms@exempelby.se'] },
      recipients: ['alla-chefer-oms@exempelby.se'],
      suggestions: [{ action: 'replace', field: 'to', address: 'fredrik.chef@exempelby.se', name: 'Fredrik Chef', replaces: 'alla-chefer-oms@exempelby.se' }],
    },
    {
      name: 'the dual-role person writes from the party address',
      message: { from: 'dana@parti.example', to: ['ebba.enhet@exempelby.se'] },
    },
    {
      name: 'an untied dual-role person acts as förtroendevald by default',
      message: { from: 'oskar.otydlig@exempelby.se', to: ['vera.vard@exempelby.se'] },
    },
    {
      name: 'addresses compare without regard to case',
      message: { from: 'OLLE.OMSORG@PARTI.EXAMPLE', to: ['Vera.Vard@Exempelby.SE'] },
    },
    {
      name: 'policy can lower the severity to info',
      policy: { severity: { 'via-forvaltningschef': 'info' } },
      message: { from: politician, to: ['vera.vard@exempelby.se'] },
      severity: 'info',
    },
    {
      name: 'English message',
      lang: 'en',
      message: { from: politician, to: ['vera.vard@exempelby.se'] },
      messageIncludes: ['elected representative', 'Fredrik Chef'],
    },
  ],
});
