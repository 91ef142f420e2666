import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../../core/organisation/import-graph.js';
import type { OrganisationFile, PersonFile } from '../../../core/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../../../docs/examples/${name}`, import.meta.url), 'utf8');
const users = fixture('graph-users.json');
const mapping = fixture('graph-mapping.json');

function person(file: OrganisationFile | undefined, address: string): PersonFile {
  const p = file?.people.find((x) => x.emails.includes(address));
  if (!p) throw new Error(`no person ${address}`);
  return p;
}

describe('importGraph: the sample export and mapping', () => {
  const result = importGraph(users, mapping);
  const file = result.file;

  it('produces the organisation with the mapping\'s name, domains, policy, units and groups', () => {
    expect(file?.schemaVersion).toBe(1);
    expect(file?.organisation).toEqual({ name: 'Kungsörs kommun', internalDomains: ['kungsor.se'] });
    expect(file?.policy?.pressMailbox).toBe('press@kungsor.se');
    expect(file?.units.find((u) => u.id === 'buf')).toMatchObject({ governedBy: 'bun', type: 'forvaltning' });
    expect(file?.groups?.[0]).toMatchObject({ address: 'rektorer@kungsor.se', members: ['lena-bjork'] });
  });

  it('maps job titles to roles by the rules, exact and contains, without case or diacritics', () => {
    expect(person(file, 'helena.marklund@kungsor.se').positions).toEqual([
      { role: 'kommundirektor', unit: 'klf' }, { role: 'forvaltningschef', unit: 'klf' },
    ]);
    expect(person(file, 'anders.nordin@kungsor.se').positions).toEqual([{ role: 'forvaltningschef', unit: 'buf' }]);
    expect(person(file, 'kristina.malm@kungsor.se').positions).toEqual([{ role: 'forvaltningschef', unit: 'sof' }]);
    expect(person(file, 'lena.bjork@kungsor.se').positions).toEqual([{ role: 'chef', unit: 'buf-kks' }]);
    expect(person(file, 'oskar.wallin@kungsor.se').positions).toEqual([{ role: 'kommunikator', unit: 'klf-kommunikation' }]);
    expect(person(file, 'fredrik.olofsson@kungsor.se').positions).toEqual([{ role: 'vd', unit: 'kkt' }]);
    expect(person(file, 'amira.saleh@kungsor.se').positions).toEqual([{ role: 'medarbetare', unit: 'sof-hemtjanst' }]);
  });

  it('lower-cases addresses and keeps the job title', () => {
    expect(person(file, 'helena.marklund@kungsor.se')).toMatchObject({ id: 'helena-marklund', name: 'Helena Marklund', title: 'Kommundirektör' });
  });

  it('creates the enheter the department rules name, under their förvaltning', () => {
    expect(file?.units.find((u) => u.id === 'buf-kks')).toEqual({ id: 'buf-kks', name: 'Kung Karls skola', type: 'enhet', parent: 'buf' });
    expect(file?.units.find((u) => u.id === 'sof-hemtjanst')).toEqual({ id: 'sof-hemtjanst', name: 'Hemtjänsten', type: 'enhet', parent: 'sof' });
  });

  it('turns the expanded manager into the manager\'s person id', () => {
    expect(person(file, 'lena.bjork@kungsor.se').manager).toBe('anders-nordin');
    expect(person(file, 'amira.saleh@kungsor.se').manager).toBe('kristina-malm');
    expect(person(file, 'helena.marklund@kungsor.se').manager).toBeUndefined();
  });

  it('merges the dual-role politician from the mapping into her directory account, tying each position to its address', () => {
    const sara = person(file, 'sara.lindgren@politik.example');
    expect(sara.id).toBe('sara-lindgren');
    expect(sara.emails).toEqual(['sara.lindgren@kungsor.se', 'sara.l@kungsor.se', 'sara.lindgren@politik.example']);
    expect(sara.positions).toEqual([
      { role: 'medarbetare', unit: 'buf-kks', email: 'sara.lindgren@kungsor.se' },
      { role: 'ledamot', unit: 'kf', email: 'sara.lindgren@politik.example' },
    ]);
    expect(sara.manager).toBe('lena-bjork');
    expect(file?.people.filter((p) => p.name === 'Sara Lindgren')).toHaveLength(1);
  });

  it('adds the mapping\'s people who have no account (politicians, journalists)', () => {
    expect(person(file, 'johanna.vik@vlt.se').positions).toEqual([{ role: 'media' }]);
    expect(person(file, 'karin.oberg@kungsor.se').positions.map((p) => p.role)).toEqual(['ordforande', 'ledamot']);
  });

  it('leaves out rooms, disabled accounts and accounts without mail, and says so', () => {
    const addresses = file?.people.flatMap((p) => p.emails) ?? [];
    expect(addresses).not.toContain('adalen@kungsor.se');
    expect(addresses).not.toContain('slutat@kungsor.se');
    expect(addresses.some((a) => a.includes('svc-print'))).toBe(false);
    expect(result.problems.map((p) => p.message)).toEqual([
      'value[6].mail: saknas; använder userPrincipalName "amira.saleh@kungsor.se"',
      'value[10].mail: saknas; användaren tas inte med',
      '1 inaktiverade konton eller gästkonton togs inte med (includeDisabled i mappningsfilen tar med dem)',
    ]);
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('gives every person a unique id', () => {
    const ids = file?.people.map((p) => p.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('importGraph: input shapes', () => {
  const mini = JSON.stringify({ organisation: { internalDomains: ['kungsor.se'] } });
  const u = (n: number) => ({ id: `id${n}`, displayName: `Person ${n}`, mail: `p${n}@kungsor.se`, jobTitle: 'Handläggare', department: 'Socialförvaltningen' });

  it('accepts a plain array of users', () => {
    const r = importGraph(JSON.stringify([u(1), u(2)]), mini);
    expect(r.file?.people.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(r.file?.organisation.name).toBe('kungsor.se');
  });

  it('accepts several pages as an array of Graph responses, and names paths within them', () => {
    const pages = [{ value: [u(1)], '@odata.nextLink': 'https://graph.microsoft.com/v1.0/users?$skiptoken=x' }, { value: [u(2), { displayName: 'Utan adress' }] }];
    const r = importGraph(JSON.stringify(pages), mini);
    expect(r.file?.people.map((p) => p.emails[0])).toEqual(['p1@kungsor.se', 'p2@kungsor.se']);
    expect(r.problems.map((p) => p.message)).toContain('[1].value[1].mail: saknas; användaren tas inte med');
  });

  it('creates a förvaltning for an unmapped department and warns once', () => {
    const r = importGraph(JSON.stringify({ value: [u(1), u(2)] }), mini);
    expect(r.file?.units).toEqual([{ id: 'socialforvaltningen', name: 'Socialförvaltningen', type: 'forvaltning' }]);
    expect(r.problems.map((p) => p.message)).toEqual([
      'value[0].department: avdelningen "Socialförvaltningen" finns inte i mappningsfilen; förvaltningen "socialforvaltningen" skapades (ange den under departments)',
    ]);
    const quiet = importGraph(JSON.stringify({ value: [u(1)] }), JSON.stringify({ unmappedDepartments: 'ignore' }));
    expect(quiet.problems).toEqual([]);
    expect(quiet.file?.people[0]?.positions).toEqual([{ role: 'medarbetare' }]);
  });

  it('guesses roles from titles when no rule matches, and infers domains', () => {
    const r = importGraph(JSON.stringify({ value: [
      { id: 'a', displayName: 'A', mail: 'a@kungsor.se', jobTitle: 'Enhetschef hemtjänst' },
      { id: 'b', displayName: 'B', mail: 'b@kungsor.se', jobTitle: 'Förskollärare', manager: { id: 'a' } },
    ] }), '{}');
    expect(r.file?.people.map((p) => p.positions[0]?.role)).toEqual(['chef', 'medarbetare']);
    expect(r.file?.people[1]?.manager).toBe('a');
    expect(r.file?.organisation.internalDomains).toEqual(['kungsor.se']);
  });

  it('warns about a manager outside the export', () => {
    const r = importGraph(JSON.stringify({ value: [{ ...u(1), manager: { id: 'zzz', mail: 'chef@kungsor.se' } }] }), JSON.stringify({ unmappedDepartments: 'create' }));
    expect(r.problems.map((p) => p.message)).toEqual(['value[0].manager: chefen "chef@kungsor.se" finns inte bland de importerade användarna; används inte']);
  });

  it('reports bad JSON with line and column, and no file', () => {
    const r = importGraph('{\n  "value": [\n    { "mail": "a@kungsor.se", }\n  ]\n}', '{}');
    expect(r.file).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ severity: 'error', code: 'syntax', line: 3 });
    expect(r.problems[0]?.message).toMatch(/^användarfilen: ogiltig JSON/);
  });

  it('reports mapping problems with the mapping path', () => {
    const r = importGraph(JSON.stringify([u(1)]), JSON.stringify({ rules: [{ jobTitle: 'Handläggare', role: 'Astronaut' }], departments: [{ department: 'x' }] }));
    expect(r.problems.map((p) => p.message)).toEqual(expect.arrayContaining([
      'mappning: rules[0].role: okänd roll "Astronaut"',
      'mappning: departments[0].unit: saknas',
    ]));
    expect(r.problems.find((p) => p.message.includes('Astronaut'))?.severity).toBe('error');
  });

  it('rejects a users file of the wrong shape', () => {
    const r = importGraph('{"users": []}', '{}');
    expect(r.file).toBeUndefined();
    expect(r.problems[0]?.message).toMatch(/förväntade ett Graph-svar/);
  });

  it('speaks English when asked', () => {
    const r = importGraph(JSON.stringify([{ displayName: 'X' }]), '{}', { lang: 'en' });
    expect(r.problems.map((p) => p.message)).toContain('[0].mail: missing; the user is left out');
  });
});

describe('importGraph: output the file checker accepts', () => {
  it('passes the organisation file check', async () => {
    const { checkOrganisationFile } = await import('../../../core/organisation/check-file.js');
    const r = importGraph(users, mapping);
    expect(checkOrganisationFile(r.file).problems).toEqual([]);
  });
});
