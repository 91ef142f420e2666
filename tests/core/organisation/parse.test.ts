import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Organisation } from '../../../core/organisation/organisation.js';
import { parseOrganisation, type ParseResult } from '../../../core/organisation/parse.js';
import type { OrganisationFile, Problem } from '../../../core/types.js';
import { generateOrganisation } from '../../../bench/generate-organisation.js';
import { json, small } from './fixtures/small.js';

type Mutable = OrganisationFile & { [key: string]: unknown };
const broken = (change: (f: Mutable) => void): string => {
  const f = small() as Mutable;
  change(f);
  return json(f);
};
const errors = (r: ParseResult) => r.problems.filter((p) => p.severity === 'error');
const only = (r: ParseResult): Problem => {
  expect(r.ok).toBe(false);
  const e = errors(r);
  expect(e, JSON.stringify(r.problems, null, 2)).toHaveLength(1);
  return e[0]!;
};

describe('parseOrganisation: a good file', () => {
  it('loads an Organisation with no problems', () => {
    const r = parseOrganisation(json(small()));
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.organisation).toBeInstanceOf(Organisation);
    expect(r.organisation.file.people).toHaveLength(6);
    expect(r.organisation.file.units[0]!.id).toBe('kf');
  });

  it('reads UTF-8 bytes, with or without a byte order mark, and a string with one', () => {
    const text = json(small());
    const bytes = new TextEncoder().encode(text);
    const withBom = new Uint8Array(bytes.length + 3);
    withBom.set([0xef, 0xbb, 0xbf]);
    withBom.set(bytes, 3);
    for (const input of [bytes, withBom, '\ufeff' + text, '\n\t  ' + text]) {
      const r = parseOrganisation(input);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.organisation.file.units[0]!.name).toBe('Kommunfullmäktige');
    }
  });

  it('reads a Windows-1252 file too, with a warning to save it as UTF-8', () => {
    const text = json(small());
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i); // å ä ö are Latin-1 = 1252 here
    const r = parseOrganisation(bytes);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.organisation.file.units[0]!.name).toBe('Kommunfullmäktige');
    expect(r.problems).toMatchObject([{ severity: 'warning', code: 'encoding', path: '' }]);
    expect(r.problems[0]!.message).toContain('UTF-8');
  });

  it('allows a $schema key (an editor pointer) without a warning', () => {
    const r = parseOrganisation(broken((f) => (f.$schema = './organisation.schema.json')));
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([]);
  });

  it('takes a file without policy and groups', () => {
    const r = parseOrganisation(
      broken((f) => {
        delete f.policy;
        delete f.groups;
      }),
    );
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([]);
  });

  it('takes a policy with any subset of its keys, e.g. only sendCheck', () => {
    const r = parseOrganisation(broken((f) => (f.policy = { sendCheck: 'block' })));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.organisation.policy.sendCheck).toBe('block');
  });
});

describe('parseOrganisation: broken JSON gives line and column', () => {
  it('a missing comma', () => {
    const text = '{\n  "schemaVersion": 1,\n  "organisation": { "name": "X" }\n  "units": []\n}';
    const p = only(parseOrganisation(text));
    expect(p).toMatchObject({ code: 'syntax', path: '', line: 4, column: 3 });
    expect(p.message).toMatch(/^rad 4, kolumn 3: ogiltig JSON – förväntade "," eller "}"/);
  });

  it('a trailing comma points at the comma', () => {
    const p = only(parseOrganisation('{\n  "units": [\n    "a",\n  ]\n}'));
    expect(p).toMatchObject({ code: 'syntax', line: 3, column: 8 });
    expect(p.message).toContain('kommatecken');
  });

  it('an unclosed string, a truncated file, a comment, single quotes, a bare word', () => {
    expect(only(parseOrganisation('{\n  "name": "Kungsör\n}'))).toMatchObject({ line: 2, column: 11 });
    expect(only(parseOrganisation('{\n  "units": [\n')).message).toMatch(/^rad 3, kolumn 1: .*slut/);
    expect(only(parseOrganisation('{\n  // kommentar\n  "a": 1\n}')).message).toContain('kommentarer');
    expect(only(parseOrganisation("{\n  'a': 1\n}")).message).toContain('dubbla citattecken');
    expect(only(parseOrganisation('{\n  "a": ja\n}'))).toMatchObject({ line: 2, column: 8 });
  });

  it('counts lines ended by CRLF and CR as one line each', () => {
    expect(only(parseOrganisation('{\r\n"a": 1\r\n"b": 2}'))).toMatchObject({ line: 3, column: 1 });
    expect(only(parseOrganisation('{\r"a": 1\r"b": 2}'))).toMatchObject({ line: 3, column: 1 });
  });

  it('in English on request', () => {
    const p = only(parseOrganisation('{\n  "a": 1\n  "b": 2\n}', { lang: 'en' }));
    expect(p.message).toMatch(/^line 3, column 3: invalid JSON – expected "," or "}"/);
  });

  it('an empty file', () => {
    expect(only(parseOrganisation(''))).toMatchObject({ code: 'empty-file' });
    expect(only(parseOrganisation(' \n\ufeff'.slice(0, 2)))).toMatchObject({ code: 'empty-file' });
    expect(only(parseOrganisation(new Uint8Array()))).toMatchObject({ code: 'empty-file' });
  });

  it('a JSON value that is not an object', () => {
    expect(only(parseOrganisation('[1, 2]'))).toMatchObject({ code: 'root-type', path: '' });
  });
});

