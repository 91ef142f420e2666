// "Vem ska jag kontakta?": a search box over the directory, each hit with the path to reach it.
import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Lang, LookupResult } from '../types.js';
import { roleList, t, tCount } from './i18n.js';
import { PathPicture } from './PathPicture.js';

export interface LookupViewProps {
  /** The lookup itself, e.g. `(q) => lookup(org, q, { as, lang })`. May be async. */
  search: (query: string) => LookupResult[] | Promise<LookupResult[]>;
  lang?: Lang;
  /** When given, each result gets a button (default text "Skriv till {name}"). */
  onPick?: (result: LookupResult) => void;
  pickLabel?: (result: LookupResult, lang: Lang) => string;
  /** The user's own address (see PathPicture.from). */
  from?: string;
  /** Wait this long after typing stops. Default 250 ms. */
  debounceMs?: number;
  /** Fewest characters before searching. Default 2. */
  minChars?: number;
  initialQuery?: string;
  autoFocus?: boolean;
}

type State =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; query: string; results: LookupResult[] }
  | { kind: 'error' };

export function LookupView(props: LookupViewProps): JSX.Element {
  const { search, lang = 'sv', onPick, pickLabel, from, autoFocus } = props;
  const debounceMs = props.debounceMs ?? 250;
  const minChars = props.minChars ?? 2;
  const id = useId();
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const seq = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);

  const run = async (q: string) => {
    const mine = ++seq.current;
    if (q.trim().length < minChars) {
      setState({ kind: 'idle' });
      return;
    }
    setState({ kind: 'searching' });
    try {
      const results = await search(q.trim());
      if (mine === seq.current) setState({ kind: 'done', query: q.trim(), results });
    } catch {
      if (mine === seq.current) setState({ kind: 'error' });
    }
  };

  useEffect(() => {
    const handle = setTimeout(() => void run(query), debounceMs);
    return () => clearTimeout(handle);
    // `search` may be a new function each render; the query is what starts a search.
  }, [query, debounceMs, minChars]);

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  // Only the outcome is announced (after the debounce), not every keystroke.
  const status =
    state.kind === 'done'
      ? state.results.length === 0
        ? t(lang, 'lookup.results.none', { query: state.query })
        : tCount(lang, 'lookup.results', state.results.length)
      : state.kind === 'error'
        ? t(lang, 'lookup.error')
        : '';
  const tooShort = query.trim().length > 0 && query.trim().length < minChars;

  return (
    <div class="rk-root rk-lookup">
      <form
        role="search"
        class="rk-field"
        onSubmit={(e) => {
          e.preventDefault();
          void run(query);
        }}
      >
        <label for={`${id}-q`}>{t(lang, 'lookup.label')}</label>
        <input
          ref={inputRef}
          id={`${id}-q`}
          class="rk-input"
          type="search"
          autocomplete="off"
          spellcheck={false}
          placeholder={t(lang, 'lookup.placeholder')}
          aria-describedby={`${id}-status`}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </form>
      <p id={`${id}-status`} class="rk-muted rk-small" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
      {tooShort && <p class="rk-muted rk-small">{t(lang, 'lookup.hint', { min: minChars })}</p>}
      {state.kind === 'searching' && (
        <p class="rk-muted rk-small" aria-hidden="true">
          {t(lang, 'lookup.searching')}
        </p>
      )}
      {state.kind === 'done' && state.results.length > 0 && (
        <ul class="rk-results" aria-label={t(lang, 'lookup.resultsLabel')}>
          {state.results.map((r, i) => (
            <ResultCard key={`${r.address}-${i}`} result={r} lang={lang} from={from} onPick={onPick} pickLabel={pickLabel} />
          ))}
        </ul>
      )}
    </div>
  );
}

interface ResultCardProps {
  result: LookupResult;
  lang: Lang;
  from: string | undefined;
  onPick: LookupViewProps['onPick'];
  pickLabel: LookupViewProps['pickLabel'];
}

function ResultCard({ result: r, lang, from, onPick, pickLabel }: ResultCardProps): JSX.Element {
  const kind = r.kind === 'unit' ? t(lang, 'lookup.kind.unit') : r.kind === 'mailbox' ? t(lang, 'lookup.kind.mailbox') : '';
  const meta = [kind, roleList(r.roles, lang), r.unitName ?? ''].filter(Boolean).join(' · ');
  const name = r.name || r.address;
  return (
    <li class="rk-result">
      <div>
        <p class="rk-result-name">{name}</p>
        {meta && <p class="rk-result-meta">{meta}</p>}
        <p class="rk-result-meta">{r.address}</p>
      </div>
      {r.note && <p class="rk-result-note">{r.note}</p>}
      {r.path.length > 0 && <PathPicture path={r.path} lang={lang} from={from} />}
      {onPick && (
        <div>
          <button type="button" class="rk-btn rk-btn-primary" onClick={() => onPick(r)}>
            {pickLabel ? pickLabel(r, lang) : t(lang, 'lookup.pick', { name })}
          </button>
        </div>
      )}
    </li>
  );
}

/** Whom to write to first for a result: the first step of its recommended path (the contact itself when direct). */
export function firstStep(result: LookupResult): { address: string; name: string } {
  const step = result.path[0];
  return step ? { address: step.address, name: step.name } : { address: result.address, name: result.name };
}
