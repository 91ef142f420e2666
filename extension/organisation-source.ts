// Where the organisation file comes from, in this order: the URL IT set by policy, else what the
// user chose on the options page (a URL or a file), else the bundled example, which is always shown
// as an example and never silently used as if it were the municipality's real directory.
import type { OrganisationFile, Problem } from '../core/types.js';
import type { EffectiveSettings } from './settings.js';

export type SourceKind = 'managed' | 'url' | 'file' | 'example';

export interface StoredOrganisation {
  file: OrganisationFile;
  source: Exclude<SourceKind, 'example'>;
  /** The URL, or the file's name. */
  origin: string;
  loadedAt: number;
  /** Warnings the file was accepted with. */
  warnings: Problem[];
}

export interface OrganisationError {
  source: SourceKind;
  origin: string;
  at: number;
  problems: Problem[];
}

export const ORGANISATION_KEY = 'organisation';
export const ORGANISATION_ERROR_KEY = 'organisationError';
export const EXAMPLE_PATH = 'example/kungsor.organisation.json';
/** A fetched file older than this is fetched again when a compose view opens. */
export const STALE_MS = 6 * 60 * 60 * 1000;

export type Wanted = { kind: 'managed' | 'url'; url: string } | { kind: 'file' } | { kind: 'example' };

export function wantedSource(settings: EffectiveSettings, stored: StoredOrganisation | undefined): Wanted {
  if (settings.locked.includes('organisationUrl') && settings.organisationUrl) return { kind: 'managed', url: settings.organisationUrl };
  if (settings.organisationUrl) return { kind: 'url', url: settings.organisationUrl };
  if (stored?.source === 'file') return { kind: 'file' };
  return { kind: 'example' };
}

/** The stored file when it is the one wanted; undefined means: show the example. */
export function usable(wanted: Wanted, stored: StoredOrganisation | undefined): StoredOrganisation | undefined {
  if (!stored || wanted.kind === 'example') return undefined;
  if (wanted.kind === 'file') return stored.source === 'file' ? stored : undefined;
  return stored.source === wanted.kind && stored.origin === wanted.url ? stored : undefined;
}

export function isStale(stored: StoredOrganisation | undefined, now = Date.now()): boolean {
  return !stored || now - stored.loadedAt > STALE_MS;
}

/** Only http(s) URLs are fetched (https anywhere; http only on loopback, for testing and intranets on localhost). */
export function allowedUrl(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'https:') return true;
    return u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
  } catch {
    return false;
  }
}
