import Ajv2020 from 'ajv/dist/2020.js';
import * as esbuild from 'esbuild';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isExactlyValid } from '../../../core/organisation/check-file.js';
import { compileQuickCheck } from '../../../core/organisation/quick-check.js';
import { KNOWN_KEYS, OrganisationSchema, SCHEMA_ID } from '../../../core/organisation/schema.js';
import { jsonSchemaText } from '../../../scripts/schema-json.js';
import { generateOrganisation } from '../../../bench/generate-organisation.js';
import { small } from './fixtures/small.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const schemaPath = path.join(root, 'core/organisation/organisation.schema.json');
const examplePath = path.join(root, 'core/example/kungsor.organisation.json');
const published = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(published);
const errorsOf = (data: unknown) => (validate(data) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));

describe('the published JSON Schema', () => {
  it('is the one generated from the valibot schema (run node scripts/generate-schema.mjs)', () => {
    expect(readFileSync(schemaPath, 'utf8')).toBe(jsonSchemaText());
  });

  it('is draft 2020-12 with an $id, and titles and descriptions in Swedish and English', () => {
    expect(published.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(published.$id).toBe(SCHEMA_ID);
    const units = (published.properties as Record<string, Record<string, unknown>>).units!;
    expect(units.title).toBe('Enheter');
    expect(units.description).toContain('Boards, administrations');
    expect(units.description).toContain('Nämnder, styrelser');
  });

  it('accepts the test organisations and the fixtures', () => {
    expect(errorsOf(small())).toEqual([]);
    expect(errorsOf(generateOrganisation(500))).toEqual([]);
    expect(errorsOf(JSON.parse(readFileSync(path.join(root, 'tests/core/organisation/fixtures/minimal.organisation.json'), 'utf8')))).toEqual([]);
  });

  it.skipIf(!existsSync(examplePath))('accepts the bundled example organisation', () => {
    expect(errorsOf(JSON.parse(readFileSync(examplePath, 'utf8')))).toEqual([]);
  });

  it('rejects what the parser rejects, and flags unknown keys (a typo) for the editor', () => {
    const f = small() as unknown as Record<string, any>;
    f.people[0].positions[0].role = 'rektor';
    delete f.units[1].name;
    f.units[3].goverendBy = 'ks';
    f.policy.severity['no-such-rule'] = 'off';
    expect(errorsOf(f).sort()).toEqual([
      '/people/0/positions/0/role must be equal to one of the allowed values',
      '/policy/severity must NOT have additional properties',
      '/units/1 must have required property \'name\'',
      '/units/3 must NOT have additional properties',
    ]);
  });

  it('names the same keys as the parser knows', () => {
    const props = published.properties as Record<string, any>;
    const keys = (schema: any) => Object.keys(schema.properties).sort();
    expect(keys(published)).toEqual([...KNOWN_KEYS.root].sort());
    expect(keys(props.organisation)).toEqual([...KNOWN_KEYS.organisation].sort());
    expect(keys(props.policy)).toEqual([...KNOWN_KEYS.policy].sort());
    expect(keys(props.policy.properties.severity)).toEqual([...KNOWN_KEYS.severity].sort());
    expect(keys(props.units.items)).toEqual([...KNOWN_KEYS.unit].sort());
    expect(keys(props.people.items)).toEqual([...KNOWN_KEYS.person].sort());
    expect(keys(props.people.items.properties.positions.items)).toEqual([...KNOWN_KEYS.position].sort());
    expect(keys(props.groups.items)).toEqual([...KNOWN_KEYS.group].sort());
  });
});

describe('the quick check (the loading path of a good file) agrees with valibot', () => {
  it('says yes to good files', () => {
    expect(isExactlyValid(small())).toBe(true);
    expect(isExactlyValid(generateOrganisation(1000))).toBe(true);
  });

  it('says no to a file with an unknown key, even one valibot would only warn about', () => {
    const f = small() as unknown as Record<string, any>;
    f.people[2].positions[0].note = 'x';
    expect(isExactlyValid(f)).toBe(false);
    expect(isExactlyValid(JSON.parse('{"__proto__": {}, ' + JSON.stringify(small()).slice(1)))).toBe(false);
  });

  it('never says yes where valibot finds an issue (any one value replaced, any key added)', () => {
    const paths: Array<Array<string | number>> = [];
    const walk = (x: unknown, p: Array<string | number>) => {
      paths.push(p);
      if (Array.isArray(x)) x.forEach((y, i) => walk(y, [...p, i]));
      else if (x && typeof x === 'object') for (const k of Object.keys(x)) walk((x as Record<string, unknown>)[k], [...p, k]);
    };
    walk(small(), []);
    const candidates = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('', 'x', 'a@b', 'ledamot', 'rektor', 'namnd', 'off', 'block', 'https://x.se', 1, [], {}, null),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths.slice(1)), candidates, fc.boolean(), fc.constantFrom('name', 'id', 'unit', 'x', '__proto__'), (p, value, addKey, key) => {
        const f = JSON.parse(JSON.stringify(small())) as Record<string | number, any>;
        let parent = f;
        for (const k of p.slice(0, -1)) parent = parent[k];
        const last = p[p.length - 1]!;
        if (addKey && parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) {
          Object.defineProperty(parent[last], key, { value, enumerable: true, configurable: true, writable: true });
        } else parent[last] = value;
        const quick = isExactlyValid(f);
        const issues = v.safeParse(OrganisationSchema, f, { abortEarly: false }).issues ?? [];
        // (The other way round may differ: valibot takes an array where an object is expected,
        // e.g. "policy": [] — the quick check says no, and valibot's copy is used.)
        if (quick) expect(issues).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses to compile a schema it does not understand', () => {
    expect(() => compileQuickCheck(v.object({ a: v.number() }))).toThrow(/not supported/);
    expect(() => compileQuickCheck(v.strictObject({ a: v.pipe(v.string(), v.email()) }))).toThrow(/not supported/);
  });
});

describe('ES2016 for classic Outlook', () => {
  it('the parser and validator, bundled with valibot, call nothing newer than ES2016', async () => {
    const out = await esbuild.build({
      stdin: {
        contents: "export { parseOrganisation } from './core/organisation/parse.ts'; export { validateOrganisation } from './core/organisation/validate.ts';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'esm',
      target: 'es2016',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      // Other engineers' modules are checked in their own tests.
      external: ['./import-csv.js', './organisation.js', '../text/encoding.js'],
      logLevel: 'silent',
    });
    // valibot builds one regular expression at load time with \p{…} (EMOJI_REGEX, unused here), which
    // esbuild lowers to `new RegExp(…)`; outlook-addin/build.mjs guards those calls. Nothing else may.
    const all = out.outputFiles[0]!.text;
    expect(all.match(/var \w+ = new RegExp\(/g)).toEqual(['var EMOJI_REGEX = new RegExp(']);
    const code = all.replace(/var EMOJI_REGEX = new RegExp\(.*\n/, '');
    const forbidden = [
      /Object\.(entries|values|fromEntries|hasOwn)\(/,
      /\.(flat|flatMap|padStart|padEnd|replaceAll|matchAll|findLast|findLastIndex)\(/,
      /\.at\(-?\d/,
      /\(\?<[=!]/, // lookbehind
      /\(\?<[A-Za-z]/, // named group
      /\\p\{/,
    ];
    for (const re of forbidden) expect(code.match(re)?.[0], String(re)).toBeUndefined();
  });
});
