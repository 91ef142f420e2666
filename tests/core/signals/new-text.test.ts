import { describe, expect, it } from 'vitest';
import { newText } from '../../../core/signals/new-text.js';

describe('newText', () => {
  it('drops quoted lines and keeps the rest, also after them', () => {
    expect(newText('Hej\n> citat\n  >> djupare\nSvar under')).toBe('Hej\nSvar under');
  });

  it.each([
    ['-----Ursprungligt meddelande-----\nFrån: A\nSkickat: B\n\nGammalt'],
    ['-----Original Message-----\nFrom: A\nSent: B\n\nOld'],
    ['Från: Anna Berg <anna@kungsor.se>\nSkickat: den 3 juni 2025 10:00\nTill: Bo\nÄmne: x\n\nGammalt'],
    ['From: Anna Berg <anna@kungsor.se>\nSent: Tuesday, 3 June 2025 10:00\nTo: Bo\n\nOld'],
    ['From: Anna Berg  Sent: Tuesday, 3 June 2025 10:00\nOld'],
    ['Den 3 juni 2025 kl. 10:00 skrev Anna Berg <anna@kungsor.se>:\nGammalt'],
    ['Den tis 3 juni 2025 10:00 skrev Anna Berg <\nanna@kungsor.se>:\nGammalt'],
    ['On Tue, 3 Jun 2025 at 10:00, Anna Berg <anna@kungsor.se> wrote:\nOld'],
    ['________________________________\nFrån: Anna Berg <anna@kungsor.se>\nSkickat: den 3 juni 2025\nGammalt'],
    ['________________________________\n\nFrom: Anna Berg\nSent: 3 June\nOld'],
    ['---------- Forwarded message ---------\nFrom: A\nDate: B\n\nOld'],
    ['Begin forwarded message:\n\nFrom: A\nOld'],
  ])('cuts at a reply or forward header: %#', (history) => {
    expect(newText('Ny text här.\r\n\r\n' + history)).toBe('Ny text här.\n');
  });

  it('does not cut at ordinary lines that only begin alike', () => {
    const text = 'Från: kommunens sida är det klart.\nDen som skrev detta har rätt.\n____________\nSlut';
    expect(newText(text)).toBe(text);
  });

  it('handles empty text and a text without line breaks', () => {
    expect(newText('')).toBe('');
    expect(newText('en rad')).toBe('en rad');
  });

  it('returns for a very long single line and for many header-like lines', () => {
    expect(newText('x'.repeat(2_000_000)).length).toBe(2_000_000);
    const lines = 'Från: a\n'.repeat(200_000);
    expect(newText(lines)).toBe(lines);
  });
});
