// Checking a parsed organisation file: structure (schema.ts), unknown keys, then references.
// Shared by parseOrganisation (after JSON.parse or the CSV import) and validateOrganisation.
//
// Cost: one valibot pass, then one pass over units, people and groups with Maps for the
// references; nothing here scans an array per item. Unknown keys are found from valibot's
// strict-object issues, so only objects that have one are looked at again.
import * as v from 'valibot';
import { ROLES, RULE_IDS, UNIT_TYPES, type Lang, type OrganisationFile, type Problem, type Role } from '../types.js';
import { roleFromName, unitTypeFromName } from './import-csv.js';
import { describeExpected, describeValue, joinPath, problem, suggest } from './messages.js';
import { compileQuickCheck } from './quick-check.js';
import { KNOWN_KEYS, OrganisationSchema, SEND_CHECKS, SEVERITY_SETTINGS, type ObjectKind } from './schema.js';
import { normaliseAddress } from '../text/address.js';

/**
 * The warnings found while an Organisation was loaded (unknown keys, encoding), so that
 * validateOrganisation(organisation) can report them with its own: `rollkoll validate` asks only it.
 */
export const loadWarnings = new WeakMap<object, Problem[]>();

/** Exactly valid, no unknown keys: then the parsed object is used as it is (see quick-check.ts). */
let quickCheck: ((value: unknown) => boolean) | undefined;
export function isExactlyValid(raw: unknown): boolean {
  if (!quickCheck) quickCheck = compileQuickCheck(OrganisationSchema);
  return quickCheck(raw);
}

export interface CheckedFile {
  /** The checked file (a fresh copy: unknown keys, `__proto__` included, are left out); absent on error. */
  file?: OrganisationFile;
  /** Errors first, then warnings. */
  problems: Problem[];
}

/** Roles that need no unit: a journalist, and the two elected roles that are the municipality's own. */
export const ROLES_WITHOUT_UNIT: readonly Role[] = ['media', 'kso', 'oppositionsledare'];
const NO_UNIT = new Set<string>(ROLES_WITHOUT_UNIT);

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Ids that are names on every JavaScript object (`__proto__`, `constructor`, `toString`, …):
 * rejected, so no code that indexes an object by id can be misled by them.
 */
export function isReservedId(id: string): boolean {
  return id === 'prototype' || hasOwn(Object.prototype, id);
}

/** Suggestions for unknown ids cost a scan of the ids: only for the first few. */
const MAX_ID_SUGGESTIONS = 20;

const CODES_WITH_VALUE = new Set([
  'unknown-role',
  'unknown-unit-type',
  'invalid-severity',
  'invalid-send-check',
  'invalid-email',
  'invalid-domain',
  'invalid-url',
  'empty-value',
  'schema-version',
]);

type PathItem = { key?: unknown; origin?: string; input?: unknown };

function pathOf(items: readonly PathItem[] | undefined, upTo?: number): string {
  let path = '';
  if (!items) return path;
  const n = upTo ?? items.length;
  for (let i = 0; i < n; i++) {
    const key = items[i]!.key;
    if (typeof key === 'number' || typeof key === 'string') path = joinPath(path, key);
  }
  return path;
}

/** Which kind of object a path (the keys, indices left out) leads to. */
function kindAt(items: readonly PathItem[], upTo: number): ObjectKind | undefined {
  const names: string[] = [];
  for (let i = 0; i < upTo; i++) {
    const key = items[i]!.key;
    if (typeof key === 'string') names.push(key);
  }
  switch (names.join('.')) {
    case '':
      return 'root';
    case 'organisation':
      return 'organisation';
    case 'policy':
      return 'policy';
    case 'policy.severity':
      return 'severity';
    case 'units':
      return 'unit';
    case 'people':
      return 'person';
    case 'people.positions':
      return 'position';
    case 'groups':
      return 'group';
    default:
      return undefined;
  }
}

