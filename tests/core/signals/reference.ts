// The signals as first written (core/signals before it was made fast): a plain reference for the
// property tests in fast-paths.test.ts, which check that tokenize, PhraseMatcher, HitIndex and
// computeSignals still give exactly what this gives. Keep it as it is: it is the yardstick, not code to run.
/* eslint-disable */
import type { Signals } from '../../../core/types.js';
import { fold, foldChar } from '../../../core/signals/fold.js';
import * as lexicon from '../../../core/signals/lexicon.js';
import { newText } from '../../../core/signals/new-text.js';
import { hasPersonnummer } from '../../../core/signals/personnummer.js';

// ---------- tokens.ts ----------

type TokenKind = 'word' | 'num' | 'punct';

interface Token {
  /** Folded text (lower case, no diacritics); numbers as their digits. Paragraph breaks are '¶'. */
  text: string;
  kind: TokenKind;
  /** The word was written in capitals only (`KS`, `BUN`): a registry prefix. */
  upper: boolean;
  /** The word began with a capital (a name, a street). */
  cap: boolean;
}

/** Longer words are cut: nothing in the lexicon is that long, and it bounds the work per token. */
const MAX_TOKEN_LENGTH = 64;

/** Punctuation kept as tokens: sentence ends, case numbers (`2024/117`), personnummer-like joins. */
const KEPT_PUNCT = '.!?/-:+,;()';

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(ch: string, folded: string): boolean {
  const code = folded.charCodeAt(0);
  if (code >= 97 && code <= 122) return true;
  if (code < 128) return false;
  // Outside ASCII: a character with case is a letter; that covers the Latin, Greek and Cyrillic scripts.
  return ch.toLowerCase() !== ch.toUpperCase() || folded !== ch.toLowerCase().charAt(0);
}

function isSentenceEnd(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && (token.text === '.' || token.text === '!' || token.text === '?' || token.text === '¶');
}

export function referenceTokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let newlines = 0;
  while (i < n) {
    const ch = text.charAt(i);
    const code = ch.charCodeAt(0);
    if (ch === '\n') {
      newlines++;
      if (newlines === 2) tokens.push({ text: '¶', kind: 'punct', upper: false, cap: false });
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\u00a0') {
      i++;
      continue;
    }
    newlines = 0;
    if (isDigit(code)) {
      const start = i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      tokens.push({ text: text.slice(start, Math.min(i, start + MAX_TOKEN_LENGTH)), kind: 'num', upper: false, cap: false });
      continue;
    }
    const folded = foldChar(ch);
    if (isLetter(ch, folded)) {
      let word = '';
      let upper = true;
      const cap = ch !== ch.toLowerCase();
      while (i < n) {
        const c = text.charAt(i);
        const f = foldChar(c);
        if (isLetter(c, f)) {
          if (word.length < MAX_TOKEN_LENGTH) word += f;
          if (c === c.toLowerCase()) upper = false;
          i++;
        } else if (f === "'" && i + 1 < n && word.length > 0) {
          // I'll, we'll, don't: one word.
          const next = text.charAt(i + 1);
          if (!isLetter(next, foldChar(next))) break;
          if (word.length < MAX_TOKEN_LENGTH) word += "'";
          i++;
        } else break;
      }
      tokens.push({ text: word, kind: 'word', upper, cap });
      continue;
    }
    if (KEPT_PUNCT.indexOf(folded) >= 0) tokens.push({ text: folded, kind: 'punct', upper: false, cap: false });
    i++;
  }
  return tokens;
}

// ---------- phrases.ts ----------

interface Node {
  exact: Map<string, Node>;
  /** Children reached by a word's beginning (`budget*`), keyed by that beginning. */
  prefix: Map<string, Node>;
  prefixLengths: number[];
  /** Any number (`#` in the lexicon). */
  number?: Node;
  /** Tags of the lists whose phrase ends here. */
  tags: string[];
}

function newNode(): Node {
  return { exact: new Map(), prefix: new Map(), prefixLengths: [], tags: [] };
}

interface Hit {
  tag: string;
  start: number;
  /** Exclusive. */
  end: number;
}

/** Counts the trie steps taken, so tests can show the work is linear without a clock. */
interface MatchStats {
  steps: number;
  tokens?: number;
}

