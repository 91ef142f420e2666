// Folding so that "Ängsgatan", "ANGSGATAN" and "angsgatan" compare equal: many write without å/ä/ö
// (phones, foreign keyboards). One character in, one character out, so positions stay put.

const FOLD: { [ch: string]: string } = {
  'å': 'a', 'ä': 'a', 'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'æ': 'a', 'ā': 'a',
  'ö': 'o', 'ø': 'o', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ō': 'o',
  'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e', 'ē': 'e',
  'ü': 'u', 'ú': 'u', 'ù': 'u', 'û': 'u',
  'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i', 'ı': 'i',
  'ç': 'c', 'č': 'c', 'ñ': 'n', 'ý': 'y', 'ÿ': 'y', 'ß': 's', 'š': 's', 'ž': 'z', 'ł': 'l',
  '’': "'", '‘': "'", 'ʼ': "'",
};

/** Lower case and without diacritics; always exactly one character. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  const lower = ch.toLowerCase().charAt(0);
  const folded = FOLD[lower];
  return folded === undefined ? lower : folded;
}

export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text.charAt(i));
  return out;
}
