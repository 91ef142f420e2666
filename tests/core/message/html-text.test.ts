import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../core/message/html-text.js';
import { newText } from '../../../core/signals/new-text.js';

describe('htmlToText', () => {
  it('drops tags, scripts and styles; blocks become lines; entities decoded', () => {
    const html =
      '<html><head><style>p{color:red}</style><title>t</title></head><body><p>Hej&nbsp;Anna,</p>' +
      '<div>Budgeten f&ouml;r 2027 &amp; &#229;ret d&#xE4;rp&aring;.<br>Rad tv&aring;</div><SCRIPT>alert(1)</SCRIPT>' +
      '<ul><li>ett</li><li>två</li></ul><!-- kommentar --></body></html>';
    expect(htmlToText(html)).toBe('Hej Anna,\n\nBudgeten för 2027 & året därpå.\nRad två\n\n- ett\n- två');
  });

  it('blockquotes become quoted lines, so the signals skip them', () => {
    const text = htmlToText('<p>Mitt svar</p><blockquote><p>Jag lovar att fixa det</p><p>mer</p></blockquote><p>Efter</p>');
    expect(text).toContain('> Jag lovar att fixa det');
    expect(newText(text)).toBe('Mitt svar\n\nEfter');
  });

  it('leaves text without tags alone and does not choke on broken markup', () => {
    expect(htmlToText('a < b & c')).toBe('a');
    expect(htmlToText('x &unknown; y &#99999999;')).toBe('x &unknown; y &#99999999;');
    expect(htmlToText('<script>never closed')).toBe('');
  });

  it('returns for large pathological markup', () => {
    expect(typeof htmlToText('<script>'.repeat(100_000) + '&'.repeat(500_000) + '</'.repeat(100_000))).toBe('string');
  });
});
