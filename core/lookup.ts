// "Vem ska jag kontakta?": a ranked search over people, units (with their mailbox or head), roles and
// topics, with the recommended path from the one asking to the contact, following the catalogue so
// that writing along the path does not trigger a path rule (rules.md, "Path rules").
//
// The search index (MiniSearch: fuzzy and prefix, case and diacritics folded) is built lazily, once
// per Organisation; a query then costs what the index lookup costs, not a pass over the directory.
import MiniSearch from 'minisearch';
import { unitManager } from './contacts.js';
import { roleLabels } from './labels.js';
import { addressKey, groupOfRole, isStaffRole, type Organisation } from './organisation/organisation.js';
import { fold } from './signals/fold.js';
import { textForms } from './text/forms.js';
import { lowerFirst } from './text/case.js';
import type {
  ClassifiedAddress, Group, Lang, LookupOptions, LookupResult, PersonFile, PersonRef, PositionFile, Role, UnitFile,
} from './types.js';

// ---------- the index ----------

interface Doc {
  id: number;
  kind: 'person' | 'unit' | 'mailbox';
  personId?: string;
  unitId?: string;
  name: string;
  title: string;
  roles: string;
  unit: string;
  topics: string;
  email: string;
}

interface Index {
  search: MiniSearch<Doc>;
  docs: Doc[];
}

/** Words a role is looked up by, besides its label (folded when indexed). `medarbetare` is left out: it names nearly everyone. */
const ROLE_WORDS: Partial<Record<Role, string>> = {
  kommundirektor: 'kommundirektör KD kommunchef chief executive',
  forvaltningschef: 'förvaltningschef head of department',
  vd: 'VD verkställande direktör managing director',
  chef: 'chef manager',
  kommunikator: 'kommunikatör kommunikation press communicator',
  namndsekreterare: 'nämndsekreterare sekreterare secretary',
  registrator: 'registrator diarium registrar',
  ordforande: 'ordförande chair',
  'vice-ordforande': 'vice ordförande vice chair',
  kso: 'KSO kommunstyrelsens ordförande kommunalråd',
  oppositionsledare: 'oppositionsledare oppositionsråd opposition',
  ledamot: 'ledamot politiker förtroendevald',
  ersattare: 'ersättare politiker förtroendevald',
};

const BOARD_TYPES = new Set(['fullmaktige', 'styrelse', 'namnd', 'beredning']);
const TOP_TYPES = new Set(['forvaltning', 'bolag']);

const INDEXES = new WeakMap<Organisation, Index>();

function processTerm(term: string): string | null {
  const f = fold(term);
  return f.length > 0 ? f : null;
}

function localPart(address: string): string {
  const at = address.indexOf('@');
  return (at < 0 ? address : address.slice(0, at)).replace(/[._-]+/g, ' ');
}

function buildIndex(org: Organisation): Index {
  const docs: Doc[] = [];
  for (const person of org.file.people) {
    if (person.positions.length === 0) continue;
    const titles: string[] = [];
    if (person.title) titles.push(person.title);
    const roles: string[] = [];
    const units: string[] = [];
    for (const pos of person.positions) {
      if (pos.title) titles.push(pos.title);
      const words = ROLE_WORDS[pos.role];
      if (words && roles.indexOf(words) < 0) roles.push(words);
      const unit = org.unit(pos.unit);
      if (unit && units.indexOf(unit.name) < 0) units.push(unit.name);
      const f = org.unit(org.forvaltningOf(pos.unit));
      if (f && units.indexOf(f.name) < 0) units.push(f.name);
    }
    docs.push({
      id: docs.length, kind: 'person', personId: person.id, name: person.name, title: titles.join(' '),
      roles: roles.join(' '), unit: units.join(' '), topics: '', email: person.emails.map(localPart).join(' '),
    });
  }
  for (const unit of org.file.units) {
    if (!unit.mailbox && !unitContact(org, unit)) continue;
    const parent = TOP_TYPES.has(unit.type) || BOARD_TYPES.has(unit.type) ? undefined : org.unit(org.forvaltningOf(unit.id));
    docs.push({
      id: docs.length, kind: unit.mailbox ? 'mailbox' : 'unit', unitId: unit.id, name: unit.name, title: '', roles: '',
      unit: parent ? parent.name : '', topics: (unit.topics ?? []).join(' '), email: unit.mailbox ? localPart(unit.mailbox) : '',
    });
  }
  const search = new MiniSearch<Doc>({
    fields: ['name', 'title', 'roles', 'unit', 'topics', 'email'],
    storeFields: [],
    processTerm,
  });
  search.addAll(docs);
  return { search, docs };
}

