// The library API: the same shapes as the CLI's --json output (../shared/spec/cli.md).
export * from './types.js';
export { Organisation } from './organisation/organisation.js';
export { parseOrganisation, type ParseResult } from './organisation/parse.js';
export { validateOrganisation } from './organisation/validate.js';
export { importCsv } from './organisation/import-csv.js';
export { importGraph } from './organisation/import-graph.js';
export { check } from './check.js';
export { route } from './route.js';
export { lookup } from './lookup.js';
export { applySuggestion } from './message/apply.js';
export { parseMessageFile } from './message/parse-message.js';
export { RULES } from './rules/index.js';
