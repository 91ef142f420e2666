import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findJsonError, parseMessageFile } from '../../../core/message/parse-message.js';
import { decodeText } from '../../../core/text/encoding.js';

const json = JSON.stringify(
  {
    from: 'Anna Berg <anna.berg@kungsor.se>',
    to: ['lärare@kungsor.se', { address: 'x@kungsor.se', name: 'X' }],
    cc: [],
    bcc: [],
    subject: 'Skolskjuts',
    body: 'plain text',
  },
  null,
  2,
);

const eml = [
  'From: "Berg, Anna" <anna.berg@kungsor.se>',
  'To: =?UTF-8?Q?L=C3=A4rare?= <larare@kungsor.se>, Bo Ek <bo@kungsor.se>',
  'Cc: Team: c1@kungsor.se, c2@kungsor.se;',
  'Subject: =?UTF-8?Q?Fr=C3=A5ga_om_budgeten?=',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: 8bit',
  '',
  'Hej, varför lägger nämnden ned skolan?',
  '',
].join('\r\n');

describe('parseMessageFile', () => {
  it('reads the JSON message file of cli.md', async () => {
    const { message, problems } = await parseMessageFile(json);
    expect(problems).toEqual([]);
    expect(message.to).toEqual(['lärare@kungsor.se', { address: 'x@kungsor.se', name: 'X' }]);
    expect(message.subject).toBe('Skolskjuts');
  });

  it('JSON from bytes, with a BOM, and in Windows-1252', async () => {
    const utf8 = new TextEncoder().encode('\uFEFF' + json);
    expect((await parseMessageFile(utf8)).message.to?.[0]).toBe('lärare@kungsor.se');
    const latin = Uint8Array.from([...'{"from":"a@x.se","subject":"R'].map((c) => c.charCodeAt(0)).concat([0xe4, 0x6b, 0x73, 0x6d, 0xf6, 0x72, 0x67, 0x61, 0x73, 0x22, 0x7d]));
    expect((await parseMessageFile(latin)).message.subject).toBe('Räksmörgas');
    expect(decodeText(Uint8Array.from([0x80, 0x96])).text).toBe('€–');
  });

  it('a JSON syntax error names line and column', async () => {
    const broken = '{\n  "from": "a@x.se",\n  "to": ["b@x.se",]\n}';
    const { problems } = await parseMessageFile(broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: '', line: 3, column: 19 });
    expect(problems[0]?.message).toContain('rad 3, kolumn 19');
    const en = await parseMessageFile('{"from": "a@x.se"', 'en');
    expect(en.problems[0]?.message).toContain('line 1, column 18');
  });

  it('findJsonError agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonError(text)).toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonError(text) === null).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('JSON that is not a message object, and unknown fields', async () => {
    expect((await parseMessageFile('[1, 2]')).problems[0]?.path).toBe('');
    const { problems } = await parseMessageFile('{"from": "a@x.se", "too": ["b@x.se"], "$schema": "x"}');
    expect(problems).toEqual([{ path: 'too', message: expect.stringContaining('okänt fält') }]);
  });

  it('reads an .eml by its content, whatever the name: names, encoded words, groups', async () => {
    const { message, problems } = await parseMessageFile(eml);
    expect(problems).toEqual([]);
    expect(message.from).toEqual({ address: 'anna.berg@kungsor.se', name: 'Berg, Anna' });
    expect(message.to).toEqual([{ address: 'larare@kungsor.se', name: 'Lärare' }, { address: 'bo@kungsor.se', name: 'Bo Ek' }]);
    expect(message.cc).toEqual([{ address: 'c1@kungsor.se' }, { address: 'c2@kungsor.se' }]);
    expect(message.subject).toBe('Fråga om budgeten');
    expect(message.body).toContain('varför lägger nämnden ned skolan?');
    expect((await parseMessageFile(new TextEncoder().encode(eml))).message.subject).toBe('Fråga om budgeten');
  });

  it('an HTML-only .eml becomes plain text, quotes marked', async () => {
    const html = [
      'From: a@kungsor.se',
      'To: b@kungsor.se',
      'Subject: x',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><body><p>Det &auml;r akut!</p><blockquote>Jag lovar</blockquote></body></html>',
    ].join('\r\n');
    const { message } = await parseMessageFile(html);
    expect(message.body).toBe('Det är akut!\n\n> Jag lovar');
  });

  it('an .eml without From is reported', async () => {
    const { problems } = await parseMessageFile('To: b@x.se\r\nSubject: s\r\n\r\nbody');
    expect(problems.map((p) => p.path)).toEqual(['from']);
  });

  it('content that is neither, and empty content', async () => {
    expect((await parseMessageFile('hej hej')).problems[0]?.message).toContain('varken JSON');
    expect((await parseMessageFile('   \n')).problems[0]?.message).toContain('tom');
    expect((await parseMessageFile(new Uint8Array())).problems).toHaveLength(1);
  });
});
