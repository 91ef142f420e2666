// The playground: a compose window (From, To, Cc, Bcc, Subject, Body) drawn around the REAL task
// pane (pane.html loads the same taskpane.js as in Outlook), on a fake Office.js mailbox. The real
// launchevent.js runs here too: the info bar and the Smart Alerts dialog on Send. Nothing leaves
// the page; "Skicka" sends nothing.
import { render, type JSX } from 'preact';
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { FakeMailbox, createFakeOffice, type FakeField, type FakeRecipient, type FakeReadMessage } from '../src/fake-office.js';

type Lang = 'sv' | 'en';
interface PersonEntry {
  name: string;
  emails: string[];
  positions: Array<{ role: string; unit?: string }>;
}

const T = {
  sv: {
    title: 'Rollkoll – provmiljö',
    intro: 'Prova Rollkoll utan Outlook. Fönstret nedan är ett låtsat skrivfönster; till höger är det riktiga Rollkoll-fönstret. Inget skickas på riktigt och inget lämnar datorn.',
    lang: 'Språk i Outlook',
    mode: 'Läge',
    compose: 'Skriva mejl',
    read: 'Läsa mejl',
    scenarios: 'Exempel',
    s1: 'Politiker skriver till en lärare',
    s2: 'Medarbetare svarar en journalist',
    s3: 'Dubbel roll: politiker och anställd',
    from: 'Från',
    to: 'Till',
    cc: 'Kopia',
    bcc: 'Dold kopia',
    subject: 'Ämne',
    body: 'Meddelande',
    send: 'Skicka',
    sent: 'Mejlet skickades (på låtsas – inget lämnade datorn).',
    fieldHint: 'Skriv adresser avskilda med semikolon och tryck Enter.',
    dontSend: 'Skicka inte',
    sendAnyway: 'Skicka ändå',
    dialogTitle: 'Rollkoll',
    draft: 'Utkast som Rollkoll öppnade',
    draftTo: 'Till',
    draftCc: 'Kopia',
    pane: 'Rollkoll (tilläggsfönster)',
    received: 'Mottaget mejl',
    elected: 'Förtroendevalda',
    staff: 'Tjänstepersoner',
    infoBar: 'Meddelande från tillägg',
  },
  en: {
    title: 'Rollkoll – playground',
    intro: 'Try Rollkoll without Outlook. Below is a pretend compose window; on the right is the real Rollkoll pane. Nothing is really sent and nothing leaves your computer.',
    lang: 'Outlook language',
    mode: 'Mode',
    compose: 'Compose',
    read: 'Read',
    scenarios: 'Examples',
    s1: 'Politician writes to a teacher',
    s2: 'Employee answers a journalist',
    s3: 'Dual role: politician and employee',
    from: 'From',
    to: 'To',
    cc: 'Cc',
    bcc: 'Bcc',
    subject: 'Subject',
    body: 'Message',
    send: 'Send',
    sent: 'The message was sent (pretend – nothing left your computer).',
    fieldHint: 'Type addresses separated by semicolons and press Enter.',
    dontSend: "Don't send",
    sendAnyway: 'Send anyway',
    dialogTitle: 'Rollkoll',
    draft: 'Draft opened by Rollkoll',
    draftTo: 'To',
    draftCc: 'Cc',
    pane: 'Rollkoll (add-in pane)',
    received: 'Received message',
    elected: 'Elected representatives',
    staff: 'Employees',
    infoBar: 'Message from add-in',
  },
} as const;

const MEDIA_REQUEST: FakeReadMessage = {
  from: { address: 'johanna.vik@vlt.se', name: 'Johanna Vik, VLT' },
  to: [{ address: 'anders.nordin@kungsor.se', name: 'Anders Nordin' }],
  cc: [],
  subject: 'Fråga om Hagaskolan',
  body: 'Hej!\n\nVarför har nämnden beslutat att lägga ned Hagaskolan? Hur påverkar prioriteringen budgeten för 2027?\n\nVänliga hälsningar\nJohanna Vik, VLT',
};

const box = new FakeMailbox({ from: { address: 'karin.oberg@kungsor.se', name: 'Karin Öberg' }, read: MEDIA_REQUEST });
const office = createFakeOffice(box);
(window as unknown as { rollkollPlayground: unknown }).rollkollPlayground = { box };
(window as unknown as { Office: unknown }).Office = office;

