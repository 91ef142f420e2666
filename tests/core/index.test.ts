// The package entry (`exports["."]`, the built core) offers the library API, and its answers are the
// CLI's JSON exactly: scripts may use either.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const entry = path.join(root, pkg.exports['.'].default);
const example = readFileSync(path.join(root, 'core/example/kungsor.organisation.json'), 'utf8');
const messageFile = path.join(root, 'tests/cli/fixtures/politiker-till-larare.json');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
let api: any;
beforeAll(async () => {
  if (!existsSync(entry)) spawnSync(process.execPath, ['esbuild.config.mjs', '--only=core'], { cwd: root, stdio: 'inherit' });
  api = await import(pathToFileURL(entry).href);
}, 120_000);

describe('the package entry', () => {
  it('exports the library API', () => {
    for (const name of ['parseOrganisation', 'validateOrganisation', 'check', 'route', 'lookup', 'applySuggestion', 'importCsv', 'importGraph', 'parseMessageFile']) {
      expect(typeof api[name], name).toBe('function');
    }
    expect(pkg.bin.rollkoll).toBeTruthy();
    expect(existsSync(path.join(root, pkg.exports['.'].types))).toBe(true);
  });

  it('check answers exactly what `rollkoll check --json` prints', () => {
    const parsed = api.parseOrganisation(example);
    expect(parsed.ok).toBe(true);
    const result = api.check(parsed.organisation, JSON.parse(readFileSync(messageFile, 'utf8')), {});
    const cli = spawnSync(process.execPath, [path.join(root, pkg.bin.rollkoll), 'check', '--json', '--message', messageFile], { encoding: 'utf8' });
    expect(JSON.parse(cli.stdout)).toEqual(JSON.parse(JSON.stringify(result)));
  });

  it('applySuggestion makes the fix the finding offers', () => {
    const { organisation } = api.parseOrganisation(example);
    const message = { from: 'karin.oberg@kungsor.se', to: ['erik.sundqvist@kungsor.se'] };
    const [finding] = api.check(organisation, message).findings;
    const fixed = finding.suggestions.reduce(api.applySuggestion, message);
    expect(fixed.to.map((a: string | { address: string }) => (typeof a === 'string' ? a : a.address))).toEqual(['anders.nordin@kungsor.se']);
    expect(api.check(organisation, fixed).verdict).toBe('ok');
  });
});
