import { tjanstepersonTillFortroendevald } from '../../../core/rules/tjansteperson-till-fortroendevald.js';
import { testRule } from './rule-tester.js';

const ebba = 'Ebba Enhet <ebba.enhet@exempelby.se>'; // chef at Solgården, Omsorgsförvaltningen (head: Fredrik Chef)
const addFredrik = { action: 'add', field: 'cc', address: 'fredrik.chef@exempelby.se', name: 'Fredrik Chef' } as const;

testRule(tjanstepersonTillFortroendevald, {
  valid: [
    { name: 'the förvaltningschef is in copy', message: { from: ebba, to: ['olle.omsorg@parti.example'], cc: ['fredrik.chef@exempelby.se'] } },
    { name: 'a chef writes to the förvaltningschef', message: { from: ebba, to: ['fredrik.chef@exempelby.se'] } },
    { name: 'a chef writes to colleagues', message: { from: ebba, to: ['vera.vard@exempelby.se', 'anders.avd@exempelby.se'] } },
    { name: 'a förvaltningschef writes to the ordförande', message: { from: 'fredrik.chef@exempelby.se', to: ['olle.omsorg@parti.example'] } },
    { name: 'the KD writes to the KSO', message: { from: 'kerstin.direktor@exempelby.se', to: ['karin.ordf@exempelby.se'] } },
    { name: 'a medarbetare is not a chef (narmaste-chef speaks)', message: { from: 'vera.vard@exempelby.se', to: ['olle.omsorg@parti.example'] } },
    { name: 'a nämndsekreterare sends papers to the members', message: { from: 'sara.sekr@exempelby.se', to: ['omsorgsnamnden@exempelby.se'] } },
    { name: 'a citizen writes to a förtroendevald', message: { from: 'medborgare@gmail.example', to: ['olle.omsorg@parti.example'] } },
    { name: 'a förtroendevald writes to a förtroendevald', message: { from: 'olle.omsorg@parti.example', to: ['lars@privat.example'] } },
    { name: 'the untied dual-role chef acts as förtroendevald by default', message: { from: 'oskar.otydlig@exempelby.se', to: ['olle.omsorg@parti.example'] } },
    { name: 'the dual-role medarbetare from the work address is not a chef', message: { from: 'dana.dubbel@exempelby.se', to: ['olle.omsorg@parti.example'] } },
    { name: 'severity off in policy', policy: { severity: { 'tjansteperson-till-fortroendevald': 'off' } },
      message: { from: ebba, to: ['olle.omsorg@parti.example'] } },
    { name: 'the policy lets chefs write directly', policy: { directContactAllowed: ['chef'] },
      message: { from: ebba, to: ['olle.omsorg@parti.example'] } },
  ],
  invalid: [
    {
      name: 'an enhetschef writes to the ordförande',
      message: { from: ebba, to: ['olle.omsorg@parti.example'], subject: 'Frågan från nämndmötet' },
      recipients: ['olle.omsorg@parti.example'],
      suggestions: [addFredrik],
      messageIncludes: ['förtroendevalda', 'förvaltningschefen för Omsorgsförvaltningen', 'Fredrik Chef'],
    },
    {
      name: 'an avdelningschef writes to the KSO and a ledamot: one finding',
      message: { from: 'anders.avd@exempelby.se', to: ['karin.ordf@exempelby.se'], bcc: ['lars@privat.example'] },
      recipients: ['karin.ordf@exempelby.se', 'lars@privat.example'],
      suggestions: [addFredrik],
    },
    {
      name: 'the untied dual-role chef acting as tjänsteperson',
      actingAs: 'tjansteperson',
      message: { from: 'oskar.otydlig@exempelby.se', to: ['olle.omsorg@parti.example'] },
      suggestions: [{ action: 'add', field: 'cc', address: 'frida.bygg@exempelby.se', name: 'Frida Bygg' }],
    },
    {
      name: 'the dual-role person at the party address is a förtroendevald',
      message: { from: ebba, to: ['dana@parti.example'] },
      recipients: ['dana@parti.example'],
    },
    {
      name: 'a distribution list of the nämnd: the list address is named',
      message: { from: ebba, to: ['omsorgsnamnden@exempelby.se'] },
      recipients: ['omsorgsnamnden@exempelby.se'],
      suggestions: [addFredrik],
    },
    {
      name: 'acute too: the ordinary chain still runs via the förvaltningschef',
      message: { from: ebba, to: ['olle.omsorg@parti.example'], subject: 'Akut: brand på Solgården' },
      suggestions: [addFredrik],
    },
    {
      name: 'policy can raise the severity to warning',
      policy: { severity: { 'tjansteperson-till-fortroendevald': 'warning' } },
      message: { from: ebba, to: ['olle.omsorg@parti.example'] },
      severity: 'warning',
    },
    {
      name: 'English message',
      lang: 'en',
      message: { from: ebba, to: ['olle.omsorg@parti.example'] },
      messageIncludes: ['elected representatives', 'Fredrik Chef'],
    },
  ],
});
