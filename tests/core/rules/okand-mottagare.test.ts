import { okandMottagare } from '../../../core/rules/okand-mottagare.js';
import { testRule } from './rule-tester.js';

const vera = 'vera.vard@exempelby.se';

testRule(okandMottagare, {
  valid: [
    { name: 'known people', message: { from: vera, to: ['ebba.enhet@exempelby.se', 'Fredrik.Chef@Exempelby.se'] } },
    { name: 'a unit mailbox, the press and the registrator mailboxes are known',
      message: { from: vera, to: ['solgarden@exempelby.se', 'press@exempelby.se', 'diarium@exempelby.se'] } },
    { name: 'an outside address is a citizen, not unknown', message: { from: vera, to: ['granne@gmail.example'] } },
    { name: 'a distribution list of known people', message: { from: vera, to: ['alla-chefer-oms@exempelby.se'] } },
    { name: 'a citizen writes to an unknown municipal address', message: { from: 'granne@gmail.example', to: ['okand.person@exempelby.se'] } },
    { name: 'severity off in policy', policy: { severity: { 'okand-mottagare': 'off' } }, message: { from: vera, to: ['okand.person@exempelby.se'] } },
  ],
  invalid: [
    {
      name: 'a misspelt colleague',
      message: { from: vera, to: ['ebba.enhett@exempelby.se'] },
      recipients: ['ebba.enhett@exempelby.se'],
      suggestions: [],
      messageIncludes: ['ebba.enhett@exempelby.se', 'katalogen', 'Exempelby kommun', 'inaktuell'],
    },
    {
      name: 'a subdomain of an internal domain',
      message: { from: vera, to: ['ny.person@energi.exempelby.se'] },
      recipients: ['ny.person@energi.exempelby.se'],
    },
    {
      name: 'one finding for several unknown addresses',
      message: { from: vera, to: ['a@exempelby.se'], cc: ['b@exempelby.se', 'ebba.enhet@exempelby.se'] },
      recipients: ['a@exempelby.se', 'b@exempelby.se'],
      messageIncludes: ['Adresserna a@exempelby.se, b@exempelby.se'],
    },
    {
      name: 'a förtroendevald writes (any sender but a citizen)',
      message: { from: 'olle.omsorg@parti.example', to: ['okand.person@exempelby.se'] },
    },
    {
      name: 'the dual-role person from the party address',
      message: { from: 'dana@parti.example', to: ['okand.person@exempelby.se'] },
    },
    {
      name: 'the dual-role person from the work address',
      message: { from: 'dana.dubbel@exempelby.se', to: ['okand.person@exempelby.se'] },
    },
    {
      name: 'the untied dual-role person acting as tjänsteperson',
      actingAs: 'tjansteperson',
      message: { from: 'oskar.otydlig@exempelby.se', to: ['okand.person@exempelby.se'] },
    },
    {
      name: 'direct contact rules play no part',
      policy: { directContactAllowed: ['medarbetare', 'chef'] },
      message: { from: vera, to: ['okand.person@exempelby.se'] },
    },
    {
      name: 'policy can raise the severity to warning',
      policy: { severity: { 'okand-mottagare': 'warning' } },
      message: { from: vera, to: ['okand.person@exempelby.se'] },
      severity: 'warning',
    },
    {
      name: 'English message',
      lang: 'en',
      message: { from: vera, to: ['okand.person@exempelby.se'] },
      messageIncludes: ['okand.person@exempelby.se', 'directory', 'out of date'],
    },
  ],
});
