// @vitest-environment happy-dom
// The Gmail and Outlook-on-the-web adapters on the static markup of their fixtures.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gmail } from '../../../extension/sites/gmail.js';
import { outlookWeb } from '../../../extension/sites/outlook-web.js';

function load(name: string): void {
  const html = readFileSync(path.resolve(__dirname, '../fixtures', name), 'utf8');
  const body = html.slice(html.indexOf('<body>') + 6, html.indexOf('<script>'));
  document.body.innerHTML = body;
}

describe('Gmail adapter', () => {
  test('reads chips, the typed address, the account address and the subject', () => {
    load('gmail-compose.html');
    const to = document.querySelector('[name=to]')!;
    to.insertAdjacentHTML('afterbegin', '<div class="afV" data-hovercard-id="erik.sundqvist@kungsor.se" data-name="Erik Sundqvist"><span>Erik</span><div role="button" aria-label="Ta bort"></div></div>');
    to.querySelector<HTMLInputElement>('input')!.value = 'lena.bjork@kungsor.se';
    document.querySelector<HTMLInputElement>('input[name=subjectbox]')!.value = 'Hej';
    const views = gmail.findComposeViews(document);
    expect(views).toHaveLength(1);
    const snap = views[0]!.read();
    expect(snap.from).toEqual({ address: 'birgitta.sandberg@politik.example' });
    expect(snap.to).toEqual([{ address: 'erik.sundqvist@kungsor.se', name: 'Erik Sundqvist' }, { address: 'lena.bjork@kungsor.se' }]);
    expect(snap.cc).toEqual([]);
    expect(snap.subject).toBe('Hej');
    expect(views[0]!.sendButton()!.textContent).toBe('Skicka');
  });
});

describe('Outlook on the web adapter', () => {
  test('finds both compose views by role and label, reads chips from titles, sender from the account manager', () => {
    load('outlook-compose.html');
    const views = outlookWeb.findComposeViews(document);
    expect(views.map((v) => v.root.getAttribute('aria-label'))).toEqual(['Svara', 'Nytt meddelande']);
    const well = views[0]!.root.querySelector('[aria-label=Till]')!;
    well.innerHTML = '<span title="Lena Björk &lt;lena.bjork@kungsor.se&gt;">Lena Björk<span role="button" aria-label="Ta bort Lena Björk">×</span></span>';
    const snap = views[0]!.read();
    expect(snap.from).toEqual({ address: 'karin.oberg@kungsor.se' });
    expect(snap.to).toEqual([{ address: 'lena.bjork@kungsor.se', name: 'Lena Björk' }]);
    expect(snap.subject).toBe('SV: Fråga om skolgården');
    expect(views[1]!.read().to).toEqual([]);
    expect(views[0]!.sendButton()!.getAttribute('aria-label')).toBe('Skicka');
  });
});
