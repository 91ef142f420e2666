// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PathPicture } from '../../../core/ui/PathPicture.js';
import { axeViolations, mount, text } from './render.js';
import { EVIL, longPath } from './fixtures.js';

describe('PathPicture', () => {
  it('lists the steps in order, from you to the contact, as an ordered list named "Rekommenderad väg"', () => {
    const c = mount(<PathPicture path={longPath.path} />);
    const ol = c.querySelector('ol')!;
    expect(ol.getAttribute('aria-label')).toBe('Rekommenderad väg');
    const steps = [...ol.querySelectorAll(':scope > li')].map((li) => text(li.querySelector('.rk-step-box')));
    expect(steps).toEqual([
      'Du',
      'Förvaltningschef: Karin Holm',
      'Chef: Maria Sjöberg',
      'Kontakt: Per Andersson-Wikström, Medarbetare',
    ]);
  });

  it('draws arrows between the boxes and hides them from screen readers', () => {
    const c = mount(<PathPicture path={longPath.path} />);
    const arrows = [...c.querySelectorAll('.rk-arrow')];
    expect(arrows).toHaveLength(3);
    for (const a of arrows) expect(a.getAttribute('aria-hidden')).toBe('true');
  });

  it('does not repeat the user when the path starts with them', () => {
    const path = [{ address: 'anna.berg@kungsor.se', name: 'Anna Berg', roles: ['ordforande' as const] }, ...longPath.path];
    const c = mount(<PathPicture path={path} from="Anna.Berg@kungsor.se" />);
    expect(c.querySelectorAll('li')).toHaveLength(4);
    expect(text(c)).not.toContain('Anna Berg');
  });

  it('says when the contact can be reached directly', () => {
    const c = mount(<PathPicture path={[longPath.path[2]!]} />);
    expect(text(c)).toContain('Du kan kontakta personen direkt.');
  });

  it('speaks English when asked', () => {
    const c = mount(<PathPicture path={longPath.path} lang="en" />);
    expect(c.querySelector('ol')!.getAttribute('aria-label')).toBe('Recommended path');
    expect(text(c)).toContain('You');
    expect(text(c)).toContain('Head of department');
    expect(text(c)).toContain('Contact');
  });

  it('shows a hostile name literally', () => {
    const c = mount(<PathPicture path={[{ address: 'a@kungsor.se', name: EVIL, roles: ['chef'] }]} />);
    expect(text(c)).toContain(EVIL);
    expect(c.querySelector('img')).toBeNull();
  });

  it('has no axe violations that happy-dom can detect', async () => {
    const c = mount(<PathPicture path={longPath.path} />);
    expect(await axeViolations(c)).toEqual([]);
  });
});
