// Builds the add-in once per test file into a temporary folder (never touching dist/).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Built {
  outDir: string;
  playgroundDir: string;
  sizes: { launchevent: { bytes: number; gzip: number }; taskpane: { bytes: number; gzip: number } };
}

export async function buildAddin(options: { baseUrl?: string; sendMode?: string } = {}): Promise<Built> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rollkoll-addin-'));
  const mod = (await import(path.join(ROOT, 'outlook-addin/build.mjs'))) as { build: (o: Record<string, unknown>) => Promise<Built> };
  return mod.build({
    root: ROOT,
    production: true,
    quiet: true,
    outDir: path.join(dir, 'outlook-addin'),
    playgroundDir: path.join(dir, 'outlook-playground'),
    baseUrl: options.baseUrl ?? 'https://addin.kungsor.example/rollkoll',
    ...(options.sendMode ? { sendMode: options.sendMode } : {}),
  });
}
