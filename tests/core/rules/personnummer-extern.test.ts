import { personnummerExtern } from '../../../core/rules/personnummer-extern.js';
import { testRule } from './rule-tester.js';

const vera = 'vera.vard@exempelby.se';
const citizen = 'anhorig@gmail.example';
const pnr = 'Det gäller brukaren med personnummer 19811218-9876.';

testRule(personnummerExtern, {
  valid: [
    { name: 'a personnummer to a colleague inside the municipality', message: { from: vera, to: ['ebba.enhet@exempelby.se'], body: pnr } },
    { name: 'no personnummer to a citizen', message: { from: vera, to: [citizen], body: 'Välkommen på besök på lördag.' } },
    { name: 'a number with a wrong checksum', message: { from: vera, to: [citizen], body: 'Referens 19811218-9875.' } },
    { name: 'a citizen sends their own personnummer (citizens are never advised)', message: { from: citizen, to: [vera], body: 'Mitt personnummer är 19811218-9876.' } },
    { name: 'the number is only in the quoted history', message: { from: vera, to: [citizen], body: `Tack!\n\n> ${pnr}` } },
    { name: 'an internal distribution list', message: { from: vera, to: ['alla-chefer-oms@exempelby.se'], body: pnr } },
    { name: 'severity off in policy', policy: { severity: { 'personnummer-extern': 'off' } }, message: { from: vera, to: [citizen], body: pnr } },
  ],
  invalid: [
    {
      name: 'an employee sends a personnummer to a relative',
      message: { from: vera, to: [citizen], cc: ['ebba.enhet@exempelby.se'], body: pnr },
      recipients: [citizen],
      suggestions: [],
      messageIncludes: ['personnummer', citizen],
    },
    {
      name: 'a samordningsnummer to media, in the subject',
      message: { from: 'kim.komm@exempelby.se', to: ['jonna@lokalbladet.example'], subject: 'Gäller 19811278-9873' },
      recipients: ['jonna@lokalbladet.example'],
    },
    {
      name: 'one finding for citizen and media together',
      message: { from: vera, to: [citizen], bcc: ['jonna@lokalbladet.example'], body: 'Personen 811218-9876 har flyttat.' },
      recipients: [citizen, 'jonna@lokalbladet.example'],
    },
    {
      name: 'a distribution list with a journalist: the list address is named',
      message: { from: vera, to: ['pressbevakning@exempelby.se'], body: pnr },
      recipients: ['pressbevakning@exempelby.se'],
    },
    {
      name: 'the dual-role person from the party address',
      message: { from: 'dana@parti.example', to: [citizen], body: pnr },
    },
    {
      name: 'the dual-role person from the work address',
      message: { from: 'dana.dubbel@exempelby.se', to: [citizen], body: pnr },
    },
    {
      name: 'the untied dual-role person acting as tjänsteperson',
      actingAs: 'tjansteperson',
      message: { from: 'oskar.otydlig@exempelby.se', to: [citizen], body: pnr },
    },
    {
      name: 'direct contact rules play no part: a förtroendevald to a citizen',
      policy: { directContactAllowed: ['medarbetare', 'chef'] },
      message: { from: 'olle.omsorg@parti.example', to: [citizen], body: pnr },
    },
    {
      name: 'policy can lower the severity to info',
      policy: { severity: { 'personnummer-extern': 'info' } },
      message: { from: vera, to: [citizen], body: pnr },
      severity: 'info',
    },
    {
      name: 'English message',
      lang: 'en',
      message: { from: vera, to: [citizen], body: pnr },
      messageIncludes: ['identity number', citizen],
    },
  ],
});
