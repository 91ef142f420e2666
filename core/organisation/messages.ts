// Problem texts for the organisation file, in Swedish (default) and English, and the helpers that
// build a Problem: the path of the bad value, a readable value, "did you mean".
import type { Lang, Problem } from '../types.js';
import { fold } from '../signals/fold.js';

type Params = { [name: string]: string | number | undefined };
type Text = (p: Params) => string;

const q = (s: string | number | undefined) => `"${s}"`;

/** `menade du "x"?` / `did you mean "x"?`, or the fallback text. */
function hint(p: Params, sv: boolean, otherwise = ''): string {
  if (p.suggestion !== undefined) return sv ? ` – menade du ${q(p.suggestion)}?` : ` – did you mean ${q(p.suggestion)}?`;
  return otherwise;
}

const TEXTS: { [code: string]: { sv: Text; en: Text } } = {
  // ----- reading the file
  'empty-file': { sv: () => 'filen är tom', en: () => 'the file is empty' },
  syntax: {
    sv: (p) => `rad ${p.line}, kolumn ${p.column}: ogiltig JSON – ${p.detail}`,
    en: (p) => `line ${p.line}, column ${p.column}: invalid JSON – ${p.detail}`,
  },
  encoding: {
    sv: (p) => `filen är inte UTF-8 utan ${p.encoding} – den lästes ändå, men spara den som UTF-8`,
    en: (p) => `the file is not UTF-8 but ${p.encoding} – it was read anyway, but save it as UTF-8`,
  },
  'root-type': {
    sv: (p) => `filen måste innehålla ett JSON-objekt ({ … }), inte ${p.received}`,
    en: (p) => `the file must hold a JSON object ({ … }), not ${p.received}`,
  },
  internal: {
    sv: (p) => `internt fel när filen lästes (${p.detail}) – filen har inte lästs in`,
    en: (p) => `internal error while reading the file (${p.detail}) – the file was not loaded`,
  },
  // ----- structure
  required: { sv: () => 'obligatorisk nyckel saknas', en: () => 'required key is missing' },
  type: { sv: (p) => `förväntade ${p.expected}, fick ${p.received}`, en: (p) => `expected ${p.expected}, got ${p.received}` },
  'empty-value': { sv: () => 'får inte vara tom', en: () => 'must not be empty' },
  'schema-version': { sv: (p) => `schemaVersion måste vara 1, inte ${p.received}`, en: (p) => `schemaVersion must be 1, not ${p.received}` },
  'unknown-role': {
    sv: (p) => `okänd roll ${p.value}${hint(p, true)} – tillåtna: ${p.allowed}`,
    en: (p) => `unknown role ${p.value}${hint(p, false)} – allowed: ${p.allowed}`,
  },
  'unknown-unit-type': {
    sv: (p) => `okänd enhetstyp ${p.value}${hint(p, true)} – tillåtna: ${p.allowed}`,
    en: (p) => `unknown unit type ${p.value}${hint(p, false)} – allowed: ${p.allowed}`,
  },
  'invalid-severity': {
    sv: (p) => `ogiltig nivå ${p.value} – tillåtna: ${p.allowed}`,
    en: (p) => `invalid severity ${p.value} – allowed: ${p.allowed}`,
  },
  'invalid-send-check': {
    sv: (p) => `ogiltigt värde ${p.value} – tillåtna: ${p.allowed}`,
    en: (p) => `invalid value ${p.value} – allowed: ${p.allowed}`,
  },
  'invalid-email': { sv: (p) => `ogiltig e-postadress ${p.value}`, en: (p) => `invalid e-mail address ${p.value}` },
  'invalid-domain': {
    sv: (p) => `ogiltig domän ${p.value} – skriv bara domänen, t.ex. "kungsor.se"`,
    en: (p) => `invalid domain ${p.value} – write the domain only, e.g. "kungsor.se"`,
  },
  'invalid-url': { sv: (p) => `ogiltig webbadress ${p.value} – ska börja med https://`, en: (p) => `invalid URL ${p.value} – must start with https://` },
  'unknown-key': {
    sv: (p) => `okänd nyckel${hint(p, true, ' – den används inte')}`,
    en: (p) => `unknown key${hint(p, false, ' – it is ignored')}`,
  },
  'unknown-rule': {
    sv: (p) => `okänd regel ${p.value}${hint(p, true)} – tillåtna: ${p.allowed}`,
    en: (p) => `unknown rule ${p.value}${hint(p, false)} – allowed: ${p.allowed}`,
  },
  // ----- references
  'duplicate-id': {
    sv: (p) => `id ${q(p.id)} finns redan (${p.other})`,
    en: (p) => `id ${q(p.id)} is already used (${p.other})`,
  },
  'reserved-id': {
    sv: (p) => `id ${q(p.id)} är ett reserverat namn i JavaScript – välj ett annat`,
    en: (p) => `id ${q(p.id)} is a reserved name in JavaScript – choose another`,
  },
  'unknown-unit': { sv: (p) => `okänd enhet ${q(p.id)}${hint(p, true)}`, en: (p) => `unknown unit ${q(p.id)}${hint(p, false)}` },
  'unknown-person': { sv: (p) => `okänd person ${q(p.id)}${hint(p, true)}`, en: (p) => `unknown person ${q(p.id)}${hint(p, false)}` },
  'unit-required': {
    sv: (p) => `rollen ${q(p.role)} kräver en enhet (unit) – bara media, kso och oppositionsledare kan vara utan`,
    en: (p) => `the role ${q(p.role)} needs a unit – only media, kso and oppositionsledare may have none`,
  },
  'unknown-position-email': {
    sv: (p) => `adressen ${q(p.value)} finns inte bland personens emails`,
    en: (p) => `the address ${q(p.value)} is not among the person's emails`,
  },
  'unit-cycle': {
    sv: (p) => `parent går i cirkel: ${p.cycle}`,
    en: (p) => `parent goes round in a circle: ${p.cycle}`,
  },
  // ----- validate warnings
  'no-head': {
    sv: (p) => `${p.kind === 'bolag' ? 'bolaget' : 'förvaltningen'} ${q(p.name)} saknar ${p.kind === 'bolag' ? 'vd' : 'förvaltningschef'}`,
    en: (p) => `the ${p.kind === 'bolag' ? 'company' : 'förvaltning'} ${q(p.name)} has no ${p.kind === 'bolag' ? 'vd' : 'forvaltningschef'}`,
  },
  'no-chair': {
    sv: (p) => `${p.kind === 'styrelse' ? 'styrelsen' : 'nämnden'} ${q(p.name)} saknar ordförande`,
    en: (p) => `the ${p.kind === 'styrelse' ? 'board' : 'committee'} ${q(p.name)} has no ordforande`,
  },
  'no-governed-by': {
    sv: (p) => `${p.kind === 'bolag' ? 'bolaget' : 'förvaltningen'} ${q(p.name)} saknar governedBy – vilken ${p.kind === 'bolag' ? 'styrelse' : 'nämnd eller styrelse'} leder ${p.kind === 'bolag' ? 'det' : 'den'}?`,
    en: (p) => `the ${p.kind === 'bolag' ? 'company' : 'förvaltning'} ${q(p.name)} has no governedBy – which board governs it?`,
  },
  'governed-by-type': {
    sv: (p) => `${q(p.id)} är av typen ${p.type}, inte en nämnd eller styrelse`,
    en: (p) => `${q(p.id)} is of type ${p.type}, not a board`,
  },
  'manager-cycle': {
    sv: (p) => `chefskedjan går i cirkel: ${p.cycle}`,
    en: (p) => `the manager chain goes round in a circle: ${p.cycle}`,
  },
  'shared-address': {
    sv: (p) => `adressen ${q(p.value)} används också av ${p.other}`,
    en: (p) => `the address ${q(p.value)} is also used by ${p.other}`,
  },
  'empty-unit': {
    sv: (p) => `ingen hör till enheten ${q(p.name)} – ingen befattning, ingen funktionsbrevlåda, inga underenheter med folk`,
    en: (p) => `nobody belongs to the unit ${q(p.name)} – no position, no mailbox, no sub-unit with people`,
  },
  'no-kommundirektor': {
    sv: () => 'ingen person har rollen kommundirektör ("kommundirektor") – vem leder kommunstyrelsens förvaltning?',
    en: () => 'nobody has the role "kommundirektor" (chief executive) – who heads the executive board\'s förvaltning?',
  },
  'several-kommundirektorer': {
    sv: (p) => `flera personer har rollen kommundirektör ("kommundirektor"): ${p.ids}`,
    en: (p) => `several people have the role kommundirektor: ${p.ids}`,
  },
};

