// `rollkoll`: the core on the command line (../shared/spec/cli.md). Exit 0 when it ran, whatever it
// found; 1 when the input is invalid (a message on stderr naming the file and where); 2 on wrong usage.
// Never a stack trace: every failure becomes a sentence.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import exampleOrganisation from '../core/example/kungsor.organisation.json';
import { check } from '../core/check.js';
import { lookup } from '../core/lookup.js';
import { parseMessageFile } from '../core/message/parse-message.js';
import { importCsv } from '../core/organisation/import-csv.js';
import { importGraph } from '../core/organisation/import-graph.js';
import type { Organisation } from '../core/organisation/organisation.js';
import { parseOrganisation } from '../core/organisation/parse.js';
import { validateOrganisation } from '../core/organisation/validate.js';
import { route } from '../core/route.js';
import type { ActingAs, Lang, MessageInput, Problem } from '../core/types.js';
import { formatCheck, formatLookup, formatProblems, formatRoute, texts } from './format.js';

class UsageError extends Error {}
class InputError extends Error {}

const COMMANDS = ['check', 'route', 'lookup', 'validate', 'import'] as const;
type Command = (typeof COMMANDS)[number];

interface Options {
  json: boolean;
  lang: Lang;
  directory?: string;
  message?: string;
  actingAs?: ActingAs;
  as?: string;
  from?: string;
  mapping?: string;
  limit?: number;
  positionals: string[];
}

function parseOptions(argv: string[]): { command: Command | 'help'; options: Options } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
        directory: { type: 'string' },
        message: { type: 'string' },
        'acting-as': { type: 'string' },
        as: { type: 'string' },
        from: { type: 'string' },
        mapping: { type: 'string' },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? 'sv';
  if (lang !== 'sv' && lang !== 'en') throw new UsageError(`--lang: sv, en ("${lang}")`);
  const [first, ...rest] = positionals;
  if (values.help || first === undefined || first === 'help') return { command: 'help', options: { json: false, lang, positionals: [] } };
  if (!(COMMANDS as readonly string[]).includes(first)) throw new UsageError(texts[lang].unknownCommand(first));
  const actingAs = values['acting-as'];
  if (actingAs !== undefined && actingAs !== 'fortroendevald' && actingAs !== 'tjansteperson')
    throw new UsageError(texts[lang].actingAsValue(actingAs));
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(texts[lang].limitValue(values.limit));
  }
  const options: Options = { json: values.json ?? false, lang, positionals: rest };
  if (values.directory !== undefined) options.directory = values.directory;
  if (values.message !== undefined) options.message = values.message;
  if (actingAs !== undefined) options.actingAs = actingAs;
  if (values.as !== undefined) options.as = values.as;
  if (values.from !== undefined) options.from = values.from;
  if (values.mapping !== undefined) options.mapping = values.mapping;
  if (limit !== undefined) options.limit = limit;
  return { command: first as Command, options };
}

function readBytes(file: string, lang: Lang): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(texts[lang].cannotRead(file, code === 'ENOENT' ? texts[lang].noSuchFile : code === 'EISDIR' ? texts[lang].isDirectory : String(code ?? error)));
  }
}

function problemsError(file: string, problems: Problem[], lang: Lang): InputError {
  return new InputError(formatProblems(file, problems.filter((p) => p.severity === 'error'), lang));
}

function loadOrganisation(options: Options): { organisation: Organisation; warnings: Problem[]; file: string } {
  const file = options.directory ?? texts[options.lang].exampleName;
  const input = options.directory !== undefined ? readBytes(options.directory, options.lang) : JSON.stringify(exampleOrganisation, null, 2);
  const result = parseOrganisation(input, { lang: options.lang });
  if (!result.ok) throw problemsError(file, result.problems, options.lang);
  return { organisation: result.organisation, warnings: result.problems, file };
}