function issueToProblem(issue: v.BaseIssue<unknown>, lang: Lang): Problem {
  const items = issue.path as readonly PathItem[] | undefined;
  const path = pathOf(items);
  const last = items && items.length ? items[items.length - 1] : undefined;
  if ((issue.type === 'strict_object' || issue.type === 'object') && issue.input === undefined && last && last.origin === 'key') {
    return problem(lang, 'error', 'required', path);
  }
  const code = issue.message;
  if (CODES_WITH_VALUE.has(code)) {
    const input = issue.input;
    const params: { [k: string]: string | undefined } = { value: describeValue(input, lang), received: describeValue(input, lang) };
    if (code === 'unknown-role') {
      params.allowed = ROLES.join(', ');
      if (typeof input === 'string') params.suggestion = roleFromName(input) ?? suggest(input, ROLES);
    } else if (code === 'unknown-unit-type') {
      params.allowed = UNIT_TYPES.join(', ');
      if (typeof input === 'string') params.suggestion = unitTypeFromName(input) ?? suggest(input, UNIT_TYPES);
    } else if (code === 'invalid-severity') {
      params.allowed = SEVERITY_SETTINGS.join(', ');
    } else if (code === 'invalid-send-check') {
      params.allowed = SEND_CHECKS.join(', ');
    }
    return problem(lang, 'error', code, path, params);
  }
  return problem(lang, 'error', 'type', path, {
    expected: describeExpected(issue.type, lang),
    received: describeValue(issue.input, lang),
  });
}

/** All unknown keys of one object: warnings (under policy.severity: errors, the key is a rule id). */
function unknownKeys(obj: { [k: string]: unknown }, kind: ObjectKind, path: string, lang: Lang, errors: Problem[], warnings: Problem[]) {
  const known = KNOWN_KEYS[kind] as readonly string[];
  for (const key in obj) {
    if (!hasOwn(obj, key) || known.indexOf(key) >= 0) continue;
    const suggestion = key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : suggest(key, known);
    if (kind === 'severity') {
      errors.push(
        problem(lang, 'error', 'unknown-rule', joinPath(path, key), {
          value: describeValue(key, lang),
          allowed: RULE_IDS.join(', '),
          suggestion,
        }),
      );
    } else {
      warnings.push(problem(lang, 'warning', 'unknown-key', joinPath(path, key), { suggestion }));
    }
  }
}

/** Structure and references of a parsed file. */
export function checkOrganisationFile(raw: unknown, lang: Lang = 'sv'): CheckedFile {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push(problem(lang, 'error', 'root-type', '', { received: describeValue(raw, lang) }));
    return { problems: errors };
  }
  if (isExactlyValid(raw)) {
    // The common case: nothing to copy or strip (no unknown key, hence no `__proto__` key either).
    const file = raw as OrganisationFile;
    checkReferences(file, lang, errors);
    return errors.length ? { problems: errors } : { file, problems: warnings };
  }
  const result = v.safeParse(OrganisationSchema, raw, { abortEarly: false });
  if (result.issues) {
    let seen: Set<unknown> | undefined;
    for (const issue of result.issues) {
      const items = issue.path as readonly PathItem[] | undefined;
      if (issue.type === 'strict_object' && issue.expected === 'never') {
        // valibot names the first unknown key of an object; report them all.
        const n = items ? items.length - 1 : 0;
        const obj = items && n >= 0 ? items[n]!.input : raw;
        const kind = items ? kindAt(items, n) : 'root';
        if (!seen) seen = new Set();
        if (kind && obj && typeof obj === 'object' && !seen.has(obj)) {
          seen.add(obj);
          unknownKeys(obj as { [k: string]: unknown }, kind, pathOf(items, n), lang, errors, warnings);
        }
        continue;
      }
      errors.push(issueToProblem(issue, lang));
    }
  }
  if (errors.length) return { problems: errors.concat(warnings) };
  const file = result.output as OrganisationFile;
  checkReferences(file, lang, errors);
  if (errors.length) return { problems: errors.concat(warnings) };
  return { file, problems: warnings };
}

