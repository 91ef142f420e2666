// The derived relations of domain.md on the non-Kungsör fixture: what every rule, route and lookup
// stands on.
import { describe, expect, it } from 'vitest';
import { Organisation } from '../../../core/organisation/organisation.js';
import { EXEMPELBY, exempelby } from '../fixtures/exempelby.js';

const org = exempelby();
const name = (p: { name: string } | undefined) => p?.name;

describe('förvaltning, head and board', () => {
  it('walks parent to the förvaltning or bolag', () => {
    expect(org.forvaltningOf('omsf-solgard')).toBe('omsf');
    expect(org.forvaltningOf('omsf')).toBe('omsf');
    expect(org.forvaltningOf('energi')).toBe('energi');
    expect(org.forvaltningOf('fm')).toBeUndefined();
    expect(org.forvaltningOf('finns-inte')).toBeUndefined();
  });

  it('heads: the förvaltningschef, the VD of a bolag, the kommundirektör for her own förvaltning', () => {
    expect(name(org.headOf('omsf'))).toBe('Fredrik Chef');
    expect(name(org.headOf('energi'))).toBe('Viktor VD');
    expect(name(org.headOf('ledn'))).toBe('Kerstin Direktör');
  });

  it('the responsible politician: the ordförande of the governing board; kommunstyrelsen: the KSO', () => {
    expect(name(org.responsiblePolitician('omsf'))).toBe('Olle Omsorg');
    expect(name(org.responsiblePolitician('energi'))).toBe('Elin Energi');
    expect(name(org.responsiblePolitician('ledn'))).toBe('Karin Ordf');
    expect(org.isKommunstyrelsen('styr')).toBe(true);
    expect(org.isKommunstyrelsen('omsn')).toBe(false);
  });
});

describe('nearest manager (närmaste chef)', () => {
  const person = (id: string) => org.person(id)!;
  it('is the chef of the unit, for a chef the chef above, then the head, then the kommundirektör', () => {
    expect(name(org.nearestManager(person('vard')))).toBe('Ebba Enhet');
    expect(name(org.nearestManager(person('enh')))).toBe('Anders Avdelning');
    expect(name(org.nearestManager(person('avd')))).toBe('Fredrik Chef');
    expect(name(org.nearestManager(person('fc-oms')))).toBe('Kerstin Direktör');
    expect(name(org.nearestManager(person('vd')))).toBe('Kerstin Direktör');
    expect(org.nearestManager(person('kd'))).toBeUndefined();
  });
  it('an explicit manager wins', () => {
    expect(name(org.nearestManager(person('assist')))).toBe('Fredrik Chef');
  });
});

describe('communicator for a sender', () => {
  it('in the own förvaltning, else in the kommundirektör\'s, else the press mailbox', () => {
    expect(org.communicatorFor('omsf')?.name).toBe('Kim Kommunikatör');
    expect(org.communicatorFor('byggf')?.name).toBe('Kai Kommunikatör');
    const noComms = new Organisation({ ...EXEMPELBY, people: EXEMPELBY.people.filter((p) => !p.positions.some((x) => x.role === 'kommunikator')) });
    expect(noComms.communicatorFor('omsf')?.address).toBe('press@exempelby.se');
  });
});

describe('classify', () => {
  it('people by their positions, mailboxes as staff, media by domain and subdomain, own domain as okänd', () => {
    expect(org.classify({ address: 'vera.vard@exempelby.se' })).toMatchObject({ group: 'tjansteperson', roles: ['medarbetare'], forvaltning: 'omsf' });
    expect(org.classify({ address: 'solgarden@exempelby.se' })).toMatchObject({ group: 'tjansteperson', roles: ['medarbetare'], forvaltning: 'omsf' });
    expect(org.classify({ address: 'press@exempelby.se' })).toMatchObject({ group: 'tjansteperson', roles: ['kommunikator'], forvaltning: 'ledn' });
    expect(org.classify({ address: 'diarium@exempelby.se' })).toMatchObject({ roles: ['registrator'] });
    expect(org.classify({ address: 'reporter@nyheter.svt.se' }).group).toBe('media');
    expect(org.classify({ address: 'x@lokalbladet.example' }).group).toBe('media');
    expect(org.classify({ address: 'ny.person@exempelby.se' }).group).toBe('okand');
    expect(org.classify({ address: 'ny.person@sub.exempelby.se' }).group).toBe('okand');
    expect(org.classify({ address: 'granne@gmail.example' }).group).toBe('medborgare');
  });

  it('a dual-role person: the position tied to the address, or förtroendevald when none is tied', () => {
    expect(org.classify({ address: 'dana.dubbel@exempelby.se' }).group).toBe('tjansteperson');
    expect(org.classify({ address: 'dana@parti.example' }).group).toBe('fortroendevald');
    expect(org.classify({ address: 'oskar.otydlig@exempelby.se' }).group).toBe('fortroendevald');
    expect(org.classify({ address: 'oskar.otydlig@exempelby.se' }, { actingAs: 'tjansteperson' })).toMatchObject({ group: 'tjansteperson', roles: ['chef'] });
  });

  it('compares addresses without case and with Unicode normalised', () => {
    expect(org.classify({ address: ' VERA.Vard@Exempelby.SE ' }).personId).toBe('vard');
  });

  it('gives every caller an object of its own (remembered classifications are not shared)', () => {
    const a = org.classify({ address: 'vera.vard@exempelby.se' });
    a.roles.push('kommundirektor');
    a.group = 'media';
    const b = org.classify({ address: 'vera.vard@exempelby.se', name: 'Vera' });
    expect(b).toMatchObject({ group: 'tjansteperson', roles: ['medarbetare'], name: 'Vera' });
    expect(org.classify({ address: 'vera.vard@exempelby.se' }).name).toBe('Vera Vård');
  });
});

describe('policy defaults', () => {
  it('fills in what the file leaves out, and the file extends the built-in newsrooms', () => {
    const bare = new Organisation({ ...EXEMPELBY, policy: undefined });
    expect(bare.policy.sendCheck).toBe('prompt');
    expect(bare.policy.directContactAllowed).toEqual(['kommunikator', 'namndsekreterare', 'registrator']);
    expect(bare.policy.mediaDomains).toContain('svt.se');
    expect(org.policy.mediaDomains).toEqual(expect.arrayContaining(['svt.se', 'lokalbladet.example']));
  });
});
