// The fast paths of the tokenizer, the phrase matcher, the hit index and the signals give exactly
// what the plain first version (reference.ts) gives, on varied and hostile text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../../core/signals/tokens.js';
import { HitIndex, PhraseMatcher, type Hit, type MatchStats } from '../../../core/signals/phrases.js';
import { computeSignals } from '../../../core/signals/signals.js';
import * as lexicon from '../../../core/signals/lexicon.js';
import { ReferenceHitIndex, ReferenceMatcher, referenceSignals, referenceTokenize } from './reference.js';

const LISTS: { [tag: string]: readonly string[] } = {};
for (const name in lexicon) {
  const value = (lexicon as { [name: string]: unknown })[name];
  if (Array.isArray(value)) LISTS[name] = value as string[];
}
const ALL_PHRASES: string[] = [];
for (const tag in LISTS) for (const phrase of LISTS[tag] ?? []) ALL_PHRASES.push(phrase);

/** A lexicon phrase as someone might write it: `*` filled in, case and diacritics varied. */
const writtenPhrase = fc
  .tuple(fc.constantFrom(...ALL_PHRASES), fc.constantFrom('', 'en', 'ar', 'na', 's', 'ningen'), fc.constantFrom('as is', 'upper', 'cap', 'plain'))
  .map(([phrase, ending, style]) => {
    let text = phrase.replace(/\*/g, ending).replace(/#/g, '2024');
    if (style === 'upper') text = text.toUpperCase();
    if (style === 'cap') text = text.charAt(0).toUpperCase() + text.slice(1);
    if (style === 'plain') text = text.replace(/[åä]/g, 'a').replace(/ö/g, 'o');
    return text;
  });

const PIECES = [
  ' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '.', '!', '?', ',', ';', ':', '/', '-', '+', '(', ')', "'", '’', '‘', 'ʼ', '"', '>',
  '2024', '117', '811218-9876', '1:23', '10:30', 'KS', 'BUN', 'Ängsgatan', 'ÄNGSGATAN', 'Annas', 'hennes', 'vi', 'jag', 'ska', 'inte',
  "don't", "I'll", 'we’ll', "it'", "'s", 'İstanbul', 'ß', 'STRASSE', 'Σίσυφος', 'Москва', 'ǅemal', 'ﬁnal', '😀', '\ud800', '中文', 'x'.repeat(70),
  'Å'.repeat(66), 'é', 'É', 'ÿ', 'Ÿ', 'ł', 'Ł', 'ı', 'ǈ', 'Ꭰ', 'ﬀ', '\u0301', 'e\u0301', 'µ', 'ª', 'º', 'Ω', 'K', 'Å',
];

const word = fc.oneof(
  { weight: 4, arbitrary: writtenPhrase },
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 'B', 'å', 'Ö', "'", '’', '-', '1', ' ', 'é', 'ß', 'İ'), maxLength: 12 }) },
);
const text = fc.array(word, { maxLength: 60 }).map((words) => words.join(' '));

