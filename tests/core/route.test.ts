import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Organisation } from '../../core/organisation/organisation.js';
import { route } from '../../core/route.js';
import type { OrganisationFile } from '../../core/types.js';
import { generatedName, generateOrganisation } from '../../bench/generate-organisation.js';
import { exempelby } from './fixtures/exempelby.js';

const journalist = 'Jonna Journalist <jonna@lokalbladet.example>';
const names = (r: ReturnType<typeof route>) => r.answerers.map((a) => a.name);

describe('route on exempelby', () => {
  const org = exempelby();

  it('a vad-question naming a board goes to its ordförande, with the communicator of its förvaltning', () => {
    const r = route(org, { from: journalist, to: ['press@exempelby.se'], subject: 'Fråga',
      body: 'Varför har omsorgsnämnden beslutat att lägga ned Solgårdens boende?' });
    expect(r.question).toBe('vad');
    expect(r.media).toBe(true);
    expect(r.about).toEqual({ unit: 'omsn', name: 'Omsorgsnämnden' });
    expect(r.answerers).toEqual([
      { address: 'olle.omsorg@parti.example', name: 'Olle Omsorg', roles: ['ordforande'], reason: expect.stringContaining('omsorgsnämnden') },
    ]);
    expect(r.communicator).toEqual({ address: 'kim.komm@exempelby.se', name: 'Kim Kommunikatör' });
    expect(r.explanation).toContain('vad-fråga');
    expect(r.explanation).toContain('Förtroendevalda ska ta konsekvenserna för sina fattade beslut inför media');
    expect(r.explanation).toContain('Kommunikatörerna finns som expertstöd');
  });

  it('a hur-question naming a topic goes to the head of that förvaltning', () => {
    const r = route(org, { from: journalist, to: ['press@exempelby.se'], subject: 'Bygglov',
      body: 'Hur lång är handläggningstiden för bygglovet just nu?' });
    expect(r.question).toBe('hur');
    expect(r.about).toEqual({ unit: 'byggf', name: 'Bygg- och miljöförvaltningen' });
    expect(names(r)).toEqual(['Frida Bygg']);
    expect(r.answerers[0]!.roles).toEqual(['forvaltningschef']);
    // Bygg- och miljöförvaltningen has no kommunikatör: the one in the kommundirektör's förvaltning.
    expect(r.communicator?.address).toBe('kai.komm@exempelby.se');
    expect(r.explanation).toContain('Lovenheten');
    expect(r.explanation).toContain('Ansvarig chef hanterar media');
  });

  it('inflected and unaccented names are found ("socialnämndens", "aldreboendet", "utbildningsnämnden")', () => {
    expect(route(org, { from: journalist, to: ['press@exempelby.se'], body: 'Hur manga tjanster finns pa aldreboendet?' }).about?.unit).toBe('omsf');
    expect(route(org, { from: journalist, to: ['press@exempelby.se'], body: 'Vad anser BYGG- OCH MILJÖNÄMNDENS ordförande?' }).about?.unit).toBe('byggn');
    expect(route(org, { from: journalist, to: ['press@exempelby.se'], body: 'Varför sparar miljönämnden?' }).about?.unit).toBe('byggn');
  });

  it('a person named in the text places the request in their förvaltning', () => {
    const r = route(org, { from: journalist, to: ['press@exempelby.se'], body: 'Hur många ärenden handlägger Linus Lov per vecka?' });
    expect(r.about?.unit).toBe('byggf');
    expect(names(r)).toEqual(['Frida Bygg']);
  });

  it('a hur-question about a company goes to its VD', () => {
    const r = route(org, { from: journalist, to: ['press@exempelby.se'], body: 'Hur många tjänster är tillsatta på Exempelby Energi AB?' });
    expect(names(r)).toEqual(['Viktor VD']);
  });

  it('kommunstyrelsen: the KSO answers vad', () => {
    const r = route(org, { from: journalist, to: ['press@exempelby.se'], body: 'Vad tycker kommunstyrelsen om budgeten för 2027?' });
    expect(r.question).toBe('vad');
    expect(names(r)).toEqual(['Karin Ordf']);
    expect(r.answerers[0]!.roles).toEqual(['kso']);
  });

  it('nothing named: the förvaltning of the internal recipients; an unknown question gets both, politician first', () => {
    const r = route(org, { from: journalist, to: ['vera.vard@exempelby.se'], subject: 'Hej', body: 'Kan vi träffas i morgon?' });
    expect(r.question).toBeNull();
    expect(r.about?.unit).toBe('omsf');
    expect(names(r)).toEqual(['Olle Omsorg', 'Fredrik Chef']);
    expect(r.explanation).toContain('Omsorgsförvaltningen');
  });

  it('nothing named and no telling recipient: the KSO and the kommundirektör', () => {
    const r = route(org, { from: journalist, to: ['press@exempelby.se'], subject: 'Hej', body: 'Kan vi träffas i morgon?' });
    expect(r.about).toBeUndefined();
    expect(names(r)).toEqual(['Karin Ordf', 'Kerstin Direktör']);
    const vad = route(org, { from: journalist, to: ['press@exempelby.se'], body: 'Varför har nämnden beslutat att lägga ned verksamheten?' });
    expect(vad.question).toBe('vad');
    expect(names(vad)).toEqual(['Karin Ordf']);
    const hur = route(org, { from: journalist, to: ['press@exempelby.se'], body: 'Hur många tjänster är tillsatta?' });
    expect(names(hur)).toEqual(['Kerstin Direktör']);
  });

  it('the text decides over the recipients', () => {
    const r = route(org, { from: journalist, to: ['vera.vard@exempelby.se'], body: 'Hur lång är handläggningstiden för bygglov?' });
    expect(names(r)).toEqual(['Frida Bygg']);
  });

  it('quoted history is not read', () => {
    const r = route(org, { from: journalist, to: ['press@exempelby.se'], subject: 'Sv: hej',
      body: 'Tack!\n\n-----Ursprungligt meddelande-----\nFrån: Kim\nSkickat: i går\n\nHur lång är handläggningstiden för bygglov?' });
    expect(r.about).toBeUndefined();
  });

  it('a message not from media has no communicator and says so', () => {
    const r = route(org, { from: 'medborgare@gmail.example', to: ['press@exempelby.se'], body: 'Hur lång är handläggningstiden för bygglov?' });
    expect(r.media).toBe(false);
    expect(r.communicator).toBeNull();
    expect(names(r)).toEqual(['Frida Bygg']);
  });

  it('English', () => {
    const r = route(org, { from: journalist, to: ['press@exempelby.se'], body: 'Varför har omsorgsnämnden beslutat att lägga ned Solgårdens boende?' }, { lang: 'en' });
    expect(r.answerers[0]!.reason).toContain('Chair of');
    expect(r.explanation).toContain('vad-question');
    expect(r.explanation).toContain('guideline');
  });

  it('very long text is cut, never a hang', () => {
    const body = 'Hur fungerar bygglov på Lovenheten? '.repeat(50_000);
    const r = route(org, { from: journalist, to: ['press@exempelby.se'], body });
    expect(names(r)).toEqual(['Frida Bygg']);
  });
});

