import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookup } from '../../core/lookup.js';
import { Organisation } from '../../core/organisation/organisation.js';
import type { LookupResult, OrganisationFile } from '../../core/types.js';
import { generatedName, generateOrganisation } from '../../bench/generate-organisation.js';
import { exempelby } from './fixtures/exempelby.js';

const chain = (r: LookupResult | undefined) => (r ? r.path.map((p) => p.address) : []);
const first = (results: LookupResult[]) => results[0];

describe('lookup on exempelby', () => {
  const org = exempelby();

  it('finds a person by name, folding case and å/ä/ö', () => {
    for (const q of ['Vera Vård', 'vera vard', 'VERA VÅRD']) expect(first(lookup(org, q))?.address).toBe('vera.vard@exempelby.se');
  });

  it('a one-letter typo still finds the contact', () => {
    for (const q of ['Vera Vord', 'Fredrk Chef', 'Linus Lovv', 'Ebba Enhat']) {
      expect(lookup(org, q).map((r) => r.name), q).toContain(q.startsWith('Vera') ? 'Vera Vård' : q.startsWith('Fred') ? 'Fredrik Chef' : q.startsWith('Linus') ? 'Linus Lov' : 'Ebba Enhet');
    }
    expect(first(lookup(org, 'Fredrk Chef'))?.name).toBe('Fredrik Chef');
  });

  it('finds people by role', () => {
    expect(lookup(org, 'förvaltningschef').map((r) => r.name)).toEqual(expect.arrayContaining(['Fredrik Chef', 'Frida Bygg']));
    expect(lookup(org, 'kommunikatör').slice(0, 2).map((r) => r.name).sort()).toEqual(['Kai Kommunikatör', 'Kim Kommunikatör']);
  });

  it('finds a unit by topic, with its mailbox or its head; inflected forms too', () => {
    const box = first(lookup(org, 'äldreboende'));
    expect(box).toMatchObject({ kind: 'mailbox', address: 'solgarden@exempelby.se', unit: 'omsf-solgard', unitName: 'Solgårdens boende' });
    const lov = first(lookup(org, 'bygglovet'));
    expect(lov).toMatchObject({ kind: 'unit', unit: 'byggf-lov', address: 'oskar.otydlig@exempelby.se' });
  });

  it('finds a person by address', () => {
    expect(lookup(org, 'Linus.Lov@exempelby.se')).toHaveLength(1);
    expect(first(lookup(org, 'solgarden@exempelby.se'))?.kind).toBe('mailbox');
  });

  it('a förtroendevald looking for staff below the head: the förvaltningschef, then the responsible chef', () => {
    const r = first(lookup(org, 'Vera Vård', { as: 'olle.omsorg@parti.example' }));
    expect(chain(r)).toEqual(['fredrik.chef@exempelby.se', 'ebba.enhet@exempelby.se', 'vera.vard@exempelby.se']);
    expect(r?.path[0]?.roles).toEqual(['forvaltningschef']);
    expect(r?.note).toContain('förvaltningschefen');
    expect(r?.note).toContain('Det är förvaltningschefen som sedan ordnar en dialog med ansvarig chef');
    // A chef: the förvaltningschef, then the chef.
    expect(chain(first(lookup(org, 'Ebba Enhet', { as: 'olle.omsorg@parti.example' })))).toEqual(['fredrik.chef@exempelby.se', 'ebba.enhet@exempelby.se']);
    // A mailbox is staff below the head too.
    expect(chain(first(lookup(org, 'äldreboende', { as: 'lars@privat.example' })))[0]).toBe('fredrik.chef@exempelby.se');
    // The head, a kommunikatör (direct contact allowed) and another förtroendevald: directly.
    expect(chain(first(lookup(org, 'Fredrik Chef', { as: 'olle.omsorg@parti.example' })))).toEqual(['fredrik.chef@exempelby.se']);
    expect(chain(first(lookup(org, 'Kim Kommunikatör', { as: 'olle.omsorg@parti.example' })))).toEqual(['kim.komm@exempelby.se']);
    expect(chain(first(lookup(org, 'Berit Bygg', { as: 'olle.omsorg@parti.example' })))).toEqual(['berit.bygg@parti.example']);
  });

  it('a medarbetare looking for a manager above the nearest manager’s manager or a förtroendevald: the nearest manager first', () => {
    const as = 'vera.vard@exempelby.se';
    expect(chain(first(lookup(org, 'Fredrik Chef', { as })))).toEqual(['ebba.enhet@exempelby.se', 'fredrik.chef@exempelby.se']);
    expect(chain(first(lookup(org, 'Kerstin Direktör', { as })))).toEqual(['ebba.enhet@exempelby.se', 'kerstin.direktor@exempelby.se']);
    expect(chain(first(lookup(org, 'Olle Omsorg', { as })))).toEqual(['ebba.enhet@exempelby.se', 'olle.omsorg@parti.example']);
    expect(first(lookup(org, 'Olle Omsorg', { as }))?.note).toContain('närmaste chef');
    // The nearest manager and the nearest manager's manager: directly.
    expect(chain(first(lookup(org, 'Ebba Enhet', { as })))).toEqual(['ebba.enhet@exempelby.se']);
    expect(chain(first(lookup(org, 'Anders Avdelning', { as })))).toEqual(['anders.avd@exempelby.se']);
    // A colleague elsewhere: directly.
    expect(chain(first(lookup(org, 'Linus Lov', { as })))).toEqual(['linus.lov@exempelby.se']);
  });

  it('a chef below the head looking for a förtroendevald: the förvaltningschef first', () => {
    expect(chain(first(lookup(org, 'Olle Omsorg', { as: 'ebba.enhet@exempelby.se' })))).toEqual(['fredrik.chef@exempelby.se', 'olle.omsorg@parti.example']);
  });

  it('the kommundirektör looking for staff below the head in another förvaltning: its head first', () => {
    expect(chain(first(lookup(org, 'Tea Tekniker', { as: 'kerstin.direktor@exempelby.se' })))).toEqual(['viktor.vd@energi.exempelby.se', 'tea.tekniker@energi.exempelby.se']);
    expect(chain(first(lookup(org, 'Ulla Utredare', { as: 'kerstin.direktor@exempelby.se' })))).toEqual(['ulla.utredare@exempelby.se']);
  });

  it('a citizen, or no one given: the contact directly', () => {
    expect(chain(first(lookup(org, 'Vera Vård', { as: 'medborgare@gmail.example' })))).toEqual(['vera.vard@exempelby.se']);
    expect(chain(first(lookup(org, 'Vera Vård')))).toEqual(['vera.vard@exempelby.se']);
  });

  it('media people are contacts only when asked for by name', () => {
    expect(lookup(org, 'media').some((r) => r.roles.indexOf('media') >= 0)).toBe(false);
    expect(lookup(org, 'lokalbladet').some((r) => r.roles.indexOf('media') >= 0)).toBe(false);
    expect(first(lookup(org, 'Jonna'))?.address).toBe('jonna@lokalbladet.example');
  });

  it('limit, empty queries and English notes', () => {
    expect(lookup(org, 'chef', { limit: 1 })).toHaveLength(1);
    expect(lookup(org, '   ')).toEqual([]);
    const en = first(lookup(org, 'Vera Vård', { as: 'olle.omsorg@parti.example', lang: 'en' }));
    expect(en?.note).toContain('head of the administration');
  });
});

