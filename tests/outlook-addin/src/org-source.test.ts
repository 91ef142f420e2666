// The organisation file: cache order, background refresh, a bad file keeps the last good one.
import { describe, expect, it, vi } from 'vitest';
import {
  CACHE_KEY,
  OrganisationSource,
  isAllowedUrl,
  memoryStorage,
  organisationUrl,
  pickStorage,
  type ParseOutcome,
} from '../../../outlook-addin/src/org-source.js';

const URL1 = 'https://addin.kungsor.se/rollkoll/organisation.json';
const parse = (text: string): ParseOutcome<{ v: string }> => {
  try {
    const j = JSON.parse(text) as { v?: string };
    return j.v ? { ok: true, value: { v: j.v } } : { ok: false, detail: 'no v' };
  } catch {
    return { ok: false, detail: 'syntax' };
  }
};

function source(fetchText: (url: string) => Promise<string>, opts: { now?: () => number; storage?: ReturnType<typeof memoryStorage> } = {}) {
  const storage = opts.storage ?? memoryStorage();
  return { storage, src: new OrganisationSource({ url: URL1, parse, storage, fetchText, now: opts.now ?? (() => 1000), refreshAfterMs: 500 }) };
}

describe('OrganisationSource', () => {
  it('fetches once, then answers from memory', async () => {
    const fetchText = vi.fn(async () => '{"v":"a"}');
    const { src } = source(fetchText);
    expect(await src.get()).toMatchObject({ ok: true, value: { v: 'a' }, source: 'network' });
    expect(await src.get()).toMatchObject({ ok: true, source: 'memory' });
    expect(fetchText).toHaveBeenCalledTimes(1);
  });

  it('uses the stored copy at once in a fresh runtime, and refreshes it in the background when old', async () => {
    const storage = memoryStorage();
    await storage.setItem(CACHE_KEY, JSON.stringify({ url: URL1, fetchedAt: 0, text: '{"v":"old"}' }));
    let release!: (s: string) => void;
    const fetchText = vi.fn(() => new Promise<string>((r) => (release = r)));
    const { src } = source(fetchText, { storage });
    expect(await src.get()).toMatchObject({ ok: true, value: { v: 'old' }, source: 'storage' });
    expect(fetchText).toHaveBeenCalledTimes(1); // background refresh started, not awaited
    release('{"v":"new"}');
    await new Promise((r) => setTimeout(r, 0));
    expect(await src.get()).toMatchObject({ value: { v: 'new' } });
    expect(JSON.parse((await storage.getItem(CACHE_KEY))!).text).toBe('{"v":"new"}');
  });

  it('a bad or missing file keeps the last good one', async () => {
    let body = '{"v":"good"}';
    let fail = false;
    const { src, storage } = source(async () => {
      if (fail) throw new Error('HTTP 404');
      return body;
    });
    await src.get();
    body = '{"broken": ';
    expect(await src.refresh()).toMatchObject({ ok: true, value: { v: 'good' } });
    fail = true;
    expect(await src.refresh()).toMatchObject({ ok: true, value: { v: 'good' } });
    expect(JSON.parse((await storage.getItem(CACHE_KEY))!).text).toBe('{"v":"good"}');
  });

  it('without any good copy, reports why', async () => {
    expect(await source(async () => '{"nope":1}').src.get()).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await source(async () => Promise.reject(new Error('offline'))).src.get()).toMatchObject({ ok: false, reason: 'network' });
  });

  it('ignores a stored copy from another URL', async () => {
    const storage = memoryStorage();
    await storage.setItem(CACHE_KEY, JSON.stringify({ url: 'https://other.example/organisation.json', fetchedAt: 0, text: '{"v":"other"}' }));
    const { src } = source(async () => '{"v":"mine"}', { storage });
    expect(await src.get()).toMatchObject({ value: { v: 'mine' } });
  });

  it('accepts only absolute https URLs (http only on localhost)', async () => {
    expect(isAllowedUrl(URL1)).toBe(true);
    expect(isAllowedUrl('http://localhost:3000/organisation.json')).toBe(true);
    expect(isAllowedUrl('http://intranet.kungsor.se/organisation.json')).toBe(false);
    expect(isAllowedUrl('organisation.json')).toBe(false);
    expect(isAllowedUrl('/organisation.json')).toBe(false);
    const src = new OrganisationSource({ url: 'organisation.json', parse, storage: memoryStorage(), fetchText: async () => '{"v":"x"}' });
    expect(await src.get()).toMatchObject({ ok: false, reason: 'config' });
  });

  it('organisation.json sits beside the page, else the build-time URL', () => {
    expect(organisationUrl(URL1, 'https://host.example/addin/taskpane.html?x=1#y')).toBe('https://host.example/addin/organisation.json');
    expect(organisationUrl(URL1, undefined)).toBe(URL1);
    expect(organisationUrl(URL1, 'about:blank')).toBe(URL1);
  });
});

describe('pickStorage', () => {
  it('prefers OfficeRuntime.storage, then localStorage, then memory', async () => {
    const rt = new Map<string, string>();
    const s1 = pickStorage({ OfficeRuntime: { storage: { getItem: async (k: string) => rt.get(k) ?? null, setItem: async (k: string, v: string) => void rt.set(k, v) } } });
    await s1.setItem('a', '1');
    expect(rt.get('a')).toBe('1');
    const ls = new Map<string, string>();
    const s2 = pickStorage({ localStorage: { getItem: (k: string) => ls.get(k) ?? null, setItem: (k: string, v: string) => void ls.set(k, v) } });
    await s2.setItem('b', '2');
    expect(ls.get('b')).toBe('2');
    const s3 = pickStorage({ localStorage: { getItem: () => { throw new Error('blocked'); } } });
    await s3.setItem('c', '3');
    expect(await s3.getItem('c')).toBe('3');
  });
});
