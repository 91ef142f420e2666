// The organisation file: fetched from one absolute URL (organisation.json beside the add-in, which
// the municipality's IT replaces), cached (OfficeRuntime.storage where present, else localStorage,
// else memory) and refreshed in the background. A bad or missing file keeps the last good one.
// This is the only network request Rollkoll makes. Used by both the launch events and the task pane.
import { G } from './global.js';

export interface StorageLike {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; detail: string };

export interface SourceOptions<T> {
  url: string;
  parse: (text: string) => ParseOutcome<T>;
  storage: StorageLike;
  fetchText?: (url: string, timeoutMs: number) => Promise<string>;
  now?: () => number;
  /** After this age a cached file is still used, and a fresh copy fetched in the background. */
  refreshAfterMs?: number;
}

export type Failure = 'config' | 'network' | 'invalid';
export type LoadResult<T> =
  | { ok: true; value: T; source: 'memory' | 'storage' | 'network' }
  | { ok: false; reason: Failure; detail: string };

export const CACHE_KEY = 'rollkoll.organisation.v1';

interface Cached {
  url: string;
  fetchedAt: number;
  text: string;
}

/** Absolute https URLs only (http only for localhost, for development). */
export function isAllowedUrl(url: string): boolean {
  return /^https:\/\/[^/\s]+\/\S*$/i.test(url) || /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\/\S*$/i.test(url);
}

/** organisation.json beside the page or script, else the URL fixed at build time. */
export function organisationUrl(buildTimeUrl: string, pageHref?: string): string {
  if (pageHref && /^https?:\/\//i.test(pageHref)) {
    const base = pageHref.split('#')[0]!.split('?')[0]!;
    return base.slice(0, base.lastIndexOf('/') + 1) + 'organisation.json';
  }
  return buildTimeUrl;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/** fetch where present (browser and JavaScript-only runtimes), else XMLHttpRequest. No cookies. */
export function defaultFetchText(url: string, timeoutMs: number): Promise<string> {
  const g = G as unknown as { fetch?: typeof fetch; XMLHttpRequest?: typeof XMLHttpRequest };
  if (typeof g.fetch === 'function') {
    return withTimeout(
      g.fetch(url, { credentials: 'omit', cache: 'no-cache', redirect: 'follow' }).then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.text();
      }),
      timeoutMs,
      'organisation.json',
    );
  }
  if (typeof g.XMLHttpRequest === 'function') {
    return new Promise<string>((resolve, reject) => {
      const xhr = new g.XMLHttpRequest!();
      xhr.open('GET', url);
      xhr.timeout = timeoutMs;
      xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve(xhr.responseText) : reject(new Error(`HTTP ${xhr.status}`)));
      xhr.onerror = () => reject(new Error('network error'));
      xhr.ontimeout = () => reject(new Error('timed out'));
      xhr.send();
    });
  }
  return Promise.reject(new Error('no fetch in this runtime'));
}

export function memoryStorage(): StorageLike {
  const m = new Map<string, string>();
  return {
    getItem: (k) => Promise.resolve(m.has(k) ? m.get(k)! : null),
    setItem: (k, v) => {
      m.set(k, v);
      return Promise.resolve();
    },
  };
}

/** OfficeRuntime.storage (classic Outlook's JavaScript runtime), else localStorage, else memory. */
export function pickStorage(g: Record<string, unknown> = G): StorageLike {
  const rt = g.OfficeRuntime as { storage?: StorageLike } | undefined;
  if (rt && rt.storage && typeof rt.storage.getItem === 'function') {
    const s = rt.storage;
    return {
      getItem: (k) => Promise.resolve(s.getItem(k)).catch(() => null),
      setItem: (k, v) => Promise.resolve(s.setItem(k, v)).catch(() => undefined),
    };
  }
  try {
    const ls = g.localStorage as Storage | undefined;
    if (ls && typeof ls.getItem === 'function') {
      ls.getItem(CACHE_KEY); // throws where storage is blocked
      return {
        getItem: (k) => Promise.resolve().then(() => ls.getItem(k)).catch(() => null),
        setItem: (k, v) => Promise.resolve().then(() => ls.setItem(k, v)).catch(() => undefined),
      };
    }
  } catch {
    /* blocked: memory */
  }
  return memoryStorage();
}

