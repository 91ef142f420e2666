import { kdViaForvaltningschef } from '../../../core/rules/kd-via-forvaltningschef.js';
import { testRule } from './rule-tester.js';

const kd = 'Kerstin Direktör <kerstin.direktor@exempelby.se>';
const addFredrik = { action: 'add', field: 'cc', address: 'fredrik.chef@exempelby.se', name: 'Fredrik Chef' } as const;

testRule(kdViaForvaltningschef, {
  valid: [
    { name: 'the KD writes to a förvaltningschef', message: { from: kd, to: ['fredrik.chef@exempelby.se'] } },
    { name: 'the KD writes to staff in the own förvaltning (the KD is its förvaltningschef)',
      message: { from: kd, to: ['ulla.utredare@exempelby.se'] } },
    { name: 'the förvaltningschef is in copy', message: { from: kd, to: ['vera.vard@exempelby.se'], cc: ['fredrik.chef@exempelby.se'] } },
    { name: 'the KD writes to a kommunikatör in another förvaltning', message: { from: kd, to: ['kim.komm@exempelby.se'] } },
    { name: 'the KD writes to a förtroendevald', message: { from: kd, to: ['olle.omsorg@parti.example'] } },
    { name: 'a förvaltningschef (not the KD) writes to staff elsewhere', message: { from: 'frida.bygg@exempelby.se', to: ['vera.vard@exempelby.se'] } },
    { name: 'a citizen writes to staff', message: { from: 'medborgare@gmail.example', to: ['vera.vard@exempelby.se'] } },
    { name: 'the message is acute (akut-informera speaks instead)',
      message: { from: kd, to: ['vera.vard@exempelby.se'], subject: 'Brådskande: evakuering av Solgården' } },
    { name: 'the dual-role person at the party address is a förtroendevald', message: { from: kd, to: ['dana@parti.example'] } },
    { name: 'severity off in policy', policy: { severity: { 'kd-via-forvaltningschef': 'off' } },
      message: { from: kd, to: ['vera.vard@exempelby.se'] } },
    { name: 'a role the policy allows directly', policy: { directContactAllowed: ['medarbetare'] },
      message: { from: kd, to: ['vera.vard@exempelby.se'] } },
  ],
  invalid: [
    {
      name: 'the KD writes to a care worker in the omsorgsförvaltning',
      message: { from: kd, to: ['vera.vard@exempelby.se'], subject: 'Tack för i går' },
      recipients: ['vera.vard@exempelby.se'],
      suggestions: [addFredrik],
      messageIncludes: ['förvaltningschefen för Omsorgsförvaltningen', 'Fredrik Chef'],
    },
    {
      name: 'one finding per förvaltning, not per recipient',
      message: { from: kd, to: ['vera.vard@exempelby.se', 'ebba.enhet@exempelby.se', 'linus.lov@exempelby.se'] },
      findings: 2,
      recipients: ['vera.vard@exempelby.se', 'ebba.enhet@exempelby.se'],
      suggestions: [addFredrik],
    },
    {
      name: 'a company employee: the head is the VD',
      message: { from: kd, to: ['tea.tekniker@energi.exempelby.se'] },
      suggestions: [{ action: 'add', field: 'cc', address: 'viktor.vd@energi.exempelby.se', name: 'Viktor VD' }],
    },
    {
      name: 'a distribution list of managers: the list address is named',
      message: { from: kd, to: ['alla-chefer-oms@exempelby.se'] },
      recipients: ['alla-chefer-oms@exempelby.se'],
      suggestions: [addFredrik],
    },
    {
      name: 'the dual-role person at the work address is staff below head',
      message: { from: kd, to: ['dana.dubbel@exempelby.se'] },
      suggestions: [addFredrik],
    },
    {
      name: 'policy can raise the severity to warning',
      policy: { severity: { 'kd-via-forvaltningschef': 'warning' } },
      message: { from: kd, to: ['linus.lov@exempelby.se'] },
      severity: 'warning',
      suggestions: [{ action: 'add', field: 'cc', address: 'frida.bygg@exempelby.se', name: 'Frida Bygg' }],
    },
    {
      name: 'English message',
      lang: 'en',
      message: { from: kd, to: ['vera.vard@exempelby.se'] },
      messageIncludes: ['head of Omsorgsförvaltningen', 'Fredrik Chef'],
    },
  ],
});
