// `rollkoll validate`: every error of a file, and the warnings about what the rules will miss in it
// (a förvaltning without a head, a board without an ordförande, a manager cycle, an address held by
// two people, a unit nobody belongs to, …). Linear in the size of the file.
import type { Lang, OrganisationFile, Problem, Role } from '../types.js';
import { checkOrganisationFile, findCycles, loadWarnings } from './check-file.js';
import { problem } from './messages.js';
import { Organisation } from './organisation.js';
import { normaliseAddress } from '../text/address.js';

export interface ValidateOptions {
  lang?: Lang;
}

function fileOf(org: unknown): OrganisationFile | undefined {
  if (org instanceof Organisation) return org.file;
  // An Organisation from another copy of the library (a second bundle): the same shape.
  if (org !== null && typeof org === 'object' && !('schemaVersion' in org) && 'file' in org) {
    const file = (org as { file?: unknown }).file;
    if (file !== null && typeof file === 'object' && 'schemaVersion' in file) return file as OrganisationFile;
  }
  return undefined;
}

/**
 * The problems of an organisation.
 * - Given an `Organisation` (already loaded, so without errors): the warnings parseOrganisation
 *   found while loading it (unknown keys, encoding; in the language they were made in), then the
 *   warnings below.
 * - Given a parsed file (any value): its errors (as parseOrganisation reports them) and unknown-key
 *   warnings; when it has no error, also the warnings below.
 * So `rollkoll validate` prints parseOrganisation's problems when loading fails, else this function's.
 */
export function validateOrganisation(org: unknown, options: ValidateOptions = {}): Problem[] {
  const lang: Lang = options.lang === 'en' ? 'en' : 'sv';
  try {
    const loaded = fileOf(org);
    if (loaded) {
      const earlier = loadWarnings.get(org as object);
      return earlier ? earlier.concat(warningsOf(loaded, lang)) : warningsOf(loaded, lang);
    }
    const checked = checkOrganisationFile(org, lang);
    if (!checked.file) return checked.problems;
    return checked.problems.concat(warningsOf(checked.file, lang));
  } catch (e) {
    return [problem(lang, 'error', 'internal', '', { detail: e instanceof Error ? e.message : String(e) })];
  }
}

const BOARD_TYPES = new Set(['fullmaktige', 'styrelse', 'namnd', 'beredning']);

