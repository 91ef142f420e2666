// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { RouteView } from '../../../core/ui/RouteView.js';
import { axeViolations, buttons, click, mount, text } from './render.js';
import { EVIL, routeUnknown, routeVad } from './fixtures.js';

describe('RouteView', () => {
  it('shows a vad-fråga badge, what it means, and who should answer and why', () => {
    const c = mount(<RouteView route={routeVad} />);
    expect(text(c.querySelector('.rk-badge'))).toBe('Vad-fråga');
    expect(text(c)).toContain('Enligt riktlinjen svarar förtroendevalda på vad-frågor.');
    const answerer = c.querySelector('.rk-person')!;
    expect(text(answerer)).toContain('Anna Berg');
    expect(text(answerer)).toContain('Ordförande');
    expect(text(answerer)).toContain('Ordförande i barn- och utbildningsnämnden');
    expect(text(c)).toContain('Barn- och utbildningsförvaltningen');
    expect(text(c)).toContain('Lisa Berg');
  });

  it('explains hur-frågor and unclear questions', () => {
    const hur = mount(<RouteView route={{ ...routeVad, question: 'hur' }} />);
    expect(text(hur.querySelector('.rk-badge'))).toBe('Hur-fråga');
    expect(text(hur)).toContain('Enligt riktlinjen svarar ansvarig chef på hur-frågor.');
    const unknown = mount(<RouteView route={routeUnknown} />);
    expect(text(unknown.querySelector('.rk-badge'))).toBe('Oklart');
    expect(text(unknown)).toContain('förtroendevald först');
    expect(text(unknown)).toContain('Ingen kommunikatör hittades i katalogen.');
  });

  it('quotes the guideline on media in Swedish, also in the English view', () => {
    const c = mount(<RouteView route={routeVad} lang="en" />);
    expect(text(c.querySelector('.rk-badge'))).toBe('“What” question');
    expect(text(c.querySelector('summary'))).toBe('Why? What the guideline says');
    const quotes = [...c.querySelectorAll('blockquote')];
    expect(quotes.map(text).join(' ')).toContain('Ansvarig chef hanterar media');
    expect(quotes.every((q) => q.getAttribute('lang') === 'sv')).toBe(true);
  });

  it('creates a forward to the answerers and the communicator', () => {
    const onForward = vi.fn();
    const c = mount(<RouteView route={routeVad} onForward={onForward} />);
    click(buttons(c).find((b) => text(b) === 'Skapa vidarebefordran')!);
    expect(onForward).toHaveBeenCalledWith(routeVad.answerers, routeVad.communicator);
  });

  it('shows a hostile name literally', () => {
    const c = mount(<RouteView route={{ ...routeVad, answerers: [{ ...routeVad.answerers[0]!, name: EVIL, reason: EVIL }] }} />);
    expect(text(c.querySelector('.rk-person-name'))).toBe(EVIL);
    expect(c.querySelector('img')).toBeNull();
  });

  it('has no axe violations that happy-dom can detect', async () => {
    const c = mount(<RouteView route={routeUnknown} onForward={() => {}} />);
    expect(await axeViolations(c)).toEqual([]);
  });
});

describe('RouteView for a busy reader', () => {
  it('shows who answers before the reasoning, which waits behind "Varför?"', () => {
    const c = mount(<RouteView route={{ ...routeVad, explanation: 'Det är en vad-fråga om skolan.' }} onForward={() => {}} />);
    const html = c.innerHTML;
    expect(html.indexOf('rk-person-name')).toBeLessThan(html.indexOf('Det är en vad-fråga om skolan.'));
    expect(c.querySelector('details.rk-why')!.textContent).toContain('Det är en vad-fråga om skolan.');
    const forward = buttons(c).find((b) => text(b) === 'Skapa vidarebefordran')!;
    expect(html.indexOf(forward.outerHTML)).toBeLessThan(html.indexOf('<details'));
  });
});
