import { narmasteChef } from '../../../core/rules/narmaste-chef.js';
import { testRule } from './rule-tester.js';

const vera = 'Vera Vård <vera.vard@exempelby.se>'; // medarbetare at Solgården: Ebba Enhet → Anders Avdelning → Fredrik Chef → KD
const addEbba = { action: 'add', field: 'cc', address: 'ebba.enhet@exempelby.se', name: 'Ebba Enhet' } as const;

testRule(narmasteChef, {
  valid: [
    { name: 'an employee writes to the nearest manager', message: { from: vera, to: ['ebba.enhet@exempelby.se'] } },
    { name: "an employee writes to the nearest manager's manager (allowed by the same passage)",
      message: { from: vera, to: ['anders.avd@exempelby.se'], subject: 'En fråga' } },
    { name: 'the nearest manager is already in copy', message: { from: vera, to: ['fredrik.chef@exempelby.se'], cc: ['ebba.enhet@exempelby.se'] } },
    { name: 'an employee writes to a colleague in another förvaltning', message: { from: vera, to: ['linus.lov@exempelby.se'] } },
    { name: 'an employee writes to the head of another förvaltning (not the own line)', message: { from: vera, to: ['frida.bygg@exempelby.se'] } },
    { name: 'an employee writes to a kommunikatör', message: { from: vera, to: ['kim.komm@exempelby.se'] } },
    { name: 'a manager given in the file: the KD is then the manager’s manager',
      message: { from: 'ali.assistent@exempelby.se', to: ['kerstin.direktor@exempelby.se'] } },
    { name: 'a chef is not a medarbetare', message: { from: 'ebba.enhet@exempelby.se', to: ['kerstin.direktor@exempelby.se'] } },
    { name: 'a citizen writes to the förvaltningschef', message: { from: 'medborgare@gmail.example', to: ['fredrik.chef@exempelby.se'] } },
    { name: 'a citizen writes to a förtroendevald', message: { from: 'medborgare@gmail.example', to: ['olle.omsorg@parti.example'] } },
    { name: 'whistleblowing: the nearest-manager path does not apply',
      message: { from: vera, to: ['fredrik.chef@exempelby.se'], body: 'Jag misstänker mutor i upphandlingen av mattjänsten.' } },
    { name: 'the message is acute (akut-informera speaks instead)',
      message: { from: vera, to: ['fredrik.chef@exempelby.se'], subject: 'Akut: vattenläcka på Solgården' } },
    { name: 'the dual-role person from the party address acts as förtroendevald',
      message: { from: 'dana@parti.example', to: ['fredrik.chef@exempelby.se'] } },
    { name: 'the dual-role person from the work address writes to the nearest manager',
      message: { from: 'dana.dubbel@exempelby.se', to: ['fredrik.chef@exempelby.se'], cc: ['ebba.enhet@exempelby.se'] } },
    { name: 'an untied dual-role chef acting as tjänsteperson is no medarbetare', actingAs: 'tjansteperson',
      message: { from: 'oskar.otydlig@exempelby.se', to: ['kerstin.direktor@exempelby.se'] } },
    { name: 'severity off in policy (as in the example policy)', policy: { severity: { 'narmaste-chef': 'off' } },
      message: { from: vera, to: ['fredrik.chef@exempelby.se'] } },
    { name: 'a role the policy allows directly', policy: { directContactAllowed: ['forvaltningschef'] },
      message: { from: vera, to: ['fredrik.chef@exempelby.se'] } },
    { name: 'a functional mailbox has no nearest manager to add', message: { from: 'solgarden@exempelby.se', to: ['fredrik.chef@exempelby.se'] } },
  ],
  invalid: [
    {
      name: 'an employee writes to the förvaltningschef',
      message: { from: vera, to: ['fredrik.chef@exempelby.se'], subject: 'Schemat' },
      recipients: ['fredrik.chef@exempelby.se'],
      suggestions: [addEbba],
      messageIncludes: ['närmaste chef', 'Ebba Enhet'],
    },
    {
      name: 'an employee writes to the kommundirektör',
      message: { from: vera, to: ['kerstin.direktor@exempelby.se'] },
      suggestions: [addEbba],
    },
    {
      name: 'an employee writes to a förtroendevald',
      message: { from: vera, to: ['olle.omsorg@parti.example'] },
      recipients: ['olle.omsorg@parti.example'],
      suggestions: [addEbba],
    },
    {
      name: 'one finding for several recipients',
      message: { from: vera, to: ['fredrik.chef@exempelby.se', 'kerstin.direktor@exempelby.se'], cc: ['karin.ordf@exempelby.se'] },
      recipients: ['fredrik.chef@exempelby.se', 'kerstin.direktor@exempelby.se', 'karin.ordf@exempelby.se'],
    },
    {
      name: 'a manager given in the file is the nearest manager',
      message: { from: 'ali.assistent@exempelby.se', to: ['olle.omsorg@parti.example'] },
      suggestions: [{ action: 'add', field: 'cc', address: 'fredrik.chef@exempelby.se', name: 'Fredrik Chef' }],
    },
    {
      name: 'another line: the dual-role chef is the nearest manager (reached at the work address)',
      message: { from: 'linus.lov@exempelby.se', to: ['kerstin.direktor@exempelby.se'] },
      suggestions: [{ action: 'add', field: 'cc', address: 'oskar.otydlig@exempelby.se', name: 'Oskar Otydlig' }],
    },
    {
      name: 'a distribution list with the leaders: the list address is named',
      message: { from: vera, to: ['ledningsgruppen@exempelby.se'] },
      recipients: ['ledningsgruppen@exempelby.se'],
      suggestions: [addEbba],
    },
    {
      name: 'the dual-role person writes from the work address (tied medarbetare)',
      message: { from: 'dana.dubbel@exempelby.se', to: ['olle.omsorg@parti.example'] },
      suggestions: [addEbba],
    },
    {
      name: 'policy can raise the severity to warning',
      policy: { severity: { 'narmaste-chef': 'warning' } },
      message: { from: vera, to: ['fredrik.chef@exempelby.se'] },
      severity: 'warning',
    },
    {
      name: 'a quoted acute word in the reply history does not make it acute',
      message: {
        from: vera, to: ['fredrik.chef@exempelby.se'],
        body: 'Jag har en idé om schemat.\n\n-----Ursprungligt meddelande-----\nFrån: Fredrik\nÄmne: Akut vattenläcka',
      },
    },
    {
      name: 'English message',
      lang: 'en',
      message: { from: vera, to: ['fredrik.chef@exempelby.se'] },
      messageIncludes: ['nearest manager', 'Ebba Enhet'],
    },
  ],
});
