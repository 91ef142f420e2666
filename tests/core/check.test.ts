// The engine as a whole: properties that must hold for every message, on the example organisation
// and on the non-Kungsör fixture. fast-check generates the messages from the people in each directory.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../core/check.js';
import { applySuggestion } from '../../core/message/apply.js';
import type { Organisation } from '../../core/organisation/organisation.js';
import { parseOrganisation } from '../../core/organisation/parse.js';
import type { Finding, MessageInput } from '../../core/types.js';
import { exempelby } from './fixtures/exempelby.js';

const kungsor = (() => {
  const r = parseOrganisation(readFileSync(path.resolve(__dirname, '../../core/example/kungsor.organisation.json'), 'utf8'));
  if (!r.ok) throw new Error('example invalid');
  return r.organisation;
})();

const TEXTS = [
  '', 'Hej!', 'Akut: vattenläcka i källaren, kom genast.', 'Varför lägger nämnden ned skolan?',
  'Hur många tjänster är tillsatta i hemtjänsten?', 'Jag ska se till att gatan plogas i morgon.',
  'Kan du se till att bygglovet för Ängsgatan 4 beviljas?', 'Jag misstänker mutor i upphandlingen.',
  'Personnummer 19811218-9876 gäller ärendet.', '> Citerad: akut\nTack för svaret.',
  '<img src=x onerror=alert(1)>', 'x'.repeat(5000),
];

function addresses(org: Organisation): string[] {
  const out: string[] = [];
  for (const p of org.file.people) out.push(...p.emails);
  for (const g of org.file.groups ?? []) out.push(g.address);
  for (const u of org.file.units) if (u.mailbox) out.push(u.mailbox);
  out.push('medborgare@gmail.example', 'okand@' + org.file.organisation.internalDomains[0], 'reporter@svt.se', 'inte en adress', '');
  return out;
}

function messages(org: Organisation) {
  const address = fc.constantFrom(...addresses(org));
  const list = fc.array(fc.oneof(address, fc.record({ address, name: fc.string({ maxLength: 20 }) })), { maxLength: 5 });
  return fc.record({
    from: address,
    to: list,
    cc: list,
    bcc: fc.array(address, { maxLength: 2 }),
    subject: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 60 })),
    body: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 400 })),
  });
}

const sameFinding = (a: Finding, b: Finding) => a.rule === b.rule && a.forvaltning === b.forvaltning;

describe.each([
  ['the Kungsör example', kungsor],
  ['the Exempelby fixture', exempelby()],
])('check on %s', (_name, org) => {
  it('never throws, and always answers in the contract shape', () => {
    fc.assert(
      fc.property(messages(org), fc.constantFrom(undefined, 'fortroendevald' as const, 'tjansteperson' as const), (message, actingAs) => {
        const result = check(org, message, { actingAs });
        expect(['ok', 'info', 'warning']).toContain(result.verdict);
        expect(result.verdict === 'ok').toBe(result.findings.length === 0);
      }),
      { numRuns: 300 },
    );
  });

  it('applying every suggestion of a finding and checking again never yields that finding', () => {
    fc.assert(
      fc.property(messages(org), (message) => {
        for (const finding of check(org, message).findings) {
          if (!finding.suggestions.length) continue;
          let fixed: MessageInput = message;
          for (const s of finding.suggestions) fixed = applySuggestion(fixed, s);
          const again = check(org, fixed).findings.filter((f) => sameFinding(f, finding));
          expect(again, `${finding.rule} after ${JSON.stringify(finding.suggestions)}`).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on messages that are not messages at all', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        check(org, value as MessageInput);
      }),
      { numRuns: 200 },
    );
  });
});

describe('citizens may write to anyone', () => {
  it('no rule fires on a citizen\'s own mail, whatever it says and to whom', () => {
    fc.assert(
      fc.property(messages(kungsor), (message) => {
        expect(check(kungsor, { ...message, from: 'medborgare@gmail.example' }).findings).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a dual-role sender', () => {
  it('acts in the position tied to the address, and the choice can be overridden', () => {
    const message = { from: 'sara.lindgren@politik.example', to: ['lena.bjork@kungsor.se'] };
    expect(check(kungsor, message).actingAs).toBe('fortroendevald');
    expect(check(kungsor, message).findings.map((f) => f.rule)).toContain('via-forvaltningschef');
    expect(check(kungsor, message, { actingAs: 'tjansteperson' }).actingAs).toBe('tjansteperson');
    expect(check(kungsor, message, { actingAs: 'tjansteperson' }).findings.map((f) => f.rule)).not.toContain('via-forvaltningschef');
  });

  it('a private address the user says is theirs counts as that person', () => {
    const message = { from: 'karin.privat@gmail.example', to: ['erik.sundqvist@kungsor.se'] };
    expect(check(kungsor, message).findings).toEqual([]);
    const mine = check(kungsor, message, { senderPersonId: 'karin-oberg' });
    expect(mine.sender.group).toBe('fortroendevald');
    expect(mine.findings.map((f) => f.rule)).toContain('via-forvaltningschef');
  });
});
