// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { FindingList, suggestionLabel } from '../../../core/ui/FindingList.js';
import { axeViolations, buttons, click, mount, rerender, text } from './render.js';
import { EVIL, checkResult, kommunikator, okand, viaFc } from './fixtures.js';

describe('FindingList', () => {
  it('puts warnings before info, each labelled in words and not by colour alone', () => {
    const c = mount(<FindingList findings={[kommunikator, okand, viaFc]} recipients={checkResult.recipients} onApply={() => {}} />);
    const cards = [...c.querySelectorAll('li.rk-finding')];
    expect(cards.map((el) => el.getAttribute('data-rule'))).toEqual(['via-forvaltningschef', 'media-kommunikator', 'okand-mottagare']);
    expect(text(cards[0]!.querySelector('.rk-sev'))).toBe('Varning');
    expect(text(cards[1]!.querySelector('.rk-sev'))).toBe('Tips');
    expect(cards[0]!.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(text(c.querySelector('.rk-summary'))).toBe('1 varning och 2 tips');
  });

  it('leaves the summary line out where the host already shows it, keeping the findings', () => {
    const c = mount(<FindingList findings={[viaFc, okand]} showSummary={false} onApply={() => {}} />);
    expect(c.querySelector('.rk-summary')).toBeNull();
    expect(c.querySelectorAll('li.rk-finding')).toHaveLength(2);
  });

  it('says "Lagen säger" where the advice rests on the law rather than the guideline', () => {
    const lawBased = { ...okand, rule: 'allman-handling' as const, guideline: { section: 'TF 2 kap.', source: 'lag' as const, quote: 'E-post om kommunens verksamhet kan vara en allmän handling.' } };
    const c = mount(<FindingList findings={[viaFc, lawBased]} onApply={() => {}} />);
    const summaries = [...c.querySelectorAll('details summary')].map(text);
    expect(summaries).toEqual(['Varför? Riktlinjen säger:', 'Varför? Lagen säger:']);
  });

  it('calls onApply with the suggestion whose button was clicked', () => {
    const onApply = vi.fn();
    const c = mount(<FindingList findings={[viaFc]} recipients={checkResult.recipients} onApply={onApply} />);
    const replace = buttons(c).find((b) => text(b) === 'Ersätt Eva Lund med Karin Holm');
    expect(replace).toBeDefined();
    click(replace!);
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onApply).toHaveBeenCalledWith(viaFc.suggestions[0], viaFc);
  });

  it('offers "Tillämpa alla" only with several suggestions, and it applies each', () => {
    const onApply = vi.fn();
    const c = mount(<FindingList findings={[viaFc, kommunikator]} onApply={onApply} />);
    const all = buttons(c).filter((b) => text(b).startsWith('Tillämpa alla'));
    expect(all).toHaveLength(1);
    click(all[0]!);
    expect(onApply.mock.calls.map((call) => call[0])).toEqual(viaFc.suggestions);
  });

  it('passes all suggestions at once to onApplyAll when given', () => {
    const onApply = vi.fn();
    const onApplyAll = vi.fn();
    const c = mount(<FindingList findings={[viaFc]} onApply={onApply} onApplyAll={onApplyAll} />);
    click(buttons(c).find((b) => text(b).startsWith('Tillämpa alla'))!);
    expect(onApplyAll).toHaveBeenCalledWith(viaFc.suggestions, viaFc);
    expect(onApply).not.toHaveBeenCalled();
  });

  it('names each kind of fix the way a person would say it', () => {
    expect(suggestionLabel(kommunikator.suggestions[0]!, 'sv')).toBe('Lägg till Lisa Berg som kopia');
    expect(suggestionLabel({ action: 'add', field: 'to', address: 'x@kungsor.se' }, 'sv')).toBe('Lägg till x@kungsor.se som mottagare');
    expect(suggestionLabel(viaFc.suggestions[1]!, 'sv')).toBe('Ta bort olle.ek@kungsor.se');
    expect(suggestionLabel(viaFc.suggestions[0]!, 'en')).toBe('Replace eva.lund@kungsor.se with Karin Holm');
    expect(suggestionLabel(kommunikator.suggestions[0]!, 'en')).toBe('Add Lisa Berg as Cc');
  });

  it('shows the guideline passage in Swedish inside a closed <details>', () => {
    const c = mount(<FindingList findings={[viaFc]} lang="en" onApply={() => {}} />);
    const details = c.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(text(details.querySelector('summary'))).toBe('Why? The guideline says:');
    expect(text(details.querySelector('.rk-why-section'))).toBe('Kommunikationsvägar › Förtroendevalda');
    const quote = details.querySelector('blockquote')!;
    expect(text(quote)).toContain('Regeln är att alltid först ha kontakt med förvaltningschefen');
    expect(quote.getAttribute('lang')).toBe('sv');
  });

  it('lists addresses that could not be read', () => {
    const c = mount(<FindingList findings={[]} problems={[{ path: 'to[1]', message: 'to[1]: ”anna@” är ingen giltig adress' }]} onApply={() => {}} />);
    expect(text(c.querySelector('.rk-problems-title'))).toBe('Kunde inte läsa alla adresser:');
    expect(text(c.querySelector('.rk-problems li'))).toBe('to[1]: ”anna@” är ingen giltig adress');
  });

  it('leaves out an empty passage rather than showing an empty "Varför?"', () => {
    const c = mount(<FindingList findings={[{ ...okand, guideline: { section: '—', quote: '' } }, okand]} onApply={() => {}} />);
    expect(c.querySelectorAll('details')).toHaveLength(1);
    expect(c.querySelector('.rk-why-section')).toBeNull(); // "—" is not a section
  });

  it('uses Swedish by default and English when asked', () => {
    const sv = mount(<FindingList findings={[]} onApply={() => {}} />);
    expect(text(sv)).toContain('Inga synpunkter – mottagarna följer riktlinjen.');
    const en = mount(<FindingList findings={[viaFc, kommunikator]} lang="en" onApply={() => {}} />);
    expect(text(en.querySelector('.rk-summary'))).toBe('1 warning and 1 tip');
    expect(text(en.querySelector('.rk-sev'))).toBe('Warning');
    expect(buttons(en).map(text)).toContain('Apply all (2)');
  });

  it('shows a hostile display name as literal text and creates no element from it', () => {
    const c = mount(<FindingList findings={[viaFc]} recipients={checkResult.recipients} onApply={() => {}} />);
    expect(text(c.querySelector('.rk-recipients'))).toContain(EVIL);
    expect(buttons(c).map(text)).toContain(`Ta bort ${EVIL}`);
    expect(c.querySelector('img')).toBeNull();
  });

  it('announces the count only when the set of findings changes, after a pause', () => {
    vi.useFakeTimers();
    try {
      const c = mount(<FindingList findings={[viaFc]} onApply={() => {}} announceDelayMs={500} />);
      const live = c.querySelector('[role="status"]')!;
      expect(live.getAttribute('aria-live')).toBe('polite');
      expect(text(live)).toBe(''); // nothing on opening

      // A re-check with the same findings (a new array) announces nothing.
      rerender(c, <FindingList findings={[{ ...viaFc }]} onApply={() => {}} announceDelayMs={500} />);
      act(() => void vi.advanceTimersByTime(600));
      expect(text(live)).toBe('');

      rerender(c, <FindingList findings={[viaFc, kommunikator]} onApply={() => {}} announceDelayMs={500} />);
      act(() => void vi.advanceTimersByTime(200));
      expect(text(live)).toBe(''); // still typing
      act(() => void vi.advanceTimersByTime(400));
      expect(text(live)).toBe('1 varning och 1 tips');

      rerender(c, <FindingList findings={[]} onApply={() => {}} announceDelayMs={500} />);
      act(() => void vi.advanceTimersByTime(600));
      expect(text(live)).toBe('Inga synpunkter.');
      expect(c.querySelector('[role="status"]')).toBe(live); // the same region, kept in the DOM
    } finally {
      vi.useRealTimers();
    }
  });

  it('has no axe violations that happy-dom can detect', async () => {
    const c = mount(<FindingList findings={[viaFc, kommunikator, okand]} recipients={checkResult.recipients} onApply={() => {}} />);
    expect(await axeViolations(c)).toEqual([]);
  });
});
