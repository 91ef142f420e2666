// Common steps of the end-to-end runs: configure through the real options page, and record every
// request the browser makes so a test can assert the extension's only one is the organisation file.
import type { BrowserContext, Page, Request } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Declares extra hosts in a test build's manifest: stands in for the user granting them from the
 *  options page, whose permission dialog headless Chromium cannot answer. */
export function grantHosts(extensionDir: string, hosts: string[]): void {
  const file = path.join(extensionDir, 'manifest.json');
  const m = JSON.parse(readFileSync(file, 'utf8'));
  m.host_permissions = [...m.host_permissions, ...hosts];
  writeFileSync(file, JSON.stringify(m, null, 2));
}

export async function configure(context: BrowserContext, id: string, opts: { url?: string; myAddresses?: string[] }): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  if (opts.url) {
    await page.fill('input[name=organisationUrl]', opts.url);
    await page.getByRole('button', { name: 'Spara och hämta' }).click();
    await page.getByTestId('org-current').filter({ hasText: opts.url }).waitFor({ timeout: 10_000 });
  }
  if (opts.myAddresses) {
    await page.fill('textarea[name=myAddresses]', opts.myAddresses.join('\n'));
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Sparat.').waitFor();
  }
  await page.close();
}

export function recordRequests(context: BrowserContext): Request[] {
  const seen: Request[] = [];
  context.on('request', (r) => seen.push(r));
  return seen;
}

/** Requests that are neither the page's own site nor the organisation file. */
export function foreignRequests(seen: readonly Request[], siteOrigins: readonly string[], organisationUrl: string): string[] {
  return seen
    .map((r) => r.url())
    .filter(
      (u) =>
        !u.startsWith('chrome-extension://') &&
        !u.startsWith('data:') &&
        !u.startsWith('blob:') &&
        u !== organisationUrl &&
        !siteOrigins.some((o) => u.startsWith(o)),
    );
}

export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.locator(selector).pressSequentially(text, { delay: 5 });
}
