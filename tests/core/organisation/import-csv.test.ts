import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv, roleFromName } from '../../../core/organisation/import-csv.js';
import { decodeText, encodeWindows1252 } from '../../../core/text/encoding.js';
import type { OrganisationFile, PersonFile } from '../../../core/types.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../docs/examples/${name}`, import.meta.url)));

function person(file: OrganisationFile | undefined, address: string): PersonFile {
  const p = file?.people.find((x) => x.emails.includes(address));
  if (!p) throw new Error(`no person ${address}`);
  return p;
}
function unitName(file: OrganisationFile | undefined, id: string | undefined): string | undefined {
  return file?.units.find((u) => u.id === id)?.name;
}

describe('importCsv: the Windows-1252 semicolon file Swedish Excel writes', () => {
  const result = importCsv(fixture('personal-semikolon-windows1252.csv'), { organisationName: 'Kungsörs kommun' });
  const file = result.file;

  it('reads without problems and keeps å, ä, ö and the en dash', () => {
    expect(result.problems).toEqual([]);
    expect(person(file, 'lena.bjork@kungsor.se').name).toBe('Lena Björk');
    expect(person(file, 'erik.sundqvist@kungsor.se').title).toBe('Lärare – matematik');
    expect(person(file, 'karin.oberg@kungsor.se').name).toBe('Öberg, Karin');
    expect(file?.organisation).toEqual({ name: 'Kungsörs kommun', internalDomains: ['kungsor.se'] });
  });

  it('maps Swedish role names to role codes', () => {
    expect(person(file, 'helena.marklund@kungsor.se').positions.map((p) => p.role)).toEqual(['kommundirektor']);
    expect(person(file, 'lena.bjork@kungsor.se').positions[0]?.role).toBe('chef'); // Rektor
    expect(person(file, 'oskar.wallin@kungsor.se').positions[0]?.role).toBe('kommunikator'); // Kommunikatör
    expect(person(file, 'roger.lindberg@kungsor.se').positions[0]?.role).toBe('chef'); // Enhetschef
    expect(person(file, 'amira.saleh@kungsor.se').positions[0]?.role).toBe('medarbetare'); // Undersköterska
    expect(person(file, 'erik.sundqvist@kungsor.se').positions[0]?.role).toBe('medarbetare'); // empty role, title Lärare
    expect(person(file, 'fredrik.olofsson@kungsor.se').positions[0]?.role).toBe('vd');
    expect(person(file, 'karin.oberg@kungsor.se').positions[0]?.role).toBe('ordforande');
    expect(person(file, 'johanna.vik@vlt.se').positions).toEqual([{ role: 'media' }]);
  });

  it('builds förvaltningar, enheter under them, boards and bolag from the names', () => {
    const lena = person(file, 'lena.bjork@kungsor.se');
    const kks = file?.units.find((u) => u.id === lena.positions[0]?.unit);
    expect(kks).toMatchObject({ name: 'Kung Karls skola', type: 'enhet' });
    expect(file?.units.find((u) => u.id === kks?.parent)).toMatchObject({ name: 'Barn- och utbildningsförvaltningen', type: 'forvaltning' });
    const byName = (n: string) => file?.units.find((u) => u.name === n);
    expect(byName('Kungsörs KommunTeknik AB')?.type).toBe('bolag');
    expect(byName('Barn- och utbildningsnämnden')?.type).toBe('namnd');
    expect(byName('Kommunstyrelsen')?.type).toBe('styrelse');
    expect(byName('Kommunfullmäktige')?.type).toBe('fullmaktige');
    expect(byName('Hemtjänsten')).toMatchObject({ type: 'enhet', id: 'hemtjansten' });
    // ids are unique and ASCII
    const ids = file?.units.map((u) => u.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('resolves the chef column to person ids', () => {
    expect(person(file, 'erik.sundqvist@kungsor.se').manager).toBe(person(file, 'lena.bjork@kungsor.se').id);
    expect(person(file, 'lena.bjork@kungsor.se').manager).toBe(person(file, 'anders.nordin@kungsor.se').id);
    expect(person(file, 'helena.marklund@kungsor.se').manager).toBeUndefined();
  });

  it('makes several rows with one address into one person with several positions', () => {
    const holm = file?.people.filter((p) => p.emails.includes('margareta.holm@kungsor.se')) ?? [];
    expect(holm).toHaveLength(1);
    expect(holm[0]?.positions.map((p) => [p.role, unitName(file, p.unit)])).toEqual([
      ['kso', 'Kommunstyrelsen'],
      ['ledamot', 'Kommunfullmäktige'],
    ]);
  });

  it('does not count the politicians\' or journalists\' domains as internal', () => {
    expect(file?.organisation.internalDomains).toEqual(['kungsor.se']);
  });
});

describe('importCsv: a comma-separated UTF-8 file with BOM and English headers', () => {
  const result = importCsv(fixture('personal-komma-utf8-bom.csv'));
  const file = result.file;

  it('reads the BOM file and its quoted fields', () => {
    expect(result.problems).toEqual([]);
    expect(file?.organisation.name).toBe('kungsor.se');
    expect(person(file, 'ingrid.aberg@kungsor.se').name).toBe('Ingrid Åberg');
    expect(person(file, 'åsa.öhman@kungsor.se')).toMatchObject({ name: 'Åsa Öhman', title: 'Lärare, svenska och SO' });
    expect(person(file, 'åsa.öhman@kungsor.se').positions[0]?.role).toBe('medarbetare');
  });

  it('gives several roles in one cell one position each', () => {
    expect(person(file, 'linnea.akesson@kungsor.se').positions.map((p) => p.role)).toEqual(['ledamot', 'ersattare']);
  });

  it('puts the library under its förvaltning and names the manager', () => {
    const nils = person(file, 'nils.hellstrom@kungsor.se');
    expect(unitName(file, nils.positions[0]?.unit)).toBe('Kungsörs bibliotek');
    expect(nils.manager).toBe('ingrid-aberg');
    expect(file?.units.find((u) => u.name === 'Kungsörs Vatten AB')?.type).toBe('bolag');
  });

  it('reads the same text identically as a string and as UTF-8 bytes', () => {
    const bytes = fixture('personal-komma-utf8-bom.csv');
    const asString = importCsv(decodeText(bytes).text);
    expect(asString.file).toEqual(file);
  });
});

describe('importCsv: problems name the line and do not stop the other rows', () => {
  const csv = [
    'namn;epost;roll;forvaltning;enhet;chef', // 1
    'Anna Berg;anna.berg@kungsor.se;Rektor;BUF;Skolan;bo.ek@kungsor.se', // 2
    'Bo Ek;bo.ek@kungsor.se;Förvaltningschef;BUF;;', // 3
    '', // 4 (blank: skipped)
    'Cia Dahl;cia.dahl@kungsor.se;Skolkurator-chefsassistent X;BUF;;', // 5 unknown role
    'Dan Ek;inte-en-adress;Medarbetare;BUF;;', // 6 bad address
    'Eva Fors;eva.fors@kungsor.se;Medarbetare;BUF;Skolan;saknas@kungsor.se', // 7 unknown manager
    ';;Medarbetare;BUF;;', // 8 missing address
    'Frans Gran;frans.gran@kungsor.se;Rektör;BUF;Skolan;', // 9 diacritics folded: Rektör is a rektor
  ].join('\r\n');
  const result = importCsv(csv);

  it('reports each bad row with its line, in Swedish', () => {
    const messages = result.problems.map((p) => p.message);
    expect(messages).toContain('rad 5: okänd roll "Skolkurator-chefsassistent X"; raden används inte');
    expect(messages).toContain('rad 6: ogiltig e-postadress "inte-en-adress"; raden används inte');
    expect(messages).toContain('rad 7: chefen "saknas@kungsor.se" finns inte i filen; används inte');
    expect(messages).toContain('rad 8: e-postadress saknas; raden används inte');
    expect(result.problems.map((p) => p.line)).toEqual([5, 6, 7, 8]);
    expect(result.problems.find((p) => p.line === 5)).toMatchObject({ severity: 'error', code: 'unknown-role', path: 'roll', column: 3 });
    expect(result.problems.find((p) => p.line === 7)?.severity).toBe('warning');
  });

  it('still imports the good rows', () => {
    expect(result.file?.people.map((p) => p.emails[0])).toEqual([
      'anna.berg@kungsor.se', 'bo.ek@kungsor.se', 'eva.fors@kungsor.se', 'frans.gran@kungsor.se',
    ]);
    expect(person(result.file, 'frans.gran@kungsor.se').positions[0]?.role).toBe('chef');
    expect(person(result.file, 'anna.berg@kungsor.se').manager).toBe('bo-ek');
  });

  it('speaks English when asked', () => {
    const en = importCsv(csv, { lang: 'en' });
    expect(en.problems[0]?.message).toBe('line 5: unknown role "Skolkurator-chefsassistent X"; the row is skipped');
  });

  it('counts lines inside quoted fields that span lines', () => {
    const r = importCsv('namn,epost,roll\n"Anna\nBerg",anna@kungsor.se,Lärare\nBo,bo@kungsor.se,Astronaut\n');
    expect(r.problems.map((p) => p.message)).toEqual(['rad 4: okänd roll "Astronaut"; raden används inte']);
  });
});

describe('importCsv: whole-file problems', () => {
  it('rejects an empty file', () => {
    expect(importCsv('').problems[0]).toMatchObject({ severity: 'error', message: 'filen är tom' });
    expect(importCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0x0d, 0x0a])).file).toBeUndefined();
  });

  it('asks for a header row when the first row is data', () => {
    const r = importCsv('Anna Berg;anna@kungsor.se;Rektor\n');
    expect(r.file).toBeUndefined();
    expect(r.problems[0]?.message).toMatch(/^rad 1: rubrikraden saknas/);
  });

  it('names the missing email column and lists the columns it found', () => {
    const r = importCsv('Namn;Telefon\nAnna;123\n');
    expect(r.file).toBeUndefined();
    expect(r.problems[0]?.message).toBe('rad 1: kolumnen för e-post saknas (epost, e-post eller email); rubrikraden har: Namn, Telefon');
  });

  it('warns about an unknown column and an unterminated quote', () => {
    const r = importCsv('Namn;E-post;Telefon\nAnna;anna@kungsor.se;123\n"Bo;bo@kungsor.se;1\n');
    expect(r.problems.map((p) => p.message)).toEqual([
      'rad 1: okänd kolumn "Telefon" används inte',
      'rad 3: citattecken som inte avslutas (fältet tar slut först vid filens slut)',
    ]);
  });
});

