// What every compose view on the page shares: the effective settings and the organisation in use
// (with the user's severity and send-check overrides applied), kept current from storage.
import { Organisation } from '../../core/organisation/organisation.js';
import type { OrganisationFile, SendCheck } from '../../core/types.js';
import { ext } from '../browser-api.js';
import { ORGANISATION_KEY, isStale, usable, wantedSource, type StoredOrganisation } from '../organisation-source.js';
import { SETTINGS_KEY, loadSettings, type EffectiveSettings } from '../settings.js';

export interface Context {
  settings: EffectiveSettings;
  org: Organisation;
  example: boolean;
  sendCheck: SendCheck;
}

export function withOverrides(file: OrganisationFile, settings: EffectiveSettings): OrganisationFile {
  return {
    ...file,
    policy: { ...file.policy, severity: { ...file.policy?.severity, ...settings.severity } },
  };
}

export function effectiveSendCheck(org: Organisation, settings: EffectiveSettings): SendCheck {
  return settings.sendCheck === 'organisation' ? org.policy.sendCheck : settings.sendCheck;
}

export async function loadContext(): Promise<Context> {
  const [settings, stored] = await Promise.all([loadSettings(), ext.localGet<StoredOrganisation>(ORGANISATION_KEY)]);
  const wanted = wantedSource(settings, stored);
  let file = usable(wanted, stored)?.file;
  const example = !file;
  if ((wanted.kind === 'managed' || wanted.kind === 'url') && isStale(usable(wanted, stored))) {
    // The background fetches; the stored file changes and we are told through storage.onChanged.
    void ext.sendMessage({ type: 'rollkoll:refresh' }).catch(() => undefined);
  }
  if (!file) file = await ext.sendMessage<OrganisationFile>({ type: 'rollkoll:example' });
  const org = new Organisation(withOverrides(file, settings));
  return { settings, org, example, sendCheck: effectiveSendCheck(org, settings) };
}

/** Calls `onChange` when settings, policy or the organisation file change. */
export function watchContext(onChange: () => void): () => void {
  return ext.onStorageChanged((changes, area) => {
    if (area === 'managed' || SETTINGS_KEY in changes || ORGANISATION_KEY in changes) onChange();
  });
}