export class ReferenceMatcher {
  private readonly root = newNode();
  private maxDepth = 0;

  /** `lists`: tag → phrases in lexicon notation (see lexicon.ts). */
  constructor(lists: { [tag: string]: readonly string[] }) {
    for (const tag in lists) {
      if (!Object.prototype.hasOwnProperty.call(lists, tag)) continue;
      for (const phrase of lists[tag] ?? []) this.add(tag, phrase);
    }
  }

  private add(tag: string, phrase: string): void {
    let node = this.root;
    let depth = 0;
    for (const piece of phrase.split(' ')) {
      if (piece === '') continue;
      if (piece === '#') {
        node = node.number ?? (node.number = newNode());
        depth++;
        continue;
      }
      const isPrefix = piece.charAt(piece.length - 1) === '*';
      const words = referenceTokenize(isPrefix ? piece.slice(0, -1) : piece);
      for (let w = 0; w < words.length; w++) {
        const text = (words[w] as Token).text;
        depth++;
        if (isPrefix && w === words.length - 1) {
          let child = node.prefix.get(text);
          if (!child) {
            child = newNode();
            node.prefix.set(text, child);
            if (node.prefixLengths.indexOf(text.length) < 0) node.prefixLengths.push(text.length);
          }
          node = child;
        } else {
          let child = node.exact.get(text);
          if (!child) node.exact.set(text, (child = newNode()));
          node = child;
        }
      }
    }
    if (node !== this.root && node.tags.indexOf(tag) < 0) node.tags.push(tag);
    if (depth > this.maxDepth) this.maxDepth = depth;
  }

  /** Every phrase that starts at `start`. */
  matchAt(tokens: readonly Token[], start: number, out: Hit[], stats?: MatchStats): void {
    let frontier: Node[] = [this.root];
    for (let i = start; i < tokens.length && i - start < this.maxDepth && frontier.length > 0; i++) {
      const token = tokens[i] as Token;
      const next: Node[] = [];
      for (const node of frontier) {
        if (stats) stats.steps++;
        if (token.kind === 'punct') {
          const child = node.exact.get(token.text);
          if (child) next.push(child);
          continue;
        }
        if (token.kind === 'num' && node.number) next.push(node.number);
        const exact = node.exact.get(token.text);
        if (exact) next.push(exact);
        for (const length of node.prefixLengths) {
          if (length > token.text.length) continue;
          const child = node.prefix.get(token.text.slice(0, length));
          if (child) next.push(child);
        }
      }
      for (const node of next) for (const tag of node.tags) out.push({ tag, start, end: i + 1 });
      frontier = next;
    }
  }

  /** All hits in the text, in order of their start. */
  findAll(tokens: readonly Token[], stats?: MatchStats): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < tokens.length; i++) this.matchAt(tokens, i, hits, stats);
    return hits;
  }
}

/** Per tag and start position, the furthest end of a hit (-1: none). */
export class ReferenceHitIndex {
  private readonly ends = new Map<string, Int32Array>();

  constructor(hits: readonly Hit[], private readonly length: number) {
    for (const hit of hits) {
      let ends = this.ends.get(hit.tag);
      if (!ends) {
        ends = new Int32Array(length).fill(-1);
        this.ends.set(hit.tag, ends);
      }
      if (hit.end > (ends[hit.start] as number)) ends[hit.start] = hit.end;
    }
  }

  /** End (exclusive) of the longest `tag` phrase starting at `i`, or -1. */
  endAt(tag: string, i: number): number {
    if (i < 0 || i >= this.length) return -1;
    const ends = this.ends.get(tag);
    return ends ? (ends[i] as number) : -1;
  }

  /** Start positions of `tag` hits, in order. */
  starts(tag: string): number[] {
    const ends = this.ends.get(tag);
    const out: number[] = [];
    if (!ends) return out;
    for (let i = 0; i < ends.length; i++) if ((ends[i] as number) >= 0) out.push(i);
    return out;
  }

  has(tag: string): boolean {
    return this.ends.has(tag);
  }
}

// ---------- signals.ts ----------

type ContentSignals = Omit<Signals, 'media'>;

