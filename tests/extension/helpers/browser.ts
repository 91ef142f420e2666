// Chromium with the built extension loaded (Debian's chromium; never a downloaded browser), and a
// loopback server for the organisation file that counts what it is asked for.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROMIUM = '/usr/lib/chromium/chromium';
export const POLICY_DIR = '/etc/chromium/policies/managed';

/** Builds the extension into a temp dir of this test file's own (no races between workers). */
export async function buildExtension(): Promise<{ dir: string; sizes: Record<string, { bytes: number; gzip: number }> }> {
  const base = mkdtempSync(path.join(tmpdir(), 'rollkoll-ext-'));
  const dir = path.join(base, 'extension');
  const { build } = await import(path.join(root, 'extension/build.mjs'));
  const sizes = await build({ root, production: false, outDir: dir });
  return { dir, sizes };
}

/** Removes a build made by buildExtension (and only such a build). */
export function removeBuild(extensionDir: string): void {
  const base = path.dirname(extensionDir);
  if (path.basename(base).startsWith('rollkoll-ext-') && path.dirname(base) === tmpdir()) rmSync(base, { recursive: true, force: true });
}

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  id: string;
  close(): Promise<void>;
}

export async function launch(extensionDir: string, options: { locale?: string; extraArgs?: string[] } = {}): Promise<Launched> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'rollkoll-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: options.locale ?? 'sv-SE',
    viewport: { width: 1280, height: 860 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      ...(options.extraArgs ?? []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(worker.url()).host;
  return {
    context,
    worker,
    id,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      removeBuild(extensionDir);
    },
  };
}

/** Sets storage.local in the extension (as the options page would). */
export async function setLocal(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate((i) => (globalThis as any).chrome.storage.local.set(i), items);
}

export async function getLocal(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate((k) => (globalThis as any).chrome.storage.local.get(k).then((r: any) => r[k]), key);
}

/** Waits until the background has the organisation from `url` stored. */
export async function waitForOrganisation(worker: Worker, url: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const stored = (await getLocal(worker, 'organisation')) as { origin?: string } | undefined;
    if (stored?.origin === url) return;
    if (Date.now() > until) throw new Error(`organisation from ${url} was not stored: ${JSON.stringify(await getLocal(worker, 'organisationError'))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface OrgServer {
  url: string;
  /** Every request the server saw, as `METHOD path`. */
  requests: string[];
  setBody(text: string): void;
  close(): Promise<void>;
}

export function exampleOrganisation(): string {
  return readFileSync(path.join(root, 'core/example/kungsor.organisation.json'), 'utf8');
}

export async function orgServer(body = exampleOrganisation()): Promise<OrgServer> {
  const requests: string[] = [];
  let current = body;
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (req.url !== '/organisation.json') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' });
    res.end(current);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/organisation.json`,
    requests,
    setBody: (t) => (current = t),
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** Gives a test build an id of its own (a fresh key), so a policy written for it reaches no other
 *  Chromium the suite runs in parallel: policy files are global and Chromium watches the folder. */
export function ownKey(extensionDir: string): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const file = path.join(extensionDir, 'manifest.json');
  const m = JSON.parse(readFileSync(file, 'utf8'));
  m.key = der.toString('base64');
  writeFileSync(file, JSON.stringify(m, null, 2));
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Writes a Chromium managed policy for the extension; returns a function that removes it. */
export function writePolicy(id: string, settings: Record<string, unknown>): () => void {
  mkdirSync(POLICY_DIR, { recursive: true });
  const file = path.join(POLICY_DIR, `rollkoll-test-${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: settings } } }));
  return () => rmSync(file, { force: true });
}