describe('parseOrganisation: structure errors name the path and the bad value', () => {
  it('an unknown role, with the allowed ones and a guess', () => {
    const p = only(parseOrganisation(broken((f) => ((f.people[3]!.positions[0] as { role: string }).role = 'rektor'))));
    expect(p).toMatchObject({ code: 'unknown-role', path: 'people[3].positions[0].role' });
    expect(p.message).toContain('people[3].positions[0].role: okänd roll "rektor"');
    expect(p.message).toContain('menade du "chef"?');
    expect(p.message).toContain('tillåtna: ledamot, ersattare');
  });

  it('an unknown unit type, guessed from the Swedish word', () => {
    const p = only(parseOrganisation(broken((f) => ((f.units[2] as { type: string }).type = 'Nämnd'))));
    expect(p).toMatchObject({ code: 'unknown-unit-type', path: 'units[2].type' });
    expect(p.message).toContain('menade du "namnd"?');
  });

  it('a missing required key', () => {
    const p = only(parseOrganisation(broken((f) => delete (f.people[1] as Partial<OrganisationFile['people'][0]>).name)));
    expect(p).toEqual({
      severity: 'error',
      code: 'required',
      path: 'people[1].name',
      message: 'people[1].name: obligatorisk nyckel saknas',
    });
    expect(only(parseOrganisation(broken((f) => delete (f as Partial<Mutable>).units)))).toMatchObject({ code: 'required', path: 'units' });
  });

  it('a value of the wrong type', () => {
    const p = only(parseOrganisation(broken((f) => ((f.people[0] as { emails: unknown }).emails = 'kim@testby.se'))));
    expect(p).toMatchObject({ code: 'type', path: 'people[0].emails' });
    expect(p.message).toBe('people[0].emails: förväntade en lista ([ … ]), fick "kim@testby.se"');
    const q = only(parseOrganisation(broken((f) => ((f.units[0] as { name: unknown }).name = 12)), { lang: 'en' }));
    expect(q.message).toBe('units[0].name: expected a string, got 12');
  });

  it('schemaVersion other than 1', () => {
    const p = only(parseOrganisation(broken((f) => ((f as { schemaVersion: unknown }).schemaVersion = 2))));
    expect(p).toMatchObject({ code: 'schema-version', path: 'schemaVersion' });
  });

  it('an empty id, a bad address, a bad domain, a bad URL', () => {
    expect(only(parseOrganisation(broken((f) => (f.units[1]!.id = ''))))).toMatchObject({ code: 'empty-value', path: 'units[1].id' });
    expect(only(parseOrganisation(broken((f) => (f.people[2]!.emails[0] = 'alex parti.example'))))).toMatchObject({
      code: 'invalid-email',
      path: 'people[2].emails[0]',
    });
    expect(only(parseOrganisation(broken((f) => (f.organisation.internalDomains[0] = '@testby.se'))))).toMatchObject({
      code: 'invalid-domain',
      path: 'organisation.internalDomains[0]',
    });
    expect(only(parseOrganisation(broken((f) => (f.policy!.whistleblowerUrl = 'www.testby.se'))))).toMatchObject({
      code: 'invalid-url',
      path: 'policy.whistleblowerUrl',
    });
  });

  it('policy: an unknown rule id is an error, so are a bad severity and sendCheck', () => {
    const p = only(parseOrganisation(broken((f) => ((f.policy!.severity as Record<string, string>)['narmaste-chf'] = 'off'))));
    expect(p).toMatchObject({ code: 'unknown-rule', path: 'policy.severity.narmaste-chf' });
    expect(p.message).toContain('menade du "narmaste-chef"?');
    expect(only(parseOrganisation(broken((f) => ((f.policy!.severity as Record<string, string>)['narmaste-chef'] = 'error'))))).toMatchObject({
      code: 'invalid-severity',
      path: 'policy.severity.narmaste-chef',
    });
    expect(only(parseOrganisation(broken((f) => ((f.policy as Record<string, unknown>).sendCheck = 'yes'))))).toMatchObject({
      code: 'invalid-send-check',
      path: 'policy.sendCheck',
    });
  });

  it('reports every error, not only the first', () => {
    const r = parseOrganisation(
      broken((f) => {
        (f.people[0]!.positions[0] as { role: string }).role = 'boss';
        (f.people[4]!.positions[1] as { role: string }).role = 'politiker';
        delete (f.units[5] as Partial<OrganisationFile['units'][0]>).name;
      }),
    );
    expect(r.ok).toBe(false);
    expect(errors(r).map((p) => p.path).sort()).toEqual(['people[0].positions[0].role', 'people[4].positions[1].role', 'units[5].name']);
  });
});