/** New text beyond this is not read: cut, never a hang. */
const MAX_TEXT = 100000;
const MAX_SUBJECT = 1000;
/** The body is cut before the quote stripping too, so a huge paste costs little. */
const MAX_BODY = 10 * MAX_TEXT;
/** A case reference and a request for its handling count together within this many tokens. */
const CASE_WINDOW = 30;
/** Small words allowed between the parts of a promise. */
const MAX_FILLERS = 2;

let shared: ReferenceMatcher | undefined;

function matcher(): ReferenceMatcher {
  if (!shared) {
    shared = new ReferenceMatcher({
      acute: lexicon.ACUTE,
      whistleblowing: lexicon.WHISTLEBLOWING,
      negation: lexicon.NEGATIONS,
      caseReference: lexicon.CASE_REFERENCE,
      caseNumberLead: lexicon.CASE_NUMBER_LEAD,
      possessive: lexicon.POSSESSIVE,
      caseNoun: lexicon.CASE_NOUN,
      notPropertyName: lexicon.NOT_PROPERTY_NAME,
      steering: lexicon.STEERING,
      subjectSv: lexicon.PROMISE_SUBJECT_SV,
      subjectEn: lexicon.PROMISE_SUBJECT_EN,
      modalSv: lexicon.PROMISE_MODAL_SV,
      modalEn: lexicon.PROMISE_MODAL_EN,
      subjectModalEn: lexicon.PROMISE_SUBJECT_MODAL_EN,
      filler: lexicon.PROMISE_FILLER,
      action: lexicon.PROMISE_ACTION,
      present: lexicon.PROMISE_PRESENT,
      strongSv: lexicon.PROMISE_STRONG_SV,
      strongEn: lexicon.PROMISE_STRONG_EN,
      decided: lexicon.DECIDED,
      passingOn: lexicon.PASSING_ON,
      vad: lexicon.VAD,
      hur: lexicon.HUR,
      why: lexicon.WHY,
      politicalActor: lexicon.POLITICAL_ACTOR,
    });
  }
  return shared;
}

const STREET_SUFFIXES = lexicon.STREET_SUFFIX.map(fold);

/** What the signals are computed on: the subject and the body's new text, both cut to size. */
function signalText(subject: unknown, body: unknown): string {
  const s = typeof subject === 'string' ? subject.slice(0, MAX_SUBJECT) : '';
  const b = typeof body === 'string' ? newText(body.slice(0, MAX_BODY)).slice(0, MAX_TEXT) : '';
  return s + '\n\n' + b;
}

/** The content signals of a message: all but `media`, which depends on the recipients. Never throws. */
export function referenceSignals(subject: string, body: string, stats?: MatchStats): ContentSignals {
  const text = signalText(subject, body);
  const tokens = referenceTokenize(text);
  if (stats) stats.tokens = (stats.tokens ?? 0) + tokens.length;
  const hits = new ReferenceHitIndex(matcher().findAll(tokens, stats), tokens.length);
  const sentences = new Sentences(tokens, hits);
  const question = questionOf(tokens, hits, sentences);
  return {
    question,
    individualCase: individualCase(tokens, hits),
    promise: promise(tokens, hits, sentences),
    acute: anyNotNegated('acute', hits, sentences),
    whistleblowing: anyNotNegated('whistleblowing', hits, sentences),
    personnummer: hasPersonnummer(text),
  };
}

/** Sentence of every token, and what each sentence holds. */
class Sentences {
  readonly of: Int32Array;
  readonly question: boolean[] = [];
  readonly decided: boolean[] = [];
  readonly politicalActor: boolean[] = [];

  constructor(tokens: readonly Token[], hits: ReferenceHitIndex) {
    this.of = new Int32Array(tokens.length);
    let id = 0;
    let open = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      this.of[i] = id;
      if (!open) {
        this.question[id] = false;
        this.decided[id] = false;
        this.politicalActor[id] = false;
        open = true;
      }
      if (hits.endAt('decided', i) >= 0) this.decided[id] = true;
      if (hits.endAt('politicalActor', i) >= 0) this.politicalActor[id] = true;
      if (isSentenceEnd(token)) {
        this.question[id] = token.text === '?';
        id++;
        open = false;
      }
    }
  }

  same(a: number, b: number): boolean {
    return a >= 0 && b >= 0 && a < this.of.length && b < this.of.length && this.of[a] === this.of[b];
  }
}