function loadLaunchEvents(): Promise<void> {
  return new Promise((resolve) => {
    const s = document.createElement('script');
    s.src = '../launchevent.js';
    s.onload = () => resolve();
    s.onerror = () => resolve();
    document.head.appendChild(s);
  });
}

function format(list: FakeRecipient[]): string {
  return list.map((r) => (r.name ? `${r.name} <${r.address}>` : r.address)).join('; ');
}

function parseList(text: string, people: Map<string, string>): FakeRecipient[] {
  return text
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(.*)<([^>]+)>\s*$/.exec(part);
      const address = (m ? m[2]! : part).trim();
      const name = m && m[1]!.trim() ? m[1]!.trim() : people.get(address.toLowerCase());
      return name ? { address, name } : { address };
    });
}

function useBox(): number {
  const [n, bump] = useReducer((x: number, _a: number) => x + 1, 0);
  useEffect(() => box.subscribe(() => bump(0)), []);
  return n;
}

function RecipientField({ field, label, people }: { field: FakeField; label: string; people: Map<string, string> }) {
  useBox();
  const [text, setText] = useState(format(box.fields[field]));
  const editing = useRef(false);
  useEffect(
    () =>
      box.subscribe(() => {
        if (!editing.current) setText(format(box.fields[field]));
      }),
    [field],
  );
  const commit = (value: string) => {
    const next = parseList(value, people);
    if (format(next) !== format(box.fields[field])) box.setField(field, next);
    setText(format(box.fields[field]));
  };
  const id = `pg-${field}`;
  return (
    <div class="pg-row">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={text}
        autocomplete="off"
        list="pg-addresses"
        aria-describedby="pg-field-hint"
        onFocus={() => (editing.current = true)}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
        onBlur={(e) => {
          editing.current = false;
          commit((e.target as HTMLInputElement).value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit((e.target as HTMLInputElement).value);
          }
        }}
      />
    </div>
  );
}

interface Dialog {
  text: string;
  cancelLabel: string;
  canSendAnyway: boolean;
}

