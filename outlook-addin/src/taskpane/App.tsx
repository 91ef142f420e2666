// The task pane: compose (who you write as, the findings with one-click fixes, live on
// RecipientsChanged), lookup (people, units, roles, topics with the path as a picture) and read
// (who should answer a received message, above all a media request, with a forward draft).
import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { check } from '../../../core/check.js';
import { lookup } from '../../../core/lookup.js';
import { route } from '../../../core/route.js';
import type { Organisation } from '../../../core/organisation/organisation.js';
import type { ActingAs, Answerer, CheckResult, Finding, Lang, LookupResult, MailAddress, MessageInput, Role, RouteResult, Suggestion } from '../../../core/types.js';
import { ActingAsSwitch, isDualRole } from '../../../core/ui/ActingAsSwitch.js';
import { FindingList, suggestionLabel } from '../../../core/ui/FindingList.js';
import { LookupView, firstStep } from '../../../core/ui/LookupView.js';
import { RouteView } from '../../../core/ui/RouteView.js';
import { ACTING_AS_SETTING, actingAsFor, type OfficeLike } from '../launch-logic.js';
import {
  RecipientLimitError,
  applySuggestionToItem,
  isComposeItem,
  readCompose,
  readReceived,
  type ComposeItemLike,
  type EmailUserLike,
  type ReadItemLike,
} from '../office-adapter.js';
import type { LoadResult } from '../org-source.js';
import { ta } from './texts.js';

export interface PaneOffice extends OfficeLike {
  EventType?: { RecipientsChanged?: string };
}

export interface PaneProps {
  office: PaneOffice;
  lang: Lang;
  loadOrganisation: (force: boolean) => Promise<LoadResult<Organisation>>;
}

type Tab = 'advice' | 'lookup' | 'route';

export function App({ office, lang, loadOrganisation }: PaneProps): JSX.Element {
  const item = office.context.mailbox.item;
  const compose = isComposeItem(item);
  const [org, setOrg] = useState<Organisation | null>(null);
  const [state, setState] = useState<'loading' | 'failed' | 'ok'>('loading');
  const tabs: Tab[] = compose ? ['advice', 'lookup'] : ['route', 'lookup'];
  const [tab, setTab] = useState<Tab>(tabs[0]!);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  const load = useCallback(
    (force: boolean) => {
      setState('loading');
      loadOrganisation(force).then(
        (r) => {
          if (r.ok) {
            setOrg(r.value);
            setState('ok');
          } else setState('failed');
        },
        () => setState('failed'),
      );
    },
    [loadOrganisation],
  );
  useEffect(() => load(false), [load]);

  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const i = tabs.indexOf(tab);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : (i + (e.key === 'ArrowRight' ? 1 : -1) + tabs.length) % tabs.length;
    setTab(tabs[next]!);
    tabRefs.current[tabs[next]!]?.focus();
  };

  return (
    <div class="rk-root rk-pane" lang={lang}>
      <header class="rk-pane-head">
        <h1 class="rk-pane-title">Rollkoll</h1>
        <div role="tablist" aria-label={ta(lang, 'tabs.label')} class="rk-tabs" onKeyDown={onTabKey}>
          {tabs.map((t) => (
            <button
              type="button"
              role="tab"
              id={`rk-tab-${t}`}
              aria-controls={`rk-panel-${t}`}
              aria-selected={tab === t}
              tabIndex={tab === t ? 0 : -1}
              class="rk-tab"
              ref={(el) => {
                tabRefs.current[t] = el;
              }}
              onClick={() => setTab(t)}
            >
              {ta(lang, `tab.${t}`)}
            </button>
          ))}
        </div>
      </header>
      <main class="rk-pane-body">
        {state === 'loading' && <p class="rk-muted" role="status">{ta(lang, 'load.loading')}</p>}
        {state === 'failed' && (
          <div class="rk-pane-error" role="alert">
            <p>{ta(lang, 'load.failed')}</p>
            <button type="button" class="rk-btn rk-btn-primary" onClick={() => load(true)}>
              {ta(lang, 'load.retry')}
            </button>
          </div>
        )}
        {state === 'ok' && org && (
          <div role="tabpanel" id={`rk-panel-${tab}`} aria-labelledby={`rk-tab-${tab}`}>
            {tab === 'advice' && compose && <ComposePanel office={office} item={item as ComposeItemLike} org={org} lang={lang} />}
            {tab === 'route' && !compose && <ReadPanel office={office} item={item as ReadItemLike | undefined} org={org} lang={lang} />}
            {tab === 'lookup' && <LookupPanel office={office} compose={compose} org={org} lang={lang} />}
          </div>
        )}
      </main>
      <footer class="rk-pane-foot">
        <p>{ta(lang, 'privacy')}</p>
      </footer>
    </div>
  );
}

