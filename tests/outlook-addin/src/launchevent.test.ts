// The built launchevent.js: ES2016 syntax only, and it runs in a bare node:vm context (no DOM, no
// window) with the ES2017+ built-ins deleted and a regex engine without ES2018 features, driven by
// the fake Office: each send mode, and each failure path ends in event.completed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import * as acorn from 'acorn';
import { beforeAll, describe, expect, it } from 'vitest';
import { FakeMailbox, createFakeOffice, fakeEvent } from '../../../outlook-addin/src/fake-office.js';
import { ROOT, buildAddin, type Built } from '../helpers.js';

let built: Built;
let code: string;
const example = readFileSync(path.join(ROOT, 'core/example/kungsor.organisation.json'), 'utf8');
const ORG_URL = 'https://addin.kungsor.example/rollkoll/organisation.json';

beforeAll(async () => {
  built = await buildAddin();
  code = readFileSync(path.join(built.outDir, 'launchevent.js'), 'utf8');
}, 60_000);

/** A RegExp as an ES2016 engine has it: \p{…}, named groups, lookbehind and the s flag throw. */
function es2016RegExp(): RegExpConstructor {
  const Native = RegExp;
  function Old(this: unknown, source: string | RegExp, flags?: string) {
    const s = typeof source === 'string' ? source : source.source;
    const f = flags ?? (typeof source === 'string' ? '' : source.flags);
    if (/\\[pP]\{|\(\?<[=!a-zA-Z]/.test(s) || /[sy]/.test(f.replace('y', '')) || f.includes('s')) throw new SyntaxError(`Invalid regular expression: /${s}/`);
    return new Native(s, f);
  }
  Old.prototype = Native.prototype;
  return Old as unknown as RegExpConstructor;
}

interface Run {
  box: FakeMailbox;
  office: ReturnType<typeof createFakeOffice>;
  fetched: string[];
  storage: Map<string, string>;
}

function load(opts: { fetch?: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>; storage?: Map<string, string>; box?: FakeMailbox; officeRuntime?: boolean } = {}): Run {
  const box = opts.box ?? new FakeMailbox({ from: { address: 'karin.oberg@kungsor.se', name: 'Karin Öberg' }, to: [{ address: 'erik.sundqvist@kungsor.se', name: 'Erik Sundqvist' }], subject: 'Skolskjutsen', body: 'Hur fungerar det?' });
  const office = createFakeOffice(box);
  const fetched: string[] = [];
  const storage = opts.storage ?? new Map<string, string>();
  const sandbox: Record<string, unknown> = {
    Office: office,
    setTimeout,
    clearTimeout,
    fetch: (url: string) => {
      fetched.push(url);
      return (opts.fetch ?? (async () => ({ ok: true, status: 200, text: async () => example })))(url);
    },
  };
  if (opts.officeRuntime !== false) {
    sandbox.OfficeRuntime = { storage: { getItem: async (k: string) => storage.get(k) ?? null, setItem: async (k: string, v: string) => void storage.set(k, v) } };
  }
  const context = vm.createContext(sandbox);
  // The old runtime: no ES2017+ built-ins, an ES2016 regex engine; no window, document or location.
  vm.runInContext(
    `delete Object.entries; delete Object.values; delete Object.fromEntries; delete Object.hasOwn;
     delete Array.prototype.flat; delete Array.prototype.flatMap; delete Array.prototype.at;
     delete Array.prototype.findLast; delete Array.prototype.findLastIndex;
     delete String.prototype.padStart; delete String.prototype.padEnd; delete String.prototype.replaceAll;
     delete String.prototype.matchAll; delete String.prototype.at; delete String.prototype.trimStart; delete String.prototype.trimEnd;
     delete Promise.prototype.finally; delete Promise.allSettled; delete globalThis.structuredClone;`,
    context,
  );
  context.RegExp = es2016RegExp();
  vm.runInContext(code, context, { filename: 'launchevent.js', timeout: 5000 });
  expect(vm.runInContext('typeof window', context)).toBe('undefined');
  expect(vm.runInContext('typeof document', context)).toBe('undefined');
  return { box, office, fetched, storage };
}

async function send(run: Run) {
  const e = fakeEvent();
  run.office.actions.handlers.get('onMessageSendHandler')!(e.event);
  const options = await e.done;
  return { options, count: e.count };
}

function orgWith(sendCheck: string): string {
  const f = JSON.parse(example);
  f.policy.sendCheck = sendCheck;
  return JSON.stringify(f);
}

describe('launchevent.js', () => {
  it('is ES2016 syntax (acorn, ecmaVersion 2016) in one file with no imports', () => {
    expect(() => acorn.parse(code, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
    expect(code).not.toMatch(/\bimport\s*\(|\brequire\(|^\s*import\s|^\s*export\s/m);
    expect(code).not.toContain('new RegExp(');
  });

  it('is within its budget: ≤ 40 KB gzip', () => {
    expect(built.sizes.launchevent.gzip).toBeLessThanOrEqual(40 * 1024);
  });

  it('associates both handlers at top level', () => {
    const run = load();
    expect([...run.office.actions.handlers.keys()].sort()).toEqual(['onMessageRecipientsChangedHandler', 'onMessageSendHandler']);
  });

  it('prompt (the example): warns, offers the pane, lets the user send anyway', async () => {
    const run = load();
    const { options } = await send(run);
    expect(options).toMatchObject({ allowEvent: false, commandId: 'Rk.ComposeButton', cancelLabel: 'Visa råd', sendModeOverride: 'promptUser' });
    expect(String(options!.errorMessageMarkdown)).toContain('förvaltningschef');
    expect(run.fetched).toEqual([ORG_URL]);
  });

  it('block: requires a fix (no override)', async () => {
    const run = load({ fetch: async () => ({ ok: true, status: 200, text: async () => orgWith('block') }) });
    const { options } = await send(run);
    expect(options!.allowEvent).toBe(false);
    expect(options).not.toHaveProperty('sendModeOverride');
  });

  it('off: lets the mail go', async () => {
    const run = load({ fetch: async () => ({ ok: true, status: 200, text: async () => orgWith('off') }) });
    expect((await send(run)).options).toEqual({ allowEvent: true });
  });

  it('the info bar names the first warning', async () => {
    const run = load();
    const e = fakeEvent();
    run.office.actions.handlers.get('onMessageRecipientsChangedHandler')!(e.event);
    await e.done;
    expect(String(run.box.notifications.get('rollkoll')?.message)).toMatch(/^Rollkoll: .*förvaltningschef/);
  });

  it('caches the organisation file: a second runtime uses the stored copy without waiting for the network', async () => {
    const first = load();
    await send(first);
    let release!: () => void;
    const second = load({
      storage: first.storage,
      fetch: () => new Promise((r) => (release = () => r({ ok: true, status: 200, text: async () => example }))),
    });
    const { options } = await send(second);
    expect(options!.allowEvent).toBe(false);
    release?.();
  });

  it('without OfficeRuntime.storage it keeps the file in memory', async () => {
    const run = load({ officeRuntime: false });
    expect((await send(run)).options!.allowEvent).toBe(false);
  });

  const failures: Array<[string, Parameters<typeof load>[0]]> = [
    ['organisation file missing (404)', { fetch: async () => ({ ok: false, status: 404, text: async () => 'Not found' }) }],
    ['organisation file invalid JSON', { fetch: async () => ({ ok: true, status: 200, text: async () => '{"schemaVersion": 1,' }) }],
    ['organisation file fails validation', { fetch: async () => ({ ok: true, status: 200, text: async () => '{"schemaVersion": 2, "units": []}' }) }],
    ['network error', { fetch: async () => Promise.reject(new TypeError('Failed to fetch')) }],
  ];
  for (const [name, opts] of failures) {
    it(`${name}: the mail goes, once, and the user is told once`, async () => {
      const run = load(opts);
      const { options, count } = await send(run);
      expect(options).toEqual({ allowEvent: true });
      expect(count()).toBe(1);
      const e = fakeEvent();
      run.office.actions.handlers.get('onMessageRecipientsChangedHandler')!(e.event);
      await e.done;
      await new Promise((r) => setTimeout(r, 10));
      expect(String(run.box.notifications.get('rollkoll-fel')?.message ?? '')).toContain('kunde inte kontrollera');
    });
  }

  it('an Office call failing: the mail goes', async () => {
    const box = new FakeMailbox({ from: { address: 'karin.oberg@kungsor.se' }, to: [{ address: 'erik.sundqvist@kungsor.se' }] });
    box.failing.add('to.getAsync');
    expect((await send(load({ box }))).options).toEqual({ allowEvent: true });
  });

  it('a network that never answers: the mail goes before Outlook’s 5-second dialog', async () => {
    const run = load({ fetch: () => new Promise(() => undefined) });
    const started = Date.now();
    const { options } = await send(run);
    expect(options).toEqual({ allowEvent: true });
    expect(Date.now() - started).toBeLessThan(4000);
  });
});