describe('importCsv: header names and details', () => {
  it('matches headers without case, diacritics or hyphens', () => {
    const r = importCsv('NAMN;E-POST;ROLL;FÖRVALTNING;ENHET;CHEF;TITEL\nAnna;anna@kungsor.se;;Socialförvaltningen;;;Socialsekreterare\n');
    expect(r.problems).toEqual([]);
    expect(r.file?.people[0]).toMatchObject({ name: 'Anna', title: 'Socialsekreterare', positions: [{ role: 'medarbetare', unit: 'socialforvaltningen' }] });
  });

  it('detects comma versus semicolon from the header', () => {
    expect(importCsv('name,email\nA,a@kungsor.se\n').file?.people[0]?.emails).toEqual(['a@kungsor.se']);
    expect(importCsv('name;email\nA;a@kungsor.se\n').file?.people[0]?.emails).toEqual(['a@kungsor.se']);
  });

  it('lower-cases addresses and accepts "Name <address>"', () => {
    const r = importCsv('namn;epost\nAnna;Anna Berg <Anna.Berg@Kungsor.SE>\n');
    expect(r.file?.people[0]?.emails).toEqual(['anna.berg@kungsor.se']);
  });

  it('infers a unit-title role when the role column is missing', () => {
    const r = importCsv('namn;epost;titel;forvaltning;enhet\nA;a@kungsor.se;Enhetschef hemtjänst;SOF;Hemtjänst\nB;b@kungsor.se;Rektor;BUF;Skolan\nC;c@kungsor.se;Trädgårdsmästare;KT AB;\n');
    expect(r.file?.people.map((p) => p.positions[0]?.role)).toEqual(['chef', 'chef', 'medarbetare']);
    expect(r.file?.units.find((u) => u.name === 'KT AB')?.type).toBe('bolag');
  });

  it('gives an enhet name found in two förvaltningar two distinct ids', () => {
    const r = importCsv('namn;epost;forvaltning;enhet\nA;a@kungsor.se;KLF;Kansli\nB;b@kungsor.se;BUF;Kansli\n');
    const ids = r.file?.people.map((p) => p.positions[0]?.unit);
    expect(ids).toEqual(['klf-kansli', 'buf-kansli']);
  });

  it('warns when an address appears with another name', () => {
    const r = importCsv('namn;epost;roll\nAnna Berg;a@kungsor.se;Ledamot\nAnna Bergström;a@kungsor.se;Ersättare\n');
    expect(r.problems[0]?.message).toBe('rad 3: samma adress som rad 2 men annat namn ("Anna Bergström", inte "Anna Berg"); det första namnet används');
    expect(r.file?.people).toHaveLength(1);
  });

  it('joins a dual-role person by the id column and ties each position to its address', () => {
    const r = importCsv([
      'id;namn;epost;roll;forvaltning;enhet',
      'sara;Sara Lindgren;sara.lindgren@kungsor.se;Lärare;Barn- och utbildningsförvaltningen;Kung Karls skola',
      'sara;Sara Lindgren;sara@politik.example;Ledamot;Kommunfullmäktige;',
    ].join('\n'));
    expect(r.problems).toEqual([]);
    expect(r.file?.people).toEqual([
      {
        id: 'sara-lindgren', name: 'Sara Lindgren', emails: ['sara.lindgren@kungsor.se', 'sara@politik.example'],
        positions: [
          { role: 'medarbetare', unit: 'kung-karls-skola', email: 'sara.lindgren@kungsor.se' },
          { role: 'ledamot', unit: 'kommunfullmaktige', email: 'sara@politik.example' },
        ],
      },
    ]);
    expect(r.file?.organisation.internalDomains).toEqual(['kungsor.se']);
  });

  it('suggests the id column when one name has two addresses', () => {
    const r = importCsv('namn;epost;roll\nSara Lindgren;sara.lindgren@kungsor.se;Lärare\nSara Lindgren;sara@politik.example;Ledamot\n');
    expect(r.problems[0]?.message).toMatch(/^rad 3: "Sara Lindgren" finns också på rad 2 med en annan adress/);
  });

  it('uses the given internal domains', () => {
    const r = importCsv('namn;epost\nA;a@kungsor.se\n', { internalDomains: ['Kungsor.se', 'skola.kungsor.se', 'kfab.se'] });
    expect(r.file?.organisation.internalDomains).toEqual(['kfab.se', 'kungsor.se']);
  });
});

