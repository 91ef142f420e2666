import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../core/rules/index.js';
import { mediaAnsvarigChef } from '../../../core/rules/media-ansvarig-chef.js';
import { mediaHurFraga } from '../../../core/rules/media-hur-fraga.js';
import { mediaKommunikator } from '../../../core/rules/media-kommunikator.js';
import { mediaVadFraga } from '../../../core/rules/media-vad-fraga.js';
import { testRule } from './rule-tester.js';

const journalist = 'Jonna Journalist <jonna@lokalbladet.example>';
const vad = 'Budgeten för 2027 prioriterar äldreomsorgen.';
const hur = 'Hur många tjänster är tillsatta på Solgården?';

testRule(mediaVadFraga, {
  valid: [
    { name: 'a hur-question to media', message: { from: 'vera.vard@exempelby.se', to: [journalist], body: hur } },
    { name: 'neither vad nor hur', message: { from: 'vera.vard@exempelby.se', to: [journalist], subject: 'Hej', body: 'Kan vi ses i morgon?' } },
    { name: 'a vad-question to a colleague, no media', message: { from: 'vera.vard@exempelby.se', to: ['ebba.enhet@exempelby.se'], body: vad } },
    { name: 'the sender is a förtroendevald', message: { from: 'olle.omsorg@parti.example', to: [journalist], body: vad } },
    { name: 'the responsible politician is already a recipient',
      message: { from: 'vera.vard@exempelby.se', to: [journalist], cc: ['olle.omsorg@parti.example'], body: vad } },
    { name: 'a citizen writes to media', message: { from: 'medborgare@gmail.example', to: [journalist], body: vad } },
    { name: 'the vad-question is only in the quoted history',
      message: { from: 'vera.vard@exempelby.se', to: [journalist], subject: 'Sv: Fråga',
        body: 'Tack, jag återkommer.\n\n-----Ursprungligt meddelande-----\nFrån: Jonna\nSkickat: i går\n\n' + vad } },
    { name: 'severity off in policy', policy: { severity: { 'media-vad-fraga': 'off' } },
      message: { from: 'vera.vard@exempelby.se', to: [journalist], body: vad } },
  ],
  invalid: [
    {
      name: 'a care worker answers a journalist about the budget',
      message: { from: 'vera.vard@exempelby.se', to: [journalist], subject: 'Sv: Fråga', body: vad },
      recipients: ['jonna@lokalbladet.example'],
      suggestions: [{ action: 'add', field: 'cc', address: 'olle.omsorg@parti.example', name: 'Olle Omsorg' }],
      messageIncludes: ['vad-fråga', 'Olle Omsorg', 'ordförande i Omsorgsnämnden'],
    },
    {
      name: 'in kommunstyrelsens förvaltning: the KSO',
      message: { from: 'ulla.utredare@exempelby.se', to: [journalist], body: 'Varför lägger nämnden ned skolan?' },
      suggestions: [{ action: 'add', field: 'cc', address: 'karin.ordf@exempelby.se', name: 'Karin Ordf' }],
      messageIncludes: ['kommunstyrelsens ordförande'],
    },
    {
      name: 'in a company: the chair of its board',
      message: { from: 'tea.tekniker@energi.exempelby.se', to: ['nyheter@svt.se'], body: 'Styrelsen beslutade att prioritera elnätet i budgeten.' },
      suggestions: [{ action: 'add', field: 'cc', address: 'elin@parti.example', name: 'Elin Energi' }],
    },
    {
      name: 'a head of förvaltning is a tjänsteperson too',
      message: { from: 'frida.bygg@exempelby.se', to: ['redaktionen@sr.se'], body: vad },
      suggestions: [{ action: 'add', field: 'cc', address: 'berit.bygg@parti.example', name: 'Berit Bygg' }],
    },
    {
      name: 'media reached through a distribution list: the list address is named',
      message: { from: 'vera.vard@exempelby.se', to: ['pressbevakning@exempelby.se'], body: vad },
      recipients: ['pressbevakning@exempelby.se'],
    },
    {
      name: 'the dual-role person writes from the work address',
      message: { from: 'dana.dubbel@exempelby.se', to: [journalist], body: vad },
    },
    {
      name: 'policy can lower the severity to info',
      policy: { severity: { 'media-vad-fraga': 'info' } },
      message: { from: 'vera.vard@exempelby.se', to: [journalist], body: vad },
      severity: 'info',
    },
    {
      name: 'English message',
      lang: 'en',
      message: { from: 'vera.vard@exempelby.se', to: [journalist], body: vad },
      messageIncludes: ['vad-question', 'Olle Omsorg', 'elected representative'],
    },
  ],
});

describe('the media rules', () => {
  const media = [mediaVadFraga, mediaHurFraga, mediaAnsvarigChef, mediaKommunikator];

  it('are registered in the catalogue in the order of rules.md', () => {
    const ids = RULES.map((r) => r.meta.id);
    const at = ids.indexOf('media-vad-fraga');
    expect(ids.slice(at, at + 4)).toEqual(['media-vad-fraga', 'media-hur-fraga', 'media-ansvarig-chef', 'media-kommunikator']);
    for (const rule of media) expect(RULES).toContain(rule);
  });

  it('have the default severities of rules.md and cite "Kommunikation med media"', () => {
    expect(media.map((r) => r.meta.defaultSeverity)).toEqual(['warning', 'warning', 'info', 'info']);
    for (const rule of media) expect(rule.meta.guideline.section).toBe('Kommunikation med media');
  });

  it('have every message in Swedish and English', () => {
    for (const rule of media) expect(Object.keys(rule.meta.messages.en).sort()).toEqual(Object.keys(rule.meta.messages.sv).sort());
  });

  const guidelinePath = fileURLToPath(new URL('../../../../shared/guideline/riktlinje-ansvar-roller-samspel.txt', import.meta.url));
  it.skipIf(!existsSync(guidelinePath))('quote the guideline verbatim', () => {
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    const text = squash(readFileSync(guidelinePath, 'utf8'));
    for (const rule of media) expect(text).toContain(squash(rule.meta.guideline.quote));
  });
});
