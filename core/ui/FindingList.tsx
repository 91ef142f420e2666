// The findings of a check: warnings first, each with why (the guideline's words) and one-click fixes.
import type { JSX } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Finding, InputProblem, Lang, Suggestion } from '../types.js';
import { addKeyForField, severityLabel, t, tCount } from './i18n.js';
import { CheckIcon, SeverityIcon } from './icons.js';

/** Anything with an address and maybe a name: CheckResult.recipients, or the sender. */
export interface NamedAddress {
  address: string;
  name?: string;
}

export interface FindingListProps {
  findings: readonly Finding[];
  lang?: Lang;
  /** Called with the suggestion the user chose (and the finding it belongs to). */
  onApply: (suggestion: Suggestion, finding: Finding) => void;
  /** "Tillämpa alla": when absent, onApply is called once per suggestion, in order. */
  onApplyAll?: (suggestions: Suggestion[], finding: Finding) => void;
  /** Used to show names instead of bare addresses (pass CheckResult.recipients). */
  recipients?: readonly NamedAddress[];
  /** Malformed addresses (CheckResult.problems): listed above the findings. */
  problems?: readonly InputProblem[];
  /** Shown when there are no findings; defaults to "Inga synpunkter – mottagarna följer riktlinjen." */
  emptyText?: string;
  /** Wait this long after the last change before announcing (coalesces typing). Default 700 ms. */
  announceDelayMs?: number;
  /** Disables the fix buttons, e.g. while the host applies a change. */
  disabled?: boolean;
  /** The visible "1 varning och 1 tips" line; off where the host's header already says it. Default true. */
  showSummary?: boolean;
}

/** Warnings before info; otherwise the core's order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => (f.severity === 'warning' ? 0 : 1);
  return findings.map((f, i) => [f, i] as const).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([f]) => f);
}

/** "2 varningar och 1 tips" / "Inga synpunkter." */
export function summarize(findings: readonly Finding[], lang: Lang): string {
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const infos = findings.length - warnings;
  if (findings.length === 0) return t(lang, 'status.none');
  const parts = [];
  if (warnings) parts.push(tCount(lang, 'status.warnings', warnings));
  if (infos) parts.push(tCount(lang, 'status.infos', infos));
  return parts.length === 2 ? t(lang, 'status.and', { a: parts[0]!, b: parts[1]! }) : parts[0]!;
}

/** Identity of the set of findings, so re-checks that change nothing announce nothing. */
function findingsKey(findings: readonly Finding[]): string {
  return findings
    .map((f) => `${f.rule}|${f.severity}|${f.forvaltning ?? ''}|${[...f.recipients].sort().join(',')}`)
    .sort()
    .join(';');
}

export function nameLookup(people: readonly NamedAddress[] | undefined): (address: string) => string {
  const names = new Map<string, string>();
  for (const p of people ?? []) if (p.name) names.set(p.address.toLowerCase(), p.name);
  return (address) => names.get(address.toLowerCase()) ?? address;
}

/** The text of a fix button: "Ersätt Eva Lund med Karin Holm", "Lägg till Karin Holm som kopia", "Ta bort Eva Lund". */
export function suggestionLabel(s: Suggestion, lang: Lang, nameOf: (address: string) => string = (a) => a): string {
  const to = s.name || nameOf(s.address);
  if (s.action === 'replace') return t(lang, 'suggestion.replace', { from: nameOf(s.replaces ?? ''), to });
  if (s.action === 'remove') return t(lang, 'suggestion.remove', { from: nameOf(s.address) });
  return t(lang, addKeyForField(s.field), { to });
}