function addressOf(from: MessageInput['from'] | undefined): string {
  return !from ? '' : typeof from === 'string' ? from : from.address;
}

function rolesOf(org: Organisation, address: string): Role[] {
  const person = address ? org.personByAddress(address) : undefined;
  return person ? Array.from(new Set(person.positions.map((p) => p.role))) : [];
}

function ComposePanel({ office, item, org, lang }: { office: PaneOffice; item: ComposeItemLike; org: Organisation; lang: Lang }): JSX.Element {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [message, setMessage] = useState<MessageInput | null>(null);
  const [actingAs, setActingAs] = useState<ActingAs | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  const actingRef = useRef<ActingAs | undefined>(undefined);
  const run = useRef(0);

  const recheck = useCallback(async () => {
    const mine = ++run.current;
    try {
      const msg = await readCompose(item, office.context.mailbox, true);
      if (mine !== run.current) return;
      const from = addressOf(msg.from);
      let acting = actingRef.current;
      if (!acting && from) {
        acting = actingAsFor(office, from);
        actingRef.current = acting;
        setActingAs(acting);
      }
      const r = check(org, msg, acting ? { lang, actingAs: acting } : { lang });
      setMessage(msg);
      setResult(r);
      setFailed(false);
    } catch {
      if (mine === run.current) setFailed(true);
    }
  }, [item, office, org, lang]);

  useEffect(() => {
    void recheck();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void recheck(), 120);
    };
    const type = (office.EventType && office.EventType.RecipientsChanged) || 'olkRecipientsChanged';
    try {
      item.addHandlerAsync?.(type, onChange);
    } catch {
      /* no live updates: the button still works */
    }
    const onFocus = () => onChange();
    window.addEventListener('focus', onFocus);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [recheck, item, office]);

  const nameOf = useMemo(() => {
    const names = new Map<string, string>();
    for (const r of result?.recipients ?? []) if (r.name) names.set(r.address.toLowerCase(), r.name);
    return (a: string) => names.get(a.toLowerCase()) ?? a;
  }, [result]);

  const apply = async (suggestions: Suggestion[]) => {
    setBusy(true);
    try {
      for (const s of suggestions) await applySuggestionToItem(item, s);
      const last = suggestions[suggestions.length - 1];
      setStatus(last ? ta(lang, 'compose.applied', { label: suggestionLabel(last, lang, nameOf) }) : '');
    } catch (e) {
      setStatus(ta(lang, e instanceof RecipientLimitError ? 'compose.limit' : 'compose.applyFailed'));
    } finally {
      setBusy(false);
      await recheck();
    }
  };

  const chooseActingAs = (value: ActingAs) => {
    actingRef.current = value;
    setActingAs(value);
    const from = addressOf(message?.from).toLowerCase();
    const rs = office.context.roamingSettings;
    if (rs && rs.set && from) {
      try {
        const prev = rs.get(ACTING_AS_SETTING);
        const map = prev && typeof prev === 'object' ? { ...(prev as Record<string, string>) } : {};
        map[from] = value;
        rs.set(ACTING_AS_SETTING, map);
        rs.saveAsync?.();
      } catch {
        /* the choice still holds in this pane */
      }
    }
    void recheck();
  };

  const from = addressOf(message?.from);
  const roles = rolesOf(org, from);
  const sender = result
    ? { address: result.sender.address, name: result.sender.name ?? org.personByAddress(from)?.name, roles, group: result.sender.group }
    : null;
  const dual = isDualRole(roles);
  const noRecipients = result ? result.recipients.length === 0 : false;

  return (
    <div class="rk-compose">
      {sender && (
        <ActingAsSwitch sender={sender} actingAs={dual ? actingAs ?? (result!.actingAs as ActingAs) : null} onChange={chooseActingAs} lang={lang} />
      )}
      {failed && <p role="alert" class="rk-pane-error">{ta(lang, 'compose.checkFailed')}</p>}
      {!result && !failed && <p class="rk-muted">{ta(lang, 'compose.checking')}</p>}
      {result && (
        <FindingList
          findings={result.findings}
          lang={lang}
          recipients={result.recipients}
          disabled={busy}
          emptyText={noRecipients ? ta(lang, 'compose.noRecipients') : undefined}
          onApply={(s: Suggestion) => void apply([s])}
          onApplyAll={(list: Suggestion[], _f: Finding) => void apply(list)}
        />
      )}
      <p class="rk-status" role="status" aria-live="polite">
        {status}
      </p>
      <div class="rk-recheck">
        <button type="button" class="rk-btn" onClick={() => void recheck()} disabled={busy}>
          {ta(lang, 'compose.recheck')}
        </button>
        <p class="rk-muted rk-small">{ta(lang, 'compose.textNote')}</p>
      </div>
    </div>
  );
}

