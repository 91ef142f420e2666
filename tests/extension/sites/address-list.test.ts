import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { applyToList, formatAddress, formatAddressList, parseAddressList } from '../../../extension/sites/address-list.js';

describe('parseAddressList', () => {
  test('Roundcube’s own format, with trailing separator', () => {
    expect(parseAddressList('a@x.se,Bo Ek <b@y.se>, ')).toEqual([{ address: 'a@x.se' }, { address: 'b@y.se', name: 'Bo Ek' }]);
  });
  test('quoted names with commas and semicolons, å ä ö', () => {
    expect(parseAddressList('"Öberg, Karin" <karin.oberg@kungsor.se>; Åsa Öhman <åsa.öhman@kungsor.se>')).toEqual([
      { address: 'karin.oberg@kungsor.se', name: 'Öberg, Karin' },
      { address: 'åsa.öhman@kungsor.se', name: 'Åsa Öhman' },
    ]);
  });
  test('empty input', () => expect(parseAddressList(' , ;')).toEqual([]));
});

describe('applyToList', () => {
  const list = [{ address: 'erik@k.se', name: 'Erik' }, { address: 'lena@k.se' }];
  test('replace keeps the position', () => {
    expect(applyToList(list, { action: 'replace', field: 'to', address: 'anders@k.se', name: 'Anders', replaces: 'ERIK@k.se' })).toEqual([
      { address: 'anders@k.se', name: 'Anders' },
      { address: 'lena@k.se' },
    ]);
  });
  test('replace where the new one is already there removes the old', () => {
    expect(applyToList(list, { action: 'replace', field: 'to', address: 'lena@k.se', replaces: 'erik@k.se' })).toEqual([{ address: 'lena@k.se' }]);
  });
  test('add never twice; remove', () => {
    expect(applyToList(list, { action: 'add', field: 'cc', address: 'Lena@k.se' })).toHaveLength(2);
    expect(applyToList(list, { action: 'remove', field: 'to', address: 'erik@k.se' })).toEqual([{ address: 'lena@k.se' }]);
  });
});

test('format then parse gives the same list (names with specials are quoted)', () => {
  const local = fc.stringMatching(/^[a-z0-9._-]{1,12}$/);
  const name = fc.option(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0 && !/[<>\\"]/.test(s)), { nil: undefined });
  fc.assert(
    fc.property(fc.array(fc.record({ address: local.map((l) => `${l}@kungsor.se`), name }), { maxLength: 5 }), (list) => {
      const clean = list.map((a) => (a.name ? { address: a.address, name: a.name } : { address: a.address }));
      expect(parseAddressList(formatAddressList(clean))).toEqual(clean);
    }),
  );
  expect(formatAddress({ address: 'a@b.se', name: 'Ek, Bo' })).toBe('"Ek, Bo" <a@b.se>');
});