describe('route on the bundled Kungsör example', () => {
  const file = JSON.parse(readFileSync(new URL('../../core/example/kungsor.organisation.json', import.meta.url), 'utf8')) as OrganisationFile;
  const org = new Organisation(file);
  const reporter = 'Johanna Vik <johanna.vik@vlt.se>';

  it('a vad-question about the schools goes to the ordförande of barn- och utbildningsnämnden', () => {
    const r = route(org, { from: reporter, to: ['press@kungsor.se'], body: 'Varför har barn- och utbildningsnämnden beslutat att lägga ned Hagaskolan?' });
    expect(r.question).toBe('vad');
    expect(r.about?.unit).toBe('bun');
    expect(names(r)).toEqual(['Karin Öberg']);
    expect(r.communicator?.name).toBe('Hanna Bergqvist');
  });

  it('a hur-question about snow clearing goes to the VD of Kungsörs KommunTeknik AB', () => {
    const r = route(org, { from: reporter, to: ['press@kungsor.se'], body: 'Hur fungerar snöröjningen på Kungsgatan?' });
    expect(r.question).toBe('hur');
    expect(names(r)).toEqual(['Fredrik Olofsson']);
  });

  it('a hur-question about the queue to förskolan goes to the barn- och utbildningschef', () => {
    const r = route(org, { from: reporter, to: ['press@kungsor.se'], body: 'Hur lång är kön till förskolan?' });
    expect(names(r)).toEqual(['Anders Nordin']);
  });
});

describe('route on a generated organisation of 50 000 people', () => {
  const file = generateOrganisation(50_000);
  const org = new Organisation(file);

  it('finds the förvaltning of a deep enhet, a topic and a person', () => {
    const press = 'reporter@tidning.example';
    const byUnit = route(org, { from: press, to: ['p2@kommun.example'], body: 'Hur många tjänster är tillsatta på Enhet 7-12?' });
    expect(byUnit.about?.unit).toBe('f7');
    expect(byUnit.answerers[0]!.roles).toEqual(['forvaltningschef']);
    const byTopic = route(org, { from: press, to: ['p2@kommun.example'], body: 'Varför prioriterar nämnden ämne13x4 i budgeten?' });
    expect(byTopic.question).toBe('vad');
    expect(byTopic.about?.unit).toBe('f13');
    expect(byTopic.answerers[0]!.address).toBe(org.addressOf(org.chairOf('n13')!));
    const target = file.people[31_234]!;
    expect(target.name).toBe(generatedName(31_234));
    const byPerson = route(org, { from: press, to: ['p2@kommun.example'], body: `Hur många ärenden har ${target.name} i veckan?` });
    const f = org.forvaltningOf(target.positions[0]!.unit);
    expect(byPerson.about?.unit).toBe(f);
    expect(byPerson.answerers[0]!.address).toBe(org.addressOf(org.headOf(f)!));
  }, 30_000);
});
