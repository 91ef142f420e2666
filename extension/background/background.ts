// The background (a service worker in Chromium, an event page in Firefox): fetches the organisation
// file from the configured URL — the extension's only network request — validates it with the core
// and stores it; a bad file is reported and the old one kept. Registers the Roundcube content
// script for the hosts the user granted. Keeps no state of its own between events.
import { parseOrganisation } from '../../core/organisation/parse.js';
import type { OrganisationFile, Problem } from '../../core/types.js';
import { ext } from '../browser-api.js';
import {
  EXAMPLE_PATH,
  ORGANISATION_ERROR_KEY,
  ORGANISATION_KEY,
  allowedUrl,
  wantedSource,
  type OrganisationError,
  type StoredOrganisation,
} from '../organisation-source.js';
import { SETTINGS_KEY, loadSettings } from '../settings.js';
import { BUILT_IN_ORIGINS, ROUNDCUBE_SCRIPT_ID, ROUNDCUBE_SCRIPT_FILE } from './sites.js';

const MAX_BYTES = 10 * 1024 * 1024;

export type RefreshResult = { ok: true; source: string } | { ok: false; problems: Problem[] };

function problem(code: string, message: string): Problem {
  return { severity: 'error', code, path: '', message };
}

/** Parses and stores a file's text; on errors stores them and keeps the file in use. */
export async function accept(text: string, source: StoredOrganisation['source'], origin: string): Promise<RefreshResult> {
  const parsed = parseOrganisation(text);
  if (!parsed.ok) {
    const error: OrganisationError = { source, origin, at: Date.now(), problems: parsed.problems };
    await ext.localSet({ [ORGANISATION_ERROR_KEY]: error });
    return { ok: false, problems: parsed.problems };
  }
  const stored: StoredOrganisation = {
    file: parsed.organisation.file,
    source,
    origin,
    loadedAt: Date.now(),
    warnings: parsed.problems.filter((p) => p.severity === 'warning'),
  };
  await ext.localSet({ [ORGANISATION_KEY]: stored });
  await ext.localRemove(ORGANISATION_ERROR_KEY);
  return { ok: true, source };
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { cache: 'no-cache', credentials: 'omit', redirect: 'follow', referrerPolicy: 'no-referrer' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_BYTES) throw new Error('> 10 MB');
  return text;
}

let inFlight: Promise<RefreshResult> | null = null;

/** Brings the stored organisation in line with the settings (fetching when a URL is set). */
export function refresh(): Promise<RefreshResult> {
  inFlight ??= (async (): Promise<RefreshResult> => {
    const settings = await loadSettings();
    const stored = await ext.localGet<StoredOrganisation>(ORGANISATION_KEY);
    const wanted = wantedSource(settings, stored);
    if (wanted.kind === 'example' || wanted.kind === 'file') {
      if (wanted.kind === 'example') await ext.localRemove(ORGANISATION_ERROR_KEY);
      return { ok: true, source: wanted.kind };
    }
    if (!allowedUrl(wanted.url)) {
      const problems = [problem('url', `Adressen ${wanted.url} är inte tillåten: den måste börja med https://.`)];
      await ext.localSet({ [ORGANISATION_ERROR_KEY]: { source: wanted.kind, origin: wanted.url, at: Date.now(), problems } });
      return { ok: false, problems };
    }
    let text: string;
    try {
      text = await fetchText(wanted.url);
    } catch (e) {
      const problems = [problem('fetch', `Kunde inte hämta ${wanted.url}: ${(e as Error).message}`)];
      await ext.localSet({ [ORGANISATION_ERROR_KEY]: { source: wanted.kind, origin: wanted.url, at: Date.now(), problems } });
      return { ok: false, problems };
    }
    return accept(text, wanted.kind, wanted.url);
  })().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

let example: OrganisationFile | undefined;
async function exampleFile(): Promise<OrganisationFile> {
  example ??= (await (await fetch(ext.url(EXAMPLE_PATH))).json()) as OrganisationFile;
  return example;
}

/** Registers the Roundcube content script for exactly the hosts the user granted. */
export async function syncRoundcube(): Promise<void> {
  const origins = (await ext.grantedOrigins()).filter((o) => !BUILT_IN_ORIGINS.includes(o));
  const registered = await ext.scripting.getRegistered();
  if (registered.includes(ROUNDCUBE_SCRIPT_ID)) await ext.scripting.unregister([ROUNDCUBE_SCRIPT_ID]);
  if (origins.length) await ext.scripting.register(ROUNDCUBE_SCRIPT_ID, origins, [ROUNDCUBE_SCRIPT_FILE]);
}

type Message =
  | { type: 'rollkoll:refresh' }
  | { type: 'rollkoll:example' }
  | { type: 'rollkoll:options' }
  | { type: 'rollkoll:load-text'; text: string; name: string }
  | { type: 'rollkoll:enable-tab'; tabId: number };

ext.onMessage((raw) => {
  const m = raw as Message | null;
  switch (m?.type) {
    case 'rollkoll:refresh':
      return refresh();
    case 'rollkoll:example':
      return exampleFile();
    case 'rollkoll:options':
      return ext.openOptions().then(() => true);
    case 'rollkoll:load-text':
      return accept(String(m.text), 'file', String(m.name));
    case 'rollkoll:enable-tab':
      return syncRoundcube().then(() => ext.scripting.inject(m.tabId, [ROUNDCUBE_SCRIPT_FILE])).then(() => true);
    default:
      return undefined;
  }
});

ext.onInstalledOrStartup(() => {
  void refresh();
  void syncRoundcube();
});
ext.onPermissionsChanged(() => void syncRoundcube());
ext.onStorageChanged((changes, area) => {
  if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) void refresh();
});