function indexOf(org: Organisation): Index {
  let index = INDEXES.get(org);
  if (!index) {
    index = buildIndex(org);
    INDEXES.set(org, index);
  }
  return index;
}

/** Who answers for a unit that has no mailbox: a board's chair, a förvaltning's head, an enhet's chef. */
function unitContact(org: Organisation, unit: UnitFile): PersonFile | undefined {
  if (BOARD_TYPES.has(unit.type)) return org.chairOf(unit.id);
  if (TOP_TYPES.has(unit.type)) return org.headOf(unit.id);
  for (const h of org.holdersIn(unit.id)) if (h.position.role === 'chef') return h.person;
  return unitManager(org, unit.id);
}

// ---------- contacts ----------

interface Contact {
  kind: 'person' | 'unit' | 'mailbox';
  address: string;
  name: string;
  roles: Role[];
  group: Group;
  person?: PersonFile;
  /** The position the contact is reached in (staff, else elected). */
  position?: PositionFile;
  /** Unit of the contact (the mailbox's unit, the person's unit, or the unit looked up). */
  unitId?: string;
  forvaltning?: string;
  /** The unit that was looked up (kind unit/mailbox). */
  lookedUp?: UnitFile;
}

function contactGroup(person: PersonFile): Group {
  if (person.positions.some((p) => isStaffRole(p.role))) return 'tjansteperson';
  if (person.positions.some((p) => groupOfRole(p.role) === 'fortroendevald')) return 'fortroendevald';
  return 'media';
}

function personContact(org: Organisation, person: PersonFile, group?: Group): Contact {
  const g = group ?? contactGroup(person);
  const ref = org.ref(person, g);
  const position = person.positions.filter((p) => groupOfRole(p.role) === g)[0];
  const c: Contact = { kind: 'person', address: ref.address, name: person.name, roles: ref.roles, group: g, person };
  if (position) {
    c.position = position;
    if (position.unit !== undefined) c.unitId = position.unit;
    if (g === 'tjansteperson') {
      const f = org.forvaltningOf(position.unit);
      if (f !== undefined) c.forvaltning = f;
    }
  }
  return c;
}

function docContact(org: Organisation, doc: Doc): Contact | undefined {
  if (doc.kind === 'person') {
    const person = org.person(doc.personId);
    return person ? personContact(org, person) : undefined;
  }
  const unit = org.unit(doc.unitId);
  if (!unit) return undefined;
  if (doc.kind === 'mailbox' && unit.mailbox) {
    const c: Contact = { kind: 'mailbox', address: addressKey(unit.mailbox), name: unit.name, roles: ['medarbetare'], group: 'tjansteperson', unitId: unit.id, lookedUp: unit };
    const f = org.forvaltningOf(unit.id);
    if (f !== undefined) c.forvaltning = f;
    return c;
  }
  const person = unitContact(org, unit);
  if (!person) return undefined;
  const c = personContact(org, person, BOARD_TYPES.has(unit.type) ? 'fortroendevald' : 'tjansteperson');
  c.kind = 'unit';
  c.lookedUp = unit;
  return c;
}

