// The build: manifest (least permissions, policy schema, Firefox id, fixed Chromium id, strict CSP),
// locales, the store zip, content-script sizes, and Mozilla's addons-linter with no error.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { buildExtension, removeBuild, root } from './helpers/browser.js';
import { MANAGED_KEYS } from '../../extension/settings.js';
// @ts-expect-error plain .mjs module
import { CHROMIUM_ID, PUBLIC_KEY } from '../../extension/manifest.mjs';
import { createHash } from 'node:crypto';

vi.mock('../../extension/browser-api.js', () => ({ ext: {} }));

let dir: string;
let sizes: Record<string, { bytes: number; gzip: number }>;
let manifest: any;

beforeAll(async () => {
  ({ dir, sizes } = await buildExtension());
  manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
}, 60_000);
afterAll(() => removeBuild(dir));

describe('manifest', () => {
  test('MV3, Swedish by default, least permissions', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.default_locale).toBe('sv');
    expect(manifest.permissions.sort()).toEqual(['scripting', 'storage']);
    expect(manifest.host_permissions.sort()).toEqual([
      'https://mail.google.com/*',
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.content_security_policy.extension_pages).toMatch(/script-src 'self';/);
    expect(manifest.content_security_policy.extension_pages).toMatch(/object-src 'none'/);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  test('one build for Chromium and Firefox', () => {
    expect(manifest.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'] });
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  test('the key fixes the Chromium id that policies name', () => {
    const hex = createHash('sha256').update(Buffer.from(PUBLIC_KEY, 'base64')).digest('hex').slice(0, 32);
    const id = [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
    expect(id).toBe(CHROMIUM_ID);
    expect(manifest.key).toBe(PUBLIC_KEY);
  });

  test('the policy schema offers exactly the managed settings', () => {
    const schema = JSON.parse(readFileSync(path.join(dir, manifest.storage.managed_schema), 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual(Object.values(MANAGED_KEYS).sort());
  });

  test('Swedish and English locales hold the same messages, with å ä ö intact', () => {
    const sv = JSON.parse(readFileSync(path.join(dir, '_locales/sv/messages.json'), 'utf8'));
    const en = JSON.parse(readFileSync(path.join(dir, '_locales/en/messages.json'), 'utf8'));
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
    expect(sv.extDescription.message).toMatch(/Råd om kommunikationsvägar/);
    for (const m of manifest.name.match(/__MSG_(\w+)__/g) ?? []) expect(sv[m.slice(6, -2)]).toBeDefined();
  });

  test('every file the manifest names exists, and the example is bundled', () => {
    const named = [
      manifest.background.service_worker,
      manifest.action.default_popup,
      manifest.options_ui.page,
      ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
      ...Object.values(manifest.icons),
      'content/roundcube.js',
      'example/kungsor.organisation.json',
    ];
    for (const f of named) expect(existsSync(path.join(dir, f as string)), f as string).toBe(true);
  });
});

test('the store zip holds the build without source maps', () => {
  const zip = unzipSync(readFileSync(path.join(path.dirname(dir), 'rollkoll-extension.zip')));
  expect(Object.keys(zip)).toContain('manifest.json');
  expect(Object.keys(zip)).toContain('content/gmail.js');
  expect(Object.keys(zip).filter((n) => n.endsWith('.map'))).toEqual([]);
});

test('each content script is at most 50 KB gzipped', () => {
  for (const name of ['content/roundcube.js', 'content/gmail.js', 'content/outlook-web.js']) {
    expect(sizes[name]!.gzip, name).toBeLessThanOrEqual(50 * 1024);
  }
  console.log('extension sizes (gzip):', Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, `${(v.gzip / 1024).toFixed(1)} KB`])));
});

test('addons-linter reports no error', async () => {
  const bin = path.join(root, 'node_modules/.bin/addons-linter');
  const { stdout } = await promisify(execFile)(bin, ['--output', 'json', dir], { maxBuffer: 20 * 1024 * 1024 }).catch((e) => e);
  const report = JSON.parse(stdout);
  expect(report.errors.map((e: { code: string; message: string; file?: string }) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
}, 60_000);
