import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applySuggestion } from '../../../core/message/apply.js';
import { addressKey } from '../../../core/message/addresses.js';
import type { MessageInput, Suggestion } from '../../../core/types.js';

const base: MessageInput = {
  from: 'ordf@kungsor.se',
  to: ['larare@kungsor.se', { address: 'rektor@kungsor.se', name: 'Rektor' }],
  cc: ['annan@kungsor.se'],
  subject: 's',
  body: 'b',
};

describe('applySuggestion', () => {
  it('replace keeps the position, the name given, and leaves the input alone', () => {
    const frozen = JSON.parse(JSON.stringify(base));
    const out = applySuggestion(base, { action: 'replace', field: 'to', address: 'fc@kungsor.se', name: 'FC', replaces: 'LARARE@kungsor.se' });
    expect(out.to).toEqual([{ address: 'fc@kungsor.se', name: 'FC' }, { address: 'rektor@kungsor.se', name: 'Rektor' }]);
    expect(out.cc).toEqual(['annan@kungsor.se']);
    expect(base).toEqual(frozen);
    expect(out).not.toBe(base);
  });

  it('replace only removes when the new address is already in some field', () => {
    const out = applySuggestion(base, { action: 'replace', field: 'to', address: 'Annan@kungsor.se', replaces: 'larare@kungsor.se' });
    expect(out.to).toEqual([{ address: 'rektor@kungsor.se', name: 'Rektor' }]);
    expect(out.cc).toEqual(['annan@kungsor.se']);
  });

  it('replace takes every copy of the old address out, also in other fields', () => {
    const m: MessageInput = { from: 'a@x.se', to: ['old@x.se'], bcc: ['OLD@x.se'] };
    const out = applySuggestion(m, { action: 'replace', field: 'to', address: 'new@x.se', replaces: 'old@x.se' });
    expect(out.to).toEqual(['new@x.se']);
    expect(out.bcc).toEqual([]);
  });

  it('add adds unless present in any field', () => {
    const added = applySuggestion(base, { action: 'add', field: 'cc', address: 'fc@kungsor.se' });
    expect(added.cc).toEqual(['annan@kungsor.se', 'fc@kungsor.se']);
    expect(applySuggestion(base, { action: 'add', field: 'cc', address: 'REKTOR@kungsor.se' })).toEqual(base);
    const toEmpty = applySuggestion({ from: 'a@x.se' }, { action: 'add', field: 'bcc', address: 'r@x.se', name: 'R' });
    expect(toEmpty).toEqual({ from: 'a@x.se', bcc: [{ address: 'r@x.se', name: 'R' }] });
  });

  it('remove removes from its field, else from any field; every copy goes', () => {
    const twice: MessageInput = { from: 'a@x.se', to: ['b@x.se'], cc: ['B@x.se'] };
    expect(applySuggestion(twice, { action: 'remove', field: 'to', address: 'b@x.se' })).toEqual({ from: 'a@x.se', to: [], cc: [] });
    expect(applySuggestion(base, { action: 'remove', field: 'to', address: 'rektor@kungsor.se' }).to).toEqual(['larare@kungsor.se']);
    const elsewhere = applySuggestion(base, { action: 'remove', field: 'to', address: 'annan@kungsor.se' });
    expect(elsewhere.cc).toEqual([]);
    expect(elsewhere.to).toEqual(base.to);
  });

  it('splits an entry that holds a list when it has to', () => {
    const m: MessageInput = { from: 'a@x.se', to: ['b@x.se, "Ek, Bo" <bo@x.se>'] };
    expect(applySuggestion(m, { action: 'remove', field: 'to', address: 'b@x.se' }).to).toEqual([{ address: 'bo@x.se', name: 'Ek, Bo' }]);
  });

  const address = fc.constantFrom('a@x.se', 'B@x.se', 'b@x.se', 'c@y.se', 'd@y.se', 'Name <e@x.se>');
  const entry = fc.oneof(address, fc.record({ address: fc.constantFrom('a@x.se', 'c@y.se', 'F@x.se'), name: fc.constantFrom('A', 'C') }));
  const message = fc.record(
    { from: address, to: fc.array(entry, { maxLength: 4 }), cc: fc.array(entry, { maxLength: 3 }), bcc: fc.array(entry, { maxLength: 2 }) },
    { requiredKeys: ['from'] },
  );
  const suggestion: fc.Arbitrary<Suggestion> = fc.record({
    action: fc.constantFrom('replace', 'add', 'remove'),
    field: fc.constantFrom('to', 'cc', 'bcc'),
    address: fc.constantFrom('a@x.se', 'b@x.se', 'c@y.se', 'g@x.se', 'E@x.se'),
    replaces: fc.constantFrom('a@x.se', 'b@x.se', 'c@y.se', 'e@x.se', 'h@x.se'),
  }) as fc.Arbitrary<Suggestion>;

  it('applying again changes nothing, and the suggestion holds afterwards', () => {
    fc.assert(
      fc.property(message, suggestion, (m, s) => {
        const once = applySuggestion(m, s);
        expect(applySuggestion(once, s)).toEqual(once);
        const keys = (['to', 'cc', 'bcc'] as const).flatMap((f) => (once[f] ?? []).map((e) => addressKey(e)));
        if (s.action === 'add') expect(keys).toContain(addressKey(s.address));
        if (s.action === 'remove') expect(keys).not.toContain(addressKey(s.address));
        if (s.action === 'replace' && addressKey(s.replaces ?? '') !== addressKey(s.address)) {
          expect(keys).not.toContain(addressKey(s.replaces ?? ''));
          const before = (['to', 'cc', 'bcc'] as const).some((f) => (m[f] ?? []).some((e) => addressKey(e) === addressKey(s.replaces ?? '')));
          if (before) expect(keys).toContain(addressKey(s.address));
        }
        expect(once.from).toBe(m.from);
      }),
      { numRuns: 500 },
    );
  });
});