describe('parseOrganisation: unknown keys are warnings', () => {
  it('a typo names the path and the key meant', () => {
    const r = parseOrganisation(broken((f) => ((f.units[3] as unknown as Record<string, unknown>).goverendBy = 'ks')));
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([
      { severity: 'warning', code: 'unknown-key', path: 'units[3].goverendBy', message: 'units[3].goverendBy: okänd nyckel – menade du "governedBy"?' },
    ]);
    if (r.ok) expect(r.organisation.file.units[3]).not.toHaveProperty('goverendBy');
  });

  it('every unknown key of an object, at every level', () => {
    const r = parseOrganisation(
      broken((f) => {
        (f as Record<string, unknown>).comment = 'x';
        (f.organisation as Record<string, unknown>).Name = 'y';
        (f.people[1] as unknown as Record<string, unknown>).Title = 'z';
        (f.people[1] as unknown as Record<string, unknown>).phone = '123';
        (f.people[4]!.positions[0] as unknown as Record<string, unknown>).unti = 'buf';
        (f.groups![0] as unknown as Record<string, unknown>).member = [];
        (f.policy as Record<string, unknown>).sendcheck = 'off';
      }),
    );
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => [p.path, p.message.replace(/^.*okänd nyckel/, '')]).sort()).toEqual([
      ['comment', ' – den används inte'],
      ['organisation.Name', ' – menade du "name"?'],
      ['policy.sendcheck', ' – menade du "sendCheck"?'],
      ['people[1].Title', ' – menade du "title"?'],
      ['people[1].phone', ' – den används inte'],
      ['people[4].positions[0].unti', ' – menade du "unit"?'],
      ['groups[0].member', ' – menade du "members"?'],
    ].sort());
  });

  it('a misspelt required key: the missing key is the error, the typo the hint', () => {
    const r = parseOrganisation(
      broken((f) => {
        const p = f.people[2] as unknown as Record<string, unknown>;
        p.positons = p.positions;
        delete p.positions;
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.severity, p.path, p.code])).toEqual([
      ['error', 'people[2].positions', 'required'],
      ['warning', 'people[2].positons', 'unknown-key'],
    ]);
  });
});

