import { mediaAnsvarigChef } from '../../../core/rules/media-ansvarig-chef.js';
import { testRule } from './rule-tester.js';

const journalist = 'Jonna Journalist <jonna@lokalbladet.example>';
const body = 'Hej! Vi har haft en lugn vecka på boendet.';

testRule(mediaAnsvarigChef, {
  valid: [
    { name: 'a chef writes to media', message: { from: 'ebba.enhet@exempelby.se', to: [journalist], body } },
    { name: 'the nearest manager is in Cc', message: { from: 'vera.vard@exempelby.se', to: [journalist], cc: ['ebba.enhet@exempelby.se'], body } },
    { name: 'the nearest manager is in To', message: { from: 'vera.vard@exempelby.se', to: [journalist, 'ebba.enhet@exempelby.se'], body } },
    { name: 'a medarbetare writes to a colleague', message: { from: 'vera.vard@exempelby.se', to: ['linus.lov@exempelby.se'], body } },
    { name: 'a kommunikatör writes to media', message: { from: 'kim.komm@exempelby.se', to: [journalist], body } },
    { name: 'a förtroendevald writes to media', message: { from: 'olle.omsorg@parti.example', to: [journalist], body } },
    { name: 'the dual-role person writes from the party address', message: { from: 'dana@parti.example', to: [journalist], body } },
    { name: 'severity off in policy', policy: { severity: { 'media-ansvarig-chef': 'off' } },
      message: { from: 'vera.vard@exempelby.se', to: [journalist], body } },
  ],
  invalid: [
    {
      name: 'a care worker writes to a journalist',
      message: { from: 'vera.vard@exempelby.se', to: [journalist], body },
      recipients: ['jonna@lokalbladet.example'],
      suggestions: [{ action: 'add', field: 'cc', address: 'ebba.enhet@exempelby.se', name: 'Ebba Enhet' }],
      messageIncludes: ['meddelarfrihet', 'påverkas inte', 'för kommunens räkning', 'Ebba Enhet'],
      severity: 'info',
    },
    {
      name: 'the manager given in the file',
      message: { from: 'ali.assistent@exempelby.se', to: ['nyheter@svt.se'], body },
      suggestions: [{ action: 'add', field: 'cc', address: 'fredrik.chef@exempelby.se', name: 'Fredrik Chef' }],
    },
    {
      name: 'in kommunstyrelsens förvaltning the nearest manager is the kommundirektör',
      message: { from: 'ulla.utredare@exempelby.se', to: [journalist], body },
      suggestions: [{ action: 'add', field: 'cc', address: 'kerstin.direktor@exempelby.se', name: 'Kerstin Direktör' }],
    },
    {
      name: 'a company employee: the VD',
      message: { from: 'tea.tekniker@energi.exempelby.se', to: [journalist], body },
      suggestions: [{ action: 'add', field: 'cc', address: 'viktor.vd@energi.exempelby.se', name: 'Viktor VD' }],
    },
    {
      name: 'a unit mailbox writes to media: the unit’s chef',
      message: { from: 'solgarden@exempelby.se', to: [journalist], body },
      suggestions: [{ action: 'add', field: 'cc', address: 'ebba.enhet@exempelby.se', name: 'Ebba Enhet' }],
    },
    {
      name: 'the dual-role person writes from the work address',
      message: { from: 'dana.dubbel@exempelby.se', to: [journalist], body },
    },
    {
      name: 'English message',
      lang: 'en',
      message: { from: 'vera.vard@exempelby.se', to: [journalist], body },
      messageIncludes: ['meddelarfrihet', 'untouched', "municipality's behalf", 'Ebba Enhet'],
    },
  ],
});
