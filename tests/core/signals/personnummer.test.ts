import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPersonnummer, findPersonnummer, hasPersonnummer, luhnValid } from '../../../core/signals/personnummer.js';

/** Adds the check digit to the nine digits YYMMDDNNN. */
function withCheckDigit(nine: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(nine + d)) return nine + d;
  throw new Error('no check digit');
}

describe('personnummer', () => {
  it('the spec example 19811218-9876 has a valid checksum and is found', () => {
    expect(luhnValid('8112189876')).toBe(true);
    expect(hasPersonnummer('pnr 19811218-9876')).toBe(true);
  });

  it('finds every written form', () => {
    for (const form of ['19811218-9876', '198112189876', '811218-9876', '8112189876', '811218+9876']) {
      expect(checkPersonnummer(form), form).not.toBeNull();
      expect(hasPersonnummer(`Personen (${form}) söker`), form).toBe(true);
    }
  });

  it('finds a samordningsnummer (day + 60)', () => {
    const number = withCheckDigit('811278987');
    expect(checkPersonnummer(number)).toEqual({ samordningsnummer: true });
    expect(findPersonnummer(`samordningsnummer ${number.slice(0, 6)}-${number.slice(6)}`)[0]?.samordningsnummer).toBe(true);
  });

  it('a wrong checksum or an impossible date is no personnummer', () => {
    expect(hasPersonnummer('19811218-9875')).toBe(false);
    const feb30 = withCheckDigit('810230123');
    expect(hasPersonnummer(feb30)).toBe(false);
    const month13 = withCheckDigit('811318123');
    expect(hasPersonnummer(month13)).toBe(false);
  });

  it('29 February only in leap years', () => {
    expect(checkPersonnummer('20' + withCheckDigit('000229123'))).not.toBeNull();
    expect(checkPersonnummer('19' + withCheckDigit('000229123'))).toBeNull();
    expect(checkPersonnummer('19' + withCheckDigit('010229123'))).toBeNull();
  });

  it('digits inside a longer number do not count', () => {
    expect(hasPersonnummer('kontonummer 18112189876')).toBe(false);
    expect(hasPersonnummer('ref 3-811218-9876')).toBe(false);
    expect(hasPersonnummer('811218-98765')).toBe(false);
    expect(hasPersonnummer('8112189876-1')).toBe(false);
    expect(hasPersonnummer('3.8112189876')).toBe(false);
  });

  it('ordinary numbers are not taken for one', () => {
    expect(hasPersonnummer('Ring 0227-60 01 00 eller 070-123 45 67, faktura 2024-05-12, dnr KS 2024/117')).toBe(false);
  });

  it('every generated valid number is found, in any form', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2024, 11, 31)), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        (date, serial) => {
          const yy = String(date.getUTCFullYear() % 100).padStart(2, '0');
          const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
          const dd = String(date.getUTCDate()).padStart(2, '0');
          const ten = withCheckDigit(yy + mm + dd + String(serial).padStart(3, '0'));
          const century = String(Math.floor(date.getUTCFullYear() / 100));
          expect(hasPersonnummer(`x ${century}${ten.slice(0, 6)}-${ten.slice(6)} y`)).toBe(true);
          expect(hasPersonnummer(`x ${ten} y`)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns for 2 MB of digits', () => {
    expect(hasPersonnummer('1'.repeat(2_000_000))).toBe(false);
    expect(hasPersonnummer('811218-'.repeat(300_000))).toBe(false);
  });
});
