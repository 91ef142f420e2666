// Swedish word forms for matching names in free text: "socialnämnden" names "Socialnämnden",
// "skolan" the topic "skola", "bygglovet" the topic "bygglov", "Solgården" the unit "Solgårdens boende".
// Words are already folded (core/signals/fold.ts). Every function does a constant amount of work
// per word, so matching stays linear in the text.

/** Inflection endings a text word may carry beyond the base form: [ending, what to put back]. */
const TEXT_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['s', ''], ['n', ''], ['t', ''], ['en', ''], ['et', ''], ['na', ''], ['ns', ''], ['ts', ''], ['ens', ''], ['ets', ''],
  ['ar', ''], ['er', ''], ['arna', ''], ['erna', ''], ['arnas', ''], ['ernas', ''],
  ['or', 'a'], ['orna', 'a'], ['ornas', 'a'], ['ans', 'a'],
];

/** Shortest stem left after taking an ending off. */
const MIN_STEM = 3;

/** The word and the base forms it may be an inflection of (at most ~20, each checked once). */
export function textForms(word: string): string[] {
  const out = [word];
  for (const [ending, put] of TEXT_ENDINGS) {
    if (word.length - ending.length < MIN_STEM) continue;
    if (word.slice(word.length - ending.length) !== ending) continue;
    out.push(word.slice(0, word.length - ending.length) + put);
  }
  return out;
}

/** The forms a name word is stored under: itself, without a genitive s, and without a definite ending. */
export function nameForms(word: string): string[] {
  const out = [word];
  const add = (w: string) => {
    if (w.length >= MIN_STEM + 1 && out.indexOf(w) < 0) out.push(w);
  };
  const bases = [word];
  if (word.length > 4 && word.charAt(word.length - 1) === 's') bases.push(word.slice(0, -1));
  for (const b of bases) {
    add(b);
    const two = b.slice(-2);
    if (two === 'en' || two === 'et') {
      add(b.slice(0, -2));
      add(b.slice(0, -1));
    } else if (two === 'an') add(b.slice(0, -1));
  }
  return out;
}
