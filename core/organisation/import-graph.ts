// Import of a Microsoft Graph users export (`GET /users?$expand=manager`, or PowerShell
// `Get-MgUser -All -ExpandProperty manager`) plus a role-mapping file into an organisation file.
// The mapping format is documented in docs/organisationsfil.md.

import type {
  DistributionGroupFile, Lang, OrganisationFile, PersonFile, PolicyFile, PositionFile, Problem, Role, UnitFile, UnitType,
} from '../types.js';
import { UNIT_TYPES } from '../types.js';
import { lineColumn, offsetFromEngineMessage } from '../text/json-syntax.js';
import {
  domainOf, foldKey, inferDomains, isElectedRole, minimiseDomains, addressInCell, personIdBase, roleFromName, roleFromTitle,
  slugify, uniqueId, unitTypeFromName, type ImportResult,
} from './import-csv.js';

/** A rule in the mapping file: all conditions given must hold; the first rule that matches decides. */
export interface GraphRoleRule {
  jobTitle?: string;
  jobTitleContains?: string;
  department?: string;
  departmentContains?: string;
  mail?: string;
  /** A role code or Swedish role name, or several (one position each). */
  role?: string | string[];
  /** Unit id for the position(s), instead of the one the department maps to. */
  unit?: string;
  /** Leave matching users out (service accounts, rooms). */
  skip?: boolean;
}

export interface GraphDepartmentRule {
  department?: string;
  departmentContains?: string;
  /** Unit id. Created (with `name`, `type`, `parent`) unless it is among the mapping's `units`. */
  unit: string;
  name?: string;
  type?: UnitType;
  parent?: string;
}

export interface GraphMapping {
  organisation?: { name?: string; internalDomains?: string[]; description?: string };
  policy?: PolicyFile;
  units?: UnitFile[];
  departments?: GraphDepartmentRule[];
  rules?: GraphRoleRule[];
  /** Role when no rule matches and the job title says nothing; `skip` leaves such users out. Default `medarbetare`. */
  defaultRole?: string;
  /** Guess the role from the job title when no rule matches (`Rektor` → chef). Default true. */
  roleFromTitle?: boolean;
  /** A department no rule maps: `create` a förvaltning for it (default, with a warning) or `ignore` it. */
  unmappedDepartments?: 'create' | 'ignore';
  /** People not in the directory (politicians, journalists); one sharing an address with a user is merged into that user. */
  people?: PersonFile[];
  groups?: DistributionGroupFile[];
  /** Include accounts with `accountEnabled: false` and guests (`userType: Guest`). Default false. */
  includeDisabled?: boolean;
}

export interface ImportGraphOptions {
  lang?: Lang;
}

type Msg = (lang: Lang) => string;
const m = (sv: string, en: string): Msg => (lang) => (lang === 'en' ? en : sv);

