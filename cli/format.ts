// Readable text for the terminal, Swedish by default. The JSON output is the result objects as they are.
import type { Organisation } from '../core/organisation/organisation.js';
import { groupLabel, roleList } from '../core/labels.js';
import type { CheckResult, ClassifiedAddress, Field, Lang, LookupResult, Problem, RouteResult, Suggestion } from '../core/types.js';

const FIELD = { sv: { to: 'Till', cc: 'Kopia', bcc: 'Dold kopia' }, en: { to: 'To', cc: 'Cc', bcc: 'Bcc' } } as const;

export const texts = {
  sv: {
    help: `rollkoll – råd om kommunikationsvägar enligt riktlinjen för ansvar, roller och samspel

Användning:
  rollkoll check --message FIL [--acting-as fortroendevald|tjansteperson]
  rollkoll route --message FIL
  rollkoll lookup [--as ADRESS] [--limit N] SÖKORD
  rollkoll validate
  rollkoll import --from csv FIL
  rollkoll import --from graph FIL --mapping MAPPNINGSFIL

Gemensamma flaggor:
  --directory FIL   organisationsfilen (JSON eller CSV); utan den används exemplet Kungsörs kommun
  --json            maskinläsbar JSON på stdout
  --lang en         engelsk text

Slutkod: 0 när kommandot kördes, 1 vid ogiltig indata, 2 vid felaktig användning.
`,
    seeHelp: 'Se rollkoll --help.',
    actingAsValue: (v: string) => `--acting-as tar fortroendevald eller tjansteperson, inte "${v}"`,
    limitValue: (v: string) => `--limit tar ett positivt heltal, inte "${v}"`,
    unknownCommand: (c: string) => `okänt kommando "${c}" – välj check, route, lookup, validate eller import`,
    needsMessage: 'kommandot behöver --message FIL',
    needsQuery: 'lookup behöver ett sökord, t.ex. rollkoll lookup rektor',
    importNeedsFrom: 'import behöver --from csv eller --from graph',
    importNeedsFile: 'import behöver en fil att läsa',
    importNeedsMapping: 'import --from graph behöver --mapping FIL (rollmappningen)',
    cannotRead: (f: string, why: string) => `${f}: kan inte läsas (${why})`,
    noSuchFile: 'filen finns inte',
    isDirectory: 'det är en mapp',
    exampleName: 'exemplet (Kungsörs kommun)',
    unexpected: 'oväntat fel',
    validateSummary: (e: number, w: number) =>
      e === 0 && w === 0 ? 'Organisationsfilen är giltig, inga anmärkningar.' : `${e} fel, ${w} varningar.`,
    sender: 'Avsändare',
    actingAs: 'skriver som',
    recipients: 'Mottagare',
    via: 'via listan',
    verdict: 'Bedömning',
    verdicts: { ok: 'inga synpunkter', info: 'tips', warning: 'varning' },
    severity: { info: 'TIPS', warning: 'VARNING' },
    concerns: 'Gäller',
    suggestion: 'Förslag',
    guideline: 'Riktlinjen',
    law: 'Lagen',
    basis: 'Underlag',
    replace: (from: string, to: string, field: string) => `ersätt ${from} med ${to} (${field})`,
    add: (to: string, field: string) => `lägg till ${to} (${field})`,
    remove: (from: string, field: string) => `ta bort ${from} (${field})`,
    malformed: 'Ogiltig adress',
    question: { vad: 'vad-fråga', hur: 'hur-fråga', null: 'oklart om vad- eller hur-fråga' },
    answerers: 'Bör svara',
    communicator: 'Kommunikatör',
    about: 'Gäller',
    noResults: (q: string) => `Inga träffar för "${q}".`,
    path: 'Väg',
    you: 'du',
  },
  en: {
    help: `rollkoll – advice on communication paths under the guideline on responsibilities, roles and interplay

Usage:
  rollkoll check --message FILE [--acting-as fortroendevald|tjansteperson]
  rollkoll route --message FILE
  rollkoll lookup [--as ADDRESS] [--limit N] QUERY
  rollkoll validate
  rollkoll import --from csv FILE
  rollkoll import --from graph FILE --mapping MAPPINGFILE

Common options:
  --directory FILE  the organisation file (JSON or CSV); without it, the Kungsör example is used
  --json            machine-readable JSON on stdout
  --lang en         English text

Exit code: 0 when the command ran, 1 on invalid input, 2 on wrong usage.
`,
    seeHelp: 'See rollkoll --help.',
    actingAsValue: (v: string) => `--acting-as takes fortroendevald or tjansteperson, not "${v}"`,
    limitValue: (v: string) => `--limit takes a positive whole number, not "${v}"`,
    unknownCommand: (c: string) => `unknown command "${c}" – choose check, route, lookup, validate or import`,
    needsMessage: 'the command needs --message FILE',
    needsQuery: 'lookup needs a query, e.g. rollkoll lookup rektor',
    importNeedsFrom: 'import needs --from csv or --from graph',
    importNeedsFile: 'import needs a file to read',
    importNeedsMapping: 'import --from graph needs --mapping FILE (the role mapping)',
    cannotRead: (f: string, why: string) => `${f}: cannot be read (${why})`,
    noSuchFile: 'no such file',
    isDirectory: 'it is a directory',
    exampleName: 'the example (Kungsörs kommun)',
    unexpected: 'unexpected error',
    validateSummary: (e: number, w: number) =>
      e === 0 && w === 0 ? 'The organisation file is valid, nothing to remark.' : `${e} errors, ${w} warnings.`,
    sender: 'Sender',
    actingAs: 'writing as',
    recipients: 'Recipients',
    via: 'via the list',
    verdict: 'Verdict',
    verdicts: { ok: 'nothing to remark', info: 'tips', warning: 'warning' },
    severity: { info: 'TIP', warning: 'WARNING' },
    concerns: 'Concerns',
    suggestion: 'Suggestion',
    guideline: 'The guideline',
    law: 'The law',
    basis: 'Basis',
    replace: (from: string, to: string, field: string) => `replace ${from} with ${to} (${field})`,
    add: (to: string, field: string) => `add ${to} (${field})`,
    remove: (from: string, field: string) => `remove ${from} (${field})`,
    malformed: 'Invalid address',
    question: { vad: 'vad question (what/why: political)', hur: 'hur question (how: operational)', null: 'unclear whether vad or hur' },
    answerers: 'Should answer',
    communicator: 'Communications officer',
    about: 'About',
    noResults: (q: string) => `No matches for "${q}".`,
    path: 'Path',
    you: 'you',
  },
};

