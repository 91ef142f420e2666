// A bare ASCII address (`Anna.Berg@Kungsor.se`) is read by a fast path; everything else by the
// general parser. Both must give the same answers, and the domain check (by index, no split) must
// give the reasons the first, split-based version gave.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addressProblemText, parseAddressList, parseAddressString } from '../../../core/message/addresses.js';

type Reason = Parameters<typeof addressProblemText>[1];

const PLAIN = ['a', 'b', 'z', 'A', 'Q', 'Z', '0', '7', '9', '.', '.', '-', '_', '+', '@', '@'];
/** Strings of what bare addresses are made of, or with a few characters that are not. */
const addressLike = fc.oneof(
  fc.string({ unit: fc.constantFrom(...PLAIN), maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...PLAIN, ' ', ',', '<', '>', '"', '(', ':', '[', ']', 'ä', '!', '\u00a0'), maxLength: 40 }),
);

/** The domain check as first written (labels by split), kept here as the reference. */
function referenceCheckDomain(domain: string): Reason | null {
  if (domain === '') return 'no-domain';
  if (domain.charAt(0) === '[' && domain.charAt(domain.length - 1) === ']') return domain.length > 2 ? null : 'no-domain';
  const labels = domain.split('.');
  if (labels.length < 2) return 'domain-dot';
  for (const label of labels) {
    if (label === '') return 'dots';
    if (label.length > 63) return 'too-long';
    if (label.charAt(0) === '-' || label.charAt(label.length - 1) === '-') return 'domain-char';
    for (let i = 0; i < label.length; i++) {
      const code = label.charCodeAt(i);
      if (/\s/.test(label.charAt(i)) || code <= 32) return 'space';
      if (!(/[A-Za-z0-9-]/.test(label.charAt(i)) || code >= 0xa0)) return 'domain-char';
    }
  }
  const top = labels[labels.length - 1] as string;
  return /^[0-9]+$/.test(top) ? 'domain-dot' : null;
}

describe('bare address fast path', () => {
  it('gives what the general parser gives (a leading space keeps a string off the fast path)', () => {
    fc.assert(
      fc.property(addressLike, (value) => {
        expect(parseAddressString(value)).toEqual(parseAddressString(' ' + value));
        expect(parseAddressList([value])).toEqual(parseAddressList([' ' + value]));
        // (An object's problem shows its address as written, space and all: compare the rest.)
        const object = parseAddressList({ address: value, name: 'Anna' });
        const spaced = parseAddressList({ address: ' ' + value, name: 'Anna' });
        expect(object.addresses).toEqual(spaced.addresses);
        expect(object.problems.length).toBe(spaced.problems.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the common forms', () => {
    expect(parseAddressString('Anna.Berg@Kungsor.SE')).toEqual({ addresses: [{ address: 'Anna.Berg@kungsor.se' }], problems: [] });
    expect(parseAddressString('a+b_c-d@x-y.se')).toEqual({ addresses: [{ address: 'a+b_c-d@x-y.se' }], problems: [] });
    expect(parseAddressString('a@x.se.').addresses).toEqual([{ address: 'a@x.se' }]);
    expect(parseAddressString('a..b@x.se').problems).toHaveLength(1);
    expect(parseAddressString('a@x.123').problems).toHaveLength(1);
  });
});

describe('domain check', () => {
  const domainLike = fc.string({ unit: fc.constantFrom('a', 'Z', '4', '.', '-', '_', 'ö', '\u2003', '[', ']'), maxLength: 30 });
  it('gives the reasons of the split-based version', () => {
    fc.assert(
      fc.property(domainLike, fc.boolean(), (domain, long) => {
        const d = long ? 'x'.repeat(64) + '.' + domain : domain;
        // A trailing dot is dropped before the check, and `]` at the end is not a literal without `[`.
        fc.pre(d.charAt(d.length - 1) !== '.' && d.trim() === d && d.indexOf('\u2003') < 0);
        const reason = referenceCheckDomain(d);
        const written = 'a@' + d;
        const result = parseAddressString(written);
        if (reason === null) expect(result.addresses).toEqual([{ address: 'a@' + d.normalize('NFC').toLowerCase() }]);
        else expect(result.problems.map((p) => p.message)).toEqual([addressProblemText(written, reason)]);
      }),
      { numRuns: 3000 },
    );
  });
});