/** Builds a Problem; the message starts with the path (when there is one). */
export function problem(
  lang: Lang,
  severity: 'error' | 'warning',
  code: string,
  path: string,
  params: Params = {},
  position?: { line: number; column: number },
): Problem {
  const t = TEXTS[code];
  const body = t ? (lang === 'en' ? t.en : t.sv)(params) : code;
  const out: Problem = { severity, code, path, message: path ? `${path}: ${body}` : body };
  if (position) {
    out.line = position.line;
    out.column = position.column;
  }
  return out;
}

/** Whether a key can stand after a dot in a path (`policy.severity.narmaste-chef`). */
function isSimpleKey(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const ok =
      (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || (i > 0 && ((c >= 48 && c <= 57) || c === 45));
    if (!ok) return false;
  }
  return true;
}

/** Appends a key or index to a path: `people` + 12 → `people[12]`, + `name` → `people[12].name`. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (isSimpleKey(key)) return base ? `${base}.${key}` : key;
  return `${base}[${JSON.stringify(key)}]`;
}

/** A short readable form of a JSON value for a message. */
export function describeValue(value: unknown, lang: Lang): string {
  const sv = lang !== 'en';
  if (value === undefined) return sv ? 'inget värde' : 'no value';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '…' : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return sv ? 'en lista' : 'a list';
  if (typeof value === 'object') return sv ? 'ett objekt' : 'an object';
  return typeof value;
}