function negatedAt(i: number, hits: ReferenceHitIndex, sentences: Sentences): boolean {
  for (let back = 1; back <= 2; back++) {
    if (hits.endAt('negation', i - back) >= 0 && sentences.same(i - back, i)) return true;
  }
  return false;
}

function anyNotNegated(tag: string, hits: ReferenceHitIndex, sentences: Sentences): boolean {
  for (const i of hits.starts(tag)) if (!negatedAt(i, hits, sentences)) return true;
  return false;
}

// ---------- question ----------

// Behaviour added after the copy (a board named in a compound, "socialnämnden"), written plainly.
function questionOf(tokens: readonly Token[], hits: ReferenceHitIndex, sentences: Sentences): 'vad' | 'hur' | null {
  let vad = hits.has('vad');
  if (!vad) {
    for (const i of hits.starts('why')) {
      const s = sentences.of[i] as number;
      if (sentences.politicalActor[s]) vad = true;
      for (let j = 0; j < tokens.length; j++) {
        const t = tokens[j] as Token;
        if (sentences.of[j] !== s || t.kind !== 'word') continue;
        for (const ending of lexicon.BOARD_NAME_ENDINGS.map(fold)) if (t.text.length > ending.length && t.text.endsWith(ending)) vad = true;
      }
    }
  }
  const hur = hits.has('hur');
  if (vad && !hur) return 'vad';
  if (hur && !vad) return 'hur';
  return null;
}

// ---------- individualCase ----------

function isNumber(token: Token | undefined, minDigits: number, maxDigits: number): boolean {
  return token !== undefined && token.kind === 'num' && token.text.length >= minDigits && token.text.length <= maxDigits;
}

function isPunct(token: Token | undefined, marks: string): boolean {
  return token !== undefined && token.kind === 'punct' && marks.indexOf(token.text) >= 0;
}

/** `KS 2024/117`, `ärende 2024-117`: a registry prefix then a year-form number (not a date). */
function caseNumberAt(tokens: readonly Token[], hits: ReferenceHitIndex, i: number): boolean {
  const token = tokens[i] as Token;
  let j = -1;
  if (token.kind === 'word' && token.upper && token.text.length >= 2 && token.text.length <= 6) j = i + 1;
  const lead = hits.endAt('caseNumberLead', i);
  if (lead > j) j = lead;
  if (j < 0) return false;
  if (isPunct(tokens[j], ':.')) j++;
  const year = tokens[j];
  if (!isNumber(year, 4, 4) || !year || (year.text.slice(0, 2) !== '19' && year.text.slice(0, 2) !== '20')) return false;
  if (!isPunct(tokens[j + 1], '/-') || !isNumber(tokens[j + 2], 1, 6)) return false;
  // 2024-05-12 is a date.
  return !(isPunct(tokens[j + 3], '/-') && isNumber(tokens[j + 4], 1, 6));
}

/** `Ängsgatan 4`. */
function streetAddressAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (token.kind !== 'word' || !isNumber(tokens[i + 1], 1, 4)) return false;
  for (const suffix of STREET_SUFFIXES) {
    const at = token.text.length - suffix.length;
    if (at > 0 && token.text.slice(at) === suffix) return true;
  }
  return false;
}

/** `Ängen 1:23`: a named property designation (not "kl 10:30"). */
function propertyAt(tokens: readonly Token[], hits: ReferenceHitIndex, i: number): boolean {
  const token = tokens[i] as Token;
  if (token.kind !== 'word' || !token.cap || token.text.length < 3) return false;
  if (hits.endAt('notPropertyName', i) >= 0) return false;
  return isNumber(tokens[i + 1], 1, 4) && isPunct(tokens[i + 2], ':') && isNumber(tokens[i + 3], 1, 4);
}

/** "hennes ansökan", "Annas bygglov". */
function personalCaseAt(tokens: readonly Token[], hits: ReferenceHitIndex, i: number): boolean {
  const possessive = hits.endAt('possessive', i);
  if (possessive >= 0 && hits.endAt('caseNoun', possessive) >= 0) return true;
  const token = tokens[i] as Token;
  const previous = tokens[i - 1];
  const genitiveName = token.kind === 'word' && token.cap && token.text.length >= 4 && token.text.charAt(token.text.length - 1) === 's';
  return genitiveName && previous !== undefined && !isSentenceEnd(previous) && hits.endAt('caseNoun', i + 1) >= 0;
}

