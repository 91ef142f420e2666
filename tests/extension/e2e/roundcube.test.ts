// Roundcube for real: Debian's roundcube with SQLite and dovecot on loopback, Chromium with the
// built extension. A politician writing from a private account to an employee sees the panel,
// applies the fix, and Roundcube's own recipient field changes. Fails loudly if Roundcube cannot be
// installed.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startRoundcube, type Roundcube } from '../roundcube/harness.js';
import { buildExtension, launch, orgServer, waitForOrganisation, type Launched, type OrgServer } from '../helpers/browser.js';
import { clickInPanel, panelText, waitForPanelText } from '../helpers/panel.js';
import { configure, foreignRequests, grantHosts, recordRequests } from '../helpers/setup.js';
import type { Request } from 'playwright-core';

let rc: Roundcube;
let browser: Launched;
let org: OrgServer;
let seen: Request[];
let page: Page;

beforeAll(async () => {
  rc = await startRoundcube(); // throws "ROUNDCUBE NOT AVAILABLE" when the packages cannot be installed
  org = await orgServer();
  const { dir } = await buildExtension();
  grantHosts(dir, ['http://127.0.0.1/*']);
  browser = await launch(dir);
  seen = recordRequests(browser.context);
  await configure(browser.context, browser.id, { url: org.url, myAddresses: ['birgitta.sandberg@politik.example'] });
  await waitForOrganisation(browser.worker, org.url);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await org?.close();
  await rc?.stop();
});

async function openCompose(): Promise<Page> {
  const p = await browser.context.newPage();
  await p.goto(rc.url);
  await p.fill('#rcmloginuser', rc.user);
  await p.fill('#rcmloginpwd', rc.password);
  await p.evaluate(() => {
    (document.querySelector('input[name=_url]') as HTMLInputElement).value = '_task=mail&_action=compose';
  });
  await p.click('#rcmloginsubmit');
  await p.waitForSelector('textarea#_to', { state: 'attached', timeout: 20_000 });
  await p.waitForSelector('rollkoll-panel', { state: 'attached', timeout: 10_000 });
  return p;
}

describe('Roundcube 1.6 (Debian) with the extension', () => {
  test('panel, send question, one-click fix into Roundcube’s own field', async () => {
    page = await openCompose();
    await page.locator('#compose_to ul.recipient-input input').pressSequentially('erik.sundqvist@kungsor.se, ', { delay: 5 });
    await page.fill('#compose-subject', 'Skolskjutsen till hösten');
    await page.fill('#composebody', 'Hej Erik! Hur är det tänkt med skolskjutsen till hösten?');

    const text = await waitForPanelText(page, /Ersätt Erik Sundqvist med Anders Nordin/);
    expect(text).toMatch(/Varning/);
    expect(text).toMatch(/förvaltningschef/i);

    // Send is held while the panel asks (the organisation's policy is sendCheck: prompt).
    const sends: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && /_action=send/.test(r.url() + (r.postData() ?? ''))) sends.push(r.url());
    });
    await page.click('.formbuttons button.send, button.btn.btn-primary.send');
    await waitForPanelText(page, /Vill du skicka ändå\?/);
    await clickInPanel(page, /^Gå tillbaka$/);
    expect(sends).toEqual([]);

    await clickInPanel(page, /Ersätt Erik Sundqvist med Anders Nordin/);
    await expect.poll(() => page.inputValue('textarea#_to')).toMatch(/anders\.nordin@kungsor\.se/);
    expect(await page.inputValue('textarea#_to')).not.toMatch(/erik\.sundqvist/);
    // Roundcube's own widget shows the new recipient as a chip.
    await expect.poll(() => page.locator('#compose_to li.recipient').allInnerTexts()).toEqual([expect.stringMatching(/anders\.nordin@kungsor\.se|Anders Nordin/)]);
    await expect.poll(() => panelText(page)).not.toMatch(/Ersätt Erik/);
    expect(await panelText(page)).not.toMatch(/Varning/);
  });

  test('nothing is stored but settings and the organisation file', async () => {
    const all = await browser.worker.evaluate(() => (globalThis as any).chrome.storage.local.get(null));
    expect(Object.keys(all).sort()).toEqual(['organisation', 'settings']);
    const text = JSON.stringify(all);
    expect(text).not.toMatch(/Skolskjutsen|skolskjutsen|Hej Erik/);
    for (const k of Object.keys(all.settings)) expect(['organisationUrl', 'myAddresses', 'actingAs', 'lang', 'severity', 'sendCheck']).toContain(k);
  });

  test('the only request outside Roundcube is the organisation file', () => {
    const origin = new URL(rc.url).origin;
    expect(foreignRequests(seen, [origin], org.url)).toEqual([]);
    expect(org.requests.length).toBeGreaterThan(0);
    expect(new Set(org.requests)).toEqual(new Set(['GET /organisation.json']));
  });
});
