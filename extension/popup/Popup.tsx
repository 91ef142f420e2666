// The toolbar popup: whether this tab is being checked (and a way to turn Roundcube on for it),
// which directory is in use, and contact lookup with the recommended path (core/ui LookupView).
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { lookup } from '../../core/lookup.js';
import type { Lang } from '../../core/types.js';
import { LookupView, firstStep } from '../../core/ui/LookupView.js';
import { ext } from '../browser-api.js';
import { originPattern } from '../background/sites.js';
import { tx } from '../pages-i18n.js';
import type { PageState } from '../pages.js';

const SITE_NAMES: Record<string, string> = { roundcube: 'Roundcube', gmail: 'Gmail', 'outlook-web': 'Outlook på webben' };

export type TabStatus = { kind: 'checked'; site: string } | { kind: 'not-checked'; origin?: string; tabId?: number };

export async function tabStatus(): Promise<TabStatus> {
  const tab = await ext.activeTab();
  if (tab?.id === undefined) return { kind: 'not-checked' };
  try {
    const s = await ext.sendToTab<{ site: string } | undefined>(tab.id, { type: 'rollkoll:status' });
    if (s?.site) return { kind: 'checked', site: s.site };
  } catch {
    // No content script in this tab.
  }
  const origin = tab.url && /^https?:/.test(tab.url) ? new URL(tab.url).origin : undefined;
  return { kind: 'not-checked', origin, tabId: tab.id };
}

export function Popup({ state, status }: { state: PageState; status: TabStatus }): JSX.Element {
  const lang: Lang = state.settings.lang;
  const [tab, setTab] = useState(status);
  const [copied, setCopied] = useState('');
  const me = state.settings.myAddresses.find((a) => state.org.personByAddress(a));
  useEffect(() => setTab(status), [status]);

  const enable = async () => {
    if (tab.kind !== 'not-checked' || !tab.origin || tab.tabId === undefined) return;
    const pattern = originPattern(tab.origin);
    if (!pattern || !(await ext.requestOrigins([pattern]))) return;
    await ext.sendMessage({ type: 'rollkoll:enable-tab', tabId: tab.tabId });
    setTab(await tabStatus());
  };

  return (
    <main class="rk-root rkx-page rkx-popup" lang={lang}>
      <div class="rkx-status-line">
        <h1>Rollkoll</h1>
        <button type="button" class="rkx-linkbtn" onClick={() => void ext.openOptions()}>
          {tx(lang, 'popup.options')}
        </button>
      </div>
      <section aria-live="polite">
        {tab.kind === 'checked' ? (
          <p class="rkx-muted">
            <span class="rkx-pill">{tx(lang, 'popup.tabChecked', { site: SITE_NAMES[tab.site] ?? tab.site })}</span>
          </p>
        ) : (
          <div class="rkx-row">
            <span class="rkx-pill rkx-off">{tx(lang, 'popup.tabNotChecked')}</span>
            {tab.origin && (
              <button type="button" class="rk-btn" onClick={() => void enable()}>
                {tx(lang, 'popup.enableRoundcube', { origin: new URL(tab.origin).host })}
              </button>
            )}
          </div>
        )}
        {state.inUse ? (
          <p class="rkx-muted">{tx(lang, 'popup.directory', { name: state.org.name })}</p>
        ) : (
          <p class="rkx-note">{tx(lang, 'popup.example')}</p>
        )}
      </section>
      <section>
        <h2>{tx(lang, 'popup.lookupHeading')}</h2>
        <p class="rkx-hint">{me ? tx(lang, 'popup.youAre', { name: state.org.personByAddress(me)?.name ?? me }) : tx(lang, 'popup.noAs')}</p>
        <LookupView
          search={(q) => lookup(state.org, q, { as: me, lang, limit: 6 })}
          lang={lang}
          from={me}
          autoFocus
          onPick={(r) => {
            const to = firstStep(r).address; // follow the path: the first step, not the contact
            void navigator.clipboard?.writeText(to).then(() => setCopied(to));
          }}
          pickLabel={(r) => (copied === firstStep(r).address ? tx(lang, 'popup.copied') : tx(lang, 'popup.copy', { address: firstStep(r).address }))}
        />
      </section>
    </main>
  );
}