function checkReferences(file: OrganisationFile, lang: Lang, errors: Problem[]): void {
  const units = file.units;
  const people = file.people;
  let suggestions = 0;
  const suggestFrom = (id: string, known: Map<string, number>): string | undefined =>
    suggestions++ < MAX_ID_SUGGESTIONS ? suggest(id, known.keys()) : undefined;

  // Ids: unique, not reserved.
  const unitIndex = new Map<string, number>();
  for (let i = 0; i < units.length; i++) {
    const id = units[i]!.id;
    if (isReservedId(id)) {
      errors.push(problem(lang, 'error', 'reserved-id', `units[${i}].id`, { id }));
      continue;
    }
    const other = unitIndex.get(id);
    if (other !== undefined) errors.push(problem(lang, 'error', 'duplicate-id', `units[${i}].id`, { id, other: `units[${other}]` }));
    else unitIndex.set(id, i);
  }
  const personIndex = new Map<string, number>();
  for (let i = 0; i < people.length; i++) {
    const id = people[i]!.id;
    if (isReservedId(id)) {
      errors.push(problem(lang, 'error', 'reserved-id', `people[${i}].id`, { id }));
      continue;
    }
    const other = personIndex.get(id);
    if (other !== undefined) errors.push(problem(lang, 'error', 'duplicate-id', `people[${i}].id`, { id, other: `people[${other}]` }));
    else personIndex.set(id, i);
  }

  // Units: parent and governedBy exist; parent has no cycle.
  const parentOf: number[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    parentOf.push(-1);
    if (u.parent !== undefined) {
      const p = unitIndex.get(u.parent);
      if (p === undefined) {
        errors.push(problem(lang, 'error', 'unknown-unit', `units[${i}].parent`, { id: u.parent, suggestion: suggestFrom(u.parent, unitIndex) }));
      } else parentOf[i] = p;
    }
    if (u.governedBy !== undefined && !unitIndex.has(u.governedBy)) {
      errors.push(
        problem(lang, 'error', 'unknown-unit', `units[${i}].governedBy`, { id: u.governedBy, suggestion: suggestFrom(u.governedBy, unitIndex) }),
      );
    }
  }
  for (const cycle of findCycles(parentOf)) {
    const ids: string[] = [];
    for (const i of cycle) ids.push(units[i]!.id);
    ids.push(units[cycle[0]!]!.id);
    errors.push(problem(lang, 'error', 'unit-cycle', `units[${cycle[0]}].parent`, { cycle: ids.join(' → ') }));
  }

  // People: positions' units, the unit a role needs, tied addresses, manager.
  for (let i = 0; i < people.length; i++) {
    const person = people[i]!;
    const positions = person.positions;
    for (let j = 0; j < positions.length; j++) {
      const pos = positions[j]!;
      if (pos.unit !== undefined) {
        if (!unitIndex.has(pos.unit)) {
          errors.push(
            problem(lang, 'error', 'unknown-unit', `people[${i}].positions[${j}].unit`, {
              id: pos.unit,
              suggestion: suggestFrom(pos.unit, unitIndex),
            }),
          );
        }
      } else if (!NO_UNIT.has(pos.role)) {
        errors.push(problem(lang, 'error', 'unit-required', `people[${i}].positions[${j}].unit`, { role: pos.role }));
      }
      if (pos.email !== undefined && !hasAddress(person.emails, pos.email)) {
        errors.push(problem(lang, 'error', 'unknown-position-email', `people[${i}].positions[${j}].email`, { value: pos.email }));
      }
    }
    if (person.manager !== undefined && !personIndex.has(person.manager)) {
      errors.push(
        problem(lang, 'error', 'unknown-person', `people[${i}].manager`, { id: person.manager, suggestion: suggestFrom(person.manager, personIndex) }),
      );
    }
  }

  // Groups: members exist.
  const groups = file.groups;
  if (groups) {
    for (let i = 0; i < groups.length; i++) {
      const members = groups[i]!.members;
      for (let j = 0; j < members.length; j++) {
        const m = members[j]!;
        if (!personIndex.has(m)) {
          errors.push(problem(lang, 'error', 'unknown-person', `groups[${i}].members[${j}]`, { id: m, suggestion: suggestFrom(m, personIndex) }));
        }
      }
    }
  }
}

function hasAddress(emails: readonly string[], address: string): boolean {
  const a = normaliseAddress(address);
  for (let k = 0; k < emails.length; k++) if (normaliseAddress(emails[k]!) === a) return true;
  return false;
}

/**
 * The cycles of a graph where each node has at most one successor (`next[i]`, -1 for none):
 * each cycle once, as node indices starting at its lowest-numbered node. Linear time.
 */
export function findCycles(next: readonly number[]): number[][] {
  const n = next.length;
  // 0 = unvisited, 1 = on the current walk, 2 = done
  const state = new Uint8Array(n);
  const cycles: number[][] = [];
  const walk: number[] = [];
  for (let start = 0; start < n; start++) {
    if (state[start] !== 0) continue;
    walk.length = 0;
    let i = start;
    while (i >= 0 && state[i] === 0) {
      state[i] = 1;
      walk.push(i);
      i = next[i]!;
    }
    if (i >= 0 && state[i] === 1) {
      // i is on this walk: the cycle is walk from i's place to the end.
      const from = walk.indexOf(i);
      const cycle = walk.slice(from);
      let min = 0;
      for (let k = 1; k < cycle.length; k++) if (cycle[k]! < cycle[min]!) min = k;
      cycles.push(cycle.slice(min).concat(cycle.slice(0, min)));
    }
    for (const k of walk) state[k] = 2;
  }
  return cycles;
}
