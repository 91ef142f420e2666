// For a received (media) message: vad- or hur-fråga, who should answer and why, and the communicator.
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import type { Answerer, Lang, RouteResult } from '../types.js';
import { roleList, t } from './i18n.js';
import type { MessageKey } from './i18n.js';

export interface RouteViewProps {
  route: RouteResult;
  lang?: Lang;
  /** "Skapa vidarebefordran": called with who should answer and the communicator (if any). */
  onForward?: (answerers: Answerer[], communicator: RouteResult['communicator']) => void;
}

/** The guideline's own words on media (Kommunikation med media), always in Swedish. */
export const MEDIA_GUIDELINE = {
  section: 'Kommunikation med media',
  quotes: [
    'Förtroendevalda ska ta konsekvenserna för sina fattade beslut inför media (tjänstepersoner ska inte behöva ta konsekvenserna av politiskt fattade beslut i media, det vill säga ”vad-frågor”).',
    'Ansvarig chef hanterar media när det gäller frågor på den nivå som denne ansvarar för, dvs. rena ”hur”-frågor.',
    'Kommunikatörerna finns som expertstöd vid behov och vid känsliga beslut görs på ansvarig chefs initiativ en kommunikationsplan i god tid.',
  ],
} as const;

function questionKeys(q: RouteResult['question']): { badge: MessageKey; explain: MessageKey; cls: string } {
  if (q === 'vad') return { badge: 'route.badge.vad', explain: 'route.explain.vad', cls: 'rk-badge-vad' };
  if (q === 'hur') return { badge: 'route.badge.hur', explain: 'route.explain.hur', cls: 'rk-badge-hur' };
  return { badge: 'route.badge.unknown', explain: 'route.explain.unknown', cls: 'rk-badge-unknown' };
}

export function RouteView({ route, lang = 'sv', onForward }: RouteViewProps): JSX.Element {
  const id = useId();
  const q = questionKeys(route.question);
  return (
    <section class="rk-root rk-route" aria-labelledby={`${id}-h`}>
      <div class="rk-route-head">
        <h2 class="rk-heading" id={`${id}-h`}>
          {t(lang, 'route.heading')}
        </h2>
        <span class={`rk-badge ${q.cls}`}>{t(lang, q.badge)}</span>
      </div>
      <p>{t(lang, q.explain)}</p>
      {(route.media || route.about) && (
        <p class="rk-muted rk-small">
          {route.media && t(lang, 'route.media')}
          {route.media && route.about && ' '}
          {route.about && `${t(lang, 'route.about')} ${route.about.name}`}
        </p>
      )}

      <div class="rk-route-section">
        <h3 class="rk-route-sub">{t(lang, 'route.answerers')}</h3>
        {route.answerers.length === 0 ? (
          <p class="rk-muted">{t(lang, 'route.noAnswerers')}</p>
        ) : (
          <ol class="rk-route-section">
            {route.answerers.map((a, i) => (
              <li key={`${a.address}-${i}`} class="rk-person">
                <p class="rk-person-name">{a.name || a.address}</p>
                <p class="rk-person-line">{[roleList(a.roles, lang), a.address].filter(Boolean).join(' · ')}</p>
                {a.reason && <p class="rk-person-reason">{a.reason}</p>}
              </li>
            ))}
          </ol>
        )}
      </div>

      <div class="rk-route-section">
        <h3 class="rk-route-sub">{t(lang, 'route.communicator')}</h3>
        {route.communicator ? (
          <div class="rk-person">
            <p class="rk-person-name">{route.communicator.name || route.communicator.address}</p>
            <p class="rk-person-line">{route.communicator.address}</p>
            <p class="rk-person-reason">{t(lang, 'route.communicatorNote')}</p>
          </div>
        ) : (
          <p class="rk-muted">{t(lang, 'route.noCommunicator')}</p>
        )}
      </div>

      {onForward && (
        <div>
          <button
            type="button"
            class="rk-btn rk-btn-primary"
            disabled={route.answerers.length === 0 && !route.communicator}
            onClick={() => onForward([...route.answerers], route.communicator)}
          >
            {t(lang, 'route.forward')}
          </button>
        </div>
      )}

      <details class="rk-why">
        <summary>{t(lang, 'route.why')}</summary>
        {/* The reasoning in full sits here, behind "Varför?": busy readers see who answers first. */}
        {route.explanation && <p class="rk-route-explanation">{route.explanation}</p>}
        <p class="rk-why-section" lang="sv">
          {MEDIA_GUIDELINE.section}
        </p>
        {MEDIA_GUIDELINE.quotes.map((quote) => (
          <blockquote key={quote} class="rk-quote" lang="sv">
            {quote}
          </blockquote>
        ))}
      </details>

    </section>
  );
}
