// Entry of taskpane.js: waits for Office (the real Office.js, or the playground's fake), loads the
// organisation file, and renders the pane. The language follows Office's display language.
import { render } from 'preact';
import { parseJsonOrganisation } from '../parse-json-organisation.js';
import type { Organisation } from '../../../core/organisation/organisation.js';
import { applyStyles } from '../../../core/ui/styles.js';
import { langFrom } from '../office-adapter.js';
import { OrganisationSource, organisationUrl, pickStorage } from '../org-source.js';
import { App, type PaneOffice } from './App.js';
import { PANE_CSS } from './styles.js';

declare const __ROLLKOLL_ORG_URL__: string;

function start(office: PaneOffice & { onReady?: (cb?: () => void) => Promise<unknown> }) {
  const root = document.getElementById('app');
  if (!root) return;
  const lang = langFrom(office.context?.displayLanguage);
  document.documentElement.lang = lang;
  document.title = lang === 'en' ? 'Rollkoll' : 'Rollkoll';
  applyStyles(document);
  const style = document.createElement('style');
  style.textContent = PANE_CSS;
  document.head.appendChild(style);
  const source = new OrganisationSource<Organisation>({
    url: organisationUrl(__ROLLKOLL_ORG_URL__, location.href),
    storage: pickStorage(window as unknown as Record<string, unknown>),
    parse: parseJsonOrganisation,
  });
  const load = (force: boolean) => (force ? source.refresh(10000) : source.get(10000));
  root.textContent = '';
  render(<App office={office} lang={lang} loadOrganisation={load} />, root);
}

const office = (window as unknown as { Office?: PaneOffice & { onReady?: (cb?: () => void) => Promise<unknown> } }).Office;
if (office && typeof office.onReady === 'function') {
  void office.onReady().then(() => start(office));
} else {
  const root = document.getElementById('app');
  if (root) root.textContent = 'Rollkoll: Office.js saknas / is missing.';
}
