import { mediaHurFraga } from '../../../core/rules/media-hur-fraga.js';
import { testRule } from './rule-tester.js';

const journalist = 'Jonna Journalist <jonna@lokalbladet.example>';
const hur = 'Hur många tjänster är tillsatta på Solgården?';
const vad = 'Budgeten för 2027 prioriterar äldreomsorgen.';
const olle = 'Olle Omsorg <olle.omsorg@parti.example>';

testRule(mediaHurFraga, {
  valid: [
    { name: 'a vad-question is the politician’s to answer', message: { from: olle, to: [journalist], body: vad } },
    { name: 'neither vad nor hur', message: { from: olle, to: [journalist], body: 'Tack för samtalet i går.' } },
    { name: 'no media among the recipients', message: { from: olle, to: ['lars@privat.example'], body: hur } },
    { name: 'the förvaltningschef is already a recipient', message: { from: olle, to: [journalist], cc: ['fredrik.chef@exempelby.se'], body: hur } },
    { name: 'a manager of the governed förvaltning is a recipient', message: { from: olle, to: [journalist], cc: ['ebba.enhet@exempelby.se'], body: hur } },
    { name: 'a tjänsteperson answers a hur-question', message: { from: 'vera.vard@exempelby.se', to: [journalist], body: hur } },
    { name: 'a fullmäktige member with a manager among the recipients',
      message: { from: 'lars@privat.example', to: [journalist], cc: ['frida.bygg@exempelby.se'], body: hur } },
    { name: 'severity off in policy', policy: { severity: { 'media-hur-fraga': 'off' } }, message: { from: olle, to: [journalist], body: hur } },
  ],
  invalid: [
    {
      name: 'the chair of omsorgsnämnden answers how many are employed',
      message: { from: olle, to: [journalist], subject: 'Sv: Bemanning', body: hur },
      recipients: ['jonna@lokalbladet.example'],
      suggestions: [{ action: 'add', field: 'cc', address: 'fredrik.chef@exempelby.se', name: 'Fredrik Chef' }],
      messageIncludes: ['hur-fråga', 'Fredrik Chef', 'Omsorgsförvaltningen'],
    },
    {
      name: 'the KSO: the head of kommunstyrelsens förvaltning is the kommundirektör',
      message: { from: 'karin.ordf@exempelby.se', to: ['nyheter@svt.se'], body: 'Rutinen för snöröjningen ser ut så här.' },
      suggestions: [{ action: 'add', field: 'cc', address: 'kerstin.direktor@exempelby.se', name: 'Kerstin Direktör' }],
    },
    {
      name: 'a company chair: the VD',
      message: { from: 'elin@parti.example', to: [journalist], body: 'Handläggningstiden för nya elanslutningar är sex veckor.' },
      suggestions: [{ action: 'add', field: 'cc', address: 'viktor.vd@energi.exempelby.se', name: 'Viktor VD' }],
    },
    {
      name: 'a head of another förvaltning does not count',
      message: { from: olle, to: [journalist], cc: ['frida.bygg@exempelby.se'], body: hur },
      suggestions: [{ action: 'add', field: 'cc', address: 'fredrik.chef@exempelby.se', name: 'Fredrik Chef' }],
    },
    {
      name: 'a fullmäktige member governs no förvaltning: advice without a suggestion',
      message: { from: 'lars@privat.example', to: [journalist], body: hur },
      suggestions: [],
      messageIncludes: ['förvaltningschefen'],
    },
    {
      name: 'the dual-role person writes from the party address',
      message: { from: 'dana@parti.example', to: [journalist], body: hur },
      suggestions: [],
    },
    {
      name: 'English message',
      lang: 'en',
      message: { from: olle, to: [journalist], body: hur },
      messageIncludes: ['hur-question', 'Fredrik Chef'],
    },
  ],
});
