// Shared by the popup and the options page: the organisation in use, as the content scripts see it.
import { Organisation } from '../core/organisation/organisation.js';
import type { OrganisationFile } from '../core/types.js';
import { applyStyles } from '../core/ui/styles.js';
import { ext } from './browser-api.js';
import { ORGANISATION_ERROR_KEY, ORGANISATION_KEY, usable, wantedSource, type OrganisationError, type StoredOrganisation } from './organisation-source.js';
import { PAGES_CSS } from './pages-css.js';
import { loadSettings, type EffectiveSettings } from './settings.js';

export interface PageState {
  settings: EffectiveSettings;
  stored: StoredOrganisation | undefined;
  inUse: StoredOrganisation | undefined;
  error: OrganisationError | undefined;
  org: Organisation;
}

export async function loadPageState(): Promise<PageState> {
  const [settings, stored, error] = await Promise.all([
    loadSettings(),
    ext.localGet<StoredOrganisation>(ORGANISATION_KEY),
    ext.localGet<OrganisationError>(ORGANISATION_ERROR_KEY),
  ]);
  const inUse = usable(wantedSource(settings, stored), stored);
  const file = inUse?.file ?? (await ext.sendMessage<OrganisationFile>({ type: 'rollkoll:example' }));
  return { settings, stored, inUse, error, org: new Organisation(file) };
}

export function pageStyles(): void {
  applyStyles(document);
  const style = document.createElement('style');
  style.textContent = PAGES_CSS;
  document.head.appendChild(style);
}
