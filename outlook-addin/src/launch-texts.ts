// The words of the info bar and the Smart Alerts dialog (Swedish default, English).
import type { Lang } from '../../core/types.js';

export interface LaunchTexts {
  showAdvice: string;
  infoPrefix: string;
  more: (n: number) => string;
  sendIntro: (n: number) => string;
  sendOutroPrompt: string;
  sendOutroBlock: string;
  sendOutroPromptPlain: string;
  sendOutroBlockPlain: string;
  failNotice: string;
}

export const LAUNCH_TEXTS: Record<Lang, LaunchTexts> = {
  sv: {
    showAdvice: 'Visa råd',
    infoPrefix: 'Rollkoll: ',
    more: (n) => ` (+${n} till)`,
    sendIntro: (n) => (n === 1 ? 'Rollkoll har ett råd enligt riktlinjen:' : `Rollkoll har ${n} råd enligt riktlinjen:`),
    sendOutroPrompt: 'Välj **Visa råd** för att rätta med ett klick, eller skicka ändå.',
    sendOutroBlock: 'Kommunen har bestämt att varningar ska åtgärdas före sändning. Välj **Visa råd**.',
    sendOutroPromptPlain: 'Välj Visa råd för att rätta med ett klick, eller skicka ändå.',
    sendOutroBlockPlain: 'Kommunen har bestämt att varningar ska åtgärdas före sändning. Välj Visa råd.',
    failNotice: 'Rollkoll kunde inte kontrollera mejlet (organisationsfilen gick inte att läsa). Du kan skicka som vanligt.',
  },
  en: {
    showAdvice: 'Show advice',
    infoPrefix: 'Rollkoll: ',
    more: (n) => ` (+${n} more)`,
    sendIntro: (n) => (n === 1 ? 'Rollkoll has one piece of advice under the guideline:' : `Rollkoll has ${n} pieces of advice under the guideline:`),
    sendOutroPrompt: 'Choose **Show advice** to fix it in one click, or send anyway.',
    sendOutroBlock: 'Your municipality requires warnings to be fixed before sending. Choose **Show advice**.',
    sendOutroPromptPlain: 'Choose Show advice to fix it in one click, or send anyway.',
    sendOutroBlockPlain: 'Your municipality requires warnings to be fixed before sending. Choose Show advice.',
    failNotice: 'Rollkoll could not check this message (the organisation file could not be read). You can send as usual.',
  },
};
