// The background with the WebExtension API mocked: fetches the file, validates it, keeps the old
// one when the new one is bad, and stores nothing but the file and its problems.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const store: Record<string, unknown> = {};
let managed: Record<string, unknown> = {};
const listeners: Array<(m: unknown) => unknown> = [];
const registered: Array<{ id: string; matches: string[] }> = [];
let granted: string[] = [];

vi.mock('../../../extension/browser-api.js', () => ({
  ext: {
    localGet: async (k: string) => structuredClone(store[k]),
    localSet: async (items: Record<string, unknown>) => void Object.assign(store, structuredClone(items)),
    localRemove: async (k: string) => void delete store[k],
    managedGet: async () => managed,
    onStorageChanged: () => () => undefined,
    onMessage: (h: (m: unknown) => unknown) => listeners.push(h),
    onInstalledOrStartup: () => undefined,
    onPermissionsChanged: () => undefined,
    url: (p: string) => `chrome-extension://id/${p}`,
    openOptions: async () => undefined,
    grantedOrigins: async () => granted,
    scripting: {
      getRegistered: async () => registered.map((r) => r.id),
      register: async (id: string, matches: string[]) => void registered.push({ id, matches }),
      unregister: async (ids: string[]) => void registered.splice(0, registered.length, ...registered.filter((r) => !ids.includes(r.id))),
      inject: async () => undefined,
    },
  },
}));

const example = readFileSync(path.resolve(__dirname, '../../../core/example/kungsor.organisation.json'), 'utf8');
const fetched: string[] = [];
let body = example;
let status = 200;
vi.stubGlobal('fetch', async (url: string) => {
  fetched.push(url);
  return new Response(body, { status });
});

const bg = await import('../../../extension/background/background.js');

beforeEach(() => {
  for (const k of Object.keys(store)) delete store[k];
  managed = {};
  fetched.length = 0;
  body = example;
  status = 200;
});

describe('refresh', () => {
  test('fetches the URL from the options page and stores the validated file', async () => {
    store.settings = { organisationUrl: 'https://intranet.kungsor.se/rollkoll.json' };
    expect(await bg.refresh()).toEqual({ ok: true, source: 'url' });
    expect(fetched).toEqual(['https://intranet.kungsor.se/rollkoll.json']);
    expect((store.organisation as any).file.organisation.name).toBe('Kungsörs kommun');
    expect(Object.keys(store).sort()).toEqual(['organisation', 'settings']);
  });

  test('the policy URL wins', async () => {
    store.settings = { organisationUrl: 'https://mine.example/o.json' };
    managed = { organisationUrl: 'https://it.kungsor.se/o.json' };
    await bg.refresh();
    expect(fetched).toEqual(['https://it.kungsor.se/o.json']);
    expect((store.organisation as any).source).toBe('managed');
  });

  test('a bad file shows its errors and the old one stays', async () => {
    store.settings = { organisationUrl: 'https://intranet.kungsor.se/rollkoll.json' };
    await bg.refresh();
    const before = structuredClone(store.organisation);
    body = '{ "schemaVersion": 1, "organisation": ';
    const result = await bg.refresh();
    expect(result.ok).toBe(false);
    expect(store.organisation).toEqual(before);
    expect((store.organisationError as any).problems[0].line).toBeGreaterThan(0);
  });

  test('a server error is reported, the old file kept; a non-https URL is not fetched', async () => {
    store.settings = { organisationUrl: 'https://intranet.kungsor.se/rollkoll.json' };
    status = 404;
    expect((await bg.refresh()).ok).toBe(false);
    expect((store.organisationError as any).problems[0].message).toMatch(/HTTP 404/);
    store.settings = { organisationUrl: 'http://intranet.kungsor.se/rollkoll.json' };
    fetched.length = 0;
    expect((await bg.refresh()).ok).toBe(false);
    expect(fetched).toEqual([]);
  });

  test('no URL and no file: the example, nothing fetched', async () => {
    expect(await bg.refresh()).toEqual({ ok: true, source: 'example' });
    expect(fetched).toEqual([]);
  });
});

test('a file chosen on the options page is validated the same way', async () => {
  expect((await bg.accept('namn;epost;roll;förvaltning;enhet;chef\nAnna Berg;anna.berg@kungsor.se;Förvaltningschef;Socialförvaltningen;;\nBo Ek;bo.ek@kungsor.se;Medarbetare;Socialförvaltningen;Hemtjänsten;anna.berg@kungsor.se\n', 'file', 'p.csv')).ok).toBe(true);
  expect((store.organisation as any).origin).toBe('p.csv');
});

test('the Roundcube script is registered for exactly the granted hosts beyond the built-in ones', async () => {
  granted = ['https://mail.google.com/*', 'https://webmail.loopia.example/*'];
  await bg.syncRoundcube();
  expect(registered).toEqual([{ id: 'rollkoll-roundcube', matches: ['https://webmail.loopia.example/*'] }]);
  granted = ['https://mail.google.com/*'];
  await bg.syncRoundcube();
  expect(registered).toEqual([]);
});