/** A known address typed as the query: the person, mailbox or list itself. */
function addressContact(org: Organisation, query: string): Contact | undefined {
  const person = org.personByAddress(query);
  if (person) {
    const group = org.classify({ address: query }).group;
    return personContact(org, person, group === 'okand' ? undefined : group);
  }
  const box = org.mailbox(query);
  const unit = org.unit(box?.unit);
  if (unit && unit.mailbox && addressKey(unit.mailbox) === addressKey(query)) {
    return docContact(org, { id: -1, kind: 'mailbox', unitId: unit.id, name: unit.name, title: '', roles: '', unit: '', topics: '', email: '' });
  }
  return undefined;
}

// ---------- the path ----------

type Why = 'direct' | 'citizen' | 'viaHead' | 'viaManager' | 'chefViaHead' | 'kdViaHead' | 'noHead';

interface Path {
  path: PersonRef[];
  why: Why;
  via?: PersonFile;
}

function staffRef(org: Organisation, person: PersonFile): PersonRef {
  return org.ref(person, 'tjansteperson');
}

function contactRef(c: Contact): PersonRef {
  return { address: c.address, name: c.name, roles: c.roles };
}

function onlyBelowHead(roles: readonly Role[]): boolean {
  if (roles.length === 0) return false;
  for (const r of roles) if (r !== 'chef' && r !== 'medarbetare') return false;
  return true;
}

function hasManagerRole(roles: readonly Role[]): boolean {
  for (const r of roles) if (r === 'chef' || r === 'forvaltningschef' || r === 'kommundirektor' || r === 'vd') return true;
  return false;
}

function directAllowed(org: Organisation, roles: readonly Role[]): boolean {
  for (const r of roles) if (org.policy.directContactAllowed.indexOf(r) >= 0) return true;
  return false;
}

/** The nearest manager of a contact reached as staff (a mailbox: the chef of its unit). */
function managerOfContact(org: Organisation, c: Contact): PersonFile | undefined {
  if (c.person) return org.nearestManager(c.person, c.position);
  return unitManager(org, c.unitId);
}

function pathTo(org: Organisation, as: ClassifiedAddress | undefined, asPerson: PersonFile | undefined, c: Contact): Path {
  const direct: Path = { path: [contactRef(c)], why: 'direct' };
  if (!as || as.group === 'medborgare' || as.group === 'media' || as.group === 'okand') return { path: direct.path, why: 'citizen' };
  if (asPerson && c.person === asPerson) return direct;
  const contactIsStaffBelowHead = c.group === 'tjansteperson' && onlyBelowHead(c.roles) && !directAllowed(org, c.roles);

  if (as.group === 'fortroendevald') {
    if (!contactIsStaffBelowHead) return direct;
    const head = org.headOf(c.forvaltning);
    if (!head) return { path: direct.path, why: 'noHead' };
    if (head === c.person) return direct;
    const path = [staffRef(org, head)];
    if (c.roles.indexOf('chef') < 0) {
      // "Det är förvaltningschefen som sedan ordnar en dialog med ansvarig chef": the contact's own manager.
      const manager = managerOfContact(org, c);
      if (manager && manager !== head && manager !== c.person && manager.positions.some((p) => p.role === 'chef')) {
        path.push(staffRef(org, manager));
      }
    }
    path.push(contactRef(c));
    return { path, why: 'viaHead', via: head };
  }

  if (as.group !== 'tjansteperson') return direct;
  const roles = as.roles;

  // A medarbetare: the nearest manager first, for a manager above the nearest manager's manager or a förtroendevald.
  if (roles.indexOf('medarbetare') >= 0 && !hasManagerRole(roles)) {
    const first = asPerson
      ? org.nearestManager(asPerson, asPerson.positions.filter((p) => p.role === 'medarbetare')[0])
      : unitManager(org, org.mailbox(as.address)?.unit);
    if (!first || first === c.person) return direct;
    let above = c.group === 'fortroendevald';
    if (!above && c.person) {
      const second = org.nearestManager(first);
      if (c.person !== second) {
        const line = new Set<PersonFile>();
        let m: PersonFile | undefined = second;
        for (let i = 0; m && i < 50 && !line.has(m); i++) {
          line.add(m);
          m = org.nearestManager(m);
        }
        const kd = org.kommundirektor();
        above = (line.has(c.person) || c.person === org.headOf(as.forvaltning) || c.person === kd) && c.person !== first;
      }
    }
    if (!above) return direct;
    return { path: [staffRef(org, first), contactRef(c)], why: 'viaManager', via: first };
  }

  // A chef below the head: förtroendevalda via the förvaltningschef.
  if (c.group === 'fortroendevald' && onlyBelowHead(roles) && roles.indexOf('chef') >= 0 && !directAllowed(org, roles)) {
    const head = org.headOf(as.forvaltning);
    if (!head || head === asPerson) return direct;
    return { path: [staffRef(org, head), contactRef(c)], why: 'chefViaHead', via: head };
  }

  // The kommundirektör: staff below head in another förvaltning via its head.
  if (roles.indexOf('kommundirektor') >= 0 && contactIsStaffBelowHead && c.forvaltning !== org.kommundirektorForvaltning()) {
    const head = org.headOf(c.forvaltning);
    if (!head || head === c.person || head === asPerson) return direct;
    return { path: [staffRef(org, head), contactRef(c)], why: 'kdViaHead', via: head };
  }
  return direct;
}

