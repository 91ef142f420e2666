// Names of roles and groups in Swedish and English: domain vocabulary shared by the CLI and the UIs
// (kept out of core/ui so that DOM-free code never imports from there).
import type { Group, Lang, Role } from './types.js';

export const roleLabels: Record<Lang, Record<Role, string>> = {
  sv: {
    ledamot: 'Ledamot',
    ersattare: 'Ersättare',
    ordforande: 'Ordförande',
    'vice-ordforande': 'Vice ordförande',
    kso: 'Kommunstyrelsens ordförande',
    oppositionsledare: 'Oppositionsledare',
    kommundirektor: 'Kommundirektör',
    forvaltningschef: 'Förvaltningschef',
    vd: 'VD',
    chef: 'Chef',
    medarbetare: 'Medarbetare',
    kommunikator: 'Kommunikatör',
    namndsekreterare: 'Nämndsekreterare',
    registrator: 'Registrator',
    media: 'Media',
  },
  en: {
    ledamot: 'Member',
    ersattare: 'Substitute member',
    ordforande: 'Chair',
    'vice-ordforande': 'Vice chair',
    kso: 'Chair of the municipal executive board',
    oppositionsledare: 'Leader of the opposition',
    kommundirektor: 'Chief executive',
    forvaltningschef: 'Head of department',
    vd: 'Managing director',
    chef: 'Manager',
    medarbetare: 'Employee',
    kommunikator: 'Communications officer',
    namndsekreterare: 'Committee secretary',
    registrator: 'Registrar',
    media: 'Media',
  },
};

export const groupLabels: Record<Lang, Record<Group, string>> = {
  sv: {
    fortroendevald: 'Förtroendevald',
    tjansteperson: 'Tjänsteperson',
    medborgare: 'Medborgare',
    media: 'Media',
    okand: 'Okänd',
  },
  en: {
    fortroendevald: 'Elected representative',
    tjansteperson: 'Employee',
    medborgare: 'Citizen',
    media: 'Media',
    okand: 'Unknown',
  },
};

/** A role's name; an unknown code (a newer core) is shown as written rather than hidden. */
export function roleLabel(role: Role | string, lang: Lang = 'sv'): string {
  return (roleLabels[lang] as Record<string, string>)[role] ?? role;
}

export function groupLabel(group: Group | string, lang: Lang = 'sv'): string {
  return (groupLabels[lang] as Record<string, string>)[group] ?? group;
}

/** Role names joined for display, duplicates removed ("Ordförande, Ledamot"). */
export function roleList(roles: readonly (Role | string)[], lang: Lang = 'sv'): string {
  return [...new Set(roles.map((r) => roleLabel(r, lang)))].join(', ');
}
