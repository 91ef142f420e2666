// The options page: the organisation file (URL or file, JSON or CSV; a bad file shows its errors
// and the old one stays), "which addresses are mine", the role to act in, language, send check,
// and Roundcube hosts. Keys set by policy are shown and locked.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Lang, Problem } from '../../core/types.js';
import { ext } from '../browser-api.js';
import { BUILT_IN_ORIGINS, originPattern } from '../background/sites.js';
import { tx, type PageKey as ExtKey } from '../pages-i18n.js';
import { ORGANISATION_KEY, allowedUrl } from '../organisation-source.js';
import type { PageState } from '../pages.js';
import { saveSettings, type Settings } from '../settings.js';

export interface OptionsProps {
  state: PageState;
  origins: string[];
  reload: () => Promise<void>;
}

function when(lang: Lang, at: number | undefined): string {
  return at ? new Date(at).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : tx(lang, 'options.never');
}

function Locked({ lang, on }: { lang: Lang; on: boolean }): JSX.Element | null {
  return on ? <span class="rkx-locked">{tx(lang, 'options.locked')}</span> : null;
}

function Problems({ problems }: { problems: readonly Problem[] }): JSX.Element {
  return (
    <ul>
      {problems.slice(0, 50).map((p, i) => (
        <li key={i}>
          {p.line ? `${p.line}${p.column ? `:${p.column}` : ''}: ` : ''}
          {p.message}
        </li>
      ))}
      {problems.length > 50 && <li>… ({problems.length - 50})</li>}
    </ul>
  );
}

