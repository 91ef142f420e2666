// Gmail and Outlook on the web through fixtures of their compose markup (served in place of the real
// hosts by request interception, so the manifest's own content scripts run), with the same flow as
// Roundcube: panel, one-click fix in the site's own widget, send question. Also: markup in names
// never runs, hostile page CSS does not reach the panel, and the only outside request is the
// organisation file.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { buildExtension, launch, orgServer, root, waitForOrganisation, type Launched, type OrgServer } from '../helpers/browser.js';
import { clickInPanel, panelCount, panelStyle, panelText, waitForPanelText } from '../helpers/panel.js';
import { configure, foreignRequests, recordRequests } from '../helpers/setup.js';
import { getLocal, setLocal } from '../helpers/browser.js';

const fixture = (name: string) => readFileSync(path.join(root, 'tests/extension/fixtures', name), 'utf8');
const SITES = ['https://mail.google.com/', 'https://outlook.office.com/'];

let browser: Launched;
let org: OrgServer;
let seen: Request[];

beforeAll(async () => {
  org = await orgServer();
  const { dir } = await buildExtension();
  browser = await launch(dir);
  seen = recordRequests(browser.context);
  await browser.context.route('https://mail.google.com/**', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture('gmail-compose.html') }));
  await browser.context.route('https://outlook.office.com/**', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture('outlook-compose.html') }));
  await configure(browser.context, browser.id, { url: org.url });
  await waitForOrganisation(browser.worker, org.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await org?.close();
});

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForSelector('rollkoll-panel', { state: 'attached', timeout: 10_000 });
  return page;
}

describe('Gmail (fixture)', () => {
  test('politician from a private account to an employee: fix replaces the chip, Cc fix opens Kopia', async () => {
    const page = await open('https://mail.google.com/mail/u/0/#inbox?compose=new');
    await page.locator('[name=to] input').pressSequentially('erik.sundqvist@kungsor.se,', { delay: 5 });
    await page.fill('input[name=subjectbox]', 'Skolskjutsen');
    const text = await waitForPanelText(page, /Ersätt Erik Sundqvist med Anders Nordin/);
    expect(text).toMatch(/Varning/);

    await clickInPanel(page, /Ersätt Erik Sundqvist med Anders Nordin/);
    await expect.poll(() => page.locator('[name=to] [data-hovercard-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-hovercard-id')))).toEqual(['anders.nordin@kungsor.se']);

    await clickInPanel(page, /som kopia/);
    await expect.poll(() => page.locator('[name=cc] [data-hovercard-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-hovercard-id')))).toEqual(['registrator@kungsor.se']);
    await expect.poll(() => panelText(page)).not.toMatch(/Varning|Tips/);

    await page.click('[role=button][data-tooltip^=Skicka]');
    await expect.poll(() => page.evaluate(() => (window as any).__sent)).toEqual(['anders.nordin@kungsor.se', 'registrator@kungsor.se']);
    await page.close();
  });

  test('markup in a display name never runs, and hostile page CSS does not reach the panel', async () => {
    const page = await open('https://mail.google.com/mail/u/0/?hostile#inbox?compose=new');
    await page.fill('input[name=subjectbox]', '<script>window.__pwned = 2</script><img src=x onerror="window.__pwned=3">');
    const text = await waitForPanelText(page, /<img src=x onerror/);
    expect(text).toMatch(/Ny <b>Person<\/b>/);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();

    const button = await panelStyle(page, 'button', ['font-size', 'background-color', 'font-family', 'letter-spacing']);
    expect(button['font-size']).not.toBe('28px');
    expect(button['background-color']).not.toBe('rgb(255, 105, 180)');
    expect(button['font-family']).not.toMatch(/Comic/);
    const section = await panelStyle(page, 'section', ['color', 'margin-top', 'font-size']);
    expect(section.color).not.toBe('rgb(255, 0, 0)');
    expect(section['margin-top']).toBe('0px');
    expect(section['font-size']).toBe('14px');
    await page.close();
  });
});

