// Fills `{name}` placeholders; a missing value leaves the placeholder's name out rather than "undefined".
export function formatMessage(template: string, data: Record<string, string> | undefined): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = template.indexOf('}', open);
    if (close < 0) break;
    out += template.slice(i, open);
    const key = template.slice(open + 1, close);
    out += data && Object.prototype.hasOwnProperty.call(data, key) ? data[key] : '';
    i = close + 1;
  }
  return out + template.slice(i);
}
