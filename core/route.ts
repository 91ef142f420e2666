// Who should answer a received message (a media request above all), and why (cli.md, `route`).
//
// The text decides what the request is about: a board it names, or the förvaltning whose name, units,
// topics or people it names; else the förvaltning of the internal recipients. A vad-question goes to the
// responsible politician, a hur-question to the responsible manager, an unknown one to both; the
// communicator is always included for media ("Kommunikation med media").
//
// Names are found with a word trie built lazily, once per Organisation: each word of the text is looked
// up in its few possible base forms ("socialnämndens" → "socialnämnden", "skolan" → "skola"), and a walk
// from a word is bounded by the longest name, so the work is linear in the text and does not grow
// with the directory.
import { normaliseMessage } from './message/normalise.js';
import type { Organisation } from './organisation/organisation.js';
import { computeSignals, signalText } from './signals/signals.js';
import { tokenize } from './signals/tokens.js';
import { nameForms, textForms } from './text/forms.js';
import { lowerFirst } from './text/case.js';
import { QUOTE_HUR, QUOTE_KOMMUNIKATOR, QUOTE_VAD } from './rules/media-quotes.js';
import type { Answerer, Lang, MailAddress, MessageInput, PersonFile, RouteResult, UnitFile } from './types.js';

// ---------- the name index ----------

type EntryKind = 'board' | 'unit' | 'topic' | 'person' | 'partial';

interface Entry {
  kind: EntryKind;
  /** Unit id, or person id for `person`. */
  id: string;
  weight: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Entries whose name ends at this node's next word, keyed by that word's stored forms. */
  finals: Map<string, Entry[]>;
}

interface NameIndex {
  root: TrieNode;
  maxDepth: number;
}

/** Longer names are not indexed beyond this many words (bounds the walk from each word). */
const MAX_NAME_WORDS = 8;
const BOARD_TYPES = new Set(['fullmaktige', 'styrelse', 'namnd', 'beredning']);
const TOP_TYPES = new Set(['forvaltning', 'bolag']);
/** Endings of a compound that names a board or förvaltning on its own ("utbildningsnämnden"). */
const ORGAN_ENDINGS = ['namnden', 'namnd', 'forvaltningen', 'forvaltning', 'styrelsen', 'styrelse'];
/** Roles whose recipients say nothing of what a request is about (they receive everything). */
const NEUTRAL_ROLES = new Set(['kommunikator', 'registrator', 'namndsekreterare']);

const INDEXES = new WeakMap<Organisation, NameIndex>();

function newNode(): TrieNode {
  return { next: new Map(), finals: new Map() };
}

function words(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) if (t.kind !== 'punct') out.push(t.text);
  return out;
}

function addName(index: NameIndex, name: string, entry: Entry): void {
  const ws = words(name);
  if (ws.length === 0 || ws.length > MAX_NAME_WORDS) return;
  let node = index.root;
  for (let i = 0; i < ws.length - 1; i++) {
    const w = ws[i] as string;
    let child = node.next.get(w);
    if (!child) node.next.set(w, (child = newNode()));
    node = child;
  }
  for (const form of nameForms(ws[ws.length - 1] as string)) {
    const list = node.finals.get(form);
    if (!list) node.finals.set(form, [entry]);
    else if (!list.some((e) => e.kind === entry.kind && e.id === entry.id)) list.push(entry);
  }
  if (ws.length > index.maxDepth) index.maxDepth = ws.length;
  // "Barn- och utbildningsnämnden" is also called "utbildningsnämnden".
  if (ws.length > 1 && (entry.kind === 'board' || entry.kind === 'unit')) {
    const last = ws[ws.length - 1] as string;
    for (const ending of ORGAN_ENDINGS) {
      if (last.length >= ending.length + 4 && last.slice(last.length - ending.length) === ending) {
        addName(index, last, { kind: 'partial', id: entry.id, weight: 2 });
        break;
      }
    }
  }
}

