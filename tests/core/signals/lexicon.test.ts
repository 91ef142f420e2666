import { describe, expect, it } from 'vitest';
import * as lexicon from '../../../core/signals/lexicon.js';
import { tokenize } from '../../../core/signals/tokens.js';
import { fold } from '../../../core/signals/fold.js';

const lists = Object.entries(lexicon).filter((entry): entry is [string, readonly string[]] => Array.isArray(entry[1]));

describe('the lexicon', () => {
  it('has lists', () => expect(lists.length).toBeGreaterThan(15));

  it.each(lists)('%s: every entry is a phrase of words, stems are long enough not to catch everything', (_name, list) => {
    for (const entry of list) {
      expect(entry.trim(), entry).toBe(entry);
      for (const piece of entry.split(' ')) {
        expect(piece, entry).not.toBe('');
        if (piece === '#') continue;
        const word = piece.endsWith('*') ? piece.slice(0, -1) : piece;
        expect(tokenize(word).length, entry).toBeGreaterThan(0);
        if (piece.endsWith('*')) expect(word.length, `stem too short: ${entry}`).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('folding: case and diacritics', () => {
    expect(fold('ÄNGSGATAN Ödeshög Café')).toBe('angsgatan odeshog cafe');
  });
});
