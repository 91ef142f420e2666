// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ActingAsSwitch, isDualRole } from '../../../core/ui/ActingAsSwitch.js';
import { axeViolations, click, mount, text } from './render.js';
import { EVIL } from './fixtures.js';

const dual = { address: 'anna.berg@kungsor.se', name: 'Anna Berg', roles: ['ledamot', 'chef'] as const };

describe('ActingAsSwitch', () => {
  it('shows name, address and role names', () => {
    const c = mount(<ActingAsSwitch sender={{ address: 'bo@kungsor.se', name: 'Bo Ek', roles: ['ordforande', 'ledamot'] }} />);
    expect(text(c)).toContain('Avsändare');
    expect(text(c)).toContain('Bo Ek');
    expect(text(c)).toContain('bo@kungsor.se');
    expect(text(c)).toContain('Ordförande, Ledamot');
    expect(c.querySelector('input[type="radio"]')).toBeNull(); // one role kind: nothing to choose
  });

  it('lets a person with an elected and an employee role choose, as a labelled radio group', () => {
    const onChange = vi.fn();
    const c = mount(<ActingAsSwitch sender={{ ...dual, roles: [...dual.roles] }} actingAs="fortroendevald" onChange={onChange} />);
    const fieldset = c.querySelector('fieldset')!;
    expect(text(fieldset.querySelector('legend'))).toBe('Jag skriver som:');
    const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => text(r.closest('label')))).toEqual(['Förtroendevald Ledamot', 'Tjänsteperson Chef']);
    expect(radios[0]!.checked).toBe(true);
    expect(radios[0]!.name).toBe(radios[1]!.name);
    click(radios[1]!);
    expect(onChange).toHaveBeenCalledWith('tjansteperson');
  });

  it('speaks English when asked', () => {
    const c = mount(<ActingAsSwitch sender={{ ...dual, roles: [...dual.roles] }} actingAs="tjansteperson" lang="en" />);
    expect(text(c.querySelector('legend'))).toBe('I am writing as:');
    expect(text(c)).toContain('Elected representative');
    expect(text(c)).toContain('Manager');
  });

  it('says when the address is not in the directory', () => {
    const c = mount(<ActingAsSwitch sender={{ address: 'x@gmail.com', roles: [], group: 'medborgare' }} />);
    expect(text(c)).toContain('Adressen finns inte i kommunens katalog.');
  });

  it('shows a hostile name literally', () => {
    const c = mount(<ActingAsSwitch sender={{ address: 'a@kungsor.se', name: EVIL, roles: ['chef'] }} />);
    expect(text(c)).toContain(EVIL);
    expect(c.querySelector('img')).toBeNull();
  });

  it('knows a dual role', () => {
    expect(isDualRole(['kso', 'chef'])).toBe(true);
    expect(isDualRole(['kso', 'ledamot'])).toBe(false);
    expect(isDualRole(['forvaltningschef'])).toBe(false);
  });

  it('has no axe violations that happy-dom can detect', async () => {
    const c = mount(<ActingAsSwitch sender={{ ...dual, roles: [...dual.roles] }} actingAs="fortroendevald" />);
    expect(await axeViolations(c)).toEqual([]);
  });
});
