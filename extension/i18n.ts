// The panel's own strings (frame, notes, send question), Swedish first. The findings come from
// the shared core/ui tables; the popup and options page have theirs in pages-i18n.ts (kept apart so
// the content scripts stay small). Manifest strings are in _locales/.
import { createTranslator } from '../core/ui/i18n.js';
const sv = {
  'panel.title': 'Rollkoll',
  'panel.label': 'Rollkoll – råd om kommunikationsvägar',
  'panel.collapse': 'Dölj råden',
  'panel.expand': 'Visa råden',
  'panel.example': 'Exempelkatalog (Kungsörs kommun, påhittade personer). Ingen riktig katalog är inställd – välj kommunens katalogfil under Inställningar.',
  'panel.settings': 'Inställningar',
  'panel.noSender': 'Rollkoll vet inte vem du skriver som. Ange dina adresser under Inställningar.',
  'panel.unknownSender': 'Avsändaren {address} finns inte i katalogen. Är det din privata adress? Ange dina adresser under Inställningar.',
  'panel.checkedAs': 'Råden gäller dig som {name} (enligt dina adresser i Inställningar).',
  'panel.applied': 'Ändrat: {label}',
  'send.title': 'Vill du skicka ändå?',
  'send.prompt': 'Rollkoll har synpunkter på mottagarna. Riktlinjen är en gemensam överenskommelse – du bestämmer själv.',
  'send.block': 'Kommunen har bestämt att varningarna ska åtgärdas innan brevet skickas.',
  'send.anyway': 'Skicka ändå',
  'send.cancel': 'Gå tillbaka',
} as const;

type Key = keyof typeof sv;

const en: Record<Key, string> = {
  'panel.title': 'Rollkoll',
  'panel.label': 'Rollkoll – advice on communication paths',
  'panel.collapse': 'Hide advice',
  'panel.expand': 'Show advice',
  'panel.example': 'Example directory (Kungsör municipality, fictional people). No real directory is set – choose the municipality’s directory file in Settings.',
  'panel.settings': 'Settings',
  'panel.noSender': 'Rollkoll does not know who you write as. Enter your addresses in Settings.',
  'panel.unknownSender': 'The sender {address} is not in the directory. Is it your private address? Enter your addresses in Settings.',
  'panel.checkedAs': 'The advice is for you as {name} (from your addresses in Settings).',
  'panel.applied': 'Changed: {label}',
  'send.title': 'Send anyway?',
  'send.prompt': 'Rollkoll has remarks on the recipients. The guideline is a shared agreement – the choice is yours.',
  'send.block': 'The municipality has decided that warnings must be fixed before the message is sent.',
  'send.anyway': 'Send anyway',
  'send.cancel': 'Go back',
};

export type ExtKey = Key;
export const extMessages = { sv: sv as Record<Key, string>, en };
export const tx = createTranslator<Key>(extMessages);
