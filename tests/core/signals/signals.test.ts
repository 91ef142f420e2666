import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeSignals, MAX_TEXT } from '../../../core/signals/signals.js';
import type { MatchStats } from '../../../core/signals/phrases.js';

const body = (text: string) => computeSignals('', text);

describe('the examples of rules.md', () => {
  it.each([
    'Kan du se till att bygglovet för Ängsgatan 4 beviljas',
    'prioritera hennes ansökan om bistånd',
    'ärende KS 2024/117 – ändra beslutet',
  ])('individualCase: %s', (text) => expect(body(text).individualCase).toBe(true));

  it.each(['Jag ska se till att gatan plogas', 'jag lovar att fixa det', 'vi ordnar en ny lekplats'])(
    'promise: %s',
    (text) => expect(body(text).promise).toBe(true),
  );

  it('a decided measure is not a promise', () => {
    expect(body('nämnden beslutade i mars att bygga en ny lekplats').promise).toBe(false);
    expect(body('Vi bygger en ny lekplats, det beslutade nämnden i mars.').promise).toBe(false);
  });

  it.each(['Varför lägger nämnden ned skolan?', 'budgeten för 2027', 'prioriteringen av äldreomsorgen'])(
    'question vad: %s',
    (text) => expect(body(text).question).toBe('vad'),
  );

  it.each(['hur många tjänster är tillsatta', 'rutinen för skolskjuts', 'handläggningstiden för bygglov'])(
    'question hur: %s',
    (text) => expect(body(text).question).toBe('hur'),
  );

  it.each(['akut', 'brådskande', 'kris', 'brand', 'olycka', 'evakuering', 'vattenläcka'])('acute: %s', (word) =>
    expect(body(`Det gäller en ${word} på skolan.`).acute).toBe(true),
  );

  it.each(['misstänker mutor', 'förskingring', 'jäv i upphandlingen', 'bedrägeri'])('whistleblowing: %s', (text) =>
    expect(body(`Jag vill rapportera: ${text}.`).whistleblowing).toBe(true),
  );

  it('personnummer: 19811218-9876 (its checksum is valid)', () => {
    expect(body('Gäller 19811218-9876.').personnummer).toBe(true);
  });
});

describe('question', () => {
  it('is null when both vad and hur hold, or neither', () => {
    expect(body('Varför lägger nämnden ned skolan? Hur många elever berörs?').question).toBeNull();
    expect(body('Hej! Hur mår du? Ses vi på fredag?').question).toBeNull();
  });
  it('"varför" needs a political actor to be a vad-question', () => {
    expect(body('Varför beslutade fullmäktige så?').question).toBe('vad');
    expect(body('Varför är det så kallt i klassrummet?').question).toBeNull();
  });
  it('reads the subject too', () => {
    expect(computeSignals('Fråga om budgeten 2027', 'Hej, kan du ringa mig?').question).toBe('vad');
  });
  it('English', () => {
    expect(body('Why did the council cut the budget for schools?').question).toBe('vad');
    expect(body('How many staff are on sick leave this month?').question).toBe('hur');
  });
});

describe('individualCase', () => {
  it('needs both a specific case and a request for its handling', () => {
    expect(body('Kan du skicka handlingarna i ärende KS 2024/117?').individualCase).toBe(false);
    expect(body('Kan du prioritera arbetet med översiktsplanen?').individualCase).toBe(false);
    expect(body('Vi måste prioritera äldreomsorgen i budgeten.').individualCase).toBe(false);
  });
  it('finds other references: dnr, property designation, a person', () => {
    expect(body('Dnr 2023/45: jag vill att ni beviljar det.').individualCase).toBe(true);
    expect(body('Kan ni påskynda bygglovet för fastigheten Ängen 1:23?').individualCase).toBe(true);
    expect(body('Min granne har sökt förskoleplats, ge henne förtur.').individualCase).toBe(true);
    expect(body('Se till att Annas ansökan beviljas.').individualCase).toBe(true);
  });
  it('a date is not a case number, an agenda item is not a case', () => {
    expect(body('Mötet KS 2024-05-12 – godkänn protokollet').individualCase).toBe(false);
    expect(body('Se till att ärende 5 kommer med på dagordningen.').individualCase).toBe(false);
  });
  it('without å/ä/ö and in capitals', () => {
    expect(body('kan du se till att bygglovet for Angsgatan 4 beviljas').individualCase).toBe(true);
    expect(body('PRIORITERA HENNES ANSÖKAN OM BISTÅND').individualCase).toBe(true);
  });
  it('English', () => {
    expect(body('Could you make sure my neighbour gets her permit approved?').individualCase).toBe(true);
    expect(body('Please expedite case number 2024/117.').individualCase).toBe(true);
  });
});

