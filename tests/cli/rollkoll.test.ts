// The command line as IT staff and scripts use it: exit codes, JSON and Swedish text, errors that
// say where the problem is, and never a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli/rollkoll.js');
const fixture = (name: string) => path.join(__dirname, 'fixtures', name);

function rollkoll(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectNoStackTrace(text: string) {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

beforeAll(() => {
  if (!existsSync(cli)) spawnSync(process.execPath, ['esbuild.config.mjs', '--only=core'], { cwd: root, stdio: 'inherit' });
}, 120_000);

describe('rollkoll check', () => {
  it('warns a politician writing to a teacher, with a fix to the förvaltningschef (JSON)', () => {
    const r = rollkoll('check', '--message', fixture('politiker-till-larare.json'), '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.sender).toMatchObject({ address: 'karin.oberg@kungsor.se', group: 'fortroendevald' });
    expect(result.recipients[0]).toMatchObject({ address: 'erik.sundqvist@kungsor.se', group: 'tjansteperson', forvaltning: 'buf' });
    expect(result.verdict).toBe('warning');
    const finding = result.findings.find((f: { rule: string }) => f.rule === 'via-forvaltningschef');
    expect(finding.suggestions).toEqual([
      { action: 'replace', field: 'to', address: 'anders.nordin@kungsor.se', name: 'Anders Nordin', replaces: 'erik.sundqvist@kungsor.se' },
    ]);
  });

  it('prints readable Swedish text by default, with the guideline quoted', () => {
    const r = rollkoll('check', '--message', fixture('politiker-till-larare.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Avsändare: Karin Öberg <karin.oberg@kungsor.se> – förtroendevald');
    expect(r.stdout).toContain('VARNING  via-forvaltningschef');
    expect(r.stdout).toContain('Förvaltningschefen ska alltid vara ingången');
  });

  it('speaks English with --lang en', () => {
    const r = rollkoll('check', '--message', fixture('politiker-till-larare.json'), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sender: Karin Öberg');
    expect(r.stdout).toContain('WARNING');
  });

  it('reports a malformed recipient and still checks the others', () => {
    const r = rollkoll('check', '--message', fixture('trasig-mottagare.json'), '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.problems[0].path).toBe('to[0]');
    expect(result.findings.map((f: { rule: string }) => f.rule)).toContain('via-forvaltningschef');
  });

  it('reads an .eml message', () => {
    const r = rollkoll('route', '--message', fixture('journalist-fraga.eml'), '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.question).toBe('vad');
    expect(result.answerers[0]).toMatchObject({ address: 'karin.oberg@kungsor.se' });
    expect(result.communicator).not.toBeNull();
  });
});

describe('rollkoll lookup and validate', () => {
  it('finds a contact despite a one-letter typo, with the path from a politician', () => {
    const r = rollkoll('lookup', '--as', 'karin.oberg@kungsor.se', '--json', 'Erik Sundkvist');
    expect(r.code).toBe(0);
    const [first] = JSON.parse(r.stdout);
    expect(first.address).toBe('erik.sundqvist@kungsor.se');
    expect(first.path[0].address).toBe('anders.nordin@kungsor.se');
    expect(first.path.at(-1).address).toBe('erik.sundqvist@kungsor.se');
  });

  it('validates the bundled example', () => {
    const r = rollkoll('validate', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: true, errors: 0 });
  });
});

describe('bad input: exit 1 and a message naming where', () => {
  it('broken JSON gives the line', () => {
    const r = rollkoll('validate', '--directory', fixture('trasig-syntax.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/trasig-syntax\.json:\d+/);
    expectNoStackTrace(r.stderr);
  });

  it('an unknown unit gives the JSON path and the value', () => {
    const r = rollkoll('check', '--directory', fixture('okand-enhet.json'), '--message', fixture('politiker-till-larare.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('people[0].positions[0].unit');
    expect(r.stderr).toContain('bun2');
    expectNoStackTrace(r.stderr);
  });

  it('a missing file is named', () => {
    const r = rollkoll('check', '--message', fixture('finns-inte.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('finns-inte.json');
    expect(r.stderr).toContain('filen finns inte');
  });

  it('__proto__ keys change nothing', () => {
    const r = rollkoll('validate', '--directory', fixture('proto.json'), '--json');
    expect([0, 1]).toContain(r.code);
    expectNoStackTrace(r.stderr);
    const out = JSON.parse(r.stdout);
    expect(JSON.stringify(out)).not.toContain('polluted');
    expect(out.problems.some((p: { code: string }) => p.code === 'manager-cycle')).toBe(false);
  });
});

describe('wrong usage: exit 2', () => {
  it.each([
    [['frobnicate']],
    [['check']],
    [['check', '--message']],
    [['lookup']],
    [['check', '--acting-as', 'kung', '--message', 'x.json']],
    [['import', '--from', 'xml', 'x']],
  ])('%j', (args) => {
    const r = rollkoll(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rollkoll --help');
    expectNoStackTrace(r.stderr);
  });
});
