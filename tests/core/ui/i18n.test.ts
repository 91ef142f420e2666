import { describe, expect, it } from 'vitest';
import { ELECTED_ROLES, GROUPS, ROLES, STAFF_ROLES } from '../../../core/types.js';
import { createTranslator, format, groupLabel, messages, roleLabel, roleList, t, tCount } from '../../../core/ui/i18n.js';

describe('i18n', () => {
  it('has every key in both languages, none empty', () => {
    const sv = Object.keys(messages.sv).sort();
    expect(Object.keys(messages.en).sort()).toEqual(sv);
    for (const lang of ['sv', 'en'] as const) for (const k of sv) expect((messages[lang] as Record<string, string>)[k]).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    for (const k of Object.keys(messages.sv) as (keyof typeof messages.sv)[]) expect(holes(messages.en[k]), k).toBe(holes(messages.sv[k]));
  });

  it('names every role and group in both languages, with å ä ö', () => {
    for (const r of ROLES) {
      expect(roleLabel(r, 'sv')).not.toBe(r === 'media' ? '' : r);
      expect(roleLabel(r, 'en')).not.toBe(r === 'media' ? '' : r);
    }
    for (const g of GROUPS) expect(groupLabel(g, 'en')).not.toBe(g);
    expect(roleLabel('forvaltningschef')).toBe('Förvaltningschef');
    expect(roleLabel('kommunikator')).toBe('Kommunikatör');
    expect(roleLabel('kommundirektor')).toBe('Kommundirektör');
    expect(roleLabel('ordforande')).toBe('Ordförande');
    expect(roleLabel('ersattare')).toBe('Ersättare');
    expect(groupLabel('fortroendevald')).toBe('Förtroendevald');
    expect(groupLabel('tjansteperson')).toBe('Tjänsteperson');
    expect(ELECTED_ROLES.length + STAFF_ROLES.length).toBeGreaterThan(0);
  });

  it('fills placeholders, counts, and falls back to the code for an unknown role', () => {
    expect(t('sv', 'suggestion.replace', { from: 'A', to: 'B' })).toBe('Ersätt A med B');
    expect(tCount('sv', 'status.warnings', 1)).toBe('1 varning');
    expect(tCount('sv', 'status.warnings', 3)).toBe('3 varningar');
    expect(tCount('en', 'lookup.results', 2)).toBe('2 results');
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
    expect(roleLabel('okand-roll')).toBe('okand-roll');
    expect(roleList(['ledamot', 'ledamot', 'chef'])).toBe('Ledamot, Chef');
  });

  it('lets other parts make their own translator in the same style', () => {
    const tt = createTranslator({ sv: { hej: 'Hej {namn}' }, en: { hej: 'Hi {namn}' } });
    expect(tt('sv', 'hej', { namn: 'Åsa' })).toBe('Hej Åsa');
    expect(tt('en', 'hej', { namn: 'Åsa' })).toBe('Hi Åsa');
  });
});
