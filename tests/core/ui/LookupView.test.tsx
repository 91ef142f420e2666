// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { LookupView, firstStep } from '../../../core/ui/LookupView.js';
import type { LookupResult } from '../../../core/types.js';
import { axeViolations, buttons, click, mount, text } from './render.js';
import { EVIL, lookupResults } from './fixtures.js';

function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function flush(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('LookupView', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('has a labelled search box', () => {
    const c = mount(<LookupView search={() => []} />);
    const input = c.querySelector('input')!;
    const label = c.querySelector(`label[for="${input.id}"]`);
    expect(text(label)).toBe('Sök person, enhet, roll eller ämne');
    expect(c.querySelector('form')!.getAttribute('role')).toBe('search');
  });

  it('searches once typing pauses, and shows and announces the results', async () => {
    const search = vi.fn((_q: string) => lookupResults);
    const c = mount(<LookupView search={search} debounceMs={250} />);
    const input = c.querySelector('input')!;
    type(input, 're');
    type(input, 'rek');
    type(input, 'rektor');
    await flush(100);
    expect(search).not.toHaveBeenCalled();
    await flush(300);
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith('rektor');

    const status = c.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(text(status)).toBe('2 träffar');
    const items = [...c.querySelectorAll('.rk-results > li')];
    expect(items).toHaveLength(2);
    expect(text(items[0])).toContain('Maria Sjöberg');
    expect(text(items[0])).toContain('Chef · Kungsörs grundskola');
    expect(text(items[0])).toContain('Som förtroendevald: kontakta förvaltningschefen först.');
    expect(items[0]!.querySelector('ol[aria-label="Rekommenderad väg"]')).not.toBeNull();
    expect(text(items[1])).toContain('Funktionsbrevlåda');
  });

  it('does not search below the minimum length and says so', async () => {
    const search = vi.fn(() => lookupResults);
    const c = mount(<LookupView search={search} />);
    type(c.querySelector('input')!, 'r');
    await flush(500);
    expect(search).not.toHaveBeenCalled();
    expect(text(c)).toContain('Skriv minst 2 tecken.');
  });

  it('says when nothing was found', async () => {
    const c = mount(<LookupView search={() => []} lang="en" />);
    type(c.querySelector('input')!, 'zzz');
    await flush(500);
    expect(text(c.querySelector('[role="status"]'))).toBe('No results for “zzz”.');
  });

  it('calls onPick with the chosen result', async () => {
    const onPick = vi.fn();
    const c = mount(<LookupView search={() => lookupResults} onPick={onPick} />);
    type(c.querySelector('input')!, 'rektor');
    await flush(500);
    const pick = buttons(c).find((b) => text(b) === 'Skriv till Maria Sjöberg')!;
    expect(pick).toBeDefined();
    click(pick);
    expect(onPick).toHaveBeenCalledWith(lookupResults[0]);
  });

  it('keeps only the latest answer of an async search', async () => {
    const slow = new Promise<LookupResult[]>((resolve) => setTimeout(() => resolve([lookupResults[1]!]), 1000));
    const search = vi.fn((q: string) => (q === 'bygg' ? slow : Promise.resolve([lookupResults[0]!])));
    const c = mount(<LookupView search={search} />);
    const input = c.querySelector('input')!;
    type(input, 'bygg');
    await flush(300);
    type(input, 'rektor');
    await flush(2000);
    expect([...c.querySelectorAll('.rk-result-name')].map(text)).toEqual(['Maria Sjöberg']);
  });

  it('shows a hostile name literally', async () => {
    const evil: LookupResult = { ...lookupResults[0]!, name: EVIL, note: EVIL, path: [{ address: 'a@kungsor.se', name: EVIL, roles: [] }] };
    const c = mount(<LookupView search={() => [evil]} onPick={() => {}} />);
    type(c.querySelector('input')!, 'x1');
    await flush(500);
    expect(text(c.querySelector('.rk-result-name'))).toBe(EVIL);
    expect(c.querySelector('img')).toBeNull();
  });

  it('has no axe violations that happy-dom can detect', async () => {
    const c = mount(<LookupView search={() => lookupResults} onPick={() => {}} />);
    type(c.querySelector('input')!, 'rektor');
    await flush(500);
    vi.useRealTimers();
    expect(await axeViolations(c)).toEqual([]);
  });
});

describe('firstStep', () => {
  it('is whom the pick button writes to: the first step of the path, else the contact', () => {
    const [viaHead] = lookupResults;
    expect(firstStep(viaHead!)).toEqual({ address: viaHead!.path[0]!.address, name: viaHead!.path[0]!.name });
    expect(firstStep({ ...viaHead!, path: [] })).toEqual({ address: viaHead!.address, name: viaHead!.name });
  });
});
