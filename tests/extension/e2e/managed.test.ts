// Settings pushed by policy reach the extension and override the options page: a policy file in
// Chromium's managed-policy folder (3rdparty.extensions.<id>, checked against managed-schema.json).
// Needs root to write /etc/chromium/policies/managed; the file is removed afterwards.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildExtension, exampleOrganisation, launch, orgServer, ownKey, setLocal, waitForOrganisation, writePolicy, type Launched, type OrgServer } from '../helpers/browser.js';
import { clickInPanel, panelText, waitForPanelText } from '../helpers/panel.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../helpers/browser.js';

let browser: Launched;
let fromPolicy: OrgServer;
let fromOptions: OrgServer;
let removePolicy: () => void = () => undefined;

beforeAll(async () => {
  const policyOrg = JSON.parse(exampleOrganisation());
  policyOrg.organisation.name = 'Kungsörs kommun (från policy)';
  fromPolicy = await orgServer(JSON.stringify(policyOrg));
  fromOptions = await orgServer();
  const { dir } = await buildExtension();
  // A key (so an id) of this test's own: the policy must not reach the other suites' browsers.
  // That the shipped key gives the documented id is checked in build.test.ts and pages.test.ts.
  const id = ownKey(dir);
  removePolicy = writePolicy(id, {
    organisationUrl: fromPolicy.url,
    sendCheck: 'block',
    myAddresses: ['karin.oberg@kungsor.se'],
  });
  browser = await launch(dir);
  expect(browser.id).toBe(id);
  await browser.context.route('https://outlook.office.com/**', (r) =>
    r.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(path.join(root, 'tests/extension/fixtures/outlook-compose.html'), 'utf8') }),
  );
}, 120_000);

afterAll(async () => {
  removePolicy();
  await browser?.close();
  await fromPolicy?.close();
  await fromOptions?.close();
});

test('the policy URL wins over the options page, and the options page shows it locked', async () => {
  // The user had chosen another file on the options page.
  await setLocal(browser.worker, { settings: { organisationUrl: fromOptions.url, sendCheck: 'off', myAddresses: [] } });
  await waitForOrganisation(browser.worker, fromPolicy.url);
  expect(fromOptions.requests).toEqual([]);

  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.id}/options.html`);
  await expect.poll(() => page.getByTestId('org-current').innerText()).toMatch(/från policy.*inställt av IT/s);
  expect(await page.locator('input[name=organisationUrl]').isDisabled()).toBe(true);
  expect(await page.locator('select[name=sendCheck]').isDisabled()).toBe(true);
  expect(await page.getByText('Inställt av IT').count()).toBeGreaterThanOrEqual(3);
  await page.close();
});

test('policy sendCheck "block" holds Send with no way past it', async () => {
  const page = await browser.context.newPage();
  await page.goto('https://outlook.office.com/mail/');
  await page.waitForSelector('rollkoll-panel', { state: 'attached' });
  await page.locator('[role=textbox][aria-label=Till]').nth(1).click();
  await page.keyboard.type('lena.bjork@kungsor.se');
  await page.keyboard.press('Enter');
  await waitForPanelText(page, /Varning/, 1);
  await page.locator('[role=region][aria-label="Nytt meddelande"] button[aria-label=Skicka]').click();
  const text = await waitForPanelText(page, /ska åtgärdas innan brevet skickas/, 1);
  expect(text).not.toMatch(/Skicka ändå/);
  await clickInPanel(page, /^Gå tillbaka$/, 1);
  expect(await page.evaluate(() => (window as any).__sent)).toBeUndefined();
  // Fixing the warning lets the message go.
  await clickInPanel(page, /Ersätt Lena Björk med Anders Nordin/, 1);
  await expect.poll(() => panelText(page, 1)).not.toMatch(/Varning/);
  await page.locator('[role=region][aria-label="Nytt meddelande"] button[aria-label=Skicka]').click();
  await expect.poll(() => page.evaluate(() => (window as any).__sent)).toEqual(['Nytt meddelande']);
  await page.close();
});
