// Loading an organisation file: JSON or CSV (decided by the content), then structure and references.
//
// A file with any error is rejected whole: the result is `{ ok: false }` and carries no organisation,
// so the caller keeps the Organisation it already had. A bad file never replaces the good one.
// Warnings (an unknown key, a file not in UTF-8) do not stop the loading.
import type { Lang, OrganisationFile, Problem } from '../types.js';
import { checkOrganisationFile, loadWarnings } from './check-file.js';
import { importCsv, type ImportCsvOptions } from './import-csv.js';
import { describeSyntaxError, jsonErrorAt, lineColumn } from '../text/json-syntax.js';
import { problem } from './messages.js';
import { Organisation } from './organisation.js';
import { decodeText } from '../text/encoding.js';

export type ParseResult = { ok: true; organisation: Organisation; problems: Problem[] } | { ok: false; problems: Problem[] };

export interface ParseOptions {
  /** Language of the problem messages (default Swedish). */
  lang?: Lang;
  /** Passed to the CSV import when the content is CSV. */
  csv?: Omit<ImportCsvOptions, 'lang'>;
}

const isWs = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * Reads an organisation file from its text or bytes (UTF-8; a byte order mark is skipped).
 * After any whitespace, `{` (or `[`) means JSON; anything else is taken as CSV (importCsv).
 * Never throws: whatever the input, the answer is an organisation or problems.
 */
export function parseOrganisation(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const lang: Lang = options.lang === 'en' ? 'en' : 'sv';
  try {
    return parse(input, lang, options);
  } catch (e) {
    // Nothing above should throw; if it does, the file is still not loaded and the caller is told why.
    return { ok: false, problems: [problem(lang, 'error', 'internal', '', { detail: e instanceof Error ? e.message : String(e) })] };
  }
}

function parse(input: string | Uint8Array, lang: Lang, options: ParseOptions): ParseResult {
  let text: string;
  const warnings: Problem[] = [];
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else if (input instanceof Uint8Array) {
    const decoded = decodeText(input);
    text = decoded.text;
    if (decoded.encoding !== 'utf-8') {
      warnings.push(problem(lang, 'warning', 'encoding', '', { encoding: decoded.encoding }));
    }
  } else {
    return { ok: false, problems: [problem(lang, 'error', 'internal', '', { detail: 'input is neither text nor bytes' })] };
  }

  let start = 0;
  while (start < text.length && isWs(text.charCodeAt(start))) start++;
  if (start >= text.length) return { ok: false, problems: [problem(lang, 'error', 'empty-file', '')] };
  const first = text.charCodeAt(start);
  if (first !== 0x7b && first !== 0x5b) return parseCsv(input, lang, options);

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [syntaxProblem(text, e, lang)] };
  }
  const checked = checkOrganisationFile(raw, lang);
  const problems = warnings.length ? warnings.concat(checked.problems) : checked.problems;
  if (!checked.file) return { ok: false, problems };
  return loaded(checked.file, problems);
}

function loaded(file: OrganisationFile, problems: Problem[]): ParseResult {
  const organisation = new Organisation(file);
  if (problems.length) loadWarnings.set(organisation, problems.slice());
  return { ok: true, organisation, problems };
}

function parseCsv(input: string | Uint8Array, lang: Lang, options: ParseOptions): ParseResult {
  const imported = importCsv(input, { ...options.csv, lang });
  const problems = imported.problems.slice();
  let failed = !imported.file;
  for (const p of problems) if (p.severity === 'error') failed = true;
  if (failed || !imported.file) return { ok: false, problems };
  const checked = checkOrganisationFile(imported.file, lang);
  for (const p of checked.problems) problems.push(p);
  if (!checked.file) return { ok: false, problems };
  return loaded(checked.file, problems);
}

function syntaxProblem(text: string, e: unknown, lang: Lang): Problem {
  const engineMessage = e instanceof Error ? e.message : String(e);
  // When the scanner sees no fault (an engine limit, e.g. nesting depth), the engine's own words.
  const found = jsonErrorAt(text, engineMessage);
  const at = lineColumn(text, found.offset);
  return problem(lang, 'error', 'syntax', '', { line: at.line, column: at.column, detail: describeSyntaxError(found, lang, engineMessage) }, at);
}