export function FindingList(props: FindingListProps): JSX.Element {
  const { findings, lang = 'sv', onApply, onApplyAll, recipients, problems, emptyText, disabled, showSummary = true } = props;
  const delay = props.announceDelayMs ?? 700;
  const sorted = useMemo(() => sortFindings(findings), [findings]);
  const nameOf = useMemo(() => nameLookup(recipients), [recipients]);
  const key = findingsKey(findings);
  const summary = summarize(findings, lang);

  // The live region starts empty (nothing is announced on opening) and is updated only when the
  // set of findings changes and stays changed for `delay` ms.
  const [announced, setAnnounced] = useState('');
  const lastKey = useRef<string | null>(null);
  useEffect(() => {
    if (lastKey.current === null) {
      lastKey.current = key;
      return;
    }
    if (lastKey.current === key) return;
    const handle = setTimeout(() => {
      lastKey.current = key;
      setAnnounced(summary);
    }, delay);
    return () => clearTimeout(handle);
  }, [key, summary, delay]);

  return (
    <div class="rk-root rk-findings">
      <p class="rk-sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announced}
      </p>
      {problems && problems.length > 0 && (
        <div class="rk-problems">
          <p class="rk-problems-title">{t(lang, 'findings.problems')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={`${p.path}-${i}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {sorted.length === 0 ? (
        <p class="rk-empty">
          <CheckIcon />
          <span>{emptyText ?? t(lang, 'findings.empty')}</span>
        </p>
      ) : (
        <>
          {showSummary && <p class="rk-summary">{summary}</p>}
          <ul class="rk-finding-list" aria-label={t(lang, 'findings.listLabel')}>
            {sorted.map((f, i) => (
              <FindingCard
                key={`${f.rule}-${f.forvaltning ?? ''}-${i}`}
                finding={f}
                lang={lang}
                nameOf={nameOf}
                onApply={onApply}
                onApplyAll={onApplyAll}
                disabled={disabled}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** A passage or section that says something (not empty, not a bare dash). */
function hasText(s: string | undefined): boolean {
  return !!s && /[\p{L}\p{N}]/u.test(s);
}

interface FindingCardProps {
  finding: Finding;
  lang: Lang;
  nameOf: (address: string) => string;
  onApply: FindingListProps['onApply'];
  onApplyAll: FindingListProps['onApplyAll'];
  disabled: boolean | undefined;
}

function FindingCard({ finding, lang, nameOf, onApply, onApplyAll, disabled }: FindingCardProps): JSX.Element {
  const messageId = useId();
  const applyAll = () => {
    if (onApplyAll) onApplyAll([...finding.suggestions], finding);
    else for (const s of finding.suggestions) onApply(s, finding);
  };
  return (
    <li class={`rk-finding rk-finding-${finding.severity}`} data-rule={finding.rule}>
      <p class="rk-sev">
        <SeverityIcon severity={finding.severity} />
        <span>{severityLabel(finding.severity, lang)}</span>
      </p>
      <p class="rk-finding-message" id={messageId}>
        {finding.message}
      </p>
      {finding.recipients.length > 0 && (
        <p class="rk-recipients">
          <span class="rk-recipients-label">{t(lang, 'findings.concerns')}</span>
          {finding.recipients.map(nameOf).join(', ')}
        </p>
      )}
      {hasText(finding.guideline.quote) && (
        <details class="rk-why">
          <summary>
            {t(lang, finding.guideline.source === 'lag' ? 'findings.why.lag' : finding.guideline.source === 'katalog' ? 'findings.why.katalog' : 'findings.why')}
          </summary>
          {hasText(finding.guideline.section) && (
            <p class="rk-why-section" lang="sv">
              {finding.guideline.section}
            </p>
          )}
          <blockquote class="rk-quote" lang="sv">
            {finding.guideline.quote}
          </blockquote>
        </details>
      )}
      {finding.suggestions.length > 0 && (
        <div class="rk-actions" role="group" aria-label={t(lang, 'findings.suggestionsLabel')}>
          {finding.suggestions.map((s, i) => (
            <button
              key={`${s.action}-${s.address}-${i}`}
              type="button"
              class="rk-btn"
              aria-describedby={messageId}
              disabled={disabled}
              onClick={() => onApply(s, finding)}
            >
              {suggestionLabel(s, lang, nameOf)}
            </button>
          ))}
          {finding.suggestions.length > 1 && (
            <button type="button" class="rk-btn rk-btn-primary" aria-describedby={messageId} disabled={disabled} onClick={applyAll}>
              {t(lang, 'findings.applyAllCount', { count: finding.suggestions.length })}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