describe('parseOrganisation: references', () => {
  it('an unknown unit in a position (Swedish and English)', () => {
    const change = (f: Mutable) => (f.people[2]!.positions[0]!.unit = 'bun2');
    const p = only(parseOrganisation(broken(change)));
    expect(p).toMatchObject({ code: 'unknown-unit', path: 'people[2].positions[0].unit' });
    expect(p.message).toBe('people[2].positions[0].unit: okänd enhet "bun2" – menade du "bun"?');
    expect(only(parseOrganisation(broken(change), { lang: 'en' })).message).toBe(
      'people[2].positions[0].unit: unknown unit "bun2" – did you mean "bun"?',
    );
  });

  it('an unknown parent and governedBy', () => {
    expect(only(parseOrganisation(broken((f) => (f.units[5]!.parent = 'bufx'))))).toMatchObject({ code: 'unknown-unit', path: 'units[5].parent' });
    expect(only(parseOrganisation(broken((f) => (f.units[4]!.governedBy = 'nope'))))).toMatchObject({
      code: 'unknown-unit',
      path: 'units[4].governedBy',
    });
  });

  it('a parent cycle is an error', () => {
    const p = only(
      parseOrganisation(
        broken((f) => {
          f.units[4]!.parent = 'buf-skola';
        }),
      ),
    );
    expect(p).toMatchObject({ code: 'unit-cycle', path: 'units[4].parent' });
    expect(p.message).toContain('buf → buf-skola → buf');
    expect(only(parseOrganisation(broken((f) => (f.units[0]!.parent = 'kf'))))).toMatchObject({ code: 'unit-cycle', path: 'units[0].parent' });
  });

  it('an unknown manager and group member', () => {
    expect(only(parseOrganisation(broken((f) => (f.people[4]!.manager = 'p44'))))).toMatchObject({ code: 'unknown-person', path: 'people[4].manager' });
    expect(only(parseOrganisation(broken((f) => (f.groups![0]!.members[1] = 'x9'))))).toMatchObject({
      code: 'unknown-person',
      path: 'groups[0].members[1]',
    });
  });

  it('duplicate ids', () => {
    const p = only(parseOrganisation(broken((f) => (f.people[5]!.id = 'p1'))));
    expect(p).toMatchObject({ code: 'duplicate-id', path: 'people[5].id' });
    expect(p.message).toBe('people[5].id: id "p1" finns redan (people[0])');
    expect(only(parseOrganisation(broken((f) => f.units.push({ id: 'kf', name: 'Dubblett', type: 'beredning' }))))).toMatchObject({
      code: 'duplicate-id',
      path: 'units[6].id',
    });
  });

  it('a role that needs a unit, and the roles that need none', () => {
    const p = only(parseOrganisation(broken((f) => delete f.people[3]!.positions[0]!.unit)));
    expect(p).toMatchObject({ code: 'unit-required', path: 'people[3].positions[0].unit' });
    const r = parseOrganisation(
      broken((f) => {
        delete f.people[1]!.positions[0]!.unit; // kso
        f.people[2]!.positions.push({ role: 'oppositionsledare' });
      }),
    );
    expect(r.ok).toBe(true);
  });

  it('a position address that is not one of the person’s', () => {
    const p = only(parseOrganisation(broken((f) => (f.people[4]!.positions[0]!.email = 'eli@annan.example'))));
    expect(p).toMatchObject({ code: 'unknown-position-email', path: 'people[4].positions[0].email' });
  });
});

