// Chromium (Debian's, through playwright-core) on the playground: the real task pane around a fake
// Outlook. Type a recipient, see the warning, apply the fix; the lookup picture; read-mode routing;
// the Smart Alerts dialog; English; axe-core; a display name holding HTML never runs; and no
// request leaves localhost.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildAddin } from '../helpers.js';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = process.env.ROLLKOLL_SCREENSHOTS; // a folder: also save screenshots of the pane

let browser: Browser;
let server: { close(): void };
let base = '';
const outside: string[] = [];

beforeAll(async () => {
  const built = await buildAddin();
  const { startServer } = (await import(path.join(ROOT, 'outlook-addin/serve.mjs'))) as {
    startServer(o: Record<string, unknown>): Promise<{ server: { close(): void }; url: string }>;
  };
  const s = await startServer({ addinDir: built.outDir, playgroundDir: built.playgroundDir, host: '127.0.0.1', port: 0 });
  server = s.server;
  base = s.url.replace('//localhost', '//127.0.0.1');
  browser = await chromium.launch({
    executablePath: '/usr/lib/chromium/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  // Privacy: nothing in any test left the machine.
  expect(outside).toEqual([]);
});

async function open(): Promise<{ page: Page; pane: () => Promise<Frame> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'data:' || u.hostname === '127.0.0.1' || u.hostname === 'localhost') return route.continue();
    outside.push(u.href);
    return route.abort();
  });
  await page.goto(`${base}/playground/`);
  await page.getByRole('button', { name: 'Politiker skriver till en lärare' }).waitFor();
  const pane = async () => {
    const handle = await page.waitForSelector('#pg-pane');
    const f = (await handle.contentFrame())!;
    await f.waitForSelector('.rk-pane');
    return f;
  };
  (page as unknown as { errors: string[] }).errors = errors;
  return { page, pane };
}