const T = {
  syntax: (file: string, detail: string) => m(`${file}: ogiltig JSON: ${detail}`, `${file}: invalid JSON: ${detail}`),
  usersShape: m(
    'förväntade ett Graph-svar ({ "value": [ … ] }), en lista med användare eller en lista med sådana svar',
    'expected a Graph response ({ "value": [ … ] }), an array of users or an array of such responses',
  ),
  mappingShape: m('mappningsfilen ska vara ett JSON-objekt', 'the mapping file must be a JSON object'),
  notObject: m('ska vara ett objekt', 'must be an object'),
  notString: m('ska vara en text', 'must be a string'),
  notArray: m('ska vara en lista', 'must be an array'),
  missing: m('saknas', 'missing'),
  missingUser: m('saknas; användaren tas inte med', 'missing; the user is left out'),
  usingUpn: (upn: string) => m(`saknas; använder userPrincipalName "${upn}"`, `missing; using userPrincipalName "${upn}"`),
  badAddress: (a: string) => m(`ogiltig e-postadress "${a}"; användaren tas inte med`, `invalid email address "${a}"; the user is left out`),
  duplicate: (a: string, other: string) =>
    m(`adressen "${a}" finns redan (${other}); användaren tas inte med`, `the address "${a}" already appears (${other}); the user is left out`),
  noName: (n: string) => m(`saknas; använder "${n}"`, `missing; using "${n}"`),
  unknownRole: (r: string) => m(`okänd roll "${r}"`, `unknown role "${r}"`),
  unknownUnitType: (t: string) => m(`okänd enhetstyp "${t}"`, `unknown unit type "${t}"`),
  ruleWithoutCondition: m('regeln saknar villkor (jobTitle, jobTitleContains, department, departmentContains eller mail) och gäller alla',
    'the rule has no condition (jobTitle, jobTitleContains, department, departmentContains or mail) and matches everyone'),
  departmentWithoutCondition: m('saknar department eller departmentContains', 'has no department or departmentContains'),
  unknownUnit: (u: string) => m(`okänd enhet "${u}"`, `unknown unit "${u}"`),
  unmapped: (d: string, id: string) =>
    m(`avdelningen "${d}" finns inte i mappningsfilen; förvaltningen "${id}" skapades (ange den under departments)`,
      `the department "${d}" is not in the mapping file; the förvaltning "${id}" was created (map it under departments)`),
  unknownManager: (who: string) =>
    m(`chefen ${who} finns inte bland de importerade användarna; används inte`, `the manager ${who} is not among the imported users; ignored`),
  skippedDisabled: (n: number) =>
    m(`${n} inaktiverade konton eller gästkonton togs inte med (includeDisabled i mappningsfilen tar med dem)`,
      `${n} disabled or guest accounts were left out (includeDisabled in the mapping file includes them)`),
  noUsers: m('exporten innehåller inga användare', 'the export contains no users'),
  noDomains: m('organisationens domäner kunde inte härledas; ange organisation.internalDomains i mappningsfilen',
    'the organisation\'s domains could not be inferred; give organisation.internalDomains in the mapping file'),
};