describe('parseOrganisation: __proto__, constructor, prototype change nothing', () => {
  const clean = () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  };

  it('as keys at the top level, in a person, in a position and in policy.severity', () => {
    const text = json(small())
      .replace('{\n  "schemaVersion"', '{\n  "__proto__": { "polluted": true },\n  "schemaVersion"')
      .replace('"id": "p2",', '"id": "p2", "__proto__": { "polluted": true, "name": "X" }, "constructor": { "prototype": { "polluted": true } },')
      .replace('"role": "media"', '"role": "media", "prototype": { "polluted": true }');
    expect(text.match(/"__proto__"/g)).toHaveLength(2);
    const r = parseOrganisation(text);
    clean();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems.map((p) => p.path).sort()).toEqual(['__proto__', 'people[1].__proto__', 'people[1].constructor', 'people[5].positions[0].prototype']);
    for (const p of r.problems) expect(p).toMatchObject({ severity: 'warning', code: 'unknown-key' });
    const person = r.organisation.file.people[1]!;
    expect(Object.getPrototypeOf(person)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(person, '__proto__')).toBe(false);
    expect(person.name).toBe('Sam Ordförande');
    expect((person as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.organisation.file)).toBe(Object.prototype);
    expect((r.organisation.file as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('in policy.severity: an error (not a rule id), nothing polluted', () => {
    const text = json(small()).replace('"narmaste-chef": "off"', '"__proto__": { "polluted": "off" }, "narmaste-chef": "off"');
    const p = only(parseOrganisation(text));
    clean();
    expect(p).toMatchObject({ code: 'unknown-rule', path: 'policy.severity.__proto__' });
  });

  it('ids "__proto__", "constructor", "toString" are rejected with a clear error', () => {
    for (const id of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      const r = parseOrganisation(
        broken((f) => {
          f.units[5]!.id = id;
          f.people[4]!.positions[0]!.unit = id;
          f.people[3]!.id = id;
        }),
      );
      clean();
      expect(r.ok).toBe(false);
      const reserved = r.problems.filter((p) => p.code === 'reserved-id');
      expect(reserved.map((p) => p.path)).toEqual(['units[5].id', 'people[3].id']);
      expect(reserved[0]!.message).toBe(`units[5].id: id "${id}" är ett reserverat namn i JavaScript – välj ett annat`);
    }
  });

  it('a reference to "__proto__" is an unknown unit / person, not a crash', () => {
    const r = parseOrganisation(
      broken((f) => {
        f.people[4]!.positions[0]!.unit = '__proto__';
        f.people[4]!.manager = 'constructor';
        f.groups![0]!.members.push('__proto__');
      }),
    );
    clean();
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(['unknown-unit', 'unknown-person', 'unknown-person']);
  });
});

describe('parseOrganisation: CSV by content', () => {
  const csv = 'namn;epost;roll;enhet;forvaltning\nAnna Berg;anna.berg@testby.se;Förvaltningschef;;Barn- och utbildningsförvaltningen\nBo Ek;bo.ek@testby.se;Lärare;Byskolan;Barn- och utbildningsförvaltningen\n';

  it('goes through the CSV import whatever the name, and loads', () => {
    const r = parseOrganisation(csv);
    const errs = r.problems.filter((p) => p.severity === 'error');
    expect(errs).toEqual([]);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.organisation.personByAddress('anna.berg@testby.se')?.name).toBe('Anna Berg');
  });

  it('a CSV that cannot be read is rejected', () => {
    const r = parseOrganisation('hello world');
    expect(r.ok).toBe(false);
    expect(r.problems.length).toBeGreaterThan(0);
  });
});

describe('parseOrganisation never throws', () => {
  const isResult = (r: ParseResult) => {
    expect(typeof r.ok).toBe('boolean');
    expect(Array.isArray(r.problems)).toBe(true);
    for (const p of r.problems) {
      expect(p.code).not.toBe('internal');
      expect(typeof p.message).toBe('string');
      expect(p.severity === 'error' || p.severity === 'warning').toBe(true);
    }
    if (r.ok) expect(r.organisation).toBeInstanceOf(Organisation);
    else expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
  };

  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        isResult(parseOrganisation(JSON.stringify(value) ?? 'null'));
      }),
      { numRuns: 300 },
    );
  });

  it('on any string and any bytes', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => isResult(parseOrganisation(s))), { numRuns: 300 });
    fc.assert(fc.property(fc.string().map((s) => '{' + s), (s) => isResult(parseOrganisation(s))), { numRuns: 300 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (b) => isResult(parseOrganisation(b))), { numRuns: 300 });
  });

  it('on a good file with any one value replaced by any JSON value, or any key added', () => {
    // Every place a value stands in the small file, as a path.
    const paths: Array<Array<string | number>> = [];
    const walk = (v: unknown, path: Array<string | number>) => {
      paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v && typeof v === 'object') for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], [...path, k]);
    };
    walk(small(), []);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.slice(1)),
        fc.jsonValue({ maxDepth: 3 }),
        fc.boolean(),
        fc.string({ maxLength: 12 }),
        (path, value, addKey, key) => {
          const f = small() as unknown as Record<string | number, unknown>;
          let parent = f;
          for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
          const last = path[path.length - 1]!;
          if (addKey && parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) {
            (parent[last] as Record<string, unknown>)[key] = value;
          } else parent[last] = value;
          isResult(parseOrganisation(JSON.stringify(f)));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('parseOrganisation on a large file', () => {
  // How fast is for `npm run bench` (ratio to JSON.parse); here only that it loads, whole and clean.
  it('loads 50 000 people', () => {
    const r = parseOrganisation(JSON.stringify(generateOrganisation(50_000)));
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([]);
  });

  it('reports every error of a large bad file', () => {
    const f = generateOrganisation(20_000);
    for (let i = 100; i < f.people.length; i += 2) f.people[i]!.positions[0]!.unit = `gone-${i}`;
    const r = parseOrganisation(JSON.stringify(f));
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(9950);
  });
});
