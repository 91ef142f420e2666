#!/usr/bin/env node
// Writes core/organisation/organisation.schema.json from the valibot schema (core/organisation/schema.ts).
//   node scripts/generate-schema.mjs          write the file
//   node scripts/generate-schema.mjs --check  exit 1 if the committed file is out of date
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const target = path.join(root, 'core/organisation/organisation.schema.json');

const built = await esbuild.build({
  entryPoints: [path.join(root, 'scripts/schema-json.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
  absWorkingDir: root,
});
const code = built.outputFiles[0].text;
const { jsonSchemaText } = await import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));
const text = jsonSchemaText();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== text) {
    console.error(`${path.relative(root, target)} is out of date: run node scripts/generate-schema.mjs`);
    process.exit(1);
  }
  console.log(`${path.relative(root, target)} is up to date`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${path.relative(root, target)}`);
}