describe('promise', () => {
  it('inflections and word order', () => {
    expect(body('Det ska jag fixa.').promise).toBe(true);
    expect(body('Då ordnar vi det till våren.').promise).toBe(true);
    expect(body('Jag kommer att se till att belysningen lagas.').promise).toBe(true);
    expect(body('Vi ska absolut åtgärda det.').promise).toBe(true);
    expect(body('jag lovar att fixa det').promise).toBe(true);
  });
  it('is not a promise: other plans, negation, a question, passive information', () => {
    expect(body('Jag ska vara ledig nästa vecka.').promise).toBe(false);
    expect(body('Jag lovar inget, men jag tar upp det med förvaltningschefen.').promise).toBe(false);
    expect(body('Ska vi ordna ett möte?').promise).toBe(false);
    expect(body('Gatan plogas enligt plogplanen.').promise).toBe(false);
    expect(body('Jag återkommer när jag har pratat med förvaltningen.').promise).toBe(false);
    expect(body('Vi ses på torsdag.').promise).toBe(false);
    expect(body('Jag ska se till att du får svar från förvaltningen.').promise).toBe(false);
    expect(body("I'll make sure the right person contacts you.").promise).toBe(false);
    expect(body('Jag ska skicka protokollet imorgon.').promise).toBe(false);
  });
  it('the Swedish "i" is not the English "I"', () => {
    expect(body('Företaget bygger i Kungsör.').promise).toBe(false);
  });
  it('English', () => {
    expect(body("Don't worry, I'll fix it.").promise).toBe(true);
    expect(body('I promise the road will be cleared.').promise).toBe(true);
    expect(body('We will make sure the playground is rebuilt.').promise).toBe(true);
    expect(body('I will not promise anything.').promise).toBe(false);
  });
});

describe('acute and whistleblowing', () => {
  it('inflections and no diacritics', () => {
    expect(body('BRADSKANDE: vattenläckan på Storgatan').acute).toBe(true);
    expect(body('Skolan evakuerades i morse.').acute).toBe(true);
    expect(body('Jag misstanker att nagon har forskingrat pengar').whistleblowing).toBe(true);
    expect(body('Det handlar om bedrägerier i hemtjänsten.').whistleblowing).toBe(true);
  });
  it('a negation just before undoes it', () => {
    expect(body('Det är inte akut, svara när du hinner.').acute).toBe(false);
    expect(body('Det finns inget jäv i ärendet.').whistleblowing).toBe(false);
  });
  it('words that only look alike do not count', () => {
    expect(body('Jag var olycklig över beskedet.').acute).toBe(false);
    expect(body('Han muttrade något om muttrar.').whistleblowing).toBe(false);
    expect(body('Kristina och Kristian kommer på mötet.').acute).toBe(false);
  });
  it('English', () => {
    expect(body('URGENT: water leak in the basement').acute).toBe(true);
    expect(body('I suspect bribes in the procurement.').whistleblowing).toBe(true);
  });
});

describe('only the new text is read', () => {
  it('quoted lines do not count', () => {
    const s = body('Tack, jag återkommer.\n\n> Jag lovar att fixa det\n> Det är akut');
    expect(s.promise).toBe(false);
    expect(s.acute).toBe(false);
  });
  it('forwarded history does not count', () => {
    const s = body(
      'Se nedan.\n\n-----Ursprungligt meddelande-----\nFrån: Anna\nSkickat: den 3 juni 2025\nÄmne: x\n\nVi misstänker mutor. 19811218-9876',
    );
    expect(s.whistleblowing).toBe(false);
    expect(s.personnummer).toBe(false);
  });
  it('text above a reply header counts', () => {
    expect(body('Det är akut!\n\nDen 3 juni 2025 skrev Anna Berg <anna@x.se>:\n> hej').acute).toBe(true);
  });
});

describe('robustness', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 3000 }), (subject, text) => {
        const s = computeSignals(subject, text);
        expect(['vad', 'hur', null]).toContain(s.question);
      }),
      { numRuns: 300 },
    );
  });
  it('never throws on values that are not strings', () => {
    for (const bad of [undefined, null, 12, {}, []]) {
      expect(() => computeSignals(bad as unknown as string, bad as unknown as string)).not.toThrow();
    }
  });

  it('a 2 MB pathological input returns, and only the first part is read', () => {
    const unit = 'jag ska ska ska hur hur varför varför akut* 1111111111-';
    const huge = unit.repeat(Math.ceil(2_000_000 / unit.length));
    const s = computeSignals(huge, huge);
    expect(typeof s.acute).toBe('boolean');
    expect(body('a '.repeat(MAX_TEXT) + 'akut').acute).toBe(false);
  });

  it('the work per token is bounded (linear time), however the text is built', () => {
    const perToken = (text: string): number => {
      const stats: MatchStats = { steps: 0 };
      computeSignals('', text, stats);
      return stats.steps / Math.max(1, stats.tokens ?? 1);
    };
    for (const unit of ['jag ska ', 'hur ', 'se till att ', 'vi ordnar ', 'a ', 'ängsgatan 4 ', 'KS 2024/117 ', '> \n']) {
      const small = perToken(unit.repeat(1_000));
      const large = perToken(unit.repeat(20_000));
      expect(large).toBeLessThanOrEqual(small + 1);
      expect(large).toBeLessThan(20);
    }
  });
});

describe('question = vad: a board named in a compound', () => {
  it.each([
    'Varför har socialnämnden beslutat att stänga korttidsboendet?',
    'Varför stänger utbildningsnämnden skolan?',
    'Varfor har bolagsstyrelsen sagt nej?',
  ])('%s', (text) => {
    expect(computeSignals('', text).question).toBe('vad');
  });

  it('a compound that is no board does not make it political', () => {
    expect(computeSignals('', 'Varför är korttidsboendet stängt?').question).toBeNull();
  });
});