describe('roleFromName', () => {
  it.each([
    ['Förvaltningschef', 'forvaltningschef'], ['Kommundirektör', 'kommundirektor'], ['Enhetschef', 'chef'],
    ['Avdelningschef', 'chef'], ['Rektor', 'chef'], ['Kommunikatör', 'kommunikator'], ['Nämndsekreterare', 'namndsekreterare'],
    ['Registrator', 'registrator'], ['Ordförande', 'ordforande'], ['Vice ordförande', 'vice-ordforande'],
    ['1:e vice ordförande', 'vice-ordforande'], ['Ledamot', 'ledamot'], ['Ersättare', 'ersattare'], ['KSO', 'kso'],
    ['Kommunstyrelsens ordförande', 'kso'], ['Oppositionsråd', 'oppositionsledare'], ['Oppositionsledare', 'oppositionsledare'],
    ['VD', 'vd'], ['Journalist', 'media'], ['Medarbetare', 'medarbetare'], ['Lärare', 'medarbetare'],
    ['vice-ordforande', 'vice-ordforande'], ['Ekonomichef', 'chef'],
  ])('%s → %s', (name, role) => {
    expect(roleFromName(name)).toBe(role);
  });
  it('does not guess unknown words', () => {
    expect(roleFromName('Astronaut')).toBeUndefined();
    expect(roleFromName('')).toBeUndefined();
  });
});

