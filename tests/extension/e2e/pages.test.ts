// The options page and popup in Chromium: organisation file from a URL or a file, a bad file shows
// its errors and keeps the old one, the example is labelled as an example, lookup shows the path.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildExtension, exampleOrganisation, launch, type Launched } from '../helpers/browser.js';
// @ts-expect-error plain .mjs module
import { CHROMIUM_ID } from '../../../extension/manifest.mjs';

let browser: Launched;
const files = mkdtempSync(path.join(tmpdir(), 'rollkoll-files-'));

beforeAll(async () => {
  const { dir } = await buildExtension();
  browser = await launch(dir);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  rmSync(files, { recursive: true, force: true });
});

test('the shipped key gives the documented Chromium id', () => {
  expect(browser.id).toBe(CHROMIUM_ID);
});

test('options: the example is labelled; a good file is used; a bad file shows its errors and the old one stays', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.id}/options.html`);
  await expect.poll(() => page.getByTestId('org-current').innerText()).toMatch(/exempelkatalogen.*bara ett exempel/s);

  const good = path.join(files, 'kommun.json');
  writeFileSync(good, exampleOrganisation());
  await page.setInputFiles('input[name=organisationFile]', good);
  await expect.poll(() => page.getByTestId('org-current').innerText()).toMatch(/I bruk: Kungsörs kommun, från filen kommun\.json/);

  const bad = path.join(files, 'trasig.json');
  writeFileSync(bad, '{\n  "schemaVersion": 1,\n  "organisation": { "name": "Trasig" \n');
  await page.setInputFiles('input[name=organisationFile]', bad);
  const error = page.getByTestId('org-error');
  await expect.poll(() => error.innerText()).toMatch(/den tidigare katalogen gäller fortfarande/);
  expect(await error.innerText()).toMatch(/trasig\.json/);
  expect(await error.innerText()).toMatch(/\d+(:\d+)?: /); // a line (and column) for the syntax error
  expect(await page.getByTestId('org-current').innerText()).toMatch(/från filen kommun\.json/);

  const csv = path.join(files, 'personal.csv');
  writeFileSync(csv, 'namn;epost;roll;förvaltning;enhet;chef\nAnna Berg;anna.berg@kungsor.se;Förvaltningschef;Socialförvaltningen;;\nBo Ek;bo.ek@kungsor.se;Medarbetare;Socialförvaltningen;Hemtjänsten;anna.berg@kungsor.se\n');
  await page.setInputFiles('input[name=organisationFile]', csv);
  await expect.poll(() => page.getByTestId('org-current').innerText()).toMatch(/från filen personal\.csv/);
  await page.close();
});

test('popup: says the tab is not checked, and looks up a contact with the recommended path', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.id}/options.html`);
  await page.getByRole('button', { name: 'Använd exemplet' }).click();
  await page.fill('textarea[name=myAddresses]', 'birgitta.sandberg@politik.example');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await page.getByText('Sparat.').waitFor();

  await page.goto(`chrome-extension://${browser.id}/popup.html`);
  await page.getByText('Exempelkatalog – inte kommunens riktiga.').waitFor();
  await page.getByText('Den här fliken kontrolleras inte.').waitFor();
  await page.getByRole('searchbox').or(page.getByRole('textbox')).first().fill('Kung Karls skola');
  await expect.poll(() => page.locator('main').innerText(), { timeout: 5000 }).toMatch(/Anders Nordin/);
  await page.close();
});
