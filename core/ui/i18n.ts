// UI strings in Swedish (default) and English. Terms follow the guideline: förtroendevald,
// tjänsteperson, förvaltningschef, kommunikatör. The add-in and extension add their own tables in
// the same style and get a `t` for them with `createTranslator`.
import type { Lang, Severity, Field } from '../types.js';

export type Vars = Record<string, string | number>;
export type StringTable<K extends string> = Record<Lang, Record<K, string>>;

const sv = {
  // Severity labels: shown as text beside the icon, so colour is never the only cue.
  'severity.warning': 'Varning',
  'severity.info': 'Tips',

  // FindingList
  'findings.listLabel': 'Synpunkter på mottagarna',
  'findings.empty': 'Inga synpunkter – mottagarna följer riktlinjen.',
  'findings.concerns': 'Gäller:',
  'findings.why': 'Varför? Riktlinjen säger:',
  'findings.why.lag': 'Varför? Lagen säger:',
  'findings.why.katalog': 'Varför?',
  'findings.applyAll': 'Tillämpa alla',
  'findings.applyAllCount': 'Tillämpa alla ({count})',
  'findings.suggestionsLabel': 'Förslag',
  'findings.problems': 'Kunde inte läsa alla adresser:',
  'status.none': 'Inga synpunkter.',
  'status.warnings.one': '1 varning',
  'status.warnings.other': '{count} varningar',
  'status.infos.one': '1 tips',
  'status.infos.other': '{count} tips',
  'status.and': '{a} och {b}',

  // Suggestion buttons. {to}/{from} are names or addresses.
  'suggestion.replace': 'Ersätt {from} med {to}',
  'suggestion.add.to': 'Lägg till {to} som mottagare',
  'suggestion.add.cc': 'Lägg till {to} som kopia',
  'suggestion.add.bcc': 'Lägg till {to} som dold kopia',
  'suggestion.remove': 'Ta bort {from}',

  // ActingAsSwitch
  'actingAs.heading': 'Avsändare',
  'actingAs.legend': 'Jag skriver som:',
  'actingAs.hint': 'Du har både ett politiskt uppdrag och en anställning. Välj vilken roll brevet skrivs i – råden utgår från det.',
  'actingAs.unknown': 'Adressen finns inte i kommunens katalog.',
  'actingAs.rolesLabel': 'Roller',

  // PathPicture
  'path.label': 'Rekommenderad väg',
  'path.you': 'Du',
  'path.contact': 'Kontakt',
  'path.step': 'Steg {n}',
  'path.empty': 'Ingen väg att visa.',
  'path.direct': 'Du kan kontakta personen direkt.',

  // LookupView
  'lookup.label': 'Sök person, enhet, roll eller ämne',
  'lookup.placeholder': 't.ex. rektor, bygglov, Anna',
  'lookup.hint': 'Skriv minst {min} tecken.',
  'lookup.searching': 'Söker …',
  'lookup.results.none': 'Inga träffar för ”{query}”.',
  'lookup.results.one': '1 träff',
  'lookup.results.other': '{count} träffar',
  'lookup.resultsLabel': 'Sökresultat',
  'lookup.pick': 'Skriv till {name}',
  'lookup.unit': 'Enhet:',
  'lookup.kind.unit': 'Enhet',
  'lookup.kind.mailbox': 'Funktionsbrevlåda',
  'lookup.error': 'Sökningen misslyckades. Försök igen.',

  // RouteView
  'route.heading': 'Vem bör svara?',
  'route.badge.vad': 'Vad-fråga',
  'route.badge.hur': 'Hur-fråga',
  'route.badge.unknown': 'Oklart',
  'route.explain.vad': 'Frågan gäller vad som beslutats eller prioriteras. Enligt riktlinjen svarar förtroendevalda på vad-frågor.',
  'route.explain.hur': 'Frågan gäller hur verksamheten genomförs. Enligt riktlinjen svarar ansvarig chef på hur-frågor.',
  'route.explain.unknown': 'Det går inte att säga om det är en vad- eller hur-fråga. Stäm av med både förtroendevald och ansvarig chef – förtroendevald först.',
  'route.media': 'Förfrågan kommer från media.',
  'route.about': 'Gäller:',
  'route.answerers': 'Bör svara',
  'route.noAnswerers': 'Ingen ansvarig hittades i katalogen.',
  'route.communicator': 'Kommunikatör',
  'route.communicatorNote': 'Kommunikatörerna finns som expertstöd vid behov.',
  'route.noCommunicator': 'Ingen kommunikatör hittades i katalogen.',
  'route.forward': 'Skapa vidarebefordran',
  'route.why': 'Varför? Så säger riktlinjen',
} as const;

export type MessageKey = keyof typeof sv;