async function axe(frame: Frame | Page): Promise<Array<{ id: string; impact: string; nodes: unknown[] }>> {
  await frame.evaluate(AXE);
  const result = await frame.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(o: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run({
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => (n as { target: unknown }).target) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('playground', () => {
  it('type a recipient, see the warning, apply the fix, see the recipient replaced', async () => {
    const { page, pane } = await open();
    await page.selectOption('#pg-from', 'karin.oberg@kungsor.se');
    let f = await pane();
    await page.fill('#pg-to', 'erik.sundqvist@kungsor.se');
    await page.press('#pg-to', 'Enter');
    f = await pane();
    const warning = f.locator('.rk-finding-warning');
    await warning.waitFor();
    await expect.poll(() => warning.innerText()).toContain('förvaltningschefen för Barn- och utbildningsförvaltningen');
    // The info bar from the real launchevent.js
    await expect.poll(() => page.locator('.pg-infobar').innerText()).toContain('Rollkoll:');
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.locator('#pg-pane').screenshot({ path: path.join(SHOTS, 'pane-sv.png') });
      await page.screenshot({ path: path.join(SHOTS, 'playground-sv.png') });
    }
    const serious = await axe(f);
    expect(serious, JSON.stringify(serious)).toEqual([]);
    await f.getByRole('button', { name: 'Ersätt Erik Sundqvist med Anders Nordin' }).click();
    await expect.poll(() => page.inputValue('#pg-to')).toBe('Anders Nordin <anders.nordin@kungsor.se>');
    await expect.poll(() => f.locator('.rk-finding').count()).toBe(0);
    await expect.poll(() => f.locator('.rk-status').innerText()).toContain('Klart');
    await expect.poll(() => page.locator('.pg-infobar').count()).toBe(0);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('Send with a warning shows the Smart Alerts text; Send anyway sends', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Politiker skriver till en lärare' }).click();
    await page.locator('.pg-infobar').waitFor();
    await page.getByRole('button', { name: 'Skicka', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Rollkoll har ett råd enligt riktlinjen');
    await page.getByRole('button', { name: 'Skicka ändå' }).click();
    await expect.poll(() => page.locator('.pg-sent').innerText()).toContain('skickades');
    await page.close();
  });

  it('the lookup shows the path as a picture (you → förvaltningschef → contact)', async () => {
    const { page, pane } = await open();
    await page.getByRole('button', { name: 'Politiker skriver till en lärare' }).click();
    const f = await pane();
    await f.getByRole('tab', { name: 'Hitta kontakt' }).click();
    await f.getByRole('searchbox').or(f.getByRole('textbox')).first().fill('Erik Sundqvist');
    const path1 = f.locator('ol.rk-path').first();
    await path1.waitFor();
    const steps = await path1.locator('li').allInnerTexts();
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps[0]).toContain('Du');
    expect(steps.join(' | ')).toContain('Anders Nordin');
    expect(steps[steps.length - 1]).toContain('Erik Sundqvist');
    const serious = await axe(f);
    expect(serious, JSON.stringify(serious)).toEqual([]);
    if (SHOTS) await page.locator('#pg-pane').screenshot({ path: path.join(SHOTS, 'pane-lookup-sv.png') });
    await page.close();
  });

  it('read mode: a media request is routed (vad-fråga → the ordförande) with the communicator and a forward draft', async () => {
    const { page, pane } = await open();
    await page.getByRole('radio', { name: 'Läsa mejl' }).check();
    const f = await pane();
    const route = f.locator('.rk-route');
    await route.waitFor();
    const text = await route.innerText();
    expect(text).toContain('Vad-fråga');
    expect(text).toContain('Karin Öberg');
    expect(text).toMatch(/Kommunikatör/);
    await f.getByRole('button', { name: 'Skapa vidarebefordran' }).click();
    const draft = page.locator('.pg-draft');
    await draft.waitFor();
    expect(await draft.innerText()).toContain('karin.oberg@kungsor.se');
    expect(await draft.innerText()).toContain('VB: Fråga om Hagaskolan');
    if (SHOTS) await page.locator('#pg-pane').screenshot({ path: path.join(SHOTS, 'pane-read-sv.png') });
    const serious = await axe(f);
    expect(serious, JSON.stringify(serious)).toEqual([]);
    await page.close();
  });

  it('English when Outlook is in English', async () => {
    const { page, pane } = await open();
    await page.getByRole('button', { name: 'Politiker skriver till en lärare' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    const f = await pane();
    await f.getByRole('tab', { name: 'Advice' }).waitFor();
    await expect.poll(() => f.locator('.rk-finding-warning').innerText()).toMatch(/head of|Anders Nordin/);
    expect(await f.locator('html').getAttribute('lang')).toBe('en');
    if (SHOTS) await page.locator('#pg-pane').screenshot({ path: path.join(SHOTS, 'pane-en.png') });
    await page.close();
  });

  it('a display name holding HTML is shown as text, never run', async () => {
    const { page, pane } = await open();
    await page.evaluate(() => {
      const w = window as unknown as { rollkollPlayground: { box: { setFrom(r: unknown): void; setField(f: string, l: unknown[]): void } } };
      w.rollkollPlayground.box.setFrom({ address: 'karin.oberg@kungsor.se', name: 'Karin Öberg' });
      w.rollkollPlayground.box.setField('to', [{ address: 'erik.sundqvist@kungsor.se', name: '<img src=x onerror="window.top.__pwned=1">Erik' }]);
    });
    const f = await pane();
    await f.locator('.rk-finding').first().waitFor();
    await expect.poll(() => f.locator('.rk-finding').first().innerText()).toContain('<img src=x onerror="window.top.__pwned=1">Erik');
    expect(await f.locator('.rk-finding img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('the playground page itself has no serious accessibility violation', async () => {
    const { page } = await open();
    const serious = await axe(page);
    expect(serious, JSON.stringify(serious)).toEqual([]);
    await page.close();
  });
});
