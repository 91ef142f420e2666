// Import of a staff/politician list exported from a spreadsheet or HR system as CSV
// (../shared/spec/cli.md › CSV columns) into an organisation file.
//
// One row = one position of one person. Several rows with the same address (or the
// same value in the optional `id` column) are several positions of one person.

import Papa from 'papaparse';
import type { Lang, OrganisationFile, PersonFile, PositionFile, Problem, Role, UnitFile, UnitType } from '../types.js';
import { ELECTED_ROLES, ROLES } from '../types.js';
import { fold } from '../signals/fold.js';
import { normaliseAddress } from '../text/address.js';
import { decodeText } from '../text/encoding.js';

export interface ImportCsvOptions {
  /** `organisation.name` of the result; default: the first internal domain. */
  organisationName?: string;
  /** `organisation.internalDomains`; default: inferred from the staff's addresses. */
  internalDomains?: string[];
  /** Language of problem messages (default Swedish). */
  lang?: Lang;
}

export interface ImportResult {
  /** Present whenever the file could be read at all; rows with errors are left out of it. */
  file?: OrganisationFile;
  problems: Problem[];
}

// ---------------------------------------------------------------- shared helpers

/**
 * A key to compare names and build ids by: the shared folding (core/signals/fold.ts: lower case,
 * å→a, ä→a, ö→o, é→e, ø→o …) after every other combining mark is dropped (ę→e, ś→s), whitespace
 * collapsed and trimmed.
 */