// ---------- notes ----------

const NOTES: Record<Lang, Record<Why, string>> = {
  sv: {
    direct: 'Du kan kontakta {name} direkt.',
    citizen: 'Du kan kontakta {name} direkt.',
    viaHead:
      'Som förtroendevald tar du först kontakt med förvaltningschefen, {via}: ”Det är förvaltningschefen som sedan ordnar en dialog med ansvarig chef.”',
    viaManager: 'Ta det först med din närmaste chef, {via}: ”Medarbetaren ska i första hand tala med närmaste chef vid eventuella problem.”',
    chefViaHead: 'Som chef når du de förtroendevalda via din förvaltningschef, {via}, med hänsyn till beslutsordningen i hierarkin.',
    kdViaHead: '”KD leder genom sina förvaltningschefer”: gå via förvaltningschefen, {via}.',
    noHead: 'Katalogen anger ingen förvaltningschef här; kontakta {name} och informera ansvarig chef.',
  },
  en: {
    direct: 'You can contact {name} directly.',
    citizen: 'You can contact {name} directly.',
    viaHead:
      'As an elected representative, contact the head of the administration, {via}, first; the head then arranges a dialogue with the manager responsible.',
    viaManager: 'Talk to your nearest manager, {via}, first: the guideline asks employees to go to their nearest manager first.',
    chefViaHead: 'As a manager, reach elected representatives via your head of administration, {via}, respecting the chain of decision.',
    kdViaHead: 'The municipal director leads through the heads of administration: go via {via}.',
    noHead: 'The directory names no head of administration here; contact {name} and inform the manager responsible.',
  },
};

function describe(org: Organisation, c: Contact, lang: Lang): string {
  const labels = roleLabels[lang];
  const unit = c.lookedUp ?? org.unit(c.unitId);
  if (c.kind === 'mailbox' && unit) {
    const topics = unit.topics && unit.topics.length ? ' (' + unit.topics.join(', ') + ')' : '';
    return (lang === 'en' ? 'Functional mailbox of ' : 'Funktionsbrevlåda för ') + unit.name + topics + '.';
  }
  const title = c.position?.title ?? c.person?.title ?? (c.roles[0] !== undefined ? labels[c.roles[0]] : '');
  if (c.kind === 'unit' && unit) {
    const topics = unit.topics && unit.topics.length ? ' (' + unit.topics.join(', ') + ')' : '';
    return unit.name + topics + ': ' + c.name + (title ? ', ' + lowerFirst(title) : '') + '.';
  }
  if (!title) return '';
  const showUnit = unit !== undefined && c.group !== 'media' && fold(title).indexOf(fold(unit.name)) < 0;
  return title + (showUnit ? ', ' + unit.name : '') + '.';
}


