import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Organisation } from '../../../core/organisation/organisation.js';
import { resolveSender } from '../../../extension/content/sender.js';

const org = new Organisation(JSON.parse(readFileSync(path.resolve(__dirname, '../../../core/example/kungsor.organisation.json'), 'utf8')));

test('a known sender address is used as shown', () => {
  expect(resolveSender(org, { address: 'karin.oberg@kungsor.se' }, ['birgitta.sandberg@politik.example'])).toEqual({ from: { address: 'karin.oberg@kungsor.se' } });
});

test('a private address the directory does not know: the user’s own address names the person', () => {
  expect(resolveSender(org, { address: 'birgitta67@gmail.example' }, ['nobody@x.se', 'birgitta.sandberg@politik.example'])).toEqual({
    from: { address: 'birgitta67@gmail.example' },
    senderPersonId: 'birgitta-sandberg',
  });
});

test('no sender shown: the user’s own address stands in', () => {
  expect(resolveSender(org, undefined, ['birgitta.sandberg@politik.example'])).toEqual({
    from: { address: 'birgitta.sandberg@politik.example', name: 'Birgitta Sandberg' },
    senderPersonId: 'birgitta-sandberg',
  });
});

test('nobody known: say so', () => {
  expect(resolveSender(org, { address: 'x@y.se' }, [])).toEqual({ from: { address: 'x@y.se' }, note: 'unknown' });
  expect(resolveSender(org, undefined, [])).toEqual({ note: 'none' });
});