async function loadMessage(options: Options): Promise<{ message: MessageInput; problems: { path: string; message: string }[] }> {
  if (options.message === undefined) throw new UsageError(texts[options.lang].needsMessage);
  const { message, problems } = await parseMessageFile(readBytes(options.message, options.lang));
  if (!message) throw new InputError(`${options.message}: ${problems.map((p) => (p.path ? `${p.path}: ` : '') + p.message).join('; ')}`);
  return { message, problems };
}

function print(options: Options, value: unknown, text: string): void {
  process.stdout.write(options.json ? JSON.stringify(value, null, 2) + '\n' : text.endsWith('\n') ? text : text + '\n');
}

async function run(command: Command, options: Options): Promise<number> {
  const lang = options.lang;
  switch (command) {
    case 'check': {
      const { organisation } = loadOrganisation(options);
      const { message, problems } = await loadMessage(options);
      const result = check(organisation, message, { actingAs: options.actingAs, lang });
      result.problems = [...problems, ...result.problems];
      print(options, result, formatCheck(result, organisation, lang));
      return 0;
    }
    case 'route': {
      const { organisation } = loadOrganisation(options);
      const { message } = await loadMessage(options);
      const result = route(organisation, message, { lang });
      print(options, result, formatRoute(result, lang));
      return 0;
    }
    case 'lookup': {
      const query = options.positionals.join(' ').trim();
      if (!query) throw new UsageError(texts[lang].needsQuery);
      const { organisation } = loadOrganisation(options);
      const results = lookup(organisation, query, { as: options.as, limit: options.limit, lang });
      print(options, results, formatLookup(results, query, lang));
      return 0;
    }
    case 'validate': {
      const file = options.directory ?? texts[lang].exampleName;
      const input = options.directory !== undefined ? readBytes(options.directory, lang) : JSON.stringify(exampleOrganisation, null, 2);
      const parsed = parseOrganisation(input, { lang });
      const problems = parsed.ok ? validateOrganisation(parsed.organisation, { lang }) : parsed.problems;
      const errors = problems.filter((p) => p.severity === 'error').length;
      const value = { file, valid: errors === 0, errors, warnings: problems.length - errors, problems };
      const report = (problems.length ? formatProblems(file, problems, lang) + '\n' : '') + texts[lang].validateSummary(errors, problems.length - errors);
      if (options.json) print(options, value, '');
      // An invalid file is an error like any other (stderr, exit 1); a valid one is the command's output.
      if (errors) process.stderr.write(report + '\n');
      else if (!options.json) print(options, value, report);
      return errors ? 1 : 0;
    }
    case 'import': {
      const source = options.from;
      const file = options.positionals[0];
      if (source !== 'csv' && source !== 'graph') throw new UsageError(texts[lang].importNeedsFrom);
      if (!file) throw new UsageError(texts[lang].importNeedsFile);
      let result;
      if (source === 'csv') {
        result = importCsv(readBytes(file, lang), { lang });
      } else {
        if (!options.mapping) throw new UsageError(texts[lang].importNeedsMapping);
        const decode = (f: string) => new TextDecoder('utf-8').decode(readBytes(f, lang));
        result = importGraph(decode(file), decode(options.mapping), { lang });
      }
      const errors = result.problems.filter((p) => p.severity === 'error');
      if (result.problems.length) process.stderr.write(formatProblems(file, result.problems, lang) + '\n');
      if (errors.length || !result.file) return 1;
      process.stdout.write(JSON.stringify(result.file, null, 2) + '\n');
      return 0;
    }
  }
}

export async function main(argv: string[]): Promise<number> {
  // Known before parsing, so that even a usage error speaks the asked-for language.
  let lang: Lang = argv[argv.indexOf('--lang') + 1] === 'en' || argv.includes('--lang=en') ? 'en' : 'sv';
  try {
    const { command, options } = parseOptions(argv);
    lang = options.lang;
    if (command === 'help') {
      process.stdout.write(texts[lang].help);
      return argv.length === 0 ? 2 : 0;
    }
    return await run(command, options);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`rollkoll: ${error.message}\n${texts[lang].seeHelp}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      process.stderr.write(`rollkoll: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`rollkoll: ${texts[lang].unexpected}: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
