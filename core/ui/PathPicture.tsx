// The recommended path as a picture: "Du → Förvaltningschef (name) → … → Kontakt (name)".
// An ordered list for screen readers; the arrows are decoration and hidden from them.
import type { JSX } from 'preact';
import type { Lang, PersonRef, Role } from '../types.js';
import { roleLabel, roleList, t } from './i18n.js';

export interface PathPictureProps {
  /** The chain ending with the contact (LookupResult.path). */
  path: readonly PersonRef[];
  lang?: Lang;
  /** The user's own address: a first step with it is drawn as "Du" rather than repeated. */
  from?: string;
  /** Draw a leading "Du" box. Default true. */
  showYou?: boolean;
  /** Overrides the list's accessible name (default "Rekommenderad väg"). */
  label?: string;
}

// Which of a person's roles names their place in the chain: the most senior managerial one.
const CAPTION_ORDER: Role[] = [
  'kommundirektor', 'forvaltningschef', 'vd', 'chef', 'kso', 'ordforande', 'vice-ordforande', 'oppositionsledare',
  'kommunikator', 'namndsekreterare', 'registrator', 'medarbetare', 'ledamot', 'ersattare', 'media',
];

export function captionRole(roles: readonly Role[]): Role | undefined {
  return CAPTION_ORDER.find((r) => roles.includes(r)) ?? roles[0];
}

interface Step {
  kind: 'you' | 'via' | 'target';
  caption: string;
  name: string;
  detail?: string;
}

export function pathSteps(path: readonly PersonRef[], lang: Lang, from?: string, showYou = true): Step[] {
  let chain = [...path];
  if (from && chain.length > 1 && chain[0]!.address.toLowerCase() === from.toLowerCase()) chain = chain.slice(1);
  const steps: Step[] = [];
  if (showYou) steps.push({ kind: 'you', caption: '', name: t(lang, 'path.you') });
  chain.forEach((p, i) => {
    const last = i === chain.length - 1;
    const role = captionRole(p.roles);
    if (last) {
      const roles = roleList(p.roles, lang);
      steps.push({ kind: 'target', caption: t(lang, 'path.contact'), name: p.name || p.address, ...(roles ? { detail: roles } : {}) });
    } else {
      steps.push({ kind: 'via', caption: role ? roleLabel(role, lang) : '', name: p.name || p.address });
    }
  });
  return steps;
}

export function PathPicture({ path, lang = 'sv', from, showYou = true, label }: PathPictureProps): JSX.Element {
  const steps = pathSteps(path, lang, from, showYou);
  if (path.length === 0) return <p class="rk-root rk-muted rk-small">{t(lang, 'path.empty')}</p>;
  return (
    <div class="rk-root rk-path-wrap">
      <ol class="rk-path" aria-label={label ?? t(lang, 'path.label')}>
        {steps.map((s, i) => (
          // The arrow leads into each step, so a wrapped line starts with "→" and reads as a continuation.
          <li key={i} class={`rk-step rk-step-${s.kind}`}>
            {i > 0 && (
              <span class="rk-arrow" aria-hidden="true">
                <span class="rk-arrow-right">→</span>
                <span class="rk-arrow-down">↓</span>
              </span>
            )}
            <span class="rk-step-box">
              {s.caption && (
                <span class="rk-step-caption">
                  {s.caption}
                  <span class="rk-sr-only">: </span>
                </span>
              )}
              <span class="rk-step-name">{s.name}</span>
              {s.detail && (
                <span class="rk-step-caption">
                  <span class="rk-sr-only">, </span>
                  {s.detail}
                </span>
              )}
            </span>
          </li>
        ))}
      </ol>
      {steps.filter((s) => s.kind === 'via').length === 0 && showYou && steps.length === 2 && (
        <p class="rk-path-direct">{t(lang, 'path.direct')}</p>
      )}
    </div>
  );
}
