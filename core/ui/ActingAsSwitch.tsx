// Who the user writes as; a person with both an elected and an employee role chooses which.
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { ELECTED_ROLES, STAFF_ROLES } from '../types.js';
import type { ActingAs, Group, Lang, Role } from '../types.js';
import { groupLabel, roleList, t } from './i18n.js';

export interface ActingAsSender {
  address: string;
  name?: string;
  roles: readonly Role[];
  /** The sender's group when known (CheckResult.sender.group); used when there are no roles. */
  group?: Group;
}

export interface ActingAsSwitchProps {
  sender: ActingAsSender;
  /** The current choice; for a dual-role person this is what the radios show. */
  actingAs?: ActingAs | null;
  onChange?: (actingAs: ActingAs) => void;
  lang?: Lang;
  /** Form name for the radios; defaults to a unique id. */
  name?: string;
}

const elected = new Set<string>(ELECTED_ROLES);
const staff = new Set<string>(STAFF_ROLES);

export function electedRoles(roles: readonly Role[]): Role[] {
  return roles.filter((r) => elected.has(r));
}
export function staffRoles(roles: readonly Role[]): Role[] {
  return roles.filter((r) => staff.has(r));
}
/** True when the person holds both an elected and an employee role. */
export function isDualRole(roles: readonly Role[]): boolean {
  return electedRoles(roles).length > 0 && staffRoles(roles).length > 0;
}

export function ActingAsSwitch({ sender, actingAs, onChange, lang = 'sv', name }: ActingAsSwitchProps): JSX.Element {
  const id = useId();
  const headingId = `${id}-h`;
  const dual = isDualRole(sender.roles);
  const radioName = name ?? `${id}-acting`;
  const known = sender.roles.length > 0 || (sender.group && sender.group !== 'okand' && sender.group !== 'medborgare');

  const option = (value: ActingAs, roles: Role[]) => (
    <label class="rk-radio">
      <input
        type="radio"
        name={radioName}
        value={value}
        checked={actingAs === value}
        onChange={() => onChange?.(value)}
      />
      <span class="rk-radio-text">
        <span class="rk-radio-label">{groupLabel(value, lang)}</span>{' '}
        <span class="rk-radio-roles">{roleList(roles, lang)}</span>
      </span>
    </label>
  );

  return (
    <section class="rk-root rk-acting" aria-labelledby={headingId}>
      <div class="rk-acting-who">
        <h2 class="rk-acting-heading" id={headingId}>
          {t(lang, 'actingAs.heading')}
        </h2>
        {sender.name && <span class="rk-acting-name">{sender.name} </span>}
        <span class="rk-acting-address">{sender.address} </span>
        {sender.roles.length > 0 ? (
          <span class="rk-acting-roles">
            <span class="rk-sr-only">{t(lang, 'actingAs.rolesLabel')}: </span>
            {roleList(sender.roles, lang)}
          </span>
        ) : sender.group && known ? (
          <span class="rk-acting-roles">{groupLabel(sender.group, lang)}</span>
        ) : (
          <span class="rk-acting-roles rk-muted">{t(lang, 'actingAs.unknown')}</span>
        )}
      </div>
      {dual && (
        <fieldset class="rk-radio-group">
          <legend>{t(lang, 'actingAs.legend')}</legend>
          <p class="rk-radio-hint">{t(lang, 'actingAs.hint')}</p>
          {option('fortroendevald', electedRoles(sender.roles))}
          {option('tjansteperson', staffRoles(sender.roles))}
        </fieldset>
      )}
    </section>
  );
}