const person = (a: { address: string; name?: string }) => (a.name ? `${a.name} <${a.address}>` : a.address);

function describe(a: ClassifiedAddress, lang: Lang): string {
  const roles = a.roles.length ? ` (${roleList(a.roles, lang).toLowerCase()})` : '';
  return `${person(a)} – ${groupLabel(a.group, lang).toLowerCase()}${roles}`;
}

function suggestionText(s: Suggestion, lang: Lang): string {
  const field = FIELD[lang][s.field as Field];
  const to = person(s);
  if (s.action === 'replace') return texts[lang].replace(s.replaces ?? '', to, field);
  if (s.action === 'add') return texts[lang].add(to, field);
  return texts[lang].remove(s.address, field);
}

export function formatCheck(result: CheckResult, org: Organisation, lang: Lang): string {
  const T = texts[lang];
  const lines: string[] = [];
  lines.push(`${T.sender}: ${describe(result.sender, lang)}`);
  if (result.actingAs !== result.sender.group) lines.push(`  ${T.actingAs}: ${groupLabel(result.actingAs, lang).toLowerCase()}`);
  lines.push(`${T.recipients}:`);
  for (const r of result.recipients) {
    const unit = r.forvaltning ? `, ${org.unit(r.forvaltning)?.name ?? r.forvaltning}` : '';
    const via = r.via ? ` [${T.via} ${r.via}]` : '';
    lines.push(`  ${FIELD[lang][r.field]}: ${describe(r, lang)}${unit}${via}`);
  }
  for (const p of result.problems) lines.push(`  ${T.malformed} ${p.path}: ${p.message}`);
  lines.push(`${T.verdict}: ${T.verdicts[result.verdict]}`);
  for (const f of result.findings) {
    lines.push('');
    lines.push(`${T.severity[f.severity]}  ${f.rule}`);
    lines.push(`  ${f.message}`);
    if (f.recipients.length) lines.push(`  ${T.concerns}: ${f.recipients.join(', ')}`);
    for (const s of f.suggestions) lines.push(`  ${T.suggestion}: ${suggestionText(s, lang)}`);
    const basis = f.guideline.source === 'lag' ? T.law : f.guideline.source === 'katalog' ? T.basis : T.guideline;
    lines.push(`  ${basis}, ${f.guideline.section}:`);
    lines.push(`    ”${f.guideline.quote}”`);
  }
  return lines.join('\n');
}

export function formatRoute(result: RouteResult, lang: Lang): string {
  const T = texts[lang];
  const lines = [`${T.question[String(result.question) as 'vad' | 'hur' | 'null']}${result.about ? ` – ${T.about.toLowerCase()} ${result.about.name}` : ''}`];
  lines.push(`${T.answerers}:`);
  for (const a of result.answerers) lines.push(`  ${person(a)} (${roleList(a.roles, lang).toLowerCase()}): ${a.reason}`);
  if (result.communicator) lines.push(`${T.communicator}: ${person(result.communicator)}`);
  lines.push('', result.explanation);
  return lines.join('\n');
}

export function formatLookup(results: LookupResult[], query: string, lang: Lang): string {
  const T = texts[lang];
  if (!results.length) return T.noResults(query);
  const lines: string[] = [];
  results.forEach((r, i) => {
    const roles = r.roles.length ? ` – ${roleList(r.roles, lang)}` : '';
    lines.push(`${i + 1}. ${person(r)}${roles}${r.unitName ? `, ${r.unitName}` : ''}`);
    if (r.path.length > 1) lines.push(`   ${T.path}: ${[T.you, ...r.path.map((p) => p.name || p.address)].join(' → ')}`);
    if (r.note) lines.push(`   ${r.note}`);
  });
  return lines.join('\n');
}

/** One line a problem: the file, the line or JSON path, what is wrong. */
export function formatProblems(file: string, problems: Problem[], lang: Lang): string {
  const label = lang === 'en' ? { error: 'error', warning: 'warning' } : { error: 'fel', warning: 'varning' };
  return problems
    .map((p) => {
      const where = p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : '';
      return `${file}${where}: ${label[p.severity]}: ${p.message}`;
    })
    .join('\n');
}