/** Line and column of a JSON.parse error, from V8's message (`at position 42` or `(line 3 column 5)`). */
/** Line and column of the place the engine's JSON.parse message names, if it names one. */
function jsonErrorLocation(text: string, message: string): { line?: number; column?: number } {
  const offset = offsetFromEngineMessage(message, text);
  return offset === undefined ? {} : lineColumn(text, offset);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function textMatches(value: string | undefined, exact: string | undefined, contains: string | undefined): boolean {
  if (exact === undefined && contains === undefined) return true;
  if (value === undefined) return false;
  const v = foldKey(value);
  if (exact !== undefined && v !== foldKey(exact)) return false;
  if (contains !== undefined && !v.includes(foldKey(contains))) return false;
  return true;
}

interface UserEntry {
  path: string;
  user: Record<string, unknown>;
}

/**
 * Converts a Graph users export and a role-mapping file into an organisation file.
 * Problems name JSON paths (`value[3].mail: saknas`; mapping paths are prefixed `mappning:`).
 */
export function importGraph(usersJson: string, mappingJson: string, options: ImportGraphOptions = {}): ImportResult {
  const lang: Lang = options.lang ?? 'sv';
  const problems: Problem[] = [];
  const add = (severity: Problem['severity'], code: string, path: string, text: Msg, where: { line?: number; column?: number } = {}): void => {
    const p: Problem = { severity, code, path, message: path ? `${path}: ${text(lang)}` : text(lang) };
    if (where.line !== undefined) p.line = where.line;
    if (where.column !== undefined) p.column = where.column;
    problems.push(p);
  };
  const mapPath = (p: string): string => `${lang === 'en' ? 'mapping' : 'mappning'}: ${p}`;

  // ---- parse both files
  const parse = (text: string, file: string): { ok: true; value: unknown } | { ok: false } => {
    try {
      return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      add('error', 'syntax', '', T.syntax(file, msg), jsonErrorLocation(text, msg));
      return { ok: false };
    }
  };
  const usersParsed = parse(usersJson, lang === 'en' ? 'users' : 'användarfilen');
  const mappingParsed = parse(mappingJson, lang === 'en' ? 'mapping file' : 'mappningsfilen');
  if (!usersParsed.ok || !mappingParsed.ok) return { problems };

  // ---- users: { value: [...] }, [user, …], or [{ value: [...] }, …]
  const entries: UserEntry[] = [];
  const raw = usersParsed.value;
  const pushUsers = (list: unknown, prefix: string): void => {
    if (!Array.isArray(list)) {
      add('error', 'type', prefix || '', T.notArray);
      return;
    }
    list.forEach((u, i) => {
      const path = `${prefix}[${i}]`;
      if (isObject(u)) entries.push({ path, user: u });
      else add('error', 'type', path, T.notObject);
    });
  };
  if (isObject(raw) && 'value' in raw) pushUsers(raw.value, 'value');
  else if (Array.isArray(raw) && raw.length > 0 && raw.every((p) => isObject(p) && Array.isArray(p.value))) {
    raw.forEach((page, i) => pushUsers((page as { value: unknown }).value, `[${i}].value`));
  } else if (Array.isArray(raw)) pushUsers(raw, '');
  else {
    add('error', 'type', '', T.usersShape);
    return { problems };
  }

  // ---- mapping
  const mapping = mappingParsed.value;
  if (!isObject(mapping)) {
    add('error', 'type', '', T.mappingShape);
    return { problems };
  }
  const mp = mapping as GraphMapping & Record<string, unknown>;
  const resolveRoles = (value: unknown, path: string): Role[] | undefined => {
    const list = Array.isArray(value) ? value : [value];
    const roles: Role[] = [];
    let ok = true;
    list.forEach((r, i) => {
      const p = Array.isArray(value) ? `${path}[${i}]` : path;
      const role = typeof r === 'string' ? roleFromName(r) : undefined;
      if (!role) {
        add('error', 'unknown-role', mapPath(p), T.unknownRole(String(r)));
        ok = false;
      } else if (!roles.includes(role)) roles.push(role);
    });
    return ok ? roles : undefined;
  };

  const units: UnitFile[] = [];
  const unitIds = new Set<string>();
  if (mp.units !== undefined) {
    if (!Array.isArray(mp.units)) add('error', 'type', mapPath('units'), T.notArray);
    else
      mp.units.forEach((u, i) => {
        if (!isObject(u) || !str(u.id) || !str(u.name)) {
          add('error', 'type', mapPath(`units[${i}]`), m('ska ha id, name och type', 'must have id, name and type'));
          return;
        }
        if (!(UNIT_TYPES as readonly string[]).includes(String(u.type))) {
          add('error', 'unknown-unit-type', mapPath(`units[${i}].type`), T.unknownUnitType(String(u.type)));
          return;
        }
        units.push(u as unknown as UnitFile);
        unitIds.add(String(u.id));
      });
  }

  const departments: Array<GraphDepartmentRule & { path: string }> = [];
  if (mp.departments !== undefined) {
    if (!Array.isArray(mp.departments)) add('error', 'type', mapPath('departments'), T.notArray);
    else
      mp.departments.forEach((d, i) => {
        const path = `departments[${i}]`;
        if (!isObject(d) || !str(d.unit)) {
          add('error', 'type', mapPath(`${path}.unit`), T.missing);
          return;
        }
        if (!str(d.department) && !str(d.departmentContains)) {
          add('error', 'type', mapPath(path), T.departmentWithoutCondition);
          return;
        }
        if (d.type !== undefined && !(UNIT_TYPES as readonly string[]).includes(String(d.type))) {
          add('error', 'unknown-unit-type', mapPath(`${path}.type`), T.unknownUnitType(String(d.type)));
          return;
        }
        departments.push({ ...(d as unknown as GraphDepartmentRule), path });
      });
  }

  const rules: Array<{ rule: GraphRoleRule; roles: Role[]; path: string }> = [];
  if (mp.rules !== undefined) {
    if (!Array.isArray(mp.rules)) add('error', 'type', mapPath('rules'), T.notArray);
    else
      mp.rules.forEach((r, i) => {
        const path = `rules[${i}]`;
        if (!isObject(r)) {
          add('error', 'type', mapPath(path), T.notObject);
          return;
        }
        const rule = r as GraphRoleRule;
        if (![rule.jobTitle, rule.jobTitleContains, rule.department, rule.departmentContains, rule.mail].some((c) => str(c))) {
          add('warning', 'rule-without-condition', mapPath(path), T.ruleWithoutCondition);
        }
        if (rule.skip) {
          rules.push({ rule, roles: [], path });
          return;
        }
        if (rule.role === undefined) {
          add('error', 'missing-role', mapPath(`${path}.role`), T.missing);
          return;
        }
        const roles = resolveRoles(rule.role, `${path}.role`);
        if (roles) rules.push({ rule, roles, path });
      });
  }

  let defaultRoles: Role[] | 'skip' = ['medarbetare'];
  if (mp.defaultRole !== undefined) {
    if (mp.defaultRole === 'skip') defaultRoles = 'skip';
    else defaultRoles = resolveRoles(mp.defaultRole, 'defaultRole') ?? ['medarbetare'];
  }
  const guessFromTitle = mp.roleFromTitle !== false;
  const unmappedMode = mp.unmappedDepartments ?? 'create';
  const warnUnmapped = mp.unmappedDepartments === undefined;
  const configuredDomains = Array.isArray(mp.organisation?.internalDomains)
    ? minimiseDomains(mp.organisation.internalDomains.filter((d): d is string => typeof d === 'string').map((d) => d.trim().toLowerCase().replace(/^@/, '')))
    : [];
  const isInternal = (address: string): boolean => {
    const d = domainOf(address);
    return configuredDomains.some((o) => d === o || d.endsWith(`.${o}`));
  };

  // ---- people from users
  interface Draft {
    graphId?: string;
    path: string;
    person: PersonFile;
    aliases: string[];
    managerRef?: { id?: string; mail?: string; path: string };
  }
  const drafts: Draft[] = [];
  const byAddress = new Map<string, Draft>();
  const createdDepartments = new Map<string, string>();
  let skippedDisabled = 0;
  const domainEntries: Array<{ address: string; staff: boolean; media: boolean }> = [];

  const unitForDepartment = (department: string | undefined, path: string): string | undefined => {
    if (!department) return undefined;
    for (const d of departments) {
      if (!textMatches(department, d.department, d.departmentContains)) continue;
      if (!unitIds.has(d.unit)) {
        const name = d.name ?? department;
        const unit: UnitFile = { id: d.unit, name, type: d.type ?? (d.parent ? 'enhet' : (unitTypeFromName(name) ?? 'forvaltning')) };
        if (d.parent) unit.parent = d.parent;
        units.push(unit);
        unitIds.add(d.unit);
      }
      return d.unit;
    }
    if (unmappedMode === 'ignore') return undefined;
    const key = foldKey(department);
    let id = createdDepartments.get(key);
    if (!id) {
      id = uniqueId(slugify(department), unitIds);
      createdDepartments.set(key, id);
      units.push({ id, name: department, type: unitTypeFromName(department) ?? 'forvaltning' });
      if (warnUnmapped) add('warning', 'unmapped-department', `${path}.department`, T.unmapped(department, id));
    }
    return id;
  };

  for (const { path, user } of entries) {
    const enabled = user.accountEnabled !== false && String(user.userType ?? '').toLowerCase() !== 'guest' && !String(user.userPrincipalName ?? '').includes('#EXT#');
    if (!enabled && !mp.includeDisabled) {
      skippedDisabled++;
      continue;
    }
    for (const key of ['displayName', 'mail', 'userPrincipalName', 'jobTitle', 'department', 'id'] as const) {
      const v = user[key];
      if (v !== undefined && v !== null && typeof v !== 'string') add('warning', 'type', `${path}.${key}`, T.notString);
    }
    let rawMail = str(user.mail);
    if (!rawMail) {
      const upn = str(user.userPrincipalName);
      const upnAddress = upn ? addressInCell(upn) : undefined;
      if (upnAddress && !upnAddress.endsWith('.onmicrosoft.com') && (configuredDomains.length === 0 || isInternal(upnAddress))) {
        add('warning', 'missing-mail', `${path}.mail`, T.usingUpn(upnAddress));
        rawMail = upnAddress;
      } else {
        add('warning', 'missing-mail', `${path}.mail`, T.missingUser);
        continue;
      }
    }
    const mail = addressInCell(rawMail);
    if (!mail) {
      add('error', 'invalid-email', `${path}.mail`, T.badAddress(rawMail));
      continue;
    }
    const existing = byAddress.get(mail);
    if (existing) {
      add('warning', 'duplicate-address', `${path}.mail`, T.duplicate(mail, existing.path));
      continue;
    }
    const jobTitle = str(user.jobTitle);
    const department = str(user.department);

    const rule = rules.find(({ rule: r }) =>
      textMatches(jobTitle, r.jobTitle, r.jobTitleContains) &&
      textMatches(department, r.department, r.departmentContains) &&
      (r.mail === undefined || foldKey(r.mail) === foldKey(mail)),
    );
    if (rule?.rule.skip) continue;
    let roles: Role[];
    if (rule) roles = rule.roles;
    else {
      const guessed = guessFromTitle && jobTitle ? roleFromTitle(jobTitle) : undefined;
      if (guessed) roles = [guessed];
      else if (defaultRoles === 'skip') continue;
      else roles = defaultRoles;
    }

    let name = str(user.displayName);
    if (!name) {
      name = mail;
      add('warning', 'missing-name', `${path}.displayName`, T.noName(name));
    }
    const unit = rule?.rule.unit ?? unitForDepartment(department, path);
    const positions: PositionFile[] = roles.map((role) => (unit ? { role, unit } : { role }));
    const person: PersonFile = jobTitle
      ? { id: '', name, emails: [mail], title: jobTitle, positions }
      : { id: '', name, emails: [mail], positions };

    const aliases: string[] = [];
    if (Array.isArray(user.proxyAddresses)) {
      for (const pa of user.proxyAddresses) {
        if (typeof pa !== 'string' || !/^smtp:/i.test(pa)) continue;
        const a = addressInCell(pa.slice(5));
        if (a && a !== mail) aliases.push(a);
      }
    }
    const draft: Draft = { path, person, aliases };
    const graphId = str(user.id);
    if (graphId) draft.graphId = graphId;
    const manager = user.manager;
    if (isObject(manager)) {
      const ref: Draft['managerRef'] = { path: `${path}.manager` };
      const mid = str(manager.id);
      const mmail = str(manager.mail) ?? str(manager.userPrincipalName);
      if (mid) ref.id = mid;
      if (mmail) ref.mail = mmail;
      if (mid || mmail) draft.managerRef = ref;
    }
    drafts.push(draft);
    byAddress.set(mail, draft);
    for (const role of roles) domainEntries.push({ address: mail, staff: !isElectedRole(role) && role !== 'media', media: role === 'media' });
  }

  if (skippedDisabled > 0) add('warning', 'disabled-accounts', '', T.skippedDisabled(skippedDisabled));
  if (entries.length === 0) add('warning', 'no-users', '', T.noUsers);

  // ---- domains, aliases
  const internalDomains = configuredDomains.length
    ? configuredDomains
    : inferDomains(domainEntries.filter((e) => !domainOf(e.address).endsWith('onmicrosoft.com')));
  if (!internalDomains.length) add('warning', 'no-domains', '', T.noDomains);
  const internal = (a: string): boolean => internalDomains.some((o) => domainOf(a) === o || domainOf(a).endsWith(`.${o}`));
  for (const d of drafts) {
    for (const a of d.aliases) {
      if (internal(a) && !byAddress.has(a)) {
        d.person.emails.push(a);
        byAddress.set(a, d);
      }
    }
  }

  // ---- ids
  const takenIds = new Set<string>();
  const extraPeople: PersonFile[] = [];
  if (mp.people !== undefined) {
    if (!Array.isArray(mp.people)) add('error', 'type', mapPath('people'), T.notArray);
    else
      mp.people.forEach((p, i) => {
        const path = `people[${i}]`;
        if (!isObject(p) || !str(p.id) || !str(p.name) || !Array.isArray(p.emails) || !Array.isArray(p.positions)) {
          add('error', 'type', mapPath(path), m('ska ha id, name, emails och positions', 'must have id, name, emails and positions'));
          return;
        }
        const person = p as unknown as PersonFile;
        let valid = true;
        person.positions.forEach((pos, j) => {
          if (!isObject(pos) || !resolveRoles(pos.role, `${path}.positions[${j}].role`)) valid = false;
        });
        if (!valid) return;
        const positions = person.positions.map((pos) => ({ ...pos, role: roleFromName(pos.role)! }));
        const emails = person.emails.map((e) => addressInCell(String(e)) ?? String(e).toLowerCase());
        // Merge into the directory user with one of these addresses (a politician who is also employed).
        const target = emails.map((e) => byAddress.get(e)).find((d) => d !== undefined);
        if (target) {
          const tied = positions.some((pos) => pos.email);
          const own = target.person.emails[0]!;
          if (tied) target.person.positions = target.person.positions.map((pos) => (pos.email ? pos : { ...pos, email: own }));
          for (const e of emails) if (!target.person.emails.includes(e)) target.person.emails.push(e);
          target.person.positions.push(...positions);
          target.person.id = person.id;
          takenIds.add(person.id);
          return;
        }
        takenIds.add(person.id);
        extraPeople.push({ ...person, emails, positions });
      });
  }
  for (const d of drafts) if (!d.person.id) d.person.id = uniqueId(personIdBase(d.person.emails[0]!), takenIds);

  // ---- managers
  const byGraphId = new Map<string, Draft>();
  for (const d of drafts) if (d.graphId) byGraphId.set(d.graphId, d);
  for (const d of drafts) {
    const ref = d.managerRef;
    if (!ref) continue;
    const mail = ref.mail ? addressInCell(ref.mail) : undefined;
    const target = (ref.id ? byGraphId.get(ref.id) : undefined) ?? (mail ? byAddress.get(mail) : undefined);
    const extra = !target && mail ? extraPeople.find((p) => p.emails.includes(mail)) : undefined;
    const managerId = target?.person.id ?? extra?.id;
    if (managerId && managerId !== d.person.id) d.person.manager = managerId;
    else if (!managerId) add('warning', 'unknown-manager', ref.path, T.unknownManager(`"${ref.mail ?? ref.id}"`));
  }

  // ---- references the mapping made
  departments.forEach((d) => {
    if (d.parent && !unitIds.has(d.parent)) add('warning', 'unknown-unit', mapPath(`${d.path}.parent`), T.unknownUnit(d.parent));
  });
  rules.forEach(({ rule, path }) => {
    if (rule.unit && !unitIds.has(rule.unit)) add('warning', 'unknown-unit', mapPath(`${path}.unit`), T.unknownUnit(rule.unit));
  });

  const org: OrganisationFile['organisation'] = {
    name: str(mp.organisation?.name) ?? internalDomains[0] ?? 'Organisation',
    internalDomains,
  };
  const description = str(mp.organisation?.description);
  if (description) org.description = description;
  const file: OrganisationFile = {
    schemaVersion: 1,
    organisation: org,
    ...(isObject(mp.policy) ? { policy: mp.policy as PolicyFile } : {}),
    units,
    people: [...drafts.map((d) => d.person), ...extraPeople],
    ...(Array.isArray(mp.groups) ? { groups: mp.groups as DistributionGroupFile[] } : {}),
  };
  return { file, problems };
}