function Playground({ people }: { people: PersonEntry[] }): JSX.Element {
  useBox();
  const [lang, setLang] = useState<Lang>('sv');
  const [mode, setMode] = useState<'compose' | 'read'>('compose');
  const [paneKey, setPaneKey] = useState(0);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [sent, setSent] = useState(false);
  const t = T[lang];
  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const p of people) for (const e of p.emails) m.set(e.toLowerCase(), p.name);
    return m;
  }, [people]);
  const senders = useMemo(() => {
    const elected = new Set(['ledamot', 'ersattare', 'ordforande', 'vice-ordforande', 'kso', 'oppositionsledare']);
    const out: Array<{ group: 'elected' | 'staff'; address: string; name: string }> = [];
    for (const p of people) {
      if (p.positions.some((x) => x.role === 'media')) continue;
      const isElected = p.positions.some((x) => elected.has(x.role));
      for (const e of p.emails) out.push({ group: isElected ? 'elected' : 'staff', address: e, name: p.name });
    }
    return out;
  }, [people]);

  const reloadPane = () => {
    box.clearRecipientHandlers(launchRecipientsHandler);
    setPaneKey((k) => k + 1);
  };

  const switchLang = (l: Lang) => {
    setLang(l);
    box.displayLanguage = l === 'en' ? 'en-US' : 'sv-SE';
    document.documentElement.lang = l;
    reloadPane();
  };
  const switchMode = (m: 'compose' | 'read') => {
    setMode(m);
    box.mode = m;
    reloadPane();
  };

  const scenario = (n: 1 | 2 | 3) => {
    setSent(false);
    setDialog(null);
    box.notifications.clear();
    if (n === 1) {
      box.setFrom({ address: 'karin.oberg@kungsor.se', name: 'Karin Öberg' });
      box.setText('Skolskjutsen i Valskog', 'Hej Erik!\n\nJag har fått frågor från föräldrar om skolskjutsen. Kan du berätta hur det fungerar i dag?\n\nKarin');
      box.setField('cc', []);
      box.setField('bcc', []);
      box.setField('to', [{ address: 'erik.sundqvist@kungsor.se', name: 'Erik Sundqvist' }]);
    } else if (n === 2) {
      box.setFrom({ address: 'erik.sundqvist@kungsor.se', name: 'Erik Sundqvist' });
      box.setText('Sv: Skolskjutsen', 'Hej Johanna!\n\nRutinen för skolskjuts är att eleverna hämtas vid hållplatsen kl. 7.40.\n\nErik');
      box.setField('cc', []);
      box.setField('bcc', []);
      box.setField('to', [{ address: 'johanna.vik@vlt.se', name: 'Johanna Vik' }]);
    } else {
      box.setFrom({ address: 'sara.lindgren@politik.example', name: 'Sara Lindgren' });
      box.setText('Lokalerna på Kung Karls skola', 'Hej!\n\nHur ser planen ut för lokalerna?\n\nSara');
      box.setField('cc', []);
      box.setField('bcc', []);
      box.setField('to', [{ address: 'lena.bjork@kungsor.se', name: 'Lena Björk' }]);
    }
    if (mode !== 'compose') switchMode('compose');
    else reloadPane();
  };

  const send = () => {
    const handler = office.actions.handlers.get('onMessageSendHandler');
    setSent(false);
    if (!handler) {
      setSent(true);
      return;
    }
    handler({
      completed: (options?: Record<string, unknown>) => {
        if (!options || options.allowEvent !== false) {
          setSent(true);
          return;
        }
        setDialog({
          text: String(options.errorMessage || ''),
          cancelLabel: String(options.cancelLabel || t.dontSend),
          // The manifest's SendMode is PromptUser: "Skicka ändå" is always offered.
          canSendAnyway: true,
        });
      },
    });
  };

  const infoBars = Array.from(box.notifications.entries());
  const drafts = box.newMessageForms;

  return (
    <div class="pg" lang={lang}>
      <header class="pg-head">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <div class="pg-controls">
          <fieldset>
            <legend>{t.lang}</legend>
            <label>
              <input type="radio" name="pg-lang" checked={lang === 'sv'} onChange={() => switchLang('sv')} /> Svenska
            </label>
            <label>
              <input type="radio" name="pg-lang" checked={lang === 'en'} onChange={() => switchLang('en')} /> English
            </label>
          </fieldset>
          <fieldset>
            <legend>{t.mode}</legend>
            <label>
              <input type="radio" name="pg-mode" checked={mode === 'compose'} onChange={() => switchMode('compose')} /> {t.compose}
            </label>
            <label>
              <input type="radio" name="pg-mode" checked={mode === 'read'} onChange={() => switchMode('read')} /> {t.read}
            </label>
          </fieldset>
          <fieldset>
            <legend>{t.scenarios}</legend>
            <button type="button" onClick={() => scenario(1)}>{t.s1}</button>
            <button type="button" onClick={() => scenario(2)}>{t.s2}</button>
            <button type="button" onClick={() => scenario(3)}>{t.s3}</button>
          </fieldset>
        </div>
      </header>
      <div class="pg-main">
        <section class="pg-window" aria-label={mode === 'compose' ? t.compose : t.received}>
          {mode === 'compose' ? (
            <div class="pg-compose">
              {infoBars.map(([key, d]) => (
                <div class="pg-infobar" role="status" aria-label={t.infoBar} key={key} data-key={key}>
                  <span class="pg-infobar-icon" aria-hidden="true">ℹ</span>
                  <span class="pg-infobar-text">{String(d.message ?? '')}</span>
                  {Array.isArray(d.actions) &&
                    (d.actions as Array<{ actionText: string }>).map((a) => (
                      <button type="button" class="pg-link" onClick={() => document.getElementById('pg-pane')?.focus()}>
                        {a.actionText}
                      </button>
                    ))}
                </div>
              ))}
              <div class="pg-row">
                <label for="pg-from">{t.from}</label>
                <select
                  id="pg-from"
                  value={box.from.address}
                  onChange={(e) => {
                    const address = (e.target as HTMLSelectElement).value;
                    box.setFrom({ address, name: names.get(address.toLowerCase()) });
                    reloadPane();
                  }}
                >
                  <optgroup label={t.elected}>
                    {senders.filter((s) => s.group === 'elected').map((s) => (
                      <option value={s.address}>{`${s.name} <${s.address}>`}</option>
                    ))}
                  </optgroup>
                  <optgroup label={t.staff}>
                    {senders.filter((s) => s.group === 'staff').map((s) => (
                      <option value={s.address}>{`${s.name} <${s.address}>`}</option>
                    ))}
                  </optgroup>
                </select>
              </div>
              <RecipientField field="to" label={t.to} people={names} />
              <RecipientField field="cc" label={t.cc} people={names} />
              <RecipientField field="bcc" label={t.bcc} people={names} />
              <p id="pg-field-hint" class="pg-hint">{t.fieldHint}</p>
              <div class="pg-row">
                <label for="pg-subject">{t.subject}</label>
                <input id="pg-subject" type="text" value={box.subject} onInput={(e) => (box.subject = (e.target as HTMLInputElement).value)} />
              </div>
              <label for="pg-body" class="pg-sr">{t.body}</label>
              <textarea id="pg-body" rows={9} value={box.body} onInput={(e) => (box.body = (e.target as HTMLTextAreaElement).value)} />
              <div class="pg-send">
                <button type="button" class="pg-primary" onClick={send}>{t.send}</button>
                <p role="status" class="pg-sent">{sent ? t.sent : ''}</p>
              </div>
            </div>
          ) : (
            <div class="pg-readmsg">
              <p><strong>{t.from}:</strong> {`${MEDIA_REQUEST.from.name} <${MEDIA_REQUEST.from.address}>`}</p>
              <p><strong>{t.to}:</strong> {format(MEDIA_REQUEST.to)}</p>
              <p><strong>{t.subject}:</strong> {MEDIA_REQUEST.subject}</p>
              <pre class="pg-bodytext">{MEDIA_REQUEST.body}</pre>
            </div>
          )}
          {drafts.length > 0 && (
            <section class="pg-draft" aria-label={t.draft}>
              <h2>{t.draft}</h2>
              {drafts.slice(-1).map((d) => (
                <div>
                  <p><strong>{t.draftTo}:</strong> {recipientsText(d.toRecipients)}</p>
                  <p><strong>{t.draftCc}:</strong> {recipientsText(d.ccRecipients)}</p>
                  <p><strong>{t.subject}:</strong> {String(d.subject ?? '')}</p>
                  <iframe class="pg-draft-body" title={t.body} sandbox="" srcdoc={String(d.htmlBody ?? '')} />
                </div>
              ))}
            </section>
          )}
        </section>
        <aside class="pg-pane-wrap">
          <iframe id="pg-pane" key={paneKey} class="pg-pane" title={t.pane} src="pane.html" tabIndex={0} />
        </aside>
      </div>
      {dialog && (
        <div class="pg-backdrop">
          <div class="pg-dialog" role="alertdialog" aria-modal="true" aria-labelledby="pg-dialog-title" aria-describedby="pg-dialog-text">
            <h2 id="pg-dialog-title">{t.dialogTitle}</h2>
            <p id="pg-dialog-text" class="pg-dialog-text">{dialog.text}</p>
            <div class="pg-dialog-buttons">
              <button
                type="button"
                class="pg-primary"
                ref={(el) => el?.focus()}
                onClick={() => {
                  setDialog(null);
                  document.getElementById('pg-pane')?.focus();
                }}
              >
                {dialog.cancelLabel}
              </button>
              {dialog.canSendAnyway && (
                <button
                  type="button"
                  onClick={() => {
                    setDialog(null);
                    setSent(true);
                  }}
                >
                  {t.sendAnyway}
                </button>
              )}
            </div>
          </div>
        </div>
      )}
      <datalist id="pg-addresses">
        {people.flatMap((p) => p.emails.map((e) => <option value={`${p.name} <${e}>`} />))}
      </datalist>
    </div>
  );
}

function recipientsText(list: unknown): string {
  if (!Array.isArray(list)) return '';
  return list
    .map((r: string | { emailAddress: string; displayName?: string }) => (typeof r === 'string' ? r : r.displayName ? `${r.displayName} <${r.emailAddress}>` : r.emailAddress))
    .join('; ');
}

/** The launch event on RecipientsChanged, as Outlook would raise it. */
function launchRecipientsHandler(): void {
  const handler = office.actions.handlers.get('onMessageRecipientsChangedHandler');
  if (handler && box.mode === 'compose') handler({ completed: () => undefined });
}

async function main() {
  let people: PersonEntry[] = [];
  try {
    const res = await fetch('organisation.json', { credentials: 'omit' });
    people = ((await res.json()) as { people: PersonEntry[] }).people || [];
  } catch {
    people = [];
  }
  await loadLaunchEvents();
  box.onRecipientsChanged(launchRecipientsHandler);
  const root = document.getElementById('playground')!;
  root.textContent = '';
  render(<Playground people={people} />, root);
}

void main();