function note(org: Organisation, c: Contact, p: Path, lang: Lang): string {
  const text = NOTES[lang][p.why].replace('{name}', c.name).replace('{via}', p.via ? p.via.name : '');
  const desc = describe(org, c, lang);
  return desc ? desc + ' ' + text : text;
}

// ---------- the search ----------

function queryTerms(query: string): { terms: string[]; originals: Set<string> } {
  const folded = fold(query);
  const originals = new Set<string>();
  const terms: string[] = [];
  let word = '';
  const flush = () => {
    if (word.length === 0) return;
    originals.add(word);
    for (const form of textForms(word)) if (terms.indexOf(form) < 0) terms.push(form);
    word = '';
  };
  for (let i = 0; i < folded.length && i < 500; i++) {
    const ch = folded.charAt(i);
    const isWordChar = ch.toLowerCase() !== ch.toUpperCase() || (ch >= '0' && ch <= '9');
    if (isWordChar) word += ch;
    else flush();
  }
  flush();
  return { terms, originals };
}

/** People, units, roles and topics matching `query`, best first, each with the path to reach them from `options.as`. */
export function lookup(org: Organisation, query: string, options: LookupOptions = {}): LookupResult[] {
  const lang: Lang = options.lang === 'en' ? 'en' : 'sv';
  const limit = options.limit ?? 10;
  const q = query.trim();
  if (q.length === 0 || limit <= 0) return [];

  const as = options.as !== undefined && options.as.trim() !== '' ? org.classify({ address: options.as }) : undefined;
  const asPerson = as ? org.person(as.personId) : undefined;

  const contacts: Contact[] = [];
  if (q.indexOf('@') > 0) {
    const c = addressContact(org, q);
    if (c) contacts.push(c);
  }
  if (contacts.length === 0) {
    const { terms, originals } = queryTerms(q);
    if (terms.length === 0) return [];
    const index = indexOf(org);
    const hits = index.search.search(terms.join(' '), {
      boost: { name: 3, topics: 3, title: 2, roles: 2, email: 1.5, unit: 1 },
      prefix: (term) => originals.has(term) && term.length >= 2,
      fuzzy: (term) => (!originals.has(term) || term.length < 3 ? false : term.length >= 9 ? 2 : 1),
      combineWith: 'OR',
    });
    const top = hits.length ? hits[0]!.score : 0;
    const seen = new Set<string>();
    for (const hit of hits) {
      if (contacts.length >= limit) break;
      if (hit.score < top * 0.15) break;
      const doc = index.docs[hit.id as number];
      if (!doc) continue;
      const c = docContact(org, doc);
      if (!c || seen.has(c.address)) continue;
      // Media people are contacts only when asked for by name.
      if (c.group === 'media' && !matchedField(hit.match, 'name') && !matchedField(hit.match, 'email')) continue;
      seen.add(c.address);
      contacts.push(c);
    }
  }

  return contacts.slice(0, limit).map((c) => {
    const p = pathTo(org, as, asPerson, c);
    const unitId = c.lookedUp?.id ?? c.unitId ?? '';
    const result: LookupResult = {
      address: c.address, name: c.name, roles: c.roles, unit: unitId, kind: c.kind, path: p.path, note: note(org, c, p, lang),
    };
    const unit = org.unit(unitId);
    if (unit) result.unitName = unit.name;
    return result;
  });
}

function matchedField(match: { [term: string]: string[] }, field: string): boolean {
  for (const term in match) if (Object.prototype.hasOwnProperty.call(match, term) && (match[term] ?? []).indexOf(field) >= 0) return true;
  return false;
}