/** What a schema of this valibot type expects, in words. */
export function describeExpected(schemaType: string, lang: Lang): string {
  const sv = lang !== 'en';
  switch (schemaType) {
    case 'string':
      return sv ? 'text' : 'a string';
    case 'array':
      return sv ? 'en lista ([ … ])' : 'a list ([ … ])';
    case 'object':
    case 'strict_object':
      return sv ? 'ett objekt ({ … })' : 'an object ({ … })';
    case 'number':
      return sv ? 'ett tal' : 'a number';
    default:
      return schemaType;
  }
}

/** Folded (core/signals/fold.ts: lower case, å/ä→a, ö→o, é→e …), `_`/space → `-`: for matching a misspelt value to a known one. */
export function foldForMatch(s: string): string {
  return fold(s).replace(/[ _]/g, '-');
}

/** Edit distance with an early exit above `max` (short strings only: keys, ids, role codes). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > 64 || b.length > 64) return a === b ? 0 : max + 1;
  let prev: number[] = [];
  for (let j = 0; j <= b.length; j++) prev.push(j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The known word nearest to `word` (case and diacritics folded; at most 2 edits, fewer for short words). */
export function suggest(word: string, known: Iterable<string>, aliases?: { [folded: string]: string }): string | undefined {
  const folded = foldForMatch(word);
  if (aliases && Object.prototype.hasOwnProperty.call(aliases, folded)) return aliases[folded];
  const max = folded.length <= 3 ? 1 : 2;
  let best: string | undefined;
  let bestD = max + 1;
  for (const k of known) {
    const d = editDistance(folded, foldForMatch(k), max);
    if (d < bestD) {
      bestD = d;
      best = k;
      if (d === 0) break;
    }
  }
  return best;
}