describe('Outlook on the web (fixture)', () => {
  test('two compose views, each with its own panel; fix in one, send question in the other', async () => {
    const page = await open('https://outlook.office.com/mail/');
    await expect.poll(() => panelCount(page)).toBe(2);

    const wells = page.locator('[role=textbox][aria-label=Till]');
    await wells.nth(0).click();
    await page.keyboard.type('lena.bjork@kungsor.se');
    await page.keyboard.press('Enter');
    await waitForPanelText(page, /Ersätt Lena Björk med Anders Nordin/, 0);
    expect(await panelText(page, 1)).not.toMatch(/Varning/);

    await wells.nth(1).click();
    await page.keyboard.type('lena.bjork@kungsor.se');
    await page.keyboard.press('Enter');
    await waitForPanelText(page, /Varning/, 1);

    await clickInPanel(page, /Ersätt Lena Björk med Anders Nordin/, 0);
    await expect
      .poll(() => wells.nth(0).locator('[title]').evaluateAll((els) => els.map((e) => e.getAttribute('title'))))
      .toEqual([expect.stringContaining('anders.nordin@kungsor.se')]);
    await expect.poll(() => panelText(page, 0)).not.toMatch(/Varning/);

    // The second view still warns: Send is held until the user decides.
    await page.locator('[role=region][aria-label="Nytt meddelande"] button[aria-label=Skicka]').click();
    await waitForPanelText(page, /Vill du skicka ändå\?/, 1);
    expect(await page.evaluate(() => (window as any).__sent)).toBeUndefined();
    await clickInPanel(page, /^Skicka ändå$/, 1);
    await expect.poll(() => page.evaluate(() => (window as any).__sent)).toEqual(['Nytt meddelande']);
    await page.close();
  });
});

describe('more than one role, status, language', () => {
  test('a dual-role sender chooses the role in the panel; the advice follows', async () => {
    const page = await open('https://outlook.office.com/mail/');
    // Sara Lindgren: medarbetare at Kung Karls skola (kungsor.se) and ledamot in fullmäktige (politik.example).
    await page.evaluate(() => (document.querySelector('#mectrl_currentAccount_secondary')!.textContent = 'sara.lindgren@politik.example'));
    await page.locator('[role=textbox][aria-label=Till]').nth(1).click();
    await page.keyboard.type('erik.sundqvist@kungsor.se');
    await page.keyboard.press('Enter');
    const text = await waitForPanelText(page, /Jag skriver som:/, 1);
    expect(text).toMatch(/Varning/);
    await clickInPanel(page, /^Tjänsteperson/, 1);
    await expect.poll(() => panelText(page, 1)).not.toMatch(/Varning/);
    await clickInPanel(page, /^Förtroendevald/, 1);
    await waitForPanelText(page, /Varning/, 1);
    await page.close();
  });

  test('the content script answers the popup: this tab is being checked', async () => {
    const page = await open('https://mail.google.com/mail/u/0/#inbox?compose=new');
    const status = await browser.worker.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      const [tab] = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
      return chrome.tabs.sendMessage(tab.id, { type: 'rollkoll:status' });
    });
    expect(status).toEqual({ site: 'gmail', views: 1 });
    await page.close();
  });

  test('in English when the user chooses it', async () => {
    const settings = (await getLocal(browser.worker, 'settings')) as Record<string, unknown>;
    await setLocal(browser.worker, { settings: { ...settings, lang: 'en' } });
    const page = await open('https://mail.google.com/mail/u/0/#inbox?compose=new');
    await page.locator('[name=to] input').pressSequentially('erik.sundqvist@kungsor.se,', { delay: 5 });
    const text = await waitForPanelText(page, /Replace Erik Sundqvist with Anders Nordin/);
    expect(text).toMatch(/Warning/);
    expect(text).toMatch(/Hide advice/);
    await setLocal(browser.worker, { settings });
    await page.close();
  });
});

test('the only request outside the webmail sites is the organisation file', () => {
  expect(foreignRequests(seen, SITES, org.url)).toEqual([]);
  expect(new Set(org.requests)).toEqual(new Set(['GET /organisation.json']));
});
