import { mediaKommunikator } from '../../../core/rules/media-kommunikator.js';
import { testRule } from './rule-tester.js';

const journalist = 'Jonna Journalist <jonna@lokalbladet.example>';
const body = 'Här kommer svaren på dina frågor.';

testRule(mediaKommunikator, {
  valid: [
    { name: 'the förvaltning’s kommunikatör is in Cc', message: { from: 'vera.vard@exempelby.se', to: [journalist], cc: ['kim.komm@exempelby.se'], body } },
    { name: 'any kommunikatör counts', message: { from: 'vera.vard@exempelby.se', to: [journalist], cc: ['kai.komm@exempelby.se'], body } },
    { name: 'the press mailbox is in Cc', message: { from: 'vera.vard@exempelby.se', to: [journalist], cc: ['press@exempelby.se'], body } },
    { name: 'a kommunikatör writes', message: { from: 'kim.komm@exempelby.se', to: [journalist], body } },
    { name: 'the press mailbox writes', message: { from: 'press@exempelby.se', to: [journalist], body } },
    { name: 'no media among the recipients', message: { from: 'vera.vard@exempelby.se', to: ['ebba.enhet@exempelby.se'], body } },
    { name: 'a citizen writes to media', message: { from: 'medborgare@gmail.example', to: [journalist], body } },
    { name: 'severity off in policy', policy: { severity: { 'media-kommunikator': 'off' } },
      message: { from: 'vera.vard@exempelby.se', to: [journalist], body } },
  ],
  invalid: [
    {
      name: 'an employee writes to a journalist: the förvaltning’s kommunikatör',
      message: { from: 'vera.vard@exempelby.se', to: [journalist], body },
      recipients: ['jonna@lokalbladet.example'],
      suggestions: [{ action: 'add', field: 'cc', address: 'kim.komm@exempelby.se', name: 'Kim Kommunikatör' }],
      messageIncludes: ['Kommunikatörerna', 'expertstöd', 'Kim Kommunikatör'],
      severity: 'info',
    },
    {
      name: 'a förvaltning without a kommunikatör: the one in the kommundirektör’s förvaltning',
      message: { from: 'frida.bygg@exempelby.se', to: ['nyheter@svt.se'], body },
      suggestions: [{ action: 'add', field: 'cc', address: 'kai.komm@exempelby.se', name: 'Kai Kommunikatör' }],
    },
    {
      name: 'a förtroendevald: the kommunikatör of the förvaltning the board governs',
      message: { from: 'olle.omsorg@parti.example', to: [journalist], body },
      suggestions: [{ action: 'add', field: 'cc', address: 'kim.komm@exempelby.se', name: 'Kim Kommunikatör' }],
    },
    {
      name: 'a fullmäktige member: the central kommunikatör',
      message: { from: 'lars@privat.example', to: [journalist], body },
      suggestions: [{ action: 'add', field: 'cc', address: 'kai.komm@exempelby.se', name: 'Kai Kommunikatör' }],
    },
    {
      name: 'an unknown address in the own domain is internal',
      message: { from: 'ny.anstalld@exempelby.se', to: [journalist], body },
      suggestions: [{ action: 'add', field: 'cc', address: 'kai.komm@exempelby.se', name: 'Kai Kommunikatör' }],
    },
    {
      name: 'media reached through a distribution list',
      message: { from: 'vera.vard@exempelby.se', to: ['pressbevakning@exempelby.se'], body },
      recipients: ['pressbevakning@exempelby.se'],
    },
    {
      name: 'English message',
      lang: 'en',
      message: { from: 'vera.vard@exempelby.se', to: [journalist], body },
      messageIncludes: ['communicators', 'Kim Kommunikatör'],
    },
  ],
});
