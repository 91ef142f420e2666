// The content signals the rules read (../shared/spec/rules.md, "Signals the content rules read"):
// computed on the subject and the new text of the body, over tokens, in time linear in the text.
import type { Signals } from '../types.js';
import { fold } from './fold.js';
import * as lexicon from './lexicon.js';
import { newText } from './new-text.js';
import { hasPersonnummer } from './personnummer.js';
import { HitIndex, PhraseMatcher, type MatchStats } from './phrases.js';
import { isSentenceEnd, tokenize, type Token } from './tokens.js';

export type ContentSignals = Omit<Signals, 'media'>;

/** New text beyond this is not read: cut, never a hang. */
export const MAX_TEXT = 100000;
export const MAX_SUBJECT = 1000;
/** The body is cut before the quote stripping too, so a huge paste costs little. */
const MAX_BODY = 10 * MAX_TEXT;
/** A case reference and a request for its handling count together within this many tokens. */
const CASE_WINDOW = 30;
/** Small words allowed between the parts of a promise. */
const MAX_FILLERS = 2;

let shared: PhraseMatcher | undefined;

function matcher(): PhraseMatcher {
  if (!shared) {
    shared = new PhraseMatcher({
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
const BOARD_NAME_ENDINGS = lexicon.BOARD_NAME_ENDINGS.map(fold);

/** What the signals are computed on: the subject and the body's new text, both cut to size. */
export function signalText(subject: unknown, body: unknown): string {
  const s = typeof subject === 'string' ? subject.slice(0, MAX_SUBJECT) : '';
  const b = typeof body === 'string' ? newText(body.slice(0, MAX_BODY)).slice(0, MAX_TEXT) : '';
  return s + '\n\n' + b;
}

/** The content signals of a message: all but `media`, which depends on the recipients. Never throws. */
export function computeSignals(subject: string, body: string, stats?: MatchStats): ContentSignals {
  const text = signalText(subject, body);
  const tokens = tokenize(text);
  if (stats) stats.tokens = (stats.tokens ?? 0) + tokens.length;
  const hits = new HitIndex(matcher().findAll(tokens, stats), tokens.length);
  const sentences = new Sentences(tokens, hits);
  const question = questionOf(tokens, hits, sentences);
  return {
    question,
    individualCase: individualCase(tokens, hits),
    promise: promise(tokens, hits, sentences),
    acute: anyNotNegated('acute', hits, sentences),
    whistleblowing: anyNotNegated('whistleblowing', hits, sentences),
    // A personnummer is digits, and every digit of the text is in a number token.
    personnummer: hasNumber(tokens) && hasPersonnummer(text),
  };
}

function hasNumber(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).kind === 'num') return true;
  return false;
}

/** Sentence of every token, and what each sentence holds. */
class Sentences {
  readonly of: Int32Array;
  readonly question: boolean[] = [];
  readonly decided: boolean[] = [];
  readonly politicalActor: boolean[] = [];

  constructor(tokens: readonly Token[], hits: HitIndex) {
    this.of = new Int32Array(tokens.length);
    let id = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      this.of[i] = id;
      if (token.kind === 'punct' && isSentenceEnd(token)) {
        this.question.push(token.text === '?');
        this.decided.push(false);
        this.politicalActor.push(false);
        id++;
      }
    }
    // The last sentence, open (or empty).
    this.question.push(false);
    this.decided.push(false);
    this.politicalActor.push(false);
    // What the sentences hold, from the hits rather than from every token.
    for (const i of hits.starts('decided')) this.decided[this.of[i] as number] = true;
    for (const i of hits.starts('politicalActor')) this.politicalActor[this.of[i] as number] = true;
  }

  same(a: number, b: number): boolean {
    return a >= 0 && b >= 0 && a < this.of.length && b < this.of.length && this.of[a] === this.of[b];
  }
}

function negatedAt(i: number, hits: HitIndex, sentences: Sentences): boolean {
  for (let back = 1; back <= 2; back++) {
    if (hits.endAt('negation', i - back) >= 0 && sentences.same(i - back, i)) return true;
  }
  return false;
}

function anyNotNegated(tag: string, hits: HitIndex, sentences: Sentences): boolean {
  for (const i of hits.starts(tag)) if (!negatedAt(i, hits, sentences)) return true;
  return false;
}

// ---------- question ----------

function questionOf(tokens: readonly Token[], hits: HitIndex, sentences: Sentences): 'vad' | 'hur' | null {
  let vad = hits.has('vad');
  if (!vad) {
    const looked = new Set<number>();
    for (const i of hits.starts('why')) {
      const sentence = sentences.of[i] as number;
      if (sentences.politicalActor[sentence] || namesBoard(tokens, sentences, i, looked)) {
        vad = true;
        break;
      }
    }
  }
  const hur = hits.has('hur');
  if (vad && !hur) return 'vad';
  if (hur && !vad) return 'hur';
  return null;
}

/** Whether the sentence around `i` names a board by a compound ("socialnämnden"); each sentence is read once. */
function namesBoard(tokens: readonly Token[], sentences: Sentences, i: number, looked: Set<number>): boolean {
  const sentence = sentences.of[i] as number;
  if (looked.has(sentence)) return false;
  looked.add(sentence);
  let start = i;
  while (start > 0 && sentences.of[start - 1] === sentence) start--;
  for (let j = start; j < tokens.length && sentences.of[j] === sentence; j++) {
    const token = tokens[j] as Token;
    if (token.kind !== 'word') continue;
    for (const ending of BOARD_NAME_ENDINGS) {
      const at = token.text.length - ending.length;
      if (at > 0 && token.text.indexOf(ending, at) === at) return true;
    }
  }
  return false;
}

// ---------- individualCase ----------

function isNumber(token: Token | undefined, minDigits: number, maxDigits: number): boolean {
  return token !== undefined && token.kind === 'num' && token.text.length >= minDigits && token.text.length <= maxDigits;
}

function isPunct(token: Token | undefined, marks: string): boolean {
  return token !== undefined && token.kind === 'punct' && marks.indexOf(token.text) >= 0;
}

/** `KS 2024/117`, `ärende 2024-117`: a registry prefix then a year-form number (not a date). */
function caseNumberAt(tokens: readonly Token[], hits: HitIndex, i: number): boolean {
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
function propertyAt(tokens: readonly Token[], hits: HitIndex, i: number): boolean {
  const token = tokens[i] as Token;
  if (token.kind !== 'word' || !token.cap || token.text.length < 3) return false;
  if (hits.endAt('notPropertyName', i) >= 0) return false;
  return isNumber(tokens[i + 1], 1, 4) && isPunct(tokens[i + 2], ':') && isNumber(tokens[i + 3], 1, 4);
}

/** "hennes ansökan", "Annas bygglov". */
function personalCaseAt(tokens: readonly Token[], hits: HitIndex, i: number): boolean {
  const possessive = hits.endAt('possessive', i);
  if (possessive >= 0 && hits.endAt('caseNoun', possessive) >= 0) return true;
  const token = tokens[i] as Token;
  const previous = tokens[i - 1];
  const genitiveName = token.kind === 'word' && token.cap && token.text.length >= 4 && token.text.charAt(token.text.length - 1) === 's';
  return genitiveName && previous !== undefined && !isSentenceEnd(previous) && hits.endAt('caseNoun', i + 1) >= 0;
}

/**
 * False where none of the references above can be: no phrase starts here, and the token is not a word
 * in capitals, with a capital, or before a number (the first test of each). Only saves work.
 */
function mayReferAt(tokens: readonly Token[], hits: HitIndex, i: number): boolean {
  if (hits.any(i)) return true;
  const token = tokens[i] as Token;
  if (token.kind !== 'word') return false;
  const next = tokens[i + 1];
  return token.upper || token.cap || (next !== undefined && next.kind === 'num');
}

function referenceAt(tokens: readonly Token[], hits: HitIndex, i: number): boolean {
  return mayReferAt(tokens, hits, i) && (
    hits.endAt('caseReference', i) >= 0 || caseNumberAt(tokens, hits, i) || streetAddressAt(tokens, i) ||
    propertyAt(tokens, hits, i) || personalCaseAt(tokens, hits, i));
}

/** A steering word with a case reference at most CASE_WINDOW tokens before or after it. */
function individualCase(tokens: readonly Token[], hits: HitIndex): boolean {
  const steering = hits.starts('steering');
  // One pass over the tokens near a steering word (in order; `next`: the first steering word not
  // yet behind the window), looking for a reference.
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (next < steering.length && (steering[next] as number) < i - CASE_WINDOW) next++;
    if (next >= steering.length) return false;
    const from = (steering[next] as number) - CASE_WINDOW;
    if (i < from) i = from;
    if (i < tokens.length && referenceAt(tokens, hits, i)) return true;
  }
  return false;
}

// ---------- promise ----------

function skipFillers(hits: HitIndex, i: number): number {
  for (let k = 0; k < MAX_FILLERS; k++) {
    const end = hits.endAt('filler', i);
    if (end < 0) break;
    i = end;
  }
  return i;
}

/** After a modal: fillers, no negation, then an action that is not only passing the matter on. */
function actionAfter(hits: HitIndex, i: number): boolean {
  const at = skipFillers(hits, i);
  if (hits.endAt('negation', at) >= 0) return false;
  const action = hits.endAt('action', at);
  if (action < 0) return false;
  return hits.endAt('passingOn', action) < 0 && hits.endAt('passingOn', action + 1) < 0;
}

function promiseAt(hits: HitIndex, i: number): boolean {
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

function promise(tokens: readonly Token[], hits: HitIndex, sentences: Sentences): boolean {
  for (let i = 0; i < tokens.length; i++) {
    // Every promise begins with a phrase at `i`.
    if (!hits.any(i) || !promiseAt(hits, i)) continue;
    const sentence = sentences.of[i] as number;
    // A question asks, and a decided measure is information, not a promise.
    if (sentences.question[sentence] || sentences.decided[sentence]) continue;
    return true;
  }
  return false;
}
