// One build for everything that exists: the core library and CLI, then each product's own build
// module (outlook-addin/build.mjs, extension/build.mjs), which export `build({ root, production })`.
// `--only=core` builds the core alone (the benchmark needs nothing else).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const root = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const production = process.env.NODE_ENV === 'production' || process.argv.includes('--production');

async function buildCore() {
  const common = { bundle: true, sourcemap: true, logLevel: 'warning', absWorkingDir: root };
  await esbuild.build({
    ...common,
    entryPoints: { index: 'core/index.ts' },
    outdir: 'dist/core',
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // papaparse requires Node's stream only when handed a Node stream, which the core never does.
    external: ['stream'],
    target: 'es2020',
  });
  await esbuild.build({
    ...common,
    entryPoints: { rollkoll: 'cli/rollkoll.ts' },
    outdir: 'dist/cli',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node\nimport { createRequire as __rkRequire } from "node:module"; const require = __rkRequire(import.meta.url);' },
  });
  // Declarations for `exports["."]` (the library API's types), from the DOM-free core only.
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'core/tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (existsSync(path.join(root, 'bench/bench.ts'))) {
    await esbuild.build({
      ...common,
      entryPoints: { bench: 'bench/bench.ts' },
      outdir: 'dist/bench',
      format: 'esm',
      platform: 'node',
      target: 'node20',
    });
  }
}

const parts = [['core', buildCore]];
for (const name of ['outlook-addin', 'extension']) {
  const file = path.join(root, name, 'build.mjs');
  if (existsSync(file)) parts.push([name, async () => (await import(pathToFileURL(file).href)).build({ root, production })]);
}

for (const [name, run] of parts) {
  if (only && only !== name) continue;
  const started = Date.now();
  await run();
  console.log(`built ${name} in ${Date.now() - started} ms`);
}