/** The validate warnings of a file without errors (references resolve, no parent cycle). */
function warningsOf(file: OrganisationFile, lang: Lang): Problem[] {
  const out: Problem[] = [];
  const units = file.units;
  const people = file.people;
  const nUnits = units.length;

  const unitIndex = new Map<string, number>();
  for (let i = 0; i < nUnits; i++) if (!unitIndex.has(units[i]!.id)) unitIndex.set(units[i]!.id, i);
  const parentOf: number[] = [];
  for (let i = 0; i < nUnits; i++) {
    const p = units[i]!.parent;
    parentOf.push(p === undefined ? -1 : (unitIndex.get(p) ?? -1));
  }

  // The förvaltning or bolag of each unit (walk parent; memoised, so linear).
  const forvaltning: number[] = [];
  for (let i = 0; i < nUnits; i++) forvaltning.push(-2); // -2: not yet known, -1: none
  const walk: number[] = [];
  for (let i = 0; i < nUnits; i++) {
    walk.length = 0;
    let u = i;
    let found = -1;
    while (u >= 0 && walk.length <= nUnits) {
      if (forvaltning[u] !== -2) {
        found = forvaltning[u]!;
        break;
      }
      walk.push(u);
      const type = units[u]!.type;
      if (type === 'forvaltning' || type === 'bolag') {
        found = u;
        break;
      }
      u = parentOf[u]!;
    }
    for (const w of walk) forvaltning[w] = found;
  }

  // Who holds what where.
  const occupied = new Uint8Array(nUnits);
  const hasHead = new Uint8Array(nUnits); // forvaltningschef / vd placed at the unit itself
  const hasChair = new Uint8Array(nUnits); // ordforande (or kso) at the board
  let ksoAnywhere = false;
  const ksoBoards = new Set<number>();
  const kdPeople: number[] = [];
  const kdSeen = new Set<number>();
  const kdForvaltningar = new Set<number>();
  let secondKdPath = '';
  for (let i = 0; i < people.length; i++) {
    const positions = people[i]!.positions;
    for (let j = 0; j < positions.length; j++) {
      const pos = positions[j]!;
      const role: Role = pos.role;
      const u = pos.unit === undefined ? -1 : (unitIndex.get(pos.unit) ?? -1);
      if (u >= 0) occupied[u] = 1;
      if (role === 'kommundirektor') {
        if (!kdSeen.has(i)) {
          kdSeen.add(i);
          kdPeople.push(i);
          if (kdPeople.length === 2) secondKdPath = `people[${i}].positions[${j}]`;
        }
        if (u >= 0 && forvaltning[u]! >= 0) kdForvaltningar.add(forvaltning[u]!);
      } else if (role === 'kso') {
        ksoAnywhere = true;
        if (u >= 0) {
          ksoBoards.add(u);
          hasChair[u] = 1;
        }
      } else if (role === 'ordforande') {
        if (u >= 0) hasChair[u] = 1;
      } else if (role === 'forvaltningschef' || role === 'vd') {
        if (u >= 0 && (units[u]!.type === (role === 'vd' ? 'bolag' : 'forvaltning'))) hasHead[u] = 1;
      }
    }
  }
  for (let i = 0; i < nUnits; i++) if (units[i]!.mailbox !== undefined) occupied[i] = 1;
  // A unit with people below it is not empty.
  for (let i = 0; i < nUnits; i++) {
    if (occupied[i] !== 1) continue;
    let p = parentOf[i]!;
    let steps = 0;
    while (p >= 0 && occupied[p] !== 1 && steps++ <= nUnits) {
      occupied[p] = 1;
      p = parentOf[p]!;
    }
  }

  // Kommunstyrelsen: the board governing the KD's förvaltning, or where a KSO sits.
  const ksBoards = new Set<string>();
  kdForvaltningar.forEach((f) => {
    const g = units[f]!.governedBy;
    if (g !== undefined) ksBoards.add(g);
  });
  const isKs = (board: number): boolean => ksoBoards.has(board) || ksBoards.has(units[board]!.id);

  for (let i = 0; i < nUnits; i++) {
    const unit = units[i]!;
    const base = `units[${i}]`;
    const params = { name: unit.name, kind: unit.type };
    if (unit.type === 'forvaltning' || unit.type === 'bolag') {
      if (hasHead[i] !== 1 && !kdForvaltningar.has(i)) out.push(problem(lang, 'warning', 'no-head', base, params));
      if (unit.governedBy === undefined) out.push(problem(lang, 'warning', 'no-governed-by', `${base}.governedBy`, params));
    }
    if (unit.governedBy !== undefined) {
      const g = unitIndex.get(unit.governedBy);
      if (g !== undefined && !BOARD_TYPES.has(units[g]!.type)) {
        out.push(problem(lang, 'warning', 'governed-by-type', `${base}.governedBy`, { id: unit.governedBy, type: units[g]!.type }));
      }
    }
    if ((unit.type === 'styrelse' || unit.type === 'namnd') && hasChair[i] !== 1 && !(ksoAnywhere && isKs(i))) {
      out.push(problem(lang, 'warning', 'no-chair', base, params));
    }
    if (occupied[i] !== 1) out.push(problem(lang, 'warning', 'empty-unit', base, params));
  }

  // Manager cycles (the explicit `manager` links), each once.
  const personIndex = new Map<string, number>();
  for (let i = 0; i < people.length; i++) if (!personIndex.has(people[i]!.id)) personIndex.set(people[i]!.id, i);
  const managerOf: number[] = [];
  for (let i = 0; i < people.length; i++) {
    const m = people[i]!.manager;
    managerOf.push(m === undefined ? -1 : (personIndex.get(m) ?? -1));
  }
  for (const cycle of findCycles(managerOf)) {
    const ids: string[] = [];
    for (const i of cycle) ids.push(people[i]!.id);
    ids.push(people[cycle[0]!]!.id);
    out.push(problem(lang, 'warning', 'manager-cycle', `people[${cycle[0]}].manager`, { cycle: ids.join(' → ') }));
  }

  // An address held by two (people, unit mailboxes, distribution lists).
  const holders = new Map<string, { key: string; label: string }>();
  const claim = (address: string, key: string, label: string, path: string) => {
    const a = normaliseAddress(address);
    const first = holders.get(a);
    if (!first) holders.set(a, { key, label });
    else if (first.key !== key) out.push(problem(lang, 'warning', 'shared-address', path, { value: address, other: first.label }));
  };
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    const label = `people[${i}] (${p.id})`;
    for (let j = 0; j < p.emails.length; j++) claim(p.emails[j]!, `p${i}`, label, `people[${i}].emails[${j}]`);
  }
  for (let i = 0; i < nUnits; i++) {
    const m = units[i]!.mailbox;
    if (m !== undefined) claim(m, `u${i}`, `units[${i}] (${units[i]!.id})`, `units[${i}].mailbox`);
  }
  const groups = file.groups ?? [];
  for (let i = 0; i < groups.length; i++) claim(groups[i]!.address, `g${i}`, `groups[${i}]`, `groups[${i}].address`);

  // The kommundirektör: one.
  if (kdPeople.length === 0) out.push(problem(lang, 'warning', 'no-kommundirektor', ''));
  else if (kdPeople.length > 1) {
    const ids: string[] = [];
    for (const i of kdPeople) ids.push(people[i]!.id);
    out.push(problem(lang, 'warning', 'several-kommundirektorer', secondKdPath, { ids: ids.join(', ') }));
  }
  return out;
}