/** Random small lexicons: short beginnings, numbers, punctuation, words outside a–z. */
const lists = fc.dictionary(
  fc.constantFrom('a', 'b', 'c', 'd'),
  fc.array(
    fc.array(fc.constantFrom('a', 'ab', 'abc', 'abcd*', 'a*', 'ab*', 'abc*', 'ö*', 'öst*', 'é', '#', '.', '/', 'x-y', "it's", 'jag', 'ska', 'sk*', 'ÅÄÖ*', 'ß', 'σ*'), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
    { maxLength: 40 },
  ),
);

function sameHits(tokens: ReturnType<typeof tokenize>, matcher: PhraseMatcher, reference: ReferenceMatcher): void {
  const stats: MatchStats = { steps: 0 };
  const referenceStats: MatchStats = { steps: 0 };
  expect(matcher.findAll(tokens, stats)).toEqual(reference.findAll(tokens, referenceStats));
  expect(stats.steps).toBe(referenceStats.steps);
}

const PARAMS = { numRuns: 400 };

describe('fast paths give what the reference gives', () => {
  it('tokenize', () => {
    fc.assert(fc.property(text, (t) => {
      expect(tokenize(t)).toEqual(referenceTokenize(t));
    }), PARAMS);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => {
      expect(tokenize(t)).toEqual(referenceTokenize(t));
    }), PARAMS);
  });

  it('tokenize, every UTF-16 code unit alone, before a letter and in a word', () => {
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      for (const t of [ch, ch + 'a', 'a' + ch + 'b', 'A' + ch + 'B', ch + ch + "'" + ch]) {
        const got = tokenize(t);
        const want = referenceTokenize(t);
        if (JSON.stringify(got) !== JSON.stringify(want)) expect({ code, got }).toEqual({ code, got: want });
      }
    }
  });

  it('the lexicon matcher: findAll and its step count', () => {
    const matcher = new PhraseMatcher(LISTS);
    const reference = new ReferenceMatcher(LISTS);
    fc.assert(fc.property(text, (t) => {
      sameHits(tokenize(t), matcher, reference);
    }), PARAMS);
  });

  it('random lexicons, alone and with the real one', () => {
    fc.assert(
      fc.property(lists, text, fc.boolean(), (extra, t, withLexicon) => {
        const all: { [tag: string]: readonly string[] } = withLexicon ? { ...LISTS, ...extra } : extra;
        const tokens = tokenize(t + ' abc abcd abcdef a ab öster östra 2024 . / x-y jag ska sk skola ÅÄÖ åäöx σας ss');
        sameHits(tokens, new PhraseMatcher(all), new ReferenceMatcher(all));
      }),
      { numRuns: 200 },
    );
  });

  it('HitIndex', () => {
    const tags = ['a', 'b', 'c'];
    const hit = fc.record({ tag: fc.constantFrom(...tags), start: fc.integer({ min: -2, max: 12 }), end: fc.integer({ min: -2, max: 14 }) });
    fc.assert(
      fc.property(fc.array(hit, { maxLength: 30 }), fc.integer({ min: 0, max: 10 }), fc.boolean(), (given: Hit[], length, inOrder) => {
        // In order of start, as findAll gives them, the index takes a shorter way.
        const hits = inOrder ? given.filter((h) => h.start >= 0 && h.start < length).sort((a, b) => a.start - b.start) : given;
        const index = new HitIndex(hits, length);
        const reference = new ReferenceHitIndex(hits, length);
        for (const tag of [...tags, 'd']) {
          expect(index.has(tag)).toBe(reference.has(tag));
          expect(index.starts(tag)).toEqual(reference.starts(tag));
          for (let i = -2; i <= length + 1; i++) expect(index.endAt(tag, i)).toBe(reference.endAt(tag, i));
        }
        for (let i = -2; i <= length + 1; i++) {
          let any = false;
          for (const tag of tags) if (reference.endAt(tag, i) >= 0) any = true;
          // `any` may say yes for a hit that ends before it starts, never no where one starts.
          if (any) expect(index.any(i)).toBe(true);
        }
      }),
      PARAMS,
    );
  });

  it('computeSignals', () => {
    fc.assert(
      fc.property(fc.constantFrom('', 'Ärende KS 2024/117', 'Fråga', 'URGENT'), text, (subject, body) => {
        const stats: MatchStats = { steps: 0 };
        const referenceStats: MatchStats = { steps: 0 };
        expect(computeSignals(subject, body, stats)).toEqual(referenceSignals(subject, body, referenceStats));
        expect(stats).toEqual(referenceStats);
      }),
      { numRuns: 1000 },
    );
  });

  it('computeSignals on messages built from the signal phrases', () => {
    const sentence = fc.array(fc.oneof(writtenPhrase, fc.constantFrom('inte', 'det', 'nämnden', 'Anna', 'Ängen', '4', '1:23', 'KS 2024/117', 'för', 'om')), { minLength: 1, maxLength: 8 })
      .chain((words) => fc.constantFrom('.', '?', '!', '\n\n', '').map((end) => words.join(' ') + end));
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 8 }), (sentences) => {
        const body = sentences.join(' ');
        expect(computeSignals('', body)).toEqual(referenceSignals('', body));
      }),
      { numRuns: 2000 },
    );
  });
});
