import { akutInformera } from '../../../core/rules/akut-informera.js';
import { testRule } from './rule-tester.js';

const politician = 'Olle Omsorg <olle.omsorg@parti.example>';
const acute = 'Akut: vattenläcka på Solgården';
const addFredrik = { action: 'add', field: 'cc', address: 'fredrik.chef@exempelby.se', name: 'Fredrik Chef' } as const;
const addEbba = { action: 'add', field: 'cc', address: 'ebba.enhet@exempelby.se', name: 'Ebba Enhet' } as const;

testRule(akutInformera, {
  valid: [
    { name: 'not acute (via-forvaltningschef speaks instead)', message: { from: politician, to: ['vera.vard@exempelby.se'], subject: 'Hur går det?' } },
    { name: 'acute, and the förvaltningschef is already a recipient',
      message: { from: politician, to: ['vera.vard@exempelby.se'], cc: ['fredrik.chef@exempelby.se'], subject: acute } },
    { name: 'acute, a förtroendevald writes to the förvaltningschef', message: { from: politician, to: ['fredrik.chef@exempelby.se'], subject: acute } },
    { name: 'acute, an employee writes to the nearest manager', message: { from: 'vera.vard@exempelby.se', to: ['ebba.enhet@exempelby.se'], subject: acute } },
    { name: "acute, an employee writes to the nearest manager's manager",
      message: { from: 'vera.vard@exempelby.se', to: ['anders.avd@exempelby.se'], subject: acute } },
    { name: 'acute and whistleblowing: the nearest-manager path does not apply',
      message: { from: 'vera.vard@exempelby.se', to: ['fredrik.chef@exempelby.se'], subject: 'Brådskande', body: 'Jag misstänker förskingring.' } },
    { name: 'acute, the KD writes to staff in the own förvaltning', message: { from: 'kerstin.direktor@exempelby.se', to: ['ulla.utredare@exempelby.se'], subject: acute } },
    { name: 'acute, a citizen writes to an employee', message: { from: 'medborgare@gmail.example', to: ['vera.vard@exempelby.se'], subject: acute } },
    { name: 'acute, the dual-role person at the work address writes to the own enhetschef',
      message: { from: 'dana.dubbel@exempelby.se', to: ['ebba.enhet@exempelby.se'], subject: acute } },
    { name: 'acute, the untied dual-role person acting as tjänsteperson (a chef)', actingAs: 'tjansteperson',
      message: { from: 'oskar.otydlig@exempelby.se', to: ['vera.vard@exempelby.se'], subject: acute } },
    { name: 'acute, a kommunikatör (direct contact allowed)', message: { from: politician, to: ['kim.komm@exempelby.se'], subject: acute } },
    { name: 'acute, a role the policy allows directly', policy: { directContactAllowed: ['chef'] },
      message: { from: politician, to: ['ebba.enhet@exempelby.se'], subject: acute } },
    { name: 'severity off in policy', policy: { severity: { 'akut-informera': 'off' } },
      message: { from: politician, to: ['vera.vard@exempelby.se'], subject: acute } },
  ],
  invalid: [
    {
      name: 'acute, a förtroendevald writes to a care worker: add the förvaltningschef, never replace',
      message: { from: politician, to: ['vera.vard@exempelby.se'], subject: acute },
      recipients: ['vera.vard@exempelby.se'],
      suggestions: [addFredrik],
      messageIncludes: ['akut', 'utan dröjsmål', 'förvaltningschefen för Omsorgsförvaltningen', 'Fredrik Chef', 'som kopia'],
    },
    {
      name: 'acute, one finding per förvaltning',
      message: { from: politician, to: ['vera.vard@exempelby.se', 'ebba.enhet@exempelby.se', 'linus.lov@exempelby.se'], body: 'Det brinner!' , subject: 'Brand' },
      findings: 2,
      recipients: ['vera.vard@exempelby.se', 'ebba.enhet@exempelby.se'],
      suggestions: [addFredrik],
    },
    {
      name: 'acute, an employee writes to the förvaltningschef: add the nearest manager',
      message: { from: 'vera.vard@exempelby.se', to: ['fredrik.chef@exempelby.se'], subject: acute },
      recipients: ['fredrik.chef@exempelby.se'],
      suggestions: [addEbba],
      messageIncludes: ['närmaste chef', 'Ebba Enhet'],
    },
    {
      name: 'acute, an employee writes to a förtroendevald',
      message: { from: 'vera.vard@exempelby.se', to: ['olle.omsorg@parti.example'], subject: acute },
      suggestions: [addEbba],
    },
    {
      name: 'acute, the KD writes to staff of another förvaltning',
      message: { from: 'kerstin.direktor@exempelby.se', to: ['linus.lov@exempelby.se'], subject: 'Kris i bygglovshanteringen' },
      suggestions: [{ action: 'add', field: 'cc', address: 'frida.bygg@exempelby.se', name: 'Frida Bygg' }],
      messageIncludes: ['Frida Bygg'],
    },
    {
      name: 'acute, a company employee: the head is the VD',
      message: { from: 'elin@parti.example', to: ['tea.tekniker@energi.exempelby.se'], subject: 'Olycka vid värmeverket' },
      suggestions: [{ action: 'add', field: 'cc', address: 'viktor.vd@energi.exempelby.se', name: 'Viktor VD' }],
    },
    {
      name: 'acute, a distribution list: the list address is named',
      message: { from: politician, to: ['alla-chefer-oms@exempelby.se'], subject: acute },
      recipients: ['alla-chefer-oms@exempelby.se'],
      suggestions: [addFredrik],
    },
    {
      name: 'acute, the dual-role person writes from the party address',
      message: { from: 'dana@parti.example', to: ['ebba.enhet@exempelby.se'], subject: acute },
      suggestions: [addFredrik],
    },
    {
      name: 'acute, the untied dual-role person acts as förtroendevald by default',
      message: { from: 'oskar.otydlig@exempelby.se', to: ['vera.vard@exempelby.se'], subject: acute },
      suggestions: [addFredrik],
    },
    {
      name: 'policy can raise the severity to warning',
      policy: { severity: { 'akut-informera': 'warning' } },
      message: { from: politician, to: ['vera.vard@exempelby.se'], subject: acute },
      severity: 'warning',
    },
    {
      name: 'English message',
      lang: 'en',
      message: { from: 'vera.vard@exempelby.se', to: ['kerstin.direktor@exempelby.se'], subject: acute },
      messageIncludes: ['acute', 'without delay', 'nearest manager', 'Ebba Enhet'],
    },
  ],
});
