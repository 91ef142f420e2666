import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseMessage } from '../../../core/message/normalise.js';

describe('normaliseMessage', () => {
  it('reads the message file shape of cli.md', () => {
    const { message, problems } = normaliseMessage({
      from: 'Anna Berg <anna.berg@kungsor.se>',
      to: ['lärare@kungsor.se', { address: 'x@kungsor.se', name: 'X' }],
      cc: [],
      bcc: [],
      subject: 'Ämne',
      body: 'text',
    });
    expect(problems).toEqual([]);
    expect(message).toEqual({
      from: { address: 'anna.berg@kungsor.se', name: 'Anna Berg' },
      to: [{ address: 'lärare@kungsor.se' }, { address: 'x@kungsor.se', name: 'X' }],
      cc: [],
      bcc: [],
      subject: 'Ämne',
      body: 'text',
    });
  });

  it('problems carry paths; the rest is still read', () => {
    const { message, problems } = normaliseMessage({
      from: 'inte-en-adress',
      to: ['a@x.se', 'b@x.se', 'trasig', null],
      cc: 'c@x.se, fel',
      bcc: 7,
      subject: 5,
    });
    expect(problems.map((p) => p.path)).toEqual(['from', 'to[2]', 'to[3]', 'cc', 'bcc', 'subject']);
    expect(problems[1]?.message.startsWith('to[2]:')).toBe(true);
    expect(message.to.map((a) => a.address)).toEqual(['a@x.se', 'b@x.se']);
    expect(message.cc.map((a) => a.address)).toEqual(['c@x.se']);
    expect(message.from).toEqual({ address: '' });
    expect(message.subject).toBe('');
  });

  it('a missing sender, and several senders', () => {
    expect(normaliseMessage({ to: [] }).problems).toEqual([{ path: 'from', message: 'from: avsändare saknas' }]);
    const several = normaliseMessage({ from: 'a@x.se, b@x.se' }, 'en');
    expect(several.message.from.address).toBe('a@x.se');
    expect(several.problems[0]?.message).toContain('the first is used');
  });

  it('never throws, on any input', () => {
    for (const bad of [null, undefined, 3, 'text', [], [1, 2], true]) {
      const { problems } = normaliseMessage(bad);
      expect(problems[0]?.path).toBe('');
    }
    fc.assert(
      fc.property(fc.anything(), (value) => {
        normaliseMessage(value);
      }),
    );
    fc.assert(
      fc.property(
        fc.record({ from: fc.anything(), to: fc.anything(), cc: fc.anything(), subject: fc.anything(), body: fc.anything() }, { requiredKeys: [] }),
        (value) => {
          normaliseMessage(value);
        },
      ),
    );
  });
});
