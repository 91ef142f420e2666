// HTML-only mail bodies as plain text for the signals: tags dropped, blocks as line breaks,
// <blockquote> as `> ` lines (so quoted replies are not read), common entities decoded.
// One scan, no regular expressions, never builds a DOM.

const BLOCK = [
  'p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'hr', 'pre', 'section',
  'article', 'header', 'footer', 'dd', 'dt', 'address',
];
const SKIP_CONTENT = ['script', 'style', 'head', 'title', 'template', 'noscript'];

const ENTITIES: { [name: string]: string } = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '',
  aring: 'å', auml: 'ä', ouml: 'ö', Aring: 'Å', Auml: 'Ä', Ouml: 'Ö', eacute: 'é', Eacute: 'É', uuml: 'ü', Uuml: 'Ü',
  aelig: 'æ', oslash: 'ø', AElig: 'Æ', Oslash: 'Ø', ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', copy: '©', euro: '€', sect: '§',
};

function tagName(tag: string): { name: string; end: boolean } {
  let i = 0;
  const end = tag.charAt(0) === '/';
  if (end) i++;
  let name = '';
  while (i < tag.length) {
    const code = tag.charCodeAt(i);
    const alnum = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!alnum) break;
    name += tag.charAt(i);
    i++;
  }
  return { name: name.toLowerCase(), end };
}

function decodeEntity(html: string, at: number): { text: string; length: number } | null {
  let semi = -1;
  for (let k = at + 1; k < html.length && k <= at + 12; k++) {
    if (html.charAt(k) === ';') {
      semi = k;
      break;
    }
  }
  if (semi < 0) return null;
  const body = html.slice(at + 1, semi);
  if (body.charAt(0) === '#') {
    const hex = body.charAt(1) === 'x' || body.charAt(1) === 'X';
    const code = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return null;
    return { text: code === 160 ? ' ' : String.fromCodePoint(code), length: semi - at + 1 };
  }
  const text = ENTITIES[body];
  return text === undefined ? null : { text, length: semi - at + 1 };
}

/** The position after `</name…>`, found without regard to case; the end of the text if none. */
function afterClosing(html: string, lower: string, name: string, from: number): number {
  let at = from;
  for (;;) {
    const open = html.indexOf('</', at);
    if (open < 0) return html.length;
    if (html.slice(open + 2, open + 2 + name.length).toLowerCase() === lower) {
      const close = html.indexOf('>', open);
      return close < 0 ? html.length : close + 1;
    }
    at = open + 2;
  }
}

export function htmlToText(html: string): string {
  const parts: string[] = [];
  let quoteDepth = 0;
  let space = false;
  const newline = (): void => {
    parts.push(quoteDepth > 0 ? '\n> ' : '\n');
    space = false;
  };
  let i = 0;
  while (i < html.length) {
    const ch = html.charAt(i);
    if (ch === '<') {
      if (html.slice(i, i + 4) === '<!--') {
        const end = html.indexOf('-->', i + 4);
        i = end < 0 ? html.length : end + 3;
        continue;
      }
      const close = html.indexOf('>', i + 1);
      if (close < 0) break;
      const { name, end } = tagName(html.slice(i + 1, Math.min(close, i + 40)));
      i = close + 1;
      if (!end && SKIP_CONTENT.indexOf(name) >= 0) {
        i = afterClosing(html, name, name, i);
        continue;
      }
      if (name === 'blockquote') {
        quoteDepth = end ? Math.max(0, quoteDepth - 1) : quoteDepth + 1;
        newline();
      } else if (name === 'li') {
        // One line per item: the next item's start breaks the line.
        if (!end) {
          newline();
          parts.push('- ');
        }
      } else if (BLOCK.indexOf(name) >= 0) {
        newline();
      } else if ((name === 'td' || name === 'th') && !end) {
        space = true;
      }
      continue;
    }
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f') {
      space = true;
      i++;
      continue;
    }
    let text = ch;
    let length = 1;
    if (ch === '&') {
      const entity = decodeEntity(html, i);
      if (entity) {
        text = entity.text;
        length = entity.length;
      }
    }
    if (space) parts.push(' ');
    space = false;
    parts.push(text);
    i += length;
  }
  return tidyLines(parts.join(''));
}

/** Trims every line and keeps at most one empty line in a row. */
function tidyLines(text: string): string {
  const out: string[] = [];
  let blank = true;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const empty = line === '' || line === '>';
    if (empty && blank) continue;
    out.push(line);
    blank = empty;
  }
  while (out.length > 0 && (out[out.length - 1] === '' || out[out.length - 1] === '>')) out.pop();
  return out.join('\n');
}
