import { allmanHandling } from '../../../core/rules/allman-handling.js';
import { testRule } from './rule-tester.js';

const politician = 'Olle Omsorg <olle.omsorg@parti.example>'; // a förtroendevald writing from a party address
const addDiarium = { action: 'add', field: 'cc', address: 'diarium@exempelby.se', name: 'registratorn' } as const;

testRule(allmanHandling, {
  valid: [
    { name: 'the registrator mailbox is in copy', message: { from: politician, to: ['fredrik.chef@exempelby.se'], cc: ['diarium@exempelby.se'] } },
    { name: 'written to the registrator in person', message: { from: politician, to: ['rut.reg@exempelby.se'] } },
    { name: 'a förtroendevald writing from the municipal address', message: { from: 'karin.ordf@exempelby.se', to: ['kerstin.direktor@exempelby.se'] } },
    { name: 'a förtroendevald writes to another förtroendevald', message: { from: politician, to: ['lars@privat.example'] } },
    { name: 'a förtroendevald writes to a citizen', message: { from: politician, to: ['granne@gmail.example'] } },
    { name: 'a tjänsteperson writes to a colleague', message: { from: 'ebba.enhet@exempelby.se', to: ['vera.vard@exempelby.se'] } },
    { name: 'a citizen writes to the förvaltningschef', message: { from: 'granne@gmail.example', to: ['fredrik.chef@exempelby.se'] } },
    { name: 'the dual-role person writes from the work address', message: { from: 'dana.dubbel@exempelby.se', to: ['fredrik.chef@exempelby.se'] } },
    { name: 'the untied dual-role person writes from the municipal address', message: { from: 'oskar.otydlig@exempelby.se', to: ['frida.bygg@exempelby.se'] } },
    { name: 'severity off in policy', policy: { severity: { 'allman-handling': 'off' } }, message: { from: politician, to: ['fredrik.chef@exempelby.se'] } },
  ],
  invalid: [
    {
      name: 'an ordförande writes from a party address to the förvaltningschef',
      message: { from: politician, to: ['fredrik.chef@exempelby.se'], subject: 'Budgeten' },
      recipients: [],
      suggestions: [addDiarium],
      messageIncludes: ['förtroendevald', 'allmän handling', 'diarium@exempelby.se', 'som kopia'],
    },
    {
      name: 'one finding, however many tjänstepersoner and förvaltningar',
      message: { from: politician, to: ['fredrik.chef@exempelby.se', 'frida.bygg@exempelby.se'], cc: ['kim.komm@exempelby.se'] },
      recipients: [],
      suggestions: [addDiarium],
    },
    {
      name: 'the directContactAllowed roles are tjänstepersoner too (a nämndsekreterare)',
      message: { from: politician, to: ['sara.sekr@exempelby.se'] },
    },
    {
      name: 'a distribution list of staff',
      message: { from: politician, to: ['alla-chefer-oms@exempelby.se'] },
      recipients: [],
      suggestions: [addDiarium],
    },
    {
      name: 'the dual-role person writes from the party address',
      message: { from: 'dana@parti.example', to: ['ebba.enhet@exempelby.se'] },
    },
    {
      name: 'the untied dual-role person from a private webmail, said to be theirs',
      senderPersonId: 'otydlig',
      message: { from: 'oskar@hemma.example', to: ['frida.bygg@exempelby.se'] },
    },
    {
      name: 'the policy names its own registrator mailbox',
      policy: { registratorMailbox: 'Registrator@Exempelby.se' },
      message: { from: politician, to: ['fredrik.chef@exempelby.se'] },
      suggestions: [{ action: 'add', field: 'cc', address: 'registrator@exempelby.se', name: 'registratorn' }],
    },
    {
      name: 'acute or not',
      message: { from: politician, to: ['fredrik.chef@exempelby.se'], subject: 'Akut: vattenläcka' },
    },
    {
      name: 'policy can raise the severity to warning',
      policy: { severity: { 'allman-handling': 'warning' } },
      message: { from: politician, to: ['fredrik.chef@exempelby.se'] },
      severity: 'warning',
    },
    {
      name: 'English message',
      lang: 'en',
      message: { from: politician, to: ['fredrik.chef@exempelby.se'] },
      messageIncludes: ['elected representative', 'official document', 'diarium@exempelby.se'],
    },
  ],
});