export function Options({ state, origins, reload }: OptionsProps): JSX.Element {
  const { settings, inUse, error } = state;
  const lang = settings.lang;
  const locked = (k: keyof Settings) => settings.locked.includes(k);
  const [url, setUrl] = useState(settings.organisationUrl);
  const [mine, setMine] = useState(settings.myAddresses.join('\n'));
  const [actingAs, setActingAs] = useState(settings.actingAs);
  const [language, setLanguage] = useState<Lang>(settings.lang);
  const [sendCheck, setSendCheck] = useState(settings.sendCheck);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [site, setSite] = useState('');
  const [siteMessage, setSiteMessage] = useState('');

  const fetchNow = async () => {
    if (!allowedUrl(url.trim())) return setMessage(tx(lang, 'options.badUrl'));
    setBusy(true);
    setMessage('');
    await saveSettings({ organisationUrl: url.trim() });
    await ext.sendMessage({ type: 'rollkoll:refresh' });
    setBusy(false);
    await reload();
  };
  const loadFile = async (e: Event) => {
    const f = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!f) return;
    setBusy(true);
    const result = await ext.sendMessage<{ ok: boolean }>({ type: 'rollkoll:load-text', text: await f.text(), name: f.name });
    if (result.ok) await saveSettings({ organisationUrl: '' });
    setBusy(false);
    await reload();
  };
  const useExample = async () => {
    await saveSettings({ organisationUrl: '' });
    await ext.localRemove(ORGANISATION_KEY);
    await reload();
  };
  const save = async (e: Event) => {
    e.preventDefault();
    await saveSettings({ myAddresses: mine.split(/[\s,;]+/), actingAs, lang: language, sendCheck });
    setMessage(tx(language, 'options.saved'));
    await reload();
  };
  const addSite = async (e: Event) => {
    e.preventDefault();
    const pattern = originPattern(site.trim());
    if (!pattern) return;
    const granted = await ext.requestOrigins([pattern]);
    setSiteMessage(granted ? '' : tx(lang, 'options.siteDenied'));
    if (granted) setSite('');
    await reload();
  };

  const current = inUse
    ? tx(lang, `options.current.${inUse.source}` as ExtKey, { name: state.org.name, origin: inUse.origin, when: when(lang, inUse.loadedAt) })
    : tx(lang, 'options.current.example');
  const roundcubeOrigins = origins.filter((o) => !BUILT_IN_ORIGINS.includes(o));

  return (
    <main class="rk-root rkx-page rkx-options" lang={lang}>
      <h1>{tx(lang, 'options.title')}</h1>
      <p class="rkx-muted">{tx(lang, 'options.intro')}</p>

      <section aria-labelledby="org-h">
        <h2 id="org-h">{tx(lang, 'options.orgHeading')}</h2>
        <p class={inUse ? 'rkx-muted' : 'rkx-note'} data-testid="org-current">
          {current}
        </p>
        {inUse && inUse.warnings.length > 0 && <p class="rkx-hint">{tx(lang, 'options.warnings', { count: inUse.warnings.length })}</p>}
        {error && (
          <div class="rkx-error" role="alert" data-testid="org-error">
            <strong>{tx(lang, 'options.errorHeading')}</strong>
            <p>{tx(lang, 'options.errorSource', { origin: error.origin })}</p>
            <Problems problems={error.problems} />
          </div>
        )}
        <label>
          <span>
            {tx(lang, 'options.orgUrl')}
            <Locked lang={lang} on={locked('organisationUrl')} />
          </span>
          <input type="url" name="organisationUrl" value={url} disabled={locked('organisationUrl')} placeholder="https://" onInput={(e) => setUrl(e.currentTarget.value)} />
          <span class="rkx-hint">{tx(lang, 'options.orgUrlHint')}</span>
        </label>
        <div class="rkx-row">
          <button type="button" class="rk-btn rk-btn-primary" disabled={busy || locked('organisationUrl')} onClick={() => void fetchNow()}>
            {tx(lang, 'options.fetch')}
          </button>
          <button type="button" class="rk-btn" disabled={busy || locked('organisationUrl')} onClick={() => void useExample()}>
            {tx(lang, 'options.useExample')}
          </button>
        </div>
        <div>
          <p class="rkx-label">{tx(lang, 'options.orgFile')}</p>
          <label class="rkx-file">
            <input type="file" name="organisationFile" accept=".json,.csv,application/json,text/csv" disabled={busy || locked('organisationUrl')} onChange={(e) => void loadFile(e)} />
            <span class="rk-btn" aria-hidden="true">
              {tx(lang, 'options.chooseFile')}
            </span>
            <span class="rkx-hint">{tx(lang, 'options.fileKinds')}</span>
          </label>
        </div>
        {message && !message.startsWith(tx(language, 'options.saved')) && <p role="status">{message}</p>}
      </section>

      <form onSubmit={(e) => void save(e)}>
        <section aria-labelledby="me-h">
          <h2 id="me-h">{tx(lang, 'options.meHeading')}</h2>
          <label>
            <span>
              {tx(lang, 'options.myAddresses')}
              <Locked lang={lang} on={locked('myAddresses')} />
            </span>
            <textarea name="myAddresses" value={mine} disabled={locked('myAddresses')} onInput={(e) => setMine(e.currentTarget.value)} />
            <span class="rkx-hint">{tx(lang, 'options.myAddressesHint')}</span>
          </label>
          <fieldset class="rkx-radio-row">
            <legend>{tx(lang, 'options.actingAs')}</legend>
            {(['auto', 'fortroendevald', 'tjansteperson'] as const).map((v) => (
              <label key={v}>
                <input type="radio" name="actingAs" value={v} checked={actingAs === v} onChange={() => setActingAs(v)} />
                {tx(lang, `options.actingAs.${v}` as ExtKey)}
              </label>
            ))}
          </fieldset>
          <label>
            <span>
              {tx(lang, 'options.lang')}
              <Locked lang={lang} on={locked('lang')} />
            </span>
            <select name="lang" value={language} disabled={locked('lang')} onChange={(e) => setLanguage(e.currentTarget.value as Lang)}>
              <option value="sv">Svenska</option>
              <option value="en">English</option>
            </select>
          </label>
          <label>
            <span>
              {tx(lang, 'options.sendCheck')}
              <Locked lang={lang} on={locked('sendCheck')} />
            </span>
            <select name="sendCheck" value={sendCheck} disabled={locked('sendCheck')} onChange={(e) => setSendCheck(e.currentTarget.value as Settings['sendCheck'])}>
              {(['organisation', 'off', 'prompt', 'block'] as const).map((v) => (
                <option key={v} value={v}>
                  {tx(lang, `options.sendCheck.${v}` as ExtKey)}
                </option>
              ))}
            </select>
          </label>
          <div class="rkx-row">
            <button type="submit" class="rk-btn rk-btn-primary">
              {tx(lang, 'options.save')}
            </button>
            {message === tx(language, 'options.saved') && <span role="status">{message}</span>}
          </div>
        </section>
      </form>

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{tx(lang, 'options.sitesHeading')}</h2>
        <p class="rkx-hint">{tx(lang, 'options.sitesHint')}</p>
        <ul class="rkx-sites">
          {roundcubeOrigins.map((o) => (
            <li key={o} class="rkx-row">
              <code>{o.replace(/\/\*$/, '')}</code>
              <button type="button" class="rkx-linkbtn" onClick={() => void ext.removeOrigins([o]).then(reload)}>
                {tx(lang, 'options.siteRemove', { origin: o.replace(/\/\*$/, '') })}
              </button>
            </li>
          ))}
        </ul>
        <form class="rkx-row" onSubmit={(e) => void addSite(e)}>
          <input type="text" name="site" aria-label={tx(lang, 'options.siteUrl')} placeholder={tx(lang, 'options.siteUrl')} value={site} onInput={(e) => setSite(e.currentTarget.value)} />
          <button type="submit" class="rk-btn">
            {tx(lang, 'options.siteAdd')}
          </button>
        </form>
        {siteMessage && <p role="status">{siteMessage}</p>}
      </section>
    </main>
  );
}