describe('text decoding', () => {
  it('tells strict UTF-8 from Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xc3, 0xa5, 0xc3, 0xa4, 0xc3, 0xb6]))).toEqual({ text: 'åäö', encoding: 'utf-8', bom: false });
    expect(decodeText(new Uint8Array([0xe5, 0xe4, 0xf6, 0x96, 0x80]))).toEqual({ text: 'åäö–€', encoding: 'windows-1252', bom: false });
    // an overlong encoding and a lone continuation byte are not UTF-8
    expect(decodeText(new Uint8Array([0xc0, 0xaf])).encoding).toBe('windows-1252');
    expect(decodeText(new Uint8Array([0x41, 0x80])).encoding).toBe('windows-1252');
    // surrogates encoded in UTF-8 are invalid
    expect(decodeText(new Uint8Array([0xed, 0xa0, 0x80])).encoding).toBe('windows-1252');
    expect(decodeText(new Uint8Array([0xf0, 0x9f, 0x98, 0x80])).text).toBe('😀');
  });

  it('reads UTF-16 LE with BOM (Excel "Unicode text")', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xe5, 0x00, 0x3b, 0x00])).text).toBe('å;');
  });

  it('round-trips Windows-1252', () => {
    const s = 'Åsa Öhman; Lärare – “citat” €';
    expect(decodeText(encodeWindows1252(s)).text).toBe(s);
  });

  it('imports a Windows-1252 file built in the test', () => {
    const r = importCsv(encodeWindows1252('Namn;E-post;Roll;Förvaltning\r\nÅke Ström;ake.strom@kungsor.se;Förvaltningschef;Socialförvaltningen\r\n'));
    expect(r.file?.people[0]).toMatchObject({ name: 'Åke Ström', positions: [{ role: 'forvaltningschef', unit: 'socialforvaltningen' }] });
  });
});