function individualCase(tokens: readonly Token[], hits: ReferenceHitIndex): boolean {
  const steering = hits.starts('steering');
  if (steering.length === 0) return false;
  // Distance from every token to the nearest case reference, in two passes.
  const n = tokens.length;
  const distance = new Int32Array(n).fill(n + CASE_WINDOW + 1);
  for (let i = 0; i < n; i++) {
    const reference =
      hits.endAt('caseReference', i) >= 0 || caseNumberAt(tokens, hits, i) || streetAddressAt(tokens, i) ||
      propertyAt(tokens, hits, i) || personalCaseAt(tokens, hits, i);
    if (reference) distance[i] = 0;
    else if (i > 0) distance[i] = (distance[i - 1] as number) + 1;
  }
  for (let i = n - 2; i >= 0; i--) distance[i] = Math.min(distance[i] as number, (distance[i + 1] as number) + 1);
  for (const i of steering) if ((distance[i] as number) <= CASE_WINDOW) return true;
  return false;
}

// ---------- promise ----------

function skipFillers(hits: ReferenceHitIndex, i: number): number {
  for (let k = 0; k < MAX_FILLERS; k++) {
    const end = hits.endAt('filler', i);
    if (end < 0) break;
    i = end;
  }
  return i;
}

/** After a modal: fillers, no negation, then an action that is not only passing the matter on. */
function actionAfter(hits: ReferenceHitIndex, i: number): boolean {
  const at = skipFillers(hits, i);
  if (hits.endAt('negation', at) >= 0) return false;
  const action = hits.endAt('action', at);
  if (action < 0) return false;
  return hits.endAt('passingOn', action) < 0 && hits.endAt('passingOn', action + 1) < 0;
}

function promiseAt(hits: ReferenceHitIndex, i: number): boolean {
  // Swedish, straight order: "jag ska se till", "vi ordnar", "jag lovar".
  const subjectSv = hits.endAt('subjectSv', i);
  if (subjectSv >= 0) {
    const j = skipFillers(hits, subjectSv);
    const modal = hits.endAt('modalSv', j);
    if (modal >= 0 && actionAfter(hits, modal)) return true;
    for (const tag of ['present', 'strongSv']) {
      const end = hits.endAt(tag, j);
      if (end >= 0 && hits.endAt('negation', end) < 0) return true;
    }
  }
  // Swedish, inverted: "det ska jag fixa", "då ordnar vi det", "det lovar jag".
  const modal = hits.endAt('modalSv', i);
  if (modal >= 0 && hits.endAt('subjectSv', modal) >= 0 && actionAfter(hits, hits.endAt('subjectSv', modal))) return true;
  for (const tag of ['present', 'strongSv']) {
    const end = hits.endAt(tag, i);
    if (end >= 0) {
      const subject = hits.endAt('subjectSv', end);
      if (subject >= 0 && hits.endAt('negation', subject) < 0) return true;
    }
  }
  // English: "I will fix", "we'll sort it", "I promise".
  const subjectModal = hits.endAt('subjectModalEn', i);
  if (subjectModal >= 0 && actionAfter(hits, subjectModal)) return true;
  const subjectEn = hits.endAt('subjectEn', i);
  if (subjectEn >= 0) {
    const j = skipFillers(hits, subjectEn);
    const modalEn = hits.endAt('modalEn', j);
    if (modalEn >= 0 && actionAfter(hits, modalEn)) return true;
    const strong = hits.endAt('strongEn', j);
    if (strong >= 0 && hits.endAt('negation', strong) < 0) return true;
  }
  return false;
}

function promise(tokens: readonly Token[], hits: ReferenceHitIndex, sentences: Sentences): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!promiseAt(hits, i)) continue;
    const sentence = sentences.of[i] as number;
    // A question asks, and a decided measure is information, not a promise.
    if (sentences.question[sentence] || sentences.decided[sentence]) continue;
    return true;
  }
  return false;
}
