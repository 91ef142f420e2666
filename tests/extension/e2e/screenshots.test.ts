// Screenshots of the panel, popup and options page in Swedish, for the README and for looking at.
// Not part of the test suite: `npm run screenshots` runs it (vitest.config.ts leaves it out otherwise).
import { afterAll, beforeAll, test } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildExtension, launch, orgServer, root, waitForOrganisation, type Launched, type OrgServer } from '../helpers/browser.js';
import { configure } from '../helpers/setup.js';
import { clickInPanel, waitForPanelText } from '../helpers/panel.js';

const out = process.env.RK_SCREENSHOTS;
let browser: Launched;
let org: OrgServer;

beforeAll(async () => {
  if (!out) return;
  mkdirSync(out, { recursive: true });
  const { dir } = await buildExtension();
  browser = await launch(dir);
  org = await orgServer();
  await configure(browser.context, browser.id, { url: org.url });
  await waitForOrganisation(browser.worker, org.url);
  await browser.context.route('https://mail.google.com/**', (r) =>
    r.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(path.join(root, 'tests/extension/fixtures/gmail-compose.html'), 'utf8') }),
  );
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await org?.close();
});

test.runIf(out)('screenshots', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 1000 });
  await page.goto('https://mail.google.com/mail/u/0/#inbox?compose=new');
  await page.waitForSelector('rollkoll-panel', { state: 'attached' });
  await page.locator('[name=to] input').pressSequentially('erik.sundqvist@kungsor.se,', { delay: 5 });
  await page.fill('input[name=subjectbox]', 'Skolskjutsen till hösten');
  await page.locator('[role=textbox]').fill('Hej Erik! Hur är det tänkt med skolskjutsen till hösten?');
  await waitForPanelText(page, /Ersätt Erik Sundqvist/);
  await clickInPanel(page, /Varför\?/);
  await page.waitForTimeout(300);
  await page.locator('[role=dialog]').screenshot({ path: path.join(out!, 'extension-panel.png') });

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.id}/options.html`);
  await popup.fill('textarea[name=myAddresses]', 'birgitta.sandberg@politik.example');
  await popup.getByRole('button', { name: 'Spara', exact: true }).click();
  await popup.getByText('Sparat.').waitFor();
  await popup.setViewportSize({ width: 900, height: 1300 });
  await popup.screenshot({ path: path.join(tmpdir(), 'rollkoll-extension-options.png'), fullPage: true }); // to look at, not for the README
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.id}/popup.html`);
  await popup.getByRole('searchbox').or(popup.getByRole('textbox')).first().fill('Kung Karls skola');
  await popup.waitForTimeout(800);
  await popup.screenshot({ path: path.join(out!, 'extension-popup.png') });
});