function buildIndex(org: Organisation): NameIndex {
  const index: NameIndex = { root: newNode(), maxDepth: 1 };
  for (const unit of org.file.units) {
    addName(index, unit.name, { kind: BOARD_TYPES.has(unit.type) ? 'board' : 'unit', id: unit.id, weight: 3 });
    // A short topic ("bad", "val") is also an everyday word: it counts for less.
    for (const topic of unit.topics ?? []) addName(index, topic, { kind: 'topic', id: unit.id, weight: topic.length < 4 ? 1 : 2 });
  }
  for (const person of org.file.people) {
    if (person.positions.length === 0 || person.positions.every((p) => p.role === 'media')) continue;
    if (words(person.name).length < 2) continue; // a first name alone names no one
    addName(index, person.name, { kind: 'person', id: person.id, weight: 2 });
  }
  return index;
}

function nameIndex(org: Organisation): NameIndex {
  let index = INDEXES.get(org);
  if (!index) {
    index = buildIndex(org);
    INDEXES.set(org, index);
  }
  return index;
}

interface Hit {
  entry: Entry;
  at: number;
}

/** Every name in the text, in order. */
function findNames(index: NameIndex, text: string): Hit[] {
  const tokens = tokenize(text).filter((t) => t.kind !== 'punct');
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let node: TrieNode | undefined = index.root;
    const seen: Entry[] = [];
    for (let j = i; node && j < tokens.length && j - i < index.maxDepth; j++) {
      const token = tokens[j]!;
      for (const form of textForms(token.text)) {
        // A name of one or two letters ("VA", "IT") counts only when written in capitals.
        if (form.length <= 2 && token.kind === 'word' && !token.upper) continue;
        const list = node.finals.get(form);
        if (!list) continue;
        for (const entry of list) {
          if (seen.indexOf(entry) >= 0) continue;
          seen.push(entry);
          hits.push({ entry, at: i });
        }
      }
      node = node.next.get(token.text);
    }
  }
  return hits;
}

// ---------- what the request is about ----------

interface Domain {
  /** The board named or responsible. */
  board?: UnitFile;
  /** The förvaltning (or bolag) named or governed. */
  forvaltning?: UnitFile;
  /** The board itself was named (not only its förvaltning). */
  boardNamed: boolean;
  /** The most specific unit named (an enhet, a topic's unit), for the explanation. */
  unit?: UnitFile;
  how: 'text' | 'recipients' | 'none';
}

interface Tally {
  score: number;
  first: number;
  boardNamed: boolean;
  forvaltningar: Map<string, number>;
  unit?: string;
}

function keyOf(org: Organisation, forvaltning: string): string {
  return org.unit(forvaltning)?.governedBy ?? forvaltning;
}

function tally(tallies: Map<string, Tally>, key: string, weight: number, at: number): Tally {
  let t = tallies.get(key);
  if (!t) {
    t = { score: 0, first: at, boardNamed: false, forvaltningar: new Map() };
    tallies.set(key, t);
  }
  t.score += weight;
  return t;
}

function count(t: Tally, forvaltning: string, weight: number): void {
  t.forvaltningar.set(forvaltning, (t.forvaltningar.get(forvaltning) ?? 0) + weight);
}

function best(tallies: Map<string, Tally>): [string, Tally] | undefined {
  let out: [string, Tally] | undefined;
  tallies.forEach((t, key) => {
    if (!out || t.score > out[1].score || (t.score === out[1].score && t.first < out[1].first)) out = [key, t];
  });
  return out;
}

function bestForvaltning(t: Tally): string | undefined {
  let out: string | undefined;
  let score = -1;
  t.forvaltningar.forEach((s, f) => {
    if (s > score) {
      out = f;
      score = s;
    }
  });
  return out;
}

/** The person's förvaltning as staff, else the board they sit on. */
function personPlace(org: Organisation, person: PersonFile): { forvaltning?: string; board?: string } {
  for (const p of person.positions) {
    const f = org.forvaltningOf(p.unit);
    if (f !== undefined && p.role !== 'media' && p.role !== 'ordforande' && p.role !== 'kso' && p.role !== 'ledamot' &&
      p.role !== 'ersattare' && p.role !== 'vice-ordforande' && p.role !== 'oppositionsledare') return { forvaltning: f };
  }
  for (const p of person.positions) {
    const u = org.unit(p.unit);
    if (u && BOARD_TYPES.has(u.type)) return { board: u.id };
  }
  return {};
}