const en: Record<MessageKey, string> = {
  'severity.warning': 'Warning',
  'severity.info': 'Tip',

  'findings.listLabel': 'Remarks on the recipients',
  'findings.empty': 'No remarks – the recipients follow the guideline.',
  'findings.concerns': 'Concerns:',
  'findings.why': 'Why? The guideline says:',
  'findings.why.lag': 'Why? The law says:',
  'findings.why.katalog': 'Why?',
  'findings.applyAll': 'Apply all',
  'findings.applyAllCount': 'Apply all ({count})',
  'findings.suggestionsLabel': 'Suggestions',
  'findings.problems': 'Some addresses could not be read:',
  'status.none': 'No remarks.',
  'status.warnings.one': '1 warning',
  'status.warnings.other': '{count} warnings',
  'status.infos.one': '1 tip',
  'status.infos.other': '{count} tips',
  'status.and': '{a} and {b}',

  'suggestion.replace': 'Replace {from} with {to}',
  'suggestion.add.to': 'Add {to} as recipient',
  'suggestion.add.cc': 'Add {to} as Cc',
  'suggestion.add.bcc': 'Add {to} as Bcc',
  'suggestion.remove': 'Remove {from}',

  'actingAs.heading': 'Sender',
  'actingAs.legend': 'I am writing as:',
  'actingAs.hint': 'You hold both an elected office and a job in the organisation. Choose the role this message is written in – the advice depends on it.',
  'actingAs.unknown': 'This address is not in the municipality’s directory.',
  'actingAs.rolesLabel': 'Roles',

  'path.label': 'Recommended path',
  'path.you': 'You',
  'path.contact': 'Contact',
  'path.step': 'Step {n}',
  'path.empty': 'No path to show.',
  'path.direct': 'You can contact this person directly.',

  'lookup.label': 'Search person, unit, role or topic',
  'lookup.placeholder': 'e.g. principal, building permit, Anna',
  'lookup.hint': 'Type at least {min} characters.',
  'lookup.searching': 'Searching …',
  'lookup.results.none': 'No results for “{query}”.',
  'lookup.results.one': '1 result',
  'lookup.results.other': '{count} results',
  'lookup.resultsLabel': 'Search results',
  'lookup.pick': 'Write to {name}',
  'lookup.unit': 'Unit:',
  'lookup.kind.unit': 'Unit',
  'lookup.kind.mailbox': 'Shared mailbox',
  'lookup.error': 'The search failed. Please try again.',

  'route.heading': 'Who should answer?',
  'route.badge.vad': '“What” question',
  'route.badge.hur': '“How” question',
  'route.badge.unknown': 'Unclear',
  'route.explain.vad': 'The question is about what has been decided or prioritised. Under the guideline, elected representatives (förtroendevalda) answer “what” questions.',
  'route.explain.hur': 'The question is about how the work is carried out. Under the guideline, the responsible manager answers “how” questions.',
  'route.explain.unknown': 'It is not clear whether this is a “what” or a “how” question. Check with both the elected representative and the responsible manager – the elected representative first.',
  'route.media': 'The request comes from the media.',
  'route.about': 'About:',
  'route.answerers': 'Should answer',
  'route.noAnswerers': 'No responsible person was found in the directory.',
  'route.communicator': 'Communications officer',
  'route.communicatorNote': 'The communications officers (kommunikatörer) are there as expert support when needed.',
  'route.noCommunicator': 'No communications officer was found in the directory.',
  'route.forward': 'Create forward',
  'route.why': 'Why? What the guideline says',
};

/** The shared UI strings. Other parts may read them, and add their own tables in this style. */
export const messages: StringTable<MessageKey> = { sv, en };

/** Fills `{name}` placeholders; unknown placeholders stay as written so a mistake is visible. */
export function format(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/** Makes a `t` for a table of strings; a missing language falls back to Swedish. */
export function createTranslator<K extends string>(table: StringTable<K>) {
  return (lang: Lang, key: K, vars?: Vars): string => format(table[lang]?.[key] ?? table.sv[key] ?? key, vars);
}

export const t: (lang: Lang, key: MessageKey, vars?: Vars) => string = createTranslator(messages);

/** Picks `<base>.one` or `<base>.other` by count (Swedish and English plurals agree on this). */
export function tCount(lang: Lang, base: 'status.warnings' | 'status.infos' | 'lookup.results', count: number): string {
  const key = `${base}.${count === 1 ? 'one' : 'other'}` as MessageKey;
  return t(lang, key, { count });
}

// Role and group names live in core/labels.ts (the CLI needs them without the DOM): one source.
export { roleLabels, groupLabels, roleLabel, groupLabel, roleList } from '../labels.js';

export function severityLabel(severity: Severity, lang: Lang = 'sv'): string {
  return t(lang, severity === 'warning' ? 'severity.warning' : 'severity.info');
}

export function addKeyForField(field: Field): MessageKey {
  return field === 'to' ? 'suggestion.add.to' : field === 'bcc' ? 'suggestion.add.bcc' : 'suggestion.add.cc';
}
