// The catalogue as a whole: every id in rules.md, in its order, each quoting the guideline word for
// word (the user is shown the quote as the reason; a paraphrase would put words in the guideline's mouth).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../core/rules/index.js';
import { RULE_IDS } from '../../../core/types.js';

const guidelineFile = path.resolve(__dirname, '../../../../shared/guideline/riktlinje-ansvar-roller-samspel.txt');
/** Rules that rest on the law or on practice rather than on the guideline (rules.md, last table). */
const BEYOND_THE_GUIDELINE = new Set(['personnummer-extern', 'allman-handling', 'okand-mottagare']);

// The guideline is a PDF turned into text: lines break mid-sentence and bullets are private-use glyphs.
const normalise = (s: string) => s.replace(/[\uf000-\uf8ff•]/g, ' ').replace(/\s+/g, ' ').trim();

describe('the rule catalogue', () => {
  it('has every rule of rules.md, once, in its order', () => {
    expect(RULES.map((r) => r.meta.id)).toEqual([...RULE_IDS]);
  });

  it('has messages in Swedish and English for every message id', () => {
    for (const rule of RULES) {
      const sv = Object.keys(rule.meta.messages.sv).sort();
      expect(Object.keys(rule.meta.messages.en).sort(), rule.meta.id).toEqual(sv);
    }
  });

  it('quotes the guideline word for word', () => {
    expect(existsSync(guidelineFile), `the guideline is read from ${guidelineFile}`).toBe(true);
    const guideline = normalise(readFileSync(guidelineFile, 'utf8'));
    for (const rule of RULES) {
      if (BEYOND_THE_GUIDELINE.has(rule.meta.id)) continue;
      for (const piece of rule.meta.guideline.quote.split('…')) {
        const words = normalise(piece).replace(/^["”“]|["”“]$/g, '').trim();
        if (words.length < 8) continue;
        expect(guideline, `${rule.meta.id}: "${words}"`).toContain(words);
      }
    }
  });

  it('names the law for the rules beyond the guideline', () => {
    expect(RULES.find((r) => r.meta.id === 'personnummer-extern')!.meta.guideline.section).toMatch(/GDPR|OSL/);
    expect(RULES.find((r) => r.meta.id === 'allman-handling')!.meta.guideline.section).toMatch(/TF/);
    for (const rule of RULES) {
      const expected = BEYOND_THE_GUIDELINE.has(rule.meta.id) ? ['lag', 'katalog'] : [undefined, 'riktlinje'];
      expect(expected, `${rule.meta.id} says what its passage is`).toContain(rule.meta.guideline.source);
    }
  });
});
