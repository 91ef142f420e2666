// Meddelarfrihet and efterforskningsförbud: nothing leaves the user's device except the fetch of the
// organisation file, and nothing about what anyone writes is logged. This test reads every product
// source file and allows network calls only in the modules that fetch the organisation file.
// (The browser tests add the runtime proof: request interception during real sessions.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const PRODUCT_DIRS = ['core', 'outlook-addin/src', 'extension'];

/** The only modules that may open a connection: each fetches the organisation file and nothing else. */
const ORGANISATION_FILE_LOADERS = new Set([
  'outlook-addin/src/org-source.ts', // organisation.json beside the add-in, absolute URL
  'extension/background/background.ts', // the managed/options URL, or the bundled example inside the extension
]);

const NETWORK = /\bfetch\s*\(|XMLHttpRequest|sendBeacon|new\s+WebSocket|EventSource\s*\(|RTCPeerConnection|importScripts\s*\(/;
const LOGGING = /\bconsole\.(log|info|warn|error|debug|trace|dir|table)\s*\(/;
/** Hosts code may name: loopback, Office.js on Microsoft's CDN, the webmail sites the extension runs on, example domains. */
const NAMED_HOSTS_ALLOWED = /^(localhost|127\.0\.0\.1|appsforoffice\.microsoft\.com|mail\.google\.com|outlook\.(office|office365|live)\.com|(\*\.)?[a-z0-9.-]+\.example(\.se)?|example\.(se|com|org))$/i;
const REMOTE_URL = /https?:\/\/([a-z0-9*.-]+\.[a-z]{2,})/gi;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx|js|mjs)$/.test(name) && !/\.(test|d)\.ts$/.test(name) && !name.endsWith('build.mjs')) out.push(rel);
  }
  return out;
}

const files = PRODUCT_DIRS.flatMap(sources);
const code = (file: string) =>
  readFileSync(path.join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

describe('privacy', () => {
  it('reads the product sources', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const loader of ORGANISATION_FILE_LOADERS) expect(files).toContain(loader);
  });

  it('opens network connections only in the organisation-file loaders', () => {
    const offenders = files.filter((f) => !ORGANISATION_FILE_LOADERS.has(f) && NETWORK.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('logs nothing to the console (no content, no recipients)', () => {
    expect(files.filter((f) => LOGGING.test(code(f)))).toEqual([]);
  });

  it('names no remote host in code (no telemetry endpoints)', () => {
    const offenders = files.filter((f) => f.startsWith('core/') || f.startsWith('outlook-addin/src') || f.startsWith('extension/'))
      .filter((f) => !f.startsWith('core/example/'))
      .map((f) => [f, [...code(f).matchAll(REMOTE_URL)].map((m) => m[1]!).filter((host) => !NAMED_HOSTS_ALLOWED.test(host))] as const)
      .filter(([, hosts]) => hosts.length > 0);
    expect(offenders).toEqual([]);
  });

  it('takes no dependency known to phone home', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    for (const bad of ['@inboxsdk/core', 'inboxsdk', 'office-addin-usage-data', 'office-addin-mock', 'applicationinsights', '@sentry/browser', 'posthog-js']) {
      expect(deps).not.toContain(bad);
    }
  });
});