export function foldKey(s: string): string {
  return fold(s.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A stable id from a name: folded, non-alphanumerics to `-` (`Kung Karls skola` → `kung-karls-skola`). */
export function slugify(s: string): string {
  const slug = foldKey(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}

/** Makes `base` unique against `taken` by appending -2, -3, …; records the result as taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const ROLE_SET: ReadonlySet<string> = new Set(ROLES);
const ELECTED_SET: ReadonlySet<string> = new Set(ELECTED_ROLES);

export function isRole(s: string): s is Role {
  return ROLE_SET.has(s);
}

export function isElectedRole(r: Role): boolean {
  return ELECTED_SET.has(r);
}

/** Swedish and English names of the roles, folded, with `-`/`_` as spaces. */
const ROLE_NAMES: ReadonlyArray<readonly [string, Role]> = [
  ['ledamot', 'ledamot'], ['ledamoter', 'ledamot'], ['member', 'ledamot'], ['board member', 'ledamot'],
  ['kommunfullmaktigeledamot', 'ledamot'], ['fullmaktigeledamot', 'ledamot'], ['namndledamot', 'ledamot'],
  ['styrelseledamot', 'ledamot'], ['councillor', 'ledamot'],
  ['ersattare', 'ersattare'], ['substitute', 'ersattare'], ['deputy member', 'ersattare'],
  ['ordforande', 'ordforande'], ['chair', 'ordforande'], ['chairman', 'ordforande'], ['chairperson', 'ordforande'],
  ['styrelseordforande', 'ordforande'], ['namndordforande', 'ordforande'], ['fullmaktiges ordforande', 'ordforande'],
  ['vice ordforande', 'vice-ordforande'], ['viceordforande', 'vice-ordforande'], ['1:e vice ordforande', 'vice-ordforande'],
  ['2:e vice ordforande', 'vice-ordforande'], ['forste vice ordforande', 'vice-ordforande'],
  ['andre vice ordforande', 'vice-ordforande'], ['vice chair', 'vice-ordforande'], ['vice chairman', 'vice-ordforande'],
  ['kso', 'kso'], ['kommunstyrelsens ordforande', 'kso'], ['ks ordforande', 'kso'], ['ksordforande', 'kso'],
  ['oppositionsledare', 'oppositionsledare'], ['oppositionsrad', 'oppositionsledare'],
  ['oppositionens ledare', 'oppositionsledare'], ['opposition leader', 'oppositionsledare'],
  ['kommundirektor', 'kommundirektor'], ['kd', 'kommundirektor'], ['kommunchef', 'kommundirektor'],
  ['chief executive', 'kommundirektor'], ['municipal director', 'kommundirektor'],
  ['forvaltningschef', 'forvaltningschef'], ['head of department', 'forvaltningschef'],
  ['vd', 'vd'], ['verkstallande direktor', 'vd'], ['ceo', 'vd'], ['managing director', 'vd'],
  ['chef', 'chef'], ['enhetschef', 'chef'], ['avdelningschef', 'chef'], ['rektor', 'chef'], ['bitradande rektor', 'chef'],
  ['forskolechef', 'chef'], ['verksamhetschef', 'chef'], ['sektionschef', 'chef'], ['manager', 'chef'],
  ['head teacher', 'chef'], ['principal', 'chef'],
  ['medarbetare', 'medarbetare'], ['anstalld', 'medarbetare'], ['tjansteperson', 'medarbetare'], ['tjansteman', 'medarbetare'],
  ['employee', 'medarbetare'], ['staff', 'medarbetare'], ['larare', 'medarbetare'], ['forskollarare', 'medarbetare'],
  ['barnskotare', 'medarbetare'], ['fritidspedagog', 'medarbetare'], ['handlaggare', 'medarbetare'],
  ['socialsekreterare', 'medarbetare'], ['underskoterska', 'medarbetare'], ['sjukskoterska', 'medarbetare'],
  ['vardbitrade', 'medarbetare'], ['bibliotekarie', 'medarbetare'], ['ekonom', 'medarbetare'],
  ['administrator', 'medarbetare'], ['assistent', 'medarbetare'], ['teacher', 'medarbetare'],
  ['kommunikator', 'kommunikator'], ['informator', 'kommunikator'], ['pressansvarig', 'kommunikator'],
  ['presskontakt', 'kommunikator'], ['communicator', 'kommunikator'], ['communications officer', 'kommunikator'],
  ['press officer', 'kommunikator'],
  ['namndsekreterare', 'namndsekreterare'], ['kommunsekreterare', 'namndsekreterare'],
  ['styrelsesekreterare', 'namndsekreterare'], ['board secretary', 'namndsekreterare'],
  ['registrator', 'registrator'], ['registrar', 'registrator'], ['arkivarie och registrator', 'registrator'],
  ['media', 'media'], ['journalist', 'media'], ['reporter', 'media'], ['redaktor', 'media'], ['redaktion', 'media'],
  ['nyhetsredaktion', 'media'], ['press', 'media'], ['newsroom', 'media'],
];
const ROLE_BY_NAME: ReadonlyMap<string, Role> = new Map(ROLE_NAMES);

function roleKey(s: string): string {
  return foldKey(s).replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A role from a role code or a Swedish/English role name (`Förvaltningschef`, `Rektor` → `chef`,
 * `Kommunikatör` → `kommunikator`); any other name ending in "chef" or "rektor" is a `chef`.
 * Returns undefined for an unknown name.
 */
export function roleFromName(name: string): Role | undefined {
  const raw = name.trim().toLowerCase();
  if (isRole(raw)) return raw;
  const key = roleKey(name);
  if (!key) return undefined;
  const known = ROLE_BY_NAME.get(key) ?? ROLE_BY_NAME.get(key.replace(/ /g, ''));
  if (known) return known;
  const compact = key.replace(/ /g, '');
  if (/(chef|rektor)$/.test(compact)) return 'chef';
  return undefined;
}

/**
 * The role a job title suggests (`Rektor`, `Enhetschef hemtjänst` → `chef`; `Lärare i svenska` →
 * `medarbetare`): the whole title, else its first word. Undefined when the title says nothing.
 */
export function roleFromTitle(title: string): Role | undefined {
  const whole = roleFromName(title);
  if (whole) return whole;
  const first = roleKey(title).split(/[ ,(]/)[0];
  return first ? roleFromName(first) : undefined;
}

/** The unit type a name suggests: "…förvaltningen", "…nämnden", "Kommunstyrelsen", "… AB". */
export function unitTypeFromName(name: string): UnitType | undefined {
  const f = foldKey(name).replace(/[.,]+$/, '');
  if (/\bab$/.test(f) || /^ab\b/.test(f)) return 'bolag';
  if (/forvaltning(en)?$/.test(f)) return 'forvaltning';
  if (/fullmaktige$/.test(f)) return 'fullmaktige';
  if (/styrelse(n)?$/.test(f)) return 'styrelse';
  if (/namnd(en)?$/.test(f)) return 'namnd';
  if (/beredning(en)?$/.test(f)) return 'beredning';
  return undefined;
}

const ADDRESS_RE = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\].]{2,}$/u;

/** The address in a cell: `Name <…>` and `mailto:` stripped, then the shared key (trimmed, NFC, lower case); undefined when it is not an address. */
export function addressInCell(raw: string): string | undefined {
  let s = raw.trim();
  const angle = /<([^<>]+)>\s*$/.exec(s);
  if (angle) s = angle[1]!.trim();
  s = normaliseAddress(s.replace(/^mailto:/i, ''));
  return ADDRESS_RE.test(s) ? s : undefined;
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

const PUBLIC_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.se', 'outlook.com', 'outlook.se', 'live.com', 'live.se',
  'msn.com', 'yahoo.com', 'yahoo.se', 'icloud.com', 'me.com', 'telia.com', 'bredband.net', 'comhem.se', 'tele2.se',
  'spray.se', 'passagen.se', 'protonmail.com', 'proton.me',
]);

/** Keeps the shortest domains: `skola.kungsor.se` is covered by `kungsor.se` (a domain rule matches subdomains). */
export function minimiseDomains(domains: Iterable<string>): string[] {
  const all = [...new Set(domains)].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const out: string[] = [];
  for (const d of all) if (!out.some((o) => d === o || d.endsWith(`.${o}`))) out.push(d);
  return out.sort();
}

/**
 * The organisation's own domains, from the addresses of people with staff positions (not
 * politicians' private addresses, not public mail services); without staff, the commonest domain.
 */
export function inferDomains(entries: Array<{ address: string; staff: boolean; media: boolean }>): string[] {
  const staff = entries.filter((e) => e.staff && !e.media).map((e) => domainOf(e.address)).filter((d) => !PUBLIC_MAIL_DOMAINS.has(d));
  if (staff.length) return minimiseDomains(staff);
  const counts = new Map<string, number>();
  for (const e of entries) {
    if (e.media) continue;
    const d = domainOf(e.address);
    if (PUBLIC_MAIL_DOMAINS.has(d)) continue;
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? [best[0]] : [];
}

/** A readable name from an address: `anna.berg@x` → `Anna Berg`. */
export function nameFromAddress(address: string): string {
  const local = address.slice(0, address.indexOf('@'));
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ') || address;
}

/** A person id from the address: `anna.berg@kungsor.se` → `anna-berg` (domain added on a clash). */
export function personIdBase(address: string): string {
  return slugify(address.slice(0, address.indexOf('@')));
}

// ---------------------------------------------------------------- messages

type Msg = (lang: Lang) => string;
const m = (sv: string, en: string): Msg => (lang) => (lang === 'en' ? en : sv);

const T = {
  empty: m('filen är tom', 'the file is empty'),
  noHeader: m(
    'rubrikraden saknas: första raden ska ange kolumnerna (namn;epost;roll;enhet;forvaltning;chef;titel)',
    'the header row is missing: the first row must name the columns (name,email,role,unit,department,manager,title)',
  ),
  noEmailColumn: (cols: string) =>
    m(`kolumnen för e-post saknas (epost, e-post eller email); rubrikraden har: ${cols}`,
      `the email column is missing (epost, e-post or email); the header row has: ${cols}`),
  unknownColumn: (c: string) => m(`okänd kolumn "${c}" används inte`, `unknown column "${c}" is ignored`),
  duplicateColumn: (c: string) => m(`kolumnen "${c}" finns två gånger; den första används`, `the column "${c}" appears twice; the first is used`),
  quotes: m('citattecken som inte avslutas (fältet tar slut först vid filens slut)', 'unterminated quote (the field runs to the end of the file)'),
  parse: (msg: string) => m(`kan inte läsas: ${msg}`, `cannot be read: ${msg}`),
  tooManyFields: (n: number, h: number) =>
    m(`raden har ${n} fält men rubrikraden ${h}; fel avgränsare eller citattecken? Fälten efter kolumn ${h} används inte`,
      `the row has ${n} fields but the header row ${h}; wrong delimiter or quotes? Fields after column ${h} are ignored`),
  noAddress: m('e-postadress saknas; raden används inte', 'the email address is missing; the row is skipped'),
  badAddress: (a: string) => m(`ogiltig e-postadress "${a}"; raden används inte`, `invalid email address "${a}"; the row is skipped`),
  unknownRole: (r: string) => m(`okänd roll "${r}"; raden används inte`, `unknown role "${r}"; the row is skipped`),
  noName: (a: string) => m(`namn saknas; använder "${a}"`, `the name is missing; using "${a}"`),
  otherName: (n: string, first: string, line: number) =>
    m(`samma adress som rad ${line} men annat namn ("${n}", inte "${first}"); det första namnet används`,
      `same address as line ${line} but another name ("${n}", not "${first}"); the first name is used`),
  sameNameOtherAddress: (n: string, line: number) =>
    m(`"${n}" finns också på rad ${line} med en annan adress; samma person? Ange då samma värde i kolumnen id på båda raderna`,
      `"${n}" is also on line ${line} with another address; the same person? Then give both rows the same value in the id column`),
  badManager: (a: string) => m(`ogiltig adress till chef "${a}"; används inte`, `invalid manager address "${a}"; ignored`),
  unknownManager: (a: string) => m(`chefen "${a}" finns inte i filen; används inte`, `the manager "${a}" is not in the file; ignored`),
  selfManager: m('personen anges som sin egen chef; används inte', 'the person is given as their own manager; ignored'),
  otherManager: (a: string, first: string) =>
    m(`annan chef ("${a}") än på personens tidigare rad ("${first}"); den första används`,
      `another manager ("${a}") than on the person's earlier row ("${first}"); the first is used`),
  unitWithoutForvaltning: (u: string) =>
    m(`enheten "${u}" har ingen förvaltning; ange förvaltning (eller bolag) så att rätt chef och nämnd kan hittas`,
      `the unit "${u}" has no department; give the förvaltning (or company) so the right head and board can be found`),
  noDomains: m('organisationens domäner kunde inte härledas; ange dem (internalDomains)', 'the organisation\'s domains could not be inferred; give them (internalDomains)'),
  noRows: m('filen har inga rader med personer', 'the file has no rows with people'),
};

function at(line: number, lang: Lang): string {
  return lang === 'en' ? `line ${line}` : `rad ${line}`;
}

// ---------------------------------------------------------------- columns

type Column = 'name' | 'email' | 'role' | 'unit' | 'forvaltning' | 'manager' | 'title' | 'id';

const COLUMN_ALIASES: Record<Column, string[]> = {
  name: ['namn', 'name', 'fullstandigt namn', 'fullname', 'full name', 'displayname', 'display name', 'visningsnamn'],
  email: ['epost', 'e post', 'email', 'e mail', 'mail', 'epostadress', 'e postadress', 'emailaddress', 'email address', 'mejl', 'mejladress'],
  role: ['roll', 'role', 'roller', 'roles'],
  unit: ['enhet', 'unit'],
  forvaltning: ['forvaltning', 'department', 'forvaltning/bolag', 'forvaltning bolag', 'bolag', 'company'],
  manager: ['chef', 'manager', 'narmaste chef', 'chefens epost', 'chefens e post', 'manager email', 'chefsadress'],
  title: ['titel', 'title', 'befattning', 'jobtitle', 'job title', 'yrkestitel'],
  id: ['id', 'person', 'personid', 'person id'],
};

function headerKey(s: string): string {
  return foldKey(s).replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const COLUMN_BY_NAME: ReadonlyMap<string, Column> = new Map(
  (Object.entries(COLUMN_ALIASES) as Array<[Column, string[]]>).flatMap(([col, names]) =>
    names.flatMap((n) => [[n, col] as const, [n.replace(/ /g, ''), col] as const]),
  ),
);

// ---------------------------------------------------------------- delimiter and lines

/** `;`, `,` or tab: whichever occurs most outside quotes in the first non-empty line (Swedish Excel writes `;`). */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let inQuotes = false;
  let seen = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (seen) break;
    } else if (!inQuotes && (c === ';' || c === ',' || c === '\t')) {
      counts[c]++;
      seen = true;
    } else if (c.trim()) seen = true;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

/** 1-based line number of each offset, for `\r\n`, `\n` and lone `\r`. */
function lineIndex(text: string): (offset: number) => number {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

// ---------------------------------------------------------------- import

interface Row {
  line: number;
  cells: string[];
  /** The parser reported an error in this row (already a problem); the row is not used. */
  broken?: boolean;
}

interface PersonDraft {
  key: string;
  firstLine: number;
  name: string;
  nameLine: number;
  emails: string[];
  title?: string;
  positions: Array<PositionFile & { unitKey?: string; line: number }>;
  manager?: { address: string; line: number; column: number };
}

interface UnitDraft {
  key: string;
  name: string;
  type: UnitType;
  parentKey?: string;
  level: 'forvaltning' | 'enhet';
  firstLine: number;
}

/**
 * Converts a CSV export into an organisation file. Semicolon, comma or tab separated; UTF-8
 * (with or without BOM), UTF-16 with BOM, or Windows-1252 (bytes are decoded here).
 * Problems name the line (`rad 7: okänd roll "Rektör"`); a bad row does not stop the others.
 */
export function importCsv(input: string | Uint8Array, options: ImportCsvOptions = {}): ImportResult {
  const lang: Lang = options.lang ?? 'sv';
  const problems: Problem[] = [];
  const problem = (severity: Problem['severity'], code: string, line: number | undefined, text: Msg, path = '', column?: number): void => {
    const p: Problem = { severity, code, path, message: line !== undefined ? `${at(line, lang)}: ${text(lang)}` : text(lang) };
    if (line !== undefined) p.line = line;
    if (column !== undefined) p.column = column;
    problems.push(p);
  };

  const { text } = decodeText(input);
  if (!text.trim()) {
    problem('error', 'empty', undefined, T.empty);
    return { problems };
  }

  const delimiter = detectDelimiter(text);
  const lineOf = lineIndex(text);
  const rows: Row[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const line = lineOf(rowStart);
      let broken = false;
      for (const e of result.errors) {
        if (e.code === 'UndetectableDelimiter') continue;
        problem('error', 'syntax', line, e.code === 'MissingQuotes' ? T.quotes : T.parse(e.message));
        broken = true;
      }
      rows.push(broken ? { line, cells: result.data, broken } : { line, cells: result.data });
      rowStart = result.meta.cursor;
    },
  });

  const nonEmpty = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = nonEmpty[0];
  if (!header) {
    problem('error', 'empty', undefined, T.empty);
    return { problems };
  }

  // Columns.
  const columnIndex = new Map<Column, number>();
  const unknownColumns: Array<[string, number]> = [];
  header.cells.forEach((cell, i) => {
    const key = headerKey(cell);
    if (!key) return;
    const col = COLUMN_BY_NAME.get(key) ?? COLUMN_BY_NAME.get(key.replace(/ /g, ''));
    if (!col) {
      unknownColumns.push([cell.trim(), i + 1]);
      return;
    }
    if (columnIndex.has(col)) {
      problem('warning', 'duplicate-column', header.line, T.duplicateColumn(cell.trim()), cell.trim(), i + 1);
      return;
    }
    columnIndex.set(col, i);
  });
  if (!columnIndex.has('email')) {
    if (header.cells.some((c) => addressInCell(c) !== undefined)) problem('error', 'no-header', header.line, T.noHeader);
    else problem('error', 'missing-column', header.line, T.noEmailColumn(header.cells.map((c) => c.trim()).join(', ')));
    return { problems };
  }
  for (const [name, column] of unknownColumns) problem('warning', 'unknown-column', header.line, T.unknownColumn(name), name, column);
  const headerName = (col: Column): string => {
    const i = columnIndex.get(col);
    return i === undefined ? col : header.cells[i]!.trim();
  };
  const cell = (row: Row, col: Column): string => {
    const i = columnIndex.get(col);
    return i === undefined ? '' : (row.cells[i] ?? '').trim();
  };
  const colNo = (col: Column): number | undefined => {
    const i = columnIndex.get(col);
    return i === undefined ? undefined : i + 1;
  };

  const people = new Map<string, PersonDraft>();
  const personByAddress = new Map<string, PersonDraft>();
  const nameFirstSeen = new Map<string, { address: string; line: number; key: string }>();
  const units = new Map<string, UnitDraft>();
  const domainEntries: Array<{ address: string; staff: boolean; media: boolean }> = [];
  const headerCount = header.cells.length;

  const unitFor = (forvaltning: string, enhet: string, line: number): string | undefined => {
    let fKey: string | undefined;
    if (forvaltning) {
      fKey = `f:${foldKey(forvaltning)}`;
      if (!units.has(fKey)) {
        units.set(fKey, {
          key: fKey, name: forvaltning, type: unitTypeFromName(forvaltning) ?? 'forvaltning', level: 'forvaltning', firstLine: line,
        });
      }
    }
    if (!enhet) return fKey;
    const byName = unitTypeFromName(enhet);
    // A board or förvaltning named in the enhet column without a förvaltning is its own top-level unit.
    if (!fKey && byName && byName !== 'forvaltning') {
      const key = `f:${foldKey(enhet)}`;
      if (!units.has(key)) units.set(key, { key, name: enhet, type: byName, level: 'forvaltning', firstLine: line });
      return key;
    }
    if (fKey && foldKey(enhet) === foldKey(forvaltning)) return fKey;
    const key = `e:${fKey ?? ''}/${foldKey(enhet)}`;
    if (!units.has(key)) {
      const draft: UnitDraft = { key, name: enhet, type: 'enhet', level: 'enhet', firstLine: line };
      if (fKey) draft.parentKey = fKey;
      units.set(key, draft);
      if (!fKey) problem('warning', 'unit-without-forvaltning', line, T.unitWithoutForvaltning(enhet), headerName('unit'), colNo('unit'));
    }
    return key;
  };

  for (const row of nonEmpty.slice(1)) {
    const { line } = row;
    if (row.broken) continue;
    if (row.cells.length > headerCount && row.cells.slice(headerCount).some((c) => c.trim() !== '')) {
      problem('warning', 'too-many-fields', line, T.tooManyFields(row.cells.length, headerCount));
    }

    const rawAddress = cell(row, 'email');
    if (!rawAddress) {
      problem('error', 'missing-email', line, T.noAddress, headerName('email'), colNo('email'));
      continue;
    }
    const address = addressInCell(rawAddress);
    if (!address) {
      problem('error', 'invalid-email', line, T.badAddress(rawAddress), headerName('email'), colNo('email'));
      continue;
    }

    // Roles: the role column (several separated by , / + &), else the title, else medarbetare.
    const roleText = cell(row, 'role');
    const title = cell(row, 'title');
    const roles: Role[] = [];
    if (roleText) {
      let bad = false;
      for (const part of roleText.split(/[,/+&]/).map((p) => p.trim()).filter(Boolean)) {
        const role = roleFromName(part);
        if (!role) {
          problem('error', 'unknown-role', line, T.unknownRole(part), headerName('role'), colNo('role'));
          bad = true;
        } else if (!roles.includes(role)) roles.push(role);
      }
      if (bad) continue;
    } else {
      roles.push((title && roleFromTitle(title)) || 'medarbetare');
    }

    // Person: by the id column where given, else by address.
    const idCell = cell(row, 'id');
    const key = idCell ? `id:${foldKey(idCell)}` : `a:${address}`;
    let person = people.get(key) ?? (idCell ? undefined : personByAddress.get(address));
    let name = cell(row, 'name');
    if (!person) {
      if (!name) {
        name = nameFromAddress(address);
        problem('warning', 'missing-name', line, T.noName(name), headerName('name'), colNo('name'));
      }
      person = { key, firstLine: line, name, nameLine: line, emails: [], positions: [] };
      if (title) person.title = title;
      people.set(key, person);
      const seen = nameFirstSeen.get(foldKey(name));
      if (seen && seen.key !== key && seen.address !== address) {
        problem('warning', 'same-name', line, T.sameNameOtherAddress(name, seen.line), headerName('name'), colNo('name'));
      } else if (!seen) nameFirstSeen.set(foldKey(name), { address, line, key });
    } else if (name && foldKey(name) !== foldKey(person.name)) {
      problem('warning', 'name-mismatch', line, T.otherName(name, person.name, person.nameLine), headerName('name'), colNo('name'));
    }
    if (!person.emails.includes(address)) {
      person.emails.push(address);
      personByAddress.set(address, person);
    }
    if (!person.title && title) person.title = title;

    const unitKey = unitFor(cell(row, 'forvaltning'), cell(row, 'unit'), line);
    for (const role of roles) {
      const pos: PositionFile & { unitKey?: string; line: number } = { role, email: address, line };
      if (unitKey) pos.unitKey = unitKey;
      if (title) pos.title = title;
      if (!person.positions.some((p) => p.role === role && p.unitKey === unitKey && p.email === address)) person.positions.push(pos);
      domainEntries.push({ address, staff: !isElectedRole(role) && role !== 'media', media: role === 'media' });
    }

    const rawManager = cell(row, 'manager');
    if (rawManager) {
      const managerAddress = addressInCell(rawManager);
      if (!managerAddress) {
        problem('warning', 'invalid-manager', line, T.badManager(rawManager), headerName('manager'), colNo('manager'));
      } else if (person.manager && person.manager.address !== managerAddress) {
        problem('warning', 'manager-mismatch', line, T.otherManager(managerAddress, person.manager.address), headerName('manager'), colNo('manager'));
      } else if (!person.manager) {
        person.manager = { address: managerAddress, line, column: colNo('manager') ?? 0 };
      }
    }
  }

  if (people.size === 0) {
    problem('error', 'no-rows', undefined, T.noRows);
    return { problems };
  }

  // Unit ids: slug of the name; an enhet's name shared by several förvaltningar gets the förvaltning's slug first.
  const unitIds = new Map<string, string>();
  const taken = new Set<string>();
  const drafts = [...units.values()];
  for (const u of drafts.filter((d) => d.level === 'forvaltning')) unitIds.set(u.key, uniqueId(slugify(u.name), taken));
  const enhetNameCount = new Map<string, number>();
  for (const u of drafts.filter((d) => d.level === 'enhet')) enhetNameCount.set(foldKey(u.name), (enhetNameCount.get(foldKey(u.name)) ?? 0) + 1);
  for (const u of drafts.filter((d) => d.level === 'enhet')) {
    const parentId = u.parentKey ? unitIds.get(u.parentKey) : undefined;
    const base = (enhetNameCount.get(foldKey(u.name)) ?? 0) > 1 && parentId ? `${parentId}-${slugify(u.name)}` : slugify(u.name);
    unitIds.set(u.key, uniqueId(taken.has(base) && parentId ? `${parentId}-${slugify(u.name)}` : base, taken));
  }
  const unitFiles: UnitFile[] = drafts.map((u) => {
    const unit: UnitFile = { id: unitIds.get(u.key)!, name: u.name, type: u.type };
    if (u.parentKey) unit.parent = unitIds.get(u.parentKey)!;
    return unit;
  });

  // Person ids: the address's local part; the domain added where two people share it.
  const personIds = new Map<PersonDraft, string>();
  const takenPeople = new Set<string>();
  const baseCount = new Map<string, number>();
  for (const p of people.values()) baseCount.set(personIdBase(p.emails[0]!), (baseCount.get(personIdBase(p.emails[0]!)) ?? 0) + 1);
  for (const p of people.values()) {
    const base = personIdBase(p.emails[0]!);
    const id = (baseCount.get(base) ?? 0) > 1 ? `${base}-${slugify(domainOf(p.emails[0]!))}` : base;
    personIds.set(p, uniqueId(id, takenPeople));
  }

  const peopleFiles: PersonFile[] = [];
  for (const p of people.values()) {
    const person: PersonFile = p.title
      ? { id: personIds.get(p)!, name: p.name, emails: p.emails, title: p.title, positions: [] }
      : { id: personIds.get(p)!, name: p.name, emails: p.emails, positions: [] };
    const several = p.emails.length > 1;
    const titles = new Set(p.positions.map((pos) => pos.title ?? ''));
    for (const pos of p.positions) {
      const out: PositionFile = { role: pos.role };
      if (pos.unitKey) out.unit = unitIds.get(pos.unitKey)!;
      if (several && pos.email) out.email = pos.email;
      if (pos.title && (titles.size > 1 || pos.title !== p.title)) out.title = pos.title;
      person.positions.push(out);
    }
    if (p.manager) {
      const manager = personByAddress.get(p.manager.address);
      if (!manager) {
        problem('warning', 'unknown-manager', p.manager.line, T.unknownManager(p.manager.address), headerName('manager'), p.manager.column);
      } else if (manager === p) {
        problem('warning', 'self-manager', p.manager.line, T.selfManager, headerName('manager'), p.manager.column);
      } else {
        person.manager = personIds.get(manager)!;
      }
    }
    peopleFiles.push(person);
  }

  const internalDomains = options.internalDomains?.length
    ? minimiseDomains(options.internalDomains.map((d) => d.trim().toLowerCase().replace(/^@/, '')))
    : inferDomains(domainEntries);
  if (!internalDomains.length) problem('warning', 'no-domains', undefined, T.noDomains);

  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const file: OrganisationFile = {
    schemaVersion: 1,
    organisation: { name: options.organisationName?.trim() || internalDomains[0] || 'Organisation', internalDomains },
    units: unitFiles,
    people: peopleFiles,
  };
  return { file, problems };
}
