// @vitest-environment happy-dom
// The Roundcube adapter on markup captured from Debian's Roundcube 1.6.5 compose page.
import { beforeEach, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { roundcube } from '../../../extension/sites/roundcube.js';

const html = readFileSync(path.resolve(__dirname, '../fixtures/roundcube-compose.html'), 'utf8');

beforeEach(() => {
  document.body.innerHTML = html;
});

const view = () => roundcube.findComposeViews(document)[0]!;
const to = () => document.querySelector<HTMLTextAreaElement>('#_to')!;

describe('Roundcube adapter', () => {
  test('detects compose by markup and reads sender, recipients, subject and body', () => {
    expect(roundcube.detect(document)).toBe(true);
    to().value = 'erik.sundqvist@kungsor.se, "Björk, Lena" <lena.bjork@kungsor.se>, ';
    document.querySelector<HTMLInputElement>('#compose_to li.input input')!.value = 'anna@kungsor.se';
    document.querySelector<HTMLInputElement>('#compose-subject')!.value = 'Skolgården';
    document.querySelector<HTMLTextAreaElement>('#composebody')!.value = 'Hej!';
    const snap = view().read();
    expect(snap.from).toEqual({ address: 'politiker@127.0.0.1', name: 'politiker' });
    expect(snap.to).toEqual([{ address: 'erik.sundqvist@kungsor.se' }, { address: 'lena.bjork@kungsor.se', name: 'Björk, Lena' }, { address: 'anna@kungsor.se' }]);
    expect(snap.subject).toBe('Skolgården');
    expect(snap.body).toBe('Hej!');
  });

  test('not a compose page: nothing found', () => {
    document.body.innerHTML = '<form name="form"><input id="rcmloginuser"></form>';
    expect(roundcube.detect(document)).toBe(false);
    expect(roundcube.findComposeViews(document)).toEqual([]);
  });

  test('apply sets the hidden field and fires change (what makes Roundcube rebuild its chips)', () => {
    to().value = 'erik.sundqvist@kungsor.se, ';
    const events: string[] = [];
    to().addEventListener('change', () => events.push(to().value));
    view().apply({ action: 'replace', field: 'to', address: 'anders.nordin@kungsor.se', name: 'Anders Nordin', replaces: 'erik.sundqvist@kungsor.se' });
    expect(events).toEqual(['Anders Nordin <anders.nordin@kungsor.se>, ']);
    const cc = document.querySelector<HTMLTextAreaElement>('#_cc')!;
    view().apply({ action: 'add', field: 'cc', address: 'registrator@kungsor.se' });
    expect(cc.value).toBe('registrator@kungsor.se, ');
    view().apply({ action: 'remove', field: 'cc', address: 'registrator@kungsor.se' });
    expect(cc.value).toBe('');
  });

  test('the panel goes at the end of the headers; Send is the footer button', () => {
    expect(view().panelSlot()!.parent.id).toBe('compose-headers');
    expect(view().sendButton()!.textContent).toBe('Skicka');
  });
});
