import { lofteTillMedborgare } from '../../../core/rules/lofte-till-medborgare.js';
import { testRule } from './rule-tester.js';

const politician = 'Olle Omsorg <olle.omsorg@parti.example>'; // ordförande of omsorgsnämnden
const citizen = 'granne@gmail.example';
const promise = 'Jag ska se till att gatan plogas i morgon.';

testRule(lofteTillMedborgare, {
  valid: [
    { name: 'informing about a decision already made', message: { from: politician, to: [citizen], body: 'Nämnden beslutade i mars att bygga om gatan, arbetet pågår.' } },
    { name: 'listening without promising', message: { from: politician, to: [citizen], body: 'Tack för att du hör av dig, jag tar med mig synpunkten.' } },
    { name: 'a promise to a tjänsteperson is not to a citizen', message: { from: politician, to: ['vera.vard@exempelby.se'], body: promise } },
    { name: 'a promise to media is not to a citizen', message: { from: politician, to: ['jonna@lokalbladet.example'], body: promise } },
    { name: 'a tjänsteperson promises a citizen (their own job)', message: { from: 'linus.lov@exempelby.se', to: [citizen], body: promise } },
    { name: 'a citizen promises another citizen', message: { from: 'annan@gmail.example', to: [citizen], body: 'Jag lovar att fixa det.' } },
    { name: 'the promise is only in the quoted history', message: { from: politician, to: [citizen], body: `Hej!\n\nOn Mon, Anna wrote:\n> ${promise}` } },
    { name: 'the dual-role person writes from the work address', message: { from: 'dana.dubbel@exempelby.se', to: [citizen], body: promise } },
    { name: 'the untied dual-role person acting as tjänsteperson', actingAs: 'tjansteperson',
      message: { from: 'oskar.otydlig@exempelby.se', to: [citizen], body: promise } },
    { name: 'a distribution list holds no citizens', message: { from: politician, to: ['alla-chefer-oms@exempelby.se'], body: promise } },
    { name: 'severity off in policy', policy: { severity: { 'lofte-till-medborgare': 'off' } }, message: { from: politician, to: [citizen], body: promise } },
  ],
  invalid: [
    {
      name: 'an ordförande promises a citizen: name the förvaltningschef of the board’s förvaltning',
      message: { from: politician, to: [citizen], body: promise },
      recipients: [citizen],
      suggestions: [],
      messageIncludes: ['lovar', 'formellt beslutat', 'förvaltningschefen, Fredrik Chef', 'redan är beslutade och pågår'],
    },
    {
      name: 'the KSO: the kommundirektör heads the förvaltning of kommunstyrelsen',
      message: { from: 'karin.ordf@exempelby.se', to: [citizen], body: 'Vi ordnar en ny lekplats i parken.' },
      messageIncludes: ['Kerstin Direktör'],
    },
    {
      name: 'a ledamot of fullmäktige: no single förvaltning, the head is not named',
      message: { from: 'lars@privat.example', to: [citizen, 'granne2@gmail.example'], body: 'Jag lovar att fixa det.' },
      recipients: [citizen, 'granne2@gmail.example'],
      messageIncludes: ['förvaltningschefen.'],
    },
    {
      name: 'the dual-role person writes from the party address',
      message: { from: 'dana@parti.example', to: [citizen], body: promise },
    },
    {
      name: 'the untied dual-role person acts as förtroendevald by default',
      message: { from: 'oskar.otydlig@exempelby.se', to: [citizen], body: promise },
    },
    {
      name: 'one finding, also when staff are in copy (direct contact plays no part here)',
      message: { from: politician, to: [citizen], cc: ['vera.vard@exempelby.se'], body: promise },
      recipients: [citizen],
    },
    {
      name: 'policy can lower the severity to info',
      policy: { severity: { 'lofte-till-medborgare': 'info' } },
      message: { from: politician, to: [citizen], body: promise },
      severity: 'info',
    },
    {
      name: 'English message',
      lang: 'en',
      message: { from: politician, to: [citizen], body: promise },
      messageIncludes: ['promising', 'formally decided', 'Fredrik Chef'],
    },
  ],
});