export class OrganisationSource<T> {
  private memory: { value: T; fetchedAt: number } | undefined;
  private refreshing: Promise<LoadResult<T>> | undefined;
  private readonly fetchText: (url: string, timeoutMs: number) => Promise<string>;
  private readonly now: () => number;
  private readonly refreshAfterMs: number;

  constructor(private readonly opts: SourceOptions<T>) {
    this.fetchText = opts.fetchText || defaultFetchText;
    this.now = opts.now || Date.now;
    this.refreshAfterMs = opts.refreshAfterMs === undefined ? 10 * 60 * 1000 : opts.refreshAfterMs;
  }

  /**
   * The organisation, as fast as possible: memory, then the stored copy (refreshed in the
   * background when old), then the network with `timeoutMs`.
   */
  async get(timeoutMs = 3000): Promise<LoadResult<T>> {
    if (!isAllowedUrl(this.opts.url)) return { ok: false, reason: 'config', detail: `not an absolute https URL: ${this.opts.url}` };
    if (this.memory) {
      this.refreshIfOld(this.memory.fetchedAt);
      return { ok: true, value: this.memory.value, source: 'memory' };
    }
    const cached = await this.readCache();
    if (cached) {
      const parsed = safeParse(this.opts.parse, cached.text);
      if (parsed.ok) {
        this.memory = { value: parsed.value, fetchedAt: cached.fetchedAt };
        this.refreshIfOld(cached.fetchedAt);
        return { ok: true, value: parsed.value, source: 'storage' };
      }
    }
    return this.refresh(timeoutMs);
  }

  /** Fetches now; on success stores and uses the new file, on failure keeps the last good one. */
  refresh(timeoutMs = 10000): Promise<LoadResult<T>> {
    if (this.refreshing) return this.refreshing;
    const run = (async (): Promise<LoadResult<T>> => {
      let text: string;
      try {
        text = await this.fetchText(this.opts.url, timeoutMs);
      } catch (e) {
        return this.fallback({ ok: false, reason: 'network', detail: e instanceof Error ? e.message : String(e) });
      }
      const parsed = safeParse(this.opts.parse, text);
      if (!parsed.ok) return this.fallback({ ok: false, reason: 'invalid', detail: parsed.detail });
      const fetchedAt = this.now();
      this.memory = { value: parsed.value, fetchedAt };
      const entry: Cached = { url: this.opts.url, fetchedAt, text };
      await this.opts.storage.setItem(CACHE_KEY, JSON.stringify(entry)).catch(() => undefined);
      return { ok: true, value: parsed.value, source: 'network' };
    })();
    this.refreshing = run;
    const clear = () => {
      this.refreshing = undefined;
    };
    run.then(clear, clear);
    return run;
  }

  private fallback(failure: LoadResult<T> & { ok: false }): LoadResult<T> {
    return this.memory ? { ok: true, value: this.memory.value, source: 'memory' } : failure;
  }

  private refreshIfOld(fetchedAt: number): void {
    if (this.now() - fetchedAt >= this.refreshAfterMs) this.refresh().catch(() => undefined);
  }

  private async readCache(): Promise<Cached | undefined> {
    try {
      const raw = await this.opts.storage.getItem(CACHE_KEY);
      if (!raw) return undefined;
      const c = JSON.parse(raw) as Cached;
      return c && c.url === this.opts.url && typeof c.text === 'string' ? c : undefined;
    } catch {
      return undefined;
    }
  }
}

function safeParse<T>(parse: (text: string) => ParseOutcome<T>, text: string): ParseOutcome<T> {
  try {
    return parse(text);
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
}