describe('importCsv: output the file checker accepts, and robustness', () => {
  it('produces files that pass the organisation file check', async () => {
    const { checkOrganisationFile } = await import('../../../core/organisation/check-file.js');
    for (const name of ['personal-semikolon-windows1252.csv', 'personal-komma-utf8-bom.csv']) {
      const r = importCsv(fixture(name));
      expect(checkOrganisationFile(r.file).problems.filter((p) => p.severity === 'error'), name).toEqual([]);
    }
  });

  it('never throws, and every line it names exists (random input)', async () => {
    const fc = await import('fast-check');
    const cellArb = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('Rektor', 'Ledamot', 'anna@kungsor.se', 'x@y', '"', '"a;b"', 'Förvaltning AB', 'å\r\nä', ''),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { maxLength: 6 }), { maxLength: 8 }), fc.constantFrom(';', ','), (rows, sep) => {
        const text = ['namn;epost;roll;forvaltning;enhet;chef'.replace(/;/g, sep), ...rows.map((r) => r.join(sep))].join('\r\n');
        const lines = text.split(/\r\n|\n|\r/).length;
        const r = importCsv(text);
        for (const p of r.problems) if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1), expect(p.line).toBeLessThanOrEqual(lines);
        const ids = r.file?.units.map((u) => u.id) ?? [];
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 300 },
    );
  });

  it('decodes Windows-1252 text back to itself', async () => {
    // Valid UTF-8 wins: bytes such as E4 80 85 ("ä€…" in Windows-1252) are also U+4005 in UTF-8.
    // Text where each non-ASCII character is followed by an ASCII one (as in Swedish words) is never
    // valid UTF-8, so it must come back unchanged.
    const fc = await import('fast-check');
    const other = 'åäöÅÄÖéü€–—“”‘’…•™';
    const ascii = 'abc ;,"\r\n';
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...other, ...ascii), fc.constantFrom(...ascii)), { maxLength: 30 }), (pairs) => {
        const s = pairs.map(([a, b]) => a + b).join('');
        expect(decodeText(encodeWindows1252(s)).text).toBe(s);
      }),
    );
  });
});
