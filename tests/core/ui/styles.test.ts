import { describe, expect, it } from 'vitest';
import { ROLLKOLL_CSS } from '../../../core/ui/styles.js';

function luminance(hex: string): number {
  const n = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(n.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// Text colour, background, least ratio (4.5 for text, 3 for borders of controls).
const PAIRS: [string, string, number, string][] = [
  ['#1f2328', '#ffffff', 4.5, 'text'],
  ['#4b535c', '#ffffff', 4.5, 'muted'],
  ['#4b535c', '#f6f8fa', 4.5, 'muted on surface'],
  ['#5c3900', '#fff3d6', 4.5, 'warning'],
  ['#0a3a66', '#e7f0fa', 4.5, 'info'],
  ['#ffffff', '#0a57a3', 4.5, 'primary button'],
  ['#ffffff', '#084580', 4.5, 'primary button hover'],
  ['#0a57a3', '#ffffff', 4.5, 'secondary button'],
  ['#0a57a3', '#eaf2fb', 4.5, 'secondary button hover'],
  ['#0a57a3', '#fff3d6', 4.5, 'button on warning card'],
  ['#0a57a3', '#e7f0fa', 4.5, 'button on info card'],
  ['#4a2a86', '#efe8fb', 4.5, 'vad badge'],
  ['#1d5531', '#e3f3e8', 4.5, 'hur badge / empty state'],
  ['#3a434c', '#eceff2', 4.5, 'unclear badge'],
  ['#5f6770', '#ffffff', 4.5, 'placeholder'],
  ['#6e7781', '#ffffff', 3, 'input and box borders'],
  ['#0a57a3', '#fff3d6', 3, 'focus ring on warning'],
];

describe('styles', () => {
  it.each(PAIRS)('%s on %s reaches %s:1 (%s)', (fg, bg, min) => {
    expect(ROLLKOLL_CSS.toLowerCase()).toContain(fg);
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(min);
  });

  it('prefixes every class with rk-', () => {
    const code = ROLLKOLL_CSS.replace(/\/\*[\s\S]*?\*\//g, '');
    const classes = [...code.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
    expect(classes.length).toBeGreaterThan(20);
    expect(classes.filter((c) => !c.startsWith('rk-'))).toEqual([]);
  });

  it('fetches nothing and respects reduced motion', () => {
    expect(ROLLKOLL_CSS).not.toMatch(/url\(|@import|https?:/);
    expect(ROLLKOLL_CSS).toContain('prefers-reduced-motion');
    expect(ROLLKOLL_CSS).toContain(':focus-visible');
  });
});
