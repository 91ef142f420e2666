// The add-in's own words (the shared components bring theirs): Swedish default, English.
import { createTranslator, type StringTable } from '../../../core/ui/i18n.js';

const sv = {
  'tabs.label': 'Rollkoll',
  'tab.advice': 'Råd',
  'tab.lookup': 'Hitta kontakt',
  'tab.route': 'Vem ska svara?',
  'load.loading': 'Läser in kommunens katalog …',
  'load.failed': 'Rollkoll kunde inte läsa kommunens katalog (organisationsfilen). Du kan skriva och skicka som vanligt. Kontakta IT om felet består.',
  'load.retry': 'Försök igen',
  'compose.recheck': 'Kontrollera igen',
  'compose.checking': 'Kontrollerar …',
  'compose.noRecipients': 'Lägg till mottagare, så visas råden här.',
  'compose.textNote': 'Mottagarna kontrolleras direkt. Har du ändrat texten, välj Kontrollera igen.',
  'compose.applied': 'Klart: {label}.',
  'compose.applyFailed': 'Outlook kunde inte ändra mottagarna. Ändra dem själv, eller försök igen.',
  'compose.limit': 'Fältet har redan så många mottagare som Outlook tillåter (500).',
  'compose.checkFailed': 'Kontrollen kunde inte köras just nu. Du kan skicka som vanligt.',
  'privacy': 'Allt kontrolleras på din dator. Inget du skriver sparas eller skickas någonstans.',
  'lookup.addTo': 'Lägg till {name} som mottagare',
  'lookup.added': '{name} är tillagd som mottagare.',
  'lookup.writeTo': 'Skriv till {name}',
  'read.forwarded': 'Ett utkast har öppnats. Läs igenom det innan du skickar.',
  'read.forwardSubject': 'VB: {subject}',
  'read.forwardGreeting': 'Hej!',
  'read.forwardText': 'Jag skickar vidare den här frågan. Enligt kommunens riktlinje bör den besvaras av {names}.',
  'read.original': '-----Ursprungligt meddelande-----',
  'read.from': 'Från',
  'read.subject': 'Ämne',
  'read.noItem': 'Öppna ett mejl för att se vem som bör svara.',
} as const;

export type AddinKey = keyof typeof sv;

const en: Record<AddinKey, string> = {
  'tabs.label': 'Rollkoll',
  'tab.advice': 'Advice',
  'tab.lookup': 'Find contact',
  'tab.route': 'Who should answer?',
  'load.loading': 'Loading the municipality’s directory …',
  'load.failed': 'Rollkoll could not read the municipality’s directory (the organisation file). You can write and send as usual. Contact IT if this persists.',
  'load.retry': 'Try again',
  'compose.recheck': 'Check again',
  'compose.checking': 'Checking …',
  'compose.noRecipients': 'Add recipients and the advice appears here.',
  'compose.textNote': 'Recipients are checked at once. If you changed the text, choose Check again.',
  'compose.applied': 'Done: {label}.',
  'compose.applyFailed': 'Outlook could not change the recipients. Change them yourself, or try again.',
  'compose.limit': 'This field already has as many recipients as Outlook allows (500).',
  'compose.checkFailed': 'The check could not run just now. You can send as usual.',
  'privacy': 'Everything is checked on your device. Nothing you write is stored or sent anywhere.',
  'lookup.addTo': 'Add {name} as recipient',
  'lookup.added': '{name} has been added as a recipient.',
  'lookup.writeTo': 'Write to {name}',
  'read.forwarded': 'A draft has opened. Read it through before you send.',
  'read.forwardSubject': 'FW: {subject}',
  'read.forwardGreeting': 'Hello,',
  'read.forwardText': 'I am forwarding this question. Under the municipality’s guideline it should be answered by {names}.',
  'read.original': '-----Original Message-----',
  'read.from': 'From',
  'read.subject': 'Subject',
  'read.noItem': 'Open a message to see who should answer it.',
};

export const addinMessages: StringTable<AddinKey> = { sv, en };
export const ta = createTranslator(addinMessages);
