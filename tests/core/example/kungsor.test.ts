// The bundled example organisation: Kungsör's real structure with fictional people. The demo
// scenarios (politician → teacher, teacher → journalist, chef → politician, KD → staff in buf)
// depend on what is asserted here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ELECTED_ROLES, ROLES, type OrganisationFile, type PersonFile, type Role } from '../../../core/types.js';
import { checkOrganisationFile } from '../../../core/organisation/check-file.js';
import { Organisation } from '../../../core/organisation/organisation.js';
import { validateOrganisation } from '../../../core/organisation/validate.js';

const file = JSON.parse(readFileSync(new URL('../../../core/example/kungsor.organisation.json', import.meta.url), 'utf8')) as OrganisationFile;
const unitById = new Map(file.units.map((u) => [u.id, u]));
const personById = new Map(file.people.map((p) => [p.id, p]));
const byAddress = (a: string): PersonFile => {
  const p = file.people.find((x) => x.emails.includes(a));
  if (!p) throw new Error(`no ${a}`);
  return p;
};
const holders = (role: Role, unit?: string) => file.people.filter((p) => p.positions.some((x) => x.role === role && (unit === undefined || x.unit === unit)));

describe('the example organisation: structure', () => {
  it('says the people are fictional', () => {
    expect(file.organisation.name).toBe('Kungsörs kommun');
    expect(file.organisation.internalDomains).toEqual(['kungsor.se']);
    expect(file.organisation.description).toMatch(/fiktiva/);
  });

  it('passes the schema and reference check and validation without any problem or warning', () => {
    expect(checkOrganisationFile(file).problems).toEqual([]);
    expect(validateOrganisation(file)).toEqual([]);
  });

  it('has Kungsör\'s boards, förvaltningar and companies', () => {
    const types = Object.fromEntries(file.units.map((u) => [u.id, u.type]));
    expect(types).toMatchObject({
      kf: 'fullmaktige', ks: 'styrelse', bun: 'namnd', sn: 'namnd', vn: 'namnd',
      klf: 'forvaltning', buf: 'forvaltning', sof: 'forvaltning',
      kkt: 'bolag', 'kkt-st': 'styrelse', kva: 'bolag', 'kva-st': 'styrelse', kfab: 'bolag', 'kfab-st': 'styrelse',
    });
    expect(unitById.get('klf')?.governedBy).toBe('ks');
    expect(unitById.get('buf')?.governedBy).toBe('bun');
    expect(unitById.get('sof')?.governedBy).toBe('sn');
    expect(unitById.get('kkt')?.governedBy).toBe('kkt-st');
    expect(unitById.get('kva')?.governedBy).toBe('kva-st');
    // culture and leisure sit under kommunstyrelsen's förvaltning
    expect(unitById.get('klf-bibliotek')?.parent).toBe('klf-kultur-fritid');
    expect(unitById.get('klf-kultur-fritid')?.parent).toBe('klf');
  });

  it('uses unique ids, and every reference points at something that exists', () => {
    expect(new Set(file.units.map((u) => u.id)).size).toBe(file.units.length);
    expect(new Set(file.people.map((p) => p.id)).size).toBe(file.people.length);
    for (const u of file.units) {
      if (u.parent) expect(unitById.has(u.parent), `${u.id}.parent`).toBe(true);
      if (u.governedBy) expect(unitById.has(u.governedBy), `${u.id}.governedBy`).toBe(true);
    }
    for (const p of file.people) {
      if (p.manager) expect(personById.has(p.manager), `${p.id}.manager`).toBe(true);
      for (const pos of p.positions) {
        if (pos.unit) expect(unitById.has(pos.unit), `${p.id} ${pos.role} ${pos.unit}`).toBe(true);
        if (pos.email) expect(p.emails).toContain(pos.email);
      }
    }
    for (const g of file.groups ?? []) for (const m of g.members) expect(personById.has(m), `${g.address} ${m}`).toBe(true);
  });

  it('writes every address in lower case, each held by one person only', () => {
    const all = file.people.flatMap((p) => p.emails);
    for (const a of all) expect(a).toBe(a.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
  });

  it('covers every role', () => {
    const used = new Set(file.people.flatMap((p) => p.positions.map((x) => x.role)));
    expect([...ROLES].filter((r) => !used.has(r))).toEqual([]);
  });

  it('has a head for every förvaltning and bolag', () => {
    for (const u of file.units.filter((x) => x.type === 'forvaltning' || x.type === 'bolag')) {
      const head = u.type === 'bolag' ? holders('vd', u.id) : [...holders('forvaltningschef', u.id), ...holders('kommundirektor', u.id)];
      expect(head.length, `head of ${u.id}`).toBeGreaterThan(0);
      expect(u.governedBy, `${u.id}.governedBy`).toBeDefined();
    }
  });

  it('has an ordförande for every board, and a KSO and oppositionsledare in kommunstyrelsen', () => {
    for (const u of file.units.filter((x) => ['fullmaktige', 'styrelse', 'namnd'].includes(x.type))) {
      expect(holders('ordforande', u.id).length, `ordförande of ${u.id}`).toBe(1);
    }
    expect(holders('kso', 'ks').map((p) => p.name)).toEqual(['Margareta Holm']);
    expect(holders('oppositionsledare').map((p) => p.name)).toEqual(['Johan Ek']);
  });

  it('has a kommundirektör who is also förvaltningschef of kommunledningsförvaltningen', () => {
    const kd = holders('kommundirektor');
    expect(kd).toHaveLength(1);
    expect(kd[0]?.positions).toEqual([{ role: 'kommundirektor', unit: 'klf' }, { role: 'forvaltningschef', unit: 'klf' }]);
  });

  it('has communicators in klf and in buf', () => {
    expect(holders('kommunikator', 'klf-kommunikation').length).toBeGreaterThan(0);
    expect(holders('kommunikator', 'buf').length).toBeGreaterThan(0);
  });

  it('has a dual-role person whose positions are tied to her work and party addresses', () => {
    const sara = byAddress('sara.lindgren@kungsor.se');
    expect(sara.emails).toEqual(['sara.lindgren@kungsor.se', 'sara.lindgren@politik.example']);
    expect(sara.positions).toEqual([
      { role: 'medarbetare', unit: 'buf-kks', email: 'sara.lindgren@kungsor.se', title: 'Lärare' },
      { role: 'ledamot', unit: 'kf', email: 'sara.lindgren@politik.example' },
    ]);
    const elected = new Set<string>(ELECTED_ROLES);
    expect(file.people.filter((p) => p.positions.some((x) => elected.has(x.role)) && p.positions.some((x) => !elected.has(x.role)))).toEqual([sara]);
  });

  it('gives someone an explicit manager where the unit tree cannot say it (two chefs at Hagaskolan)', () => {
    expect(byAddress('åsa.öhman@kungsor.se').manager).toBe('sofia-nilsson');
    expect(holders('chef', 'buf-haga')).toHaveLength(2);
  });

  it('has distribution lists, a Unicode one among them, and unit mailboxes', () => {
    expect(file.groups?.find((g) => g.address === 'rektorer@kungsor.se')?.members).toContain('lena-bjork');
    expect(file.groups?.find((g) => g.address === 'lärare@kungsor.se')?.members).toContain('erik-sundqvist');
    expect(unitById.get('buf-kks')?.mailbox).toBe('kungkarl@kungsor.se');
    expect(file.units.filter((u) => u.mailbox).length).toBeGreaterThanOrEqual(5);
  });

  it('has the policy the guideline implies', () => {
    expect(file.policy).toMatchObject({
      pressMailbox: 'press@kungsor.se',
      registratorMailbox: 'registrator@kungsor.se',
      whistleblowerUrl: 'https://www.kungsor.se/visselblasning',
      directContactAllowed: ['kommunikator', 'namndsekreterare', 'registrator'],
      sendCheck: 'prompt',
    });
    expect(file.policy?.mediaDomains).toContain('vlt.se');
  });

  it('gives the topics people search for to the right units', () => {
    const topicUnit = (t: string) => file.units.filter((u) => u.topics?.includes(t)).map((u) => u.id);
    expect(topicUnit('hemtjänst')).toEqual(['sof-hemtjanst']);
    expect(topicUnit('bibliotek')).toEqual(['klf-bibliotek']);
    expect(topicUnit('badhus')).toEqual(['klf-badhus']);
    expect(topicUnit('skolskjuts')).toEqual(['buf']);
    expect(topicUnit('förskola')).toEqual(['buf-forskola']);
    expect(topicUnit('vatten')).toEqual(['kva']);
    expect(topicUnit('avlopp')).toEqual(['kva']);
    expect(topicUnit('snöröjning')).toEqual(['kkt', 'kkt-gata-park']);
    expect(topicUnit('ekonomiskt bistånd')).toEqual(['sof-ifo']);
    expect(topicUnit('grundskola')).toEqual(['buf-kks', 'buf-haga']);
    // building permits are handled by the myndighetsförbund with Arboga, outside the organisation
    expect(topicUnit('bygglov')).toEqual([]);
  });

  it('has about forty people, journalists among them', () => {
    expect(file.people.length).toBeGreaterThanOrEqual(40);
    expect(holders('media').map((p) => p.emails[0])).toEqual(['johanna.vik@vlt.se', 'patrik.fors@sr.se', 'tove@frilansnytt.example']);
  });
});

describe('the example organisation: the relations the demo scenarios use', () => {
  const org = new Organisation(file);

  it('politician → teacher: the teacher is in buf, whose head is the förvaltningschef', () => {
    const erik = org.classify({ address: 'erik.sundqvist@kungsor.se' });
    expect(erik).toMatchObject({ group: 'tjansteperson', roles: ['medarbetare'], forvaltning: 'buf' });
    expect(org.headOf('buf')?.emails[0]).toBe('anders.nordin@kungsor.se');
    expect(org.classify({ address: 'karin.oberg@kungsor.se' })).toMatchObject({ group: 'fortroendevald' });
  });

  it('teacher → journalist: the journalist is media, the teacher has a nearest manager and a communicator', () => {
    expect(org.classify({ address: 'johanna.vik@vlt.se' }).group).toBe('media');
    expect(org.classify({ address: 'tove@frilansnytt.example' }).group).toBe('media');
    expect(org.nearestManager(byAddress('erik.sundqvist@kungsor.se'))?.name).toBe('Lena Björk');
    expect(org.communicatorFor('buf')?.address).toBe('hanna.bergqvist@kungsor.se');
  });

  it('the responsible politicians: bun\'s ordförande for buf, the KSO for klf, the boards\' chairs for the companies', () => {
    expect(org.responsiblePolitician('buf')?.name).toBe('Karin Öberg');
    expect(org.responsiblePolitician('klf')?.name).toBe('Margareta Holm');
    expect(org.responsiblePolitician('sof')?.name).toBe('Per-Olof Wikström');
    expect(org.responsiblePolitician('kva')?.name).toBe('Anneli Forsberg');
    expect(org.headOf('kkt')?.name).toBe('Fredrik Olofsson');
  });

  it('the dual-role person acts by the address she writes from', () => {
    expect(org.classify({ address: 'sara.lindgren@kungsor.se' }).group).toBe('tjansteperson');
    expect(org.classify({ address: 'sara.lindgren@politik.example' }).group).toBe('fortroendevald');
  });

  it('mailboxes and unknown own addresses', () => {
    expect(org.classify({ address: 'press@kungsor.se' }).roles).toEqual(['kommunikator']);
    expect(org.classify({ address: 'kungkarl@kungsor.se' })).toMatchObject({ group: 'tjansteperson', forvaltning: 'buf' });
    expect(org.classify({ address: 'okand.person@kungsor.se' }).group).toBe('okand');
    expect(org.classify({ address: 'granne@mejl.example' }).group).toBe('medborgare');
  });
});
