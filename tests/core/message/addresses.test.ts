import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addressKey, parseAddressList, sameAddress } from '../../../core/message/addresses.js';
import { addressKey as orgAddressKey, Organisation } from '../../../core/organisation/organisation.js';
import { small } from '../organisation/fixtures/small.js';

describe('parseAddressList', () => {
  it('reads a list with quoted names holding commas, both separators and angle forms', () => {
    const { addresses, problems } = parseAddressList('a@x.se, "Berg, Anna" <anna@x.se>; Bo Ek <b@Y.SE>');
    expect(problems).toEqual([]);
    expect(addresses).toEqual([
      { address: 'a@x.se' },
      { address: 'anna@x.se', name: 'Berg, Anna' },
      { address: 'b@y.se', name: 'Bo Ek' },
    ]);
  });

  it('Unicode letters in the local part and the domain, domain in lower case, local part as written', () => {
    expect(parseAddressList('lärare@kungsor.se').addresses).toEqual([{ address: 'lärare@kungsor.se' }]);
    expect(parseAddressList('Örjan.Ek@KUNGSÖR.SE').addresses).toEqual([{ address: 'Örjan.Ek@kungsör.se' }]);
  });

  it('comments: as the name, or ignored beside one', () => {
    expect(parseAddressList('anna@x.se (Anna Berg)').addresses).toEqual([{ address: 'anna@x.se', name: 'Anna Berg' }]);
    expect(parseAddressList('Anna (kansliet) <anna@x.se>').addresses).toEqual([{ address: 'anna@x.se', name: 'Anna' }]);
  });

  it('a malformed entry becomes a problem with its index; the rest still parse', () => {
    const { addresses, problems } = parseAddressList('a@x.se, inte en adress, b@x, c@y.se');
    expect(addresses.map((a) => a.address)).toEqual(['a@x.se', 'c@y.se']);
    expect(problems.map((p) => p.index)).toEqual([1, 2]);
    expect(problems[0]?.message).toContain('inte en adress');
  });

  it.each([
    ['anna.x.se', 'saknar @'],
    ['a@@x.se', 'mer än ett @'],
    ['@x.se', 'före @'],
    ['anna@', 'domän'],
    ['anna@kungsor', 'domänen'],
    ['.anna@x.se', 'punkt'],
    ['anna..berg@x.se', 'punkt'],
    ['"Berg, Anna <anna@x.se>', 'citattecken'],
    ['Anna <anna@x.se', '<'],
    ['anna@x.se (Anna', 'parentes'],
    ['anna@-x.se', 'otillåtet'],
    ['an<na@x.se', '<'],
  ])('%s is a problem: %s', (raw, reason) => {
    const { addresses, problems } = parseAddressList(raw);
    expect(addresses).toEqual([]);
    expect(problems[0]?.message).toContain(reason);
  });

  it('English messages', () => {
    expect(parseAddressList('nope', 'en').problems[0]?.message).toContain('has no @');
  });

  it('objects, arrays of either, and non-addresses in arrays', () => {
    const { addresses, problems } = parseAddressList([
      'a@x.se',
      { address: 'B@X.SE', name: ' Bo  Ek ' },
      null,
      42,
      { address: 'broken' },
      'c@x.se, d@x.se',
    ]);
    expect(addresses).toEqual([{ address: 'a@x.se' }, { address: 'B@x.se', name: 'Bo Ek' }, { address: 'c@x.se' }, { address: 'd@x.se' }]);
    expect(problems.map((p) => p.index)).toEqual([2, 3, 4]);
  });

  it('group syntax and mailto:', () => {
    expect(parseAddressList('Lärarlaget: a@x.se, b@x.se;, mailto:c@x.se').addresses.map((a) => a.address)).toEqual([
      'a@x.se', 'b@x.se', 'c@x.se',
    ]);
    expect(parseAddressList('undisclosed-recipients:;')).toEqual({ addresses: [], problems: [] });
  });

  it('empty values are an empty list', () => {
    for (const v of [undefined, null, '', ' , ; ', []]) expect(parseAddressList(v)).toEqual({ addresses: [], problems: [] });
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseAddressList(value);
        expect(Array.isArray(result.addresses)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (value) => {
        parseAddressList(value);
      }),
    );
  });
});

describe('addressKey and sameAddress', () => {
  it('compare without regard to case, name or Unicode form', () => {
    expect(sameAddress('Anna.Berg@Kungsor.se', { address: 'anna.berg@kungsor.se', name: 'Anna' })).toBe(true);
    expect(sameAddress('"Berg, Anna" <ANNA@x.se>', 'anna@x.se')).toBe(true);
    expect(sameAddress('la\u0308rare@kungsor.se', 'lärare@kungsor.se')).toBe(true);
    expect(sameAddress('a@x.se', 'b@x.se')).toBe(false);
    expect(sameAddress('', '')).toBe(false);
    expect(addressKey(' mailto:A@X.se ')).toBe('a@x.se');
  });

  it('the organisation keys its addresses the same way (an NFD "ä" in the file, an NFC one in the message)', () => {
    const file = small();
    file.people[0]!.emails = ['La\u0308rare@Testby.se'];
    const org = new Organisation(file);
    expect(org.personByAddress('lärare@testby.se')?.id).toBe(file.people[0]!.id);
    expect(orgAddressKey('La\u0308rare@Testby.se ')).toBe(addressKey('"Lärare" <lärare@testby.se>'));
  });
});