function LookupPanel({ office, compose, org, lang }: { office: PaneOffice; compose: boolean; org: Organisation; lang: Lang }): JSX.Element {
  const [from, setFrom] = useState<string>(office.context.mailbox.userProfile?.emailAddress ?? '');
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!compose) return;
    const item = office.context.mailbox.item as ComposeItemLike;
    readCompose(item, office.context.mailbox, false).then(
      (m) => setFrom(addressOf(m.from)),
      () => undefined,
    );
  }, [office, compose]);

  // The button follows the path: a förtroendevald looking for a teacher writes to the förvaltningschef.
  const pick = async (r: LookupResult) => {
    const step = firstStep(r);
    const user: EmailUserLike = { emailAddress: step.address, displayName: step.name || step.address };
    if (compose) {
      const item = office.context.mailbox.item as ComposeItemLike;
      try {
        await applySuggestionToItem(item, { action: 'add', field: 'to', address: step.address, name: step.name });
        setStatus(ta(lang, 'lookup.added', { name: step.name || step.address }));
      } catch (e) {
        setStatus(ta(lang, e instanceof RecipientLimitError ? 'compose.limit' : 'compose.applyFailed'));
      }
    } else {
      office.context.mailbox.displayNewMessageForm?.({ toRecipients: [user] });
    }
  };

  return (
    <div class="rk-lookup-panel">
      <LookupView
        search={(q: string) => lookup(org, q, from ? { as: from, lang, limit: 8 } : { lang, limit: 8 })}
        lang={lang}
        from={from || undefined}
        onPick={(r: LookupResult) => void pick(r)}
        pickLabel={(r: LookupResult, l: Lang) => ta(l, compose ? 'lookup.addTo' : 'lookup.writeTo', { name: firstStep(r).name || firstStep(r).address })}
      />
      <p class="rk-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The forward draft's body: why it is forwarded, then the original (as text, escaped). */
export function forwardBody(lang: Lang, message: MessageInput, answerers: Answerer[], routeResult: RouteResult): string {
  const names = answerers.map((a) => a.name || a.address).join(lang === 'en' ? ' and ' : ' och ') || '—';
  const from = typeof message.from === 'string' ? message.from : message.from.name ? `${message.from.name} <${message.from.address}>` : message.from.address;
  const lines = [
    ta(lang, 'read.forwardGreeting'),
    '',
    ta(lang, 'read.forwardText', { names }),
    routeResult.explanation,
    '',
    ta(lang, 'read.original'),
    `${ta(lang, 'read.from')}: ${from}`,
    `${ta(lang, 'read.subject')}: ${message.subject ?? ''}`,
    '',
    message.body ?? '',
  ];
  return `<div>${lines.map((l) => escapeHtml(l)).join('<br>')}</div>`;
}

function ReadPanel({ office, item, org, lang }: { office: PaneOffice; item: ReadItemLike | undefined; org: Organisation; lang: Lang }): JSX.Element {
  const [message, setMessage] = useState<MessageInput | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!item || !item.body) return;
    readReceived(item).then(setMessage, () => setMessage(null));
  }, [item]);
  const result = useMemo(() => (message ? route(org, message, { lang }) : null), [message, org, lang]);
  if (!item || !item.body) return <p class="rk-muted">{ta(lang, 'read.noItem')}</p>;
  if (!result || !message) return <p class="rk-muted">{ta(lang, 'compose.checking')}</p>;

  const forward = (answerers: Answerer[], communicator: RouteResult['communicator']) => {
    const to: EmailUserLike[] = answerers.map((a) => ({ emailAddress: a.address, displayName: a.name || a.address }));
    const cc: EmailUserLike[] = communicator ? [{ emailAddress: communicator.address, displayName: communicator.name || communicator.address }] : [];
    office.context.mailbox.displayNewMessageForm?.({
      toRecipients: to,
      ccRecipients: cc,
      subject: ta(lang, 'read.forwardSubject', { subject: message.subject ?? '' }),
      htmlBody: forwardBody(lang, message, answerers, result),
    });
    setStatus(ta(lang, 'read.forwarded'));
  };

  return (
    <div class="rk-read">
      <RouteView route={result} lang={lang} onForward={forward} />
      <p class="rk-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

export type { MailAddress };
