// The in-page panel beside a compose view: status line, the findings with their guideline passage
// and one-click fixes (core/ui FindingList), the acting-as switch for dual-role senders, and the
// send confirmation. Rendered into a closed shadow root by mount.ts.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActingAs, CheckResult, Finding, Lang, Role, Suggestion } from '../../core/types.js';
import { FindingList, summarize } from '../../core/ui/FindingList.js';
import { ActingAsSwitch, isDualRole } from '../../core/ui/ActingAsSwitch.js';
import { tx } from '../i18n.js';
import type { ResolvedSender } from './sender.js';

export interface SendQuestion {
  mode: 'prompt' | 'block';
  onSend: () => void;
  onCancel: () => void;
}

export interface PanelProps {
  lang: Lang;
  result: CheckResult | null;
  sender: ResolvedSender;
  example: boolean;
  actingAs: ActingAs | undefined;
  onActingAs: (a: ActingAs) => void;
  onApply: (s: Suggestion, f: Finding) => void;
  onApplyAll: (s: Suggestion[], f: Finding) => void;
  onOptions: () => void;
  question: SendQuestion | null;
  hasRecipients: boolean;
  /** All roles of a sender who holds both an elected and an employee role (else undefined). */
  dualRoles?: Role[];
}

export function Panel(p: PanelProps): JSX.Element {
  const { lang, result } = p;
  const findings = result?.findings ?? [];
  const [open, setOpen] = useState(true);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (p.question) {
      setOpen(true);
      confirmRef.current?.scrollIntoView({ block: 'nearest' });
      confirmRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    }
  }, [p.question]);

  const warning = result?.verdict === 'warning';
  const status = !p.hasRecipients && findings.length === 0 ? '' : summarize(findings, lang);
  const dual = !!result && !!p.dualRoles && isDualRole(p.dualRoles);
  const senderNote =
    p.sender.note === 'none' ? tx(lang, 'panel.noSender') : p.sender.note === 'unknown' && p.sender.from ? tx(lang, 'panel.unknownSender', { address: p.sender.from.address }) : null;
  const asNote = p.sender.senderPersonId && result && findings.length > 0 ? tx(lang, 'panel.checkedAs', { name: result.sender.name ?? result.sender.address }) : null;
  const hasBody = !!(findings.length > 0 || p.example || senderNote || dual || p.question);
  const showBody = open && hasBody;

  return (
    <section class={`rk-root rkx-panel${warning ? ' rkx-warning' : ''}`} aria-label={tx(lang, 'panel.label')} lang={lang}>
      <div class="rkx-head">
        <span class="rkx-name">{tx(lang, 'panel.title')}</span>
        <span class="rkx-status" data-testid="status">{status}</span>
        <button type="button" class="rkx-link" onClick={p.onOptions}>
          {tx(lang, 'panel.settings')}
        </button>
        {hasBody && (
          <button type="button" class="rkx-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? tx(lang, 'panel.collapse') : tx(lang, 'panel.expand')}
          </button>
        )}
      </div>
      {showBody && (
        <div class="rkx-body">
          {p.question && (
            <div class="rkx-confirm" role="alertdialog" aria-labelledby="rkx-q" ref={confirmRef}>
              <h2 id="rkx-q">{tx(lang, 'send.title')}</h2>
              <p>{tx(lang, p.question.mode === 'block' ? 'send.block' : 'send.prompt')}</p>
              <div class="rkx-confirm-actions">
                <button type="button" class="rk-btn rk-btn-primary" onClick={p.question.onCancel}>
                  {tx(lang, 'send.cancel')}
                </button>
                {p.question.mode === 'prompt' && (
                  <button type="button" class="rk-btn" onClick={p.question.onSend}>
                    {tx(lang, 'send.anyway')}
                  </button>
                )}
              </div>
            </div>
          )}
          {p.example && <p class="rkx-note">{tx(lang, 'panel.example')}</p>}
          {senderNote && <p class="rkx-note">{senderNote}</p>}
          {asNote && <p class="rkx-as">{asNote}</p>}
          {dual && result && (
            <ActingAsSwitch
              sender={{ address: result.sender.address, name: result.sender.name, roles: p.dualRoles!, group: result.sender.group }}
              actingAs={p.actingAs ?? (result.actingAs === 'tjansteperson' ? 'tjansteperson' : 'fortroendevald')}
              onChange={p.onActingAs}
              lang={lang}
            />
          )}
          {findings.length > 0 && (
            <FindingList findings={findings} lang={lang} showSummary={false} onApply={p.onApply} onApplyAll={p.onApplyAll} recipients={result?.recipients} />
          )}
        </div>
      )}
    </section>
  );
}