describe('lookup on the bundled Kungsör example', () => {
  const file = JSON.parse(readFileSync(new URL('../../core/example/kungsor.organisation.json', import.meta.url), 'utf8')) as OrganisationFile;
  const org = new Organisation(file);

  it('a förtroendevald looking for a teacher: the förvaltningschef, the rektor, the teacher', () => {
    const r = first(lookup(org, 'Erik Sundqvist', { as: 'karin.oberg@kungsor.se' }));
    expect(r?.path.map((p) => p.name)).toEqual(['Anders Nordin', 'Lena Björk', 'Erik Sundqvist']);
    expect(first(lookup(org, 'erik sundkvist'))?.name).toBe('Erik Sundqvist');
  });

  it('roles and topics: rektor, skolskjuts, hemtjänst', () => {
    expect(lookup(org, 'rektor').map((r) => r.name)).toEqual(expect.arrayContaining(['Lena Björk', 'Magnus Engström']));
    expect(first(lookup(org, 'skolskjuts'))).toMatchObject({ unit: 'buf', name: 'Anders Nordin' });
    expect(first(lookup(org, 'hemtjänst'))).toMatchObject({ kind: 'mailbox', address: 'hemtjanst@kungsor.se' });
    expect(lookup(org, 'reporter').some((r) => r.roles.indexOf('media') >= 0)).toBe(false);
  });
});

describe('lookup on a generated organisation of 50 000 people', () => {
  const file = generateOrganisation(50_000);
  const org = new Organisation(file);

  it('returns the right person, with a typo, and the path through the förvaltningschef', () => {
    // A medarbetare without a manager of their own (p31234, every 7th, reports to the förvaltningschef directly).
    const target = file.people[31_235]!;
    expect(target.name).toBe(generatedName(31_235));
    expect(target.manager).toBeUndefined();
    const r = first(lookup(org, target.name, { as: 'p3@kommun.example' }));
    expect(r?.address).toBe('p31235@kommun.example');
    const f = org.forvaltningOf(target.positions[0]!.unit);
    expect(r?.path[0]?.address).toBe(org.addressOf(org.headOf(f)!));
    expect(r?.path).toHaveLength(3);
    const typo = target.name.slice(0, -1) + (target.name.slice(-1) === 'x' ? 'y' : 'x');
    expect(lookup(org, typo).map((x) => x.address)).toContain('p31235@kommun.example');
    expect(first(lookup(org, 'ämne7x3'))?.unit).toBe('f7-e3');
    for (const i of [5, 12_345, 49_999]) expect(first(lookup(org, generatedName(i)))?.address).toBe('p' + i + '@kommun.example');
  }, 60_000);
});
