import { describe, expect, it } from 'vitest';
import { Organisation } from '../../../core/organisation/organisation.js';
import { parseOrganisation } from '../../../core/organisation/parse.js';
import { validateOrganisation } from '../../../core/organisation/validate.js';
import type { OrganisationFile, Problem } from '../../../core/types.js';
import { generateOrganisation } from '../../../bench/generate-organisation.js';
import { small } from './fixtures/small.js';

const warningsOf = (change: (f: OrganisationFile) => void, lang?: 'en'): Problem[] => {
  const f = small();
  change(f);
  return validateOrganisation(new Organisation(f), lang ? { lang } : {});
};
const codes = (ps: Problem[]) => ps.map((p) => `${p.code} ${p.path}`);

describe('validateOrganisation', () => {
  it('finds nothing in a sound organisation, given as Organisation or as a parsed file', () => {
    expect(validateOrganisation(new Organisation(small()))).toEqual([]);
    expect(validateOrganisation(small())).toEqual([]);
    const r = parseOrganisation(JSON.stringify(small()));
    expect(r.ok && validateOrganisation(r.organisation)).toEqual([]);
  });

  it('repeats the warnings found while loading (an unknown key) before its own', () => {
    const f = small() as unknown as Record<string, any>;
    f.units[3].goverendBy = 'ks';
    delete f.units[4].governedBy;
    const r = parseOrganisation(JSON.stringify(f));
    expect(r.ok).toBe(true);
    if (r.ok) expect(codes(validateOrganisation(r.organisation))).toEqual(['unknown-key units[3].goverendBy', 'no-governed-by units[4].governedBy']);
  });

  it('a raw file with errors: the errors (as parse reports them), no warnings', () => {
    const f = small() as unknown as Record<string, unknown>;
    (f.units as Array<Record<string, unknown>>)[4]!.governedBy = 'nope';
    (f.units as Array<Record<string, unknown>>)[4]!.goverendBy = 'bun';
    const ps = validateOrganisation(f);
    expect(codes(ps)).toEqual(['unknown-unit units[4].governedBy', 'unknown-key units[4].goverendBy']);
    expect(ps[0]!.severity).toBe('error');
    expect(ps[1]!.severity).toBe('warning');
  });

  it('anything at all: problems, never a throw', () => {
    for (const x of [null, undefined, 1, 'x', [], {}, { file: null }, { file: {} }, new Map()]) {
      const ps = validateOrganisation(x);
      expect(ps.length).toBeGreaterThan(0);
      expect(ps.some((p) => p.severity === 'error' && p.code !== 'internal')).toBe(true);
    }
  });

  it('a förvaltning without a head; a bolag without a vd', () => {
    const ps = warningsOf((f) => {
      f.people[3]!.positions[0]!.role = 'chef';
      f.units.push({ id: 'ab-st', name: 'Testby Bostäder AB styrelse', type: 'styrelse' });
      f.units.push({ id: 'ab', name: 'Testby Bostäder AB', type: 'bolag', governedBy: 'ab-st' });
      f.people.push({ id: 'b1', name: 'Bo Styrelse', emails: ['bo@ab.example'], positions: [{ role: 'ordforande', unit: 'ab-st' }] });
      f.people.push({ id: 'b2', name: 'Bea Fastighet', emails: ['bea@ab.example'], positions: [{ role: 'medarbetare', unit: 'ab' }] });
    });
    expect(codes(ps)).toEqual(['no-head units[4]', 'no-head units[7]']);
    expect(ps[0]!.message).toBe('units[4]: förvaltningen "Barn- och utbildningsförvaltningen" saknar förvaltningschef');
    expect(ps[1]!.message).toBe('units[7]: bolaget "Testby Bostäder AB" saknar vd');
  });

  it('the kommundirektör heads his own förvaltning; a vd heads a bolag', () => {
    expect(
      warningsOf((f) => {
        f.units.push({ id: 'ab', name: 'Testby Bostäder AB', type: 'bolag', governedBy: 'ks' });
        f.people.push({ id: 'b1', name: 'Vera VD', emails: ['vera@ab.example'], positions: [{ role: 'vd', unit: 'ab' }] });
      }),
    ).toEqual([]);
  });

  it('a board without an ordförande; kommunstyrelsen is fine with a KSO', () => {
    const ps = warningsOf((f) => (f.people[2]!.positions[0]!.role = 'vice-ordforande'));
    expect(codes(ps)).toEqual(['no-chair units[2]']);
    expect(ps[0]!.message).toBe('units[2]: nämnden "Barn- och utbildningsnämnden" saknar ordförande');
    // A KSO without a unit: kommunstyrelsen is still known (it governs the KD's förvaltning).
    expect(
      warningsOf((f) => {
        delete f.people[1]!.positions[0]!.unit;
        f.people[1]!.positions.push({ role: 'ledamot', unit: 'ks' });
      }),
    ).toEqual([]);
    // No KSO at all: kommunstyrelsen has no chair.
    expect(codes(warningsOf((f) => (f.people[1]!.positions[0]!.role = 'ledamot')))).toEqual(['no-chair units[1]']);
  });

  it('a förvaltning or bolag without governedBy', () => {
    const ps = warningsOf((f) => delete f.units[4]!.governedBy);
    expect(codes(ps)).toEqual(['no-governed-by units[4].governedBy']);
    expect(ps[0]!.message).toContain('saknar governedBy');
  });

  it('governedBy that points at something other than a board', () => {
    const ps = warningsOf((f) => (f.units[4]!.governedBy = 'klf'));
    expect(codes(ps)).toEqual(['governed-by-type units[4].governedBy']);
    expect(ps[0]!.message).toBe('units[4].governedBy: "klf" är av typen forvaltning, inte en nämnd eller styrelse');
  });

  it('a manager cycle, reported once with its ids', () => {
    const ps = warningsOf((f) => {
      f.people[3]!.manager = 'p5'; // p5 → p4 → p5
    });
    expect(codes(ps)).toEqual(['manager-cycle people[3].manager']);
    expect(ps[0]!.message).toBe('people[3].manager: chefskedjan går i cirkel: p4 → p5 → p4');
    const longer = warningsOf((f) => {
      f.people[0]!.manager = 'p2';
      f.people[1]!.manager = 'p3';
      f.people[2]!.manager = 'p1';
      f.people[5]!.manager = 'p1'; // leads into the cycle, is not part of it
    });
    expect(codes(longer)).toEqual(['manager-cycle people[0].manager']);
    expect(longer[0]!.message).toContain('p1 → p2 → p3 → p1');
    expect(codes(warningsOf((f) => (f.people[0]!.manager = 'p1')))).toEqual(['manager-cycle people[0].manager']);
  });

  it('an address held by two people (case does not matter), or by a person and a mailbox', () => {
    const ps = warningsOf((f) => {
      f.people[3]!.emails.push('KIM@testby.se');
      f.units[5]!.mailbox = 'robin@testby.se';
    });
    expect(codes(ps)).toEqual(['shared-address people[3].emails[1]', 'shared-address units[5].mailbox']);
    expect(ps[0]!.message).toBe('people[3].emails[1]: adressen "KIM@testby.se" används också av people[0] (p1)');
    // The same person listing an address twice is not two holders.
    expect(warningsOf((f) => f.people[0]!.emails.push('Kim@Testby.se'))).toEqual([]);
  });

  it('a unit nobody belongs to; a unit with people below it is not empty', () => {
    const ps = warningsOf((f) => {
      f.units.push({ id: 'buf-adm', name: 'Administration', type: 'enhet', parent: 'buf' });
      f.units.push({ id: 'buf-adm-a', name: 'Avdelning A', type: 'enhet', parent: 'buf-adm' });
      f.units.push({ id: 'buf-adm-a-1', name: 'Grupp 1', type: 'enhet', parent: 'buf-adm-a' });
      f.units.push({ id: 'buf-tom', name: 'Tom enhet', type: 'enhet', parent: 'buf' });
      f.people.push({ id: 'x1', name: 'X', emails: ['x@testby.se'], positions: [{ role: 'medarbetare', unit: 'buf-adm-a-1' }] });
    });
    expect(codes(ps)).toEqual(['empty-unit units[9]']);
    expect(ps[0]!.message).toContain('ingen hör till enheten "Tom enhet"');
  });

  it('no kommundirektör; several kommundirektörer', () => {
    const none = warningsOf((f) => (f.people[0]!.positions[0]!.role = 'forvaltningschef'));
    expect(codes(none)).toEqual(['no-kommundirektor ']);
    expect(none[0]!.message).toBe('ingen person har rollen kommundirektör ("kommundirektor") – vem leder kommunstyrelsens förvaltning?');
    const two = warningsOf((f) => f.people[3]!.positions.push({ role: 'kommundirektor', unit: 'klf' }));
    expect(codes(two)).toEqual(['several-kommundirektorer people[3].positions[1]']);
    expect(two[0]!.message).toContain('p1, p4');
  });

  it('in English on request', () => {
    const ps = warningsOf((f) => delete f.units[4]!.governedBy, 'en');
    expect(ps[0]!.message).toBe('units[4].governedBy: the förvaltning "Barn- och utbildningsförvaltningen" has no governedBy – which board governs it?');
  });

  it('validates 50 000 people without a false warning', () => {
    const f = generateOrganisation(50_000);
    const ps = validateOrganisation(new Organisation(f));
    expect(ps).toEqual([]);
  });
});