function fromText(org: Organisation, text: string, exclude: Set<string>): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const { entry, at } of findNames(nameIndex(org), text)) {
    if (entry.kind === 'person') {
      if (exclude.has(entry.id)) continue;
      const person = org.person(entry.id);
      if (!person) continue;
      const place = personPlace(org, person);
      if (place.forvaltning !== undefined) count(tally(tallies, keyOf(org, place.forvaltning), entry.weight, at), place.forvaltning, entry.weight);
      else if (place.board !== undefined) tally(tallies, place.board, entry.weight, at);
      continue;
    }
    const unit = org.unit(entry.id);
    if (!unit) continue;
    if (BOARD_TYPES.has(unit.type)) {
      tally(tallies, unit.id, entry.weight, at).boardNamed = true;
      continue;
    }
    const f = org.forvaltningOf(unit.id);
    if (f === undefined) continue;
    const t = tally(tallies, keyOf(org, f), entry.weight, at);
    count(t, f, entry.weight);
    if (!TOP_TYPES.has(unit.type) && t.unit === undefined) t.unit = unit.id;
  }
  return tallies;
}

function fromRecipients(org: Organisation, recipients: MailAddress[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  let at = 0;
  const consider = (mail: MailAddress) => {
    const r = org.classify(mail);
    at++;
    if (r.group === 'tjansteperson' && r.forvaltning !== undefined) {
      if (r.roles.every((role) => NEUTRAL_ROLES.has(role))) return;
      count(tally(tallies, keyOf(org, r.forvaltning), 1, at), r.forvaltning, 1);
    } else if (r.group === 'fortroendevald') {
      const person = org.person(r.personId);
      const board = person ? personPlace(org, person).board : undefined;
      if (board !== undefined && org.unit(board)?.type !== 'fullmaktige') tally(tallies, board, 1, at);
    }
  };
  for (const mail of recipients) {
    const list = org.distributionGroup(mail.address);
    if (!list) {
      consider(mail);
      continue;
    }
    for (const id of list.members) {
      const person = org.person(id);
      if (person) consider({ address: org.addressOf(person), name: person.name });
    }
  }
  return tallies;
}

function domainOf(org: Organisation, key: string, t: Tally, how: Domain['how']): Domain {
  const keyUnit = org.unit(key);
  const domain: Domain = { boardNamed: t.boardNamed, how };
  if (keyUnit && BOARD_TYPES.has(keyUnit.type)) domain.board = keyUnit;
  let f = bestForvaltning(t);
  if (f === undefined && domain.board) {
    const governed = org.governedBy(domain.board.id);
    if (governed.length === 1) f = governed[0]!.id;
  }
  if (f === undefined && keyUnit && TOP_TYPES.has(keyUnit.type)) f = keyUnit.id;
  const fu = org.unit(f);
  if (fu) domain.forvaltning = fu;
  const unit = org.unit(t.unit);
  if (unit) domain.unit = unit;
  return domain;
}

// ---------- texts ----------

interface Texts {
  chairOf: string;
  ksoReason: string;
  ksoFallback: string;
  headOf: string;
  vdOf: string;
  kdReason: string;
  kdFallback: string;
  aboutBoard: string;
  aboutForvaltning: string;
  aboutUnit: string;
  aboutRecipients: string;
  aboutNone: string;
  vad: string;
  hur: string;
  unknown: string;
  communicator: string;
  notMedia: string;
  noAnswerer: string;
}

const TEXTS: Record<Lang, Texts> = {
  sv: {
    chairOf: 'Ordförande i {board}, som ansvarar för frågan.',
    ksoReason: 'Kommunstyrelsens ordförande (KSO), som ansvarar för frågan.',
    ksoFallback: 'Kommunstyrelsens ordförande (KSO): ingen annan ansvarig nämnd framgår av meddelandet.',
    headOf: 'Förvaltningschef för {unit}: ansvarig chef för hur-frågor där.',
    vdOf: 'VD för {unit}: ansvarig chef för hur-frågor där.',
    kdReason: 'Kommundirektör och förvaltningschef för {unit}: ansvarig chef för hur-frågor där.',
    kdFallback: 'Kommundirektör: ingen ansvarig förvaltning framgår av meddelandet.',
    aboutBoard: 'Meddelandet gäller {board}.',
    aboutForvaltning: 'Meddelandet gäller {unit}.',
    aboutUnit: 'Meddelandet gäller {enhet} inom {unit}.',
    aboutRecipients: 'Texten nämner ingen nämnd eller förvaltning; meddelandet gick till {unit}.',
    aboutNone: 'Varken texten eller mottagarna visar vilken nämnd eller förvaltning meddelandet gäller.',
    vad:
      'Det är en vad-fråga (politiska beslut, prioriteringar, budget, mål), och riktlinjen säger: ”{quote}” Därför bör {answerer}, svara.',
    hur: 'Det är en hur-fråga (utförande, rutiner, bemanning, handläggning), och riktlinjen säger: ”{quote}” Därför bör {answerer}, svara.',
    unknown:
      'Det går inte att avgöra om det är en vad-fråga eller en hur-fråga. Riktlinjen säger: ”Förtroendevalda ska ta konsekvenserna för sina fattade beslut inför media” och ”Ansvarig chef hanterar media när det gäller frågor på den nivå som denne ansvarar för”. Politiska beslut besvaras därför av {politician}, och utförandet av {manager}. Stäm av med varandra innan ni svarar.',
    communicator: 'Ta med kommunikatören {communicator}: ”{quote}”',
    notMedia: 'Meddelandet kommer inte från media.',
    noAnswerer: 'Katalogen anger ingen som kan föreslås.',
  },
  en: {
    chairOf: 'Chair of {board}, which is responsible for the matter.',
    ksoReason: 'Chair of the municipal executive board (KSO), responsible for the matter.',
    ksoFallback: 'Chair of the municipal executive board (KSO): the message shows no other responsible board.',
    headOf: 'Head of {unit}: the manager responsible for hur-questions there.',
    vdOf: 'Managing director of {unit}: the manager responsible for hur-questions there.',
    kdReason: 'Municipal director and head of {unit}: the manager responsible for hur-questions there.',
    kdFallback: 'Municipal director: the message shows no responsible administration.',
    aboutBoard: 'The message concerns {board}.',
    aboutForvaltning: 'The message concerns {unit}.',
    aboutUnit: 'The message concerns {enhet} in {unit}.',
    aboutRecipients: 'The text names no board or administration; the message was sent to {unit}.',
    aboutNone: 'Neither the text nor the recipients show which board or administration the message concerns.',
    vad:
      'It is a vad-question (political decisions, priorities, budget, goals), and the guideline says: “{quote}” So {answerer}, should answer.',
    hur: 'It is a hur-question (execution, routines, staffing, case handling), and the guideline says: “{quote}” So {answerer}, should answer.',
    unknown:
      'It cannot be told whether this is a vad-question or a hur-question. The guideline has elected representatives answer for their decisions in the media and the manager responsible handle pure hur-questions, so political decisions are answered by {politician}, and the execution by {manager}. Agree with each other before answering.',
    communicator: 'Include the communicator {communicator}: “{quote}”',
    notMedia: 'The message is not from the media.',
    noAnswerer: 'The directory names no one to suggest.',
  },
};

function fill(template: string, data: Record<string, string>): string {
  let out = template;
  for (const key in data) if (Object.prototype.hasOwnProperty.call(data, key)) out = out.split('{' + key + '}').join(data[key] as string);
  return out;
}

// ---------- route ----------

/** Who should answer a received message, and why. */
export function route(org: Organisation, input: MessageInput, options: { lang?: Lang } = {}): RouteResult {
  const lang: Lang = options.lang === 'en' ? 'en' : 'sv';
  const T = TEXTS[lang];
  const { message } = normaliseMessage(input, lang);
  const from = message.from.address ? org.classify(message.from) : undefined;
  const all = message.to.concat(message.cc, message.bcc);
  const media = (from !== undefined && from.group === 'media') || all.some((m) => org.classify(m).group === 'media');
  const question = computeSignals(message.subject, message.body).question;

  // What it is about: the text first, then the internal recipients.
  const exclude = new Set<string>();
  if (from?.personId !== undefined) exclude.add(from.personId);
  const text = signalText(message.subject, message.body);
  let domain: Domain = { boardNamed: false, how: 'none' };
  const fromNames = best(fromText(org, text, exclude));
  if (fromNames) domain = domainOf(org, fromNames[0], fromNames[1], 'text');
  else {
    const fromMail = best(fromRecipients(org, message.to.concat(message.cc)));
    if (fromMail) domain = domainOf(org, fromMail[0], fromMail[1], 'recipients');
  }

  const answerers: Answerer[] = [];
  const politician = politicianFor(org, domain, T);
  const manager = managerFor(org, domain, T);
  if (question !== 'hur' && politician) answerers.push(politician);
  if (question !== 'vad' && manager) answerers.push(manager);

  let communicator: RouteResult['communicator'] = null;
  if (media) {
    const c = org.communicatorFor(domain.forvaltning?.id);
    if (c) communicator = { address: c.address, name: c.name };
  }

  // The explanation: what it is about, what kind of question, who answers, the communicator.
  const parts: string[] = [];
  const fName = domain.forvaltning?.name ?? '';
  if (domain.how === 'none') parts.push(T.aboutNone);
  else if (domain.how === 'recipients') parts.push(fill(T.aboutRecipients, { unit: fName || domain.board?.name || '' }));
  else if (domain.boardNamed && domain.board) parts.push(fill(T.aboutBoard, { board: domain.board.name }));
  else if (domain.unit && domain.forvaltning) parts.push(fill(T.aboutUnit, { enhet: domain.unit.name, unit: fName }));
  else parts.push(fill(T.aboutForvaltning, { unit: fName || domain.board?.name || '' }));
  const who = (a: Answerer | undefined) => (a ? a.name + ', ' + lowerFirst(a.reason.split(/[,:]/)[0] as string) : '');
  if (answerers.length === 0) parts.push(T.noAnswerer);
  else if (question === 'vad') parts.push(fill(T.vad, { quote: QUOTE_VAD, answerer: who(politician) }));
  else if (question === 'hur') parts.push(fill(T.hur, { quote: QUOTE_HUR, answerer: who(manager) }));
  else parts.push(fill(T.unknown, { politician: who(politician) || '–', manager: who(manager) || '–' }));
  if (communicator) parts.push(fill(T.communicator, { communicator: communicator.name === 'Press' ? communicator.address : communicator.name, quote: QUOTE_KOMMUNIKATOR }));
  else if (!media) parts.push(T.notMedia);

  const result: RouteResult = { question, answerers, communicator, explanation: parts.join(' '), media };
  const aboutUnit = domain.boardNamed ? domain.board : domain.forvaltning ?? domain.board;
  if (aboutUnit) result.about = { unit: aboutUnit.id, name: aboutUnit.name };
  return result;
}


function politicianFor(org: Organisation, domain: Domain, T: Texts): Answerer | undefined {
  const board = domain.board ?? org.boardOf(domain.forvaltning?.id);
  let person = board ? org.chairOf(board.id) : undefined;
  let reason = '';
  if (person && board) {
    const isKso = org.isKommunstyrelsen(board.id) && person.positions.some((p) => p.role === 'kso');
    reason = isKso ? T.ksoReason : fill(T.chairOf, { board: T === TEXTS.sv ? lowerBoard(board.name) : board.name });
  } else {
    person = org.kso();
    reason = T.ksoFallback;
  }
  if (!person) return undefined;
  return { ...org.ref(person, 'fortroendevald'), reason };
}

/** "Socialnämnden" reads "socialnämnden" mid-sentence; a company's board keeps its capitals. */
function lowerBoard(name: string): string {
  const ws = words(name);
  const last = ws[ws.length - 1] ?? '';
  if (ws.indexOf('ab') >= 0 || ws.length > 4) return name;
  for (const ending of ORGAN_ENDINGS.concat(['fullmaktige'])) {
    if (last.slice(last.length - ending.length) === ending) return lowerFirst(name);
  }
  return name;
}

function managerFor(org: Organisation, domain: Domain, T: Texts): Answerer | undefined {
  let f = domain.forvaltning;
  if (!f && domain.board) {
    const governed = org.governedBy(domain.board.id);
    if (governed.length === 1) f = governed[0];
  }
  const head = f ? org.headOf(f.id) : undefined;
  const kd = org.kommundirektor();
  if (head && f) {
    const reason = head === kd ? T.kdReason : f.type === 'bolag' ? T.vdOf : T.headOf;
    return { ...org.ref(head, 'tjansteperson'), reason: fill(reason, { unit: f.name }) };
  }
  if (!kd) return undefined;
  return { ...org.ref(kd, 'tjansteperson'), reason: T.kdFallback };
}
