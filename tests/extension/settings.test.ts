import { describe, expect, test, vi } from 'vitest';

vi.mock('../../extension/browser-api.js', () => ({ ext: {} }));
const { DEFAULT_SETTINGS, fromManaged, merge, sanitize } = await import('../../extension/settings.js');
const { allowedUrl, isStale, usable, wantedSource } = await import('../../extension/organisation-source.js');

describe('settings', () => {
  test('sanitize keeps well-formed values only', () => {
    expect(
      sanitize({ organisationUrl: ' https://x.se/org.json ', myAddresses: ['A@B.se', 'nonsense', 'a@b.se'], lang: 'de', actingAs: 'tjansteperson', severity: { 'via-forvaltningschef': 'off', nope: 'off', 'narmaste-chef': 'loud' }, sendCheck: 'block' }),
    ).toEqual({ organisationUrl: 'https://x.se/org.json', myAddresses: ['a@b.se'], actingAs: 'tjansteperson', severity: { 'via-forvaltningschef': 'off' }, sendCheck: 'block' });
    expect(sanitize(null)).toEqual({});
  });

  test('policy keys override the options page and are reported as locked', () => {
    const local = sanitize({ organisationUrl: 'https://mine.se/o.json', sendCheck: 'off', lang: 'en' });
    const managed = fromManaged({ organisationUrl: 'https://it.kungsor.se/o.json', sendCheck: 'block', language: 'sv', unknown: 1 });
    const s = merge(local, managed);
    expect(s.organisationUrl).toBe('https://it.kungsor.se/o.json');
    expect(s.sendCheck).toBe('block');
    expect(s.lang).toBe('sv');
    expect(s.locked.sort()).toEqual(['lang', 'organisationUrl', 'sendCheck']);
    expect(merge({}, {})).toEqual({ ...DEFAULT_SETTINGS, locked: [] });
  });
});

describe('where the organisation file comes from', () => {
  const stored = (source: 'managed' | 'url' | 'file', origin: string) => ({ file: {} as never, source, origin, loadedAt: Date.now(), warnings: [] });
  test('policy URL, else the options page (URL, else file), else the example', () => {
    expect(wantedSource(merge({ organisationUrl: 'https://a' }, { organisationUrl: 'https://it' }), undefined)).toEqual({ kind: 'managed', url: 'https://it' });
    expect(wantedSource(merge({ organisationUrl: 'https://a' }, {}), stored('file', 'x.json'))).toEqual({ kind: 'url', url: 'https://a' });
    expect(wantedSource(merge({}, {}), stored('file', 'x.json'))).toEqual({ kind: 'file' });
    expect(wantedSource(merge({}, {}), undefined)).toEqual({ kind: 'example' });
  });
  test('a stored file is used only when it is the one wanted', () => {
    expect(usable({ kind: 'url', url: 'https://a' }, stored('url', 'https://a'))).toBeDefined();
    expect(usable({ kind: 'url', url: 'https://b' }, stored('url', 'https://a'))).toBeUndefined();
    expect(usable({ kind: 'managed', url: 'https://a' }, stored('url', 'https://a'))).toBeUndefined();
    expect(usable({ kind: 'example' }, stored('file', 'x'))).toBeUndefined();
  });
  test('https anywhere, http only on loopback', () => {
    expect(allowedUrl('https://intranet.kungsor.se/rollkoll.json')).toBe(true);
    expect(allowedUrl('http://127.0.0.1:8080/o.json')).toBe(true);
    expect(allowedUrl('http://intranet.kungsor.se/o.json')).toBe(false);
    expect(allowedUrl('file:///etc/passwd')).toBe(false);
    expect(allowedUrl('javascript:alert(1)')).toBe(false);
  });
  test('staleness', () => {
    expect(isStale(undefined)).toBe(true);
    expect(isStale({ ...stored('url', 'x'), loadedAt: 0 }, 7 * 3600_000)).toBe(true);
    expect(isStale({ ...stored('url', 'x'), loadedAt: 0 }, 3600_000)).toBe(false);
  });
});
