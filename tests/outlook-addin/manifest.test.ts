// The built manifest: structure, every resid resolves, Runtime and LaunchEvent agree, icons exist at
// the sizes named, URLs come from the base URL; and the pages around it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAddin, type Built } from './helpers.js';

const BASE = 'https://addin.kungsor.example/rollkoll';
let built: Built;
let xml: string;
let doc: Record<string, unknown>;

type Node = Record<string, unknown>;
const arr = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Every element (depth first) with its tag name. */
function walk(node: unknown, tag = '', out: Array<[string, Node]> = []): Array<[string, Node]> {
  if (Array.isArray(node)) for (const n of node) walk(n, tag, out);
  else if (node && typeof node === 'object') {
    out.push([tag, node as Node]);
    for (const [k, v] of Object.entries(node)) if (!k.startsWith('@_') && k !== '#text') walk(v, k, out);
  }
  return out;
}

beforeAll(async () => {
  built = await buildAddin({ baseUrl: BASE + '/' });
  xml = readFileSync(path.join(built.outDir, 'manifest.xml'), 'utf8');
  doc = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, isArray: () => false }).parse(xml);
}, 60_000);

describe('manifest.xml', () => {
  it('is a mail add-in asking for ReadWriteItem and Mailbox 1.15', () => {
    const app = doc.OfficeApp as Node;
    expect(app['@_type']).toBe('MailApp');
    expect(app.Permissions).toBe('ReadWriteItem');
    expect(app.Id).toMatch(/^[0-9a-f-]{36}$/);
    expect(xml).toContain('<bt:Sets DefaultMinVersion="1.15">');
  });

  it('takes every URL from the base URL (and only https)', () => {
    const urls = xml.match(/https?:\/\/[^"<\s]+/g)!.filter((u) => !u.startsWith('http://schemas.microsoft.com') && !u.startsWith('http://www.w3.org'));
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u.startsWith(BASE + '/') || u === BASE).toBe(true);
    expect(xml).not.toContain('localhost');
  });

  it('every resid resolves to a resource of the right kind', () => {
    const all = walk(doc);
    const ids = new Map<string, string>();
    for (const [tag, n] of all) if (['Image', 'Url', 'String'].includes(tag) && typeof n['@_id'] === 'string') ids.set(n['@_id'] as string, tag);
    const uses = all.filter(([, n]) => typeof n['@_resid'] === 'string');
    expect(uses.length).toBeGreaterThan(10);
    for (const [tag, n] of uses) {
      const kind = ids.get(n['@_resid'] as string);
      expect(kind, `${tag} resid=${n['@_resid']}`).toBeDefined();
      if (tag === 'Label' || tag === 'Title' || tag === 'Description') expect(kind).toBe('String');
      if (tag === 'Image') expect(kind).toBe('Image');
      if (['SourceLocation', 'Runtime', 'Override', 'FunctionFile'].includes(tag)) expect(kind).toBe('Url');
    }
  });

  it('the Runtime and the LaunchEvent SourceLocation agree; the JavaScript override is launchevent.js', () => {
    const all = walk(doc);
    const runtime = all.find(([t]) => t === 'Runtime')![1];
    const launch = all.find(([t, n]) => t === 'ExtensionPoint' && n['@_type'] === 'LaunchEvent')![1];
    expect((launch.SourceLocation as Node)['@_resid']).toBe(runtime['@_resid']);
    const override = runtime.Override as Node;
    expect(override['@_type']).toBe('javascript');
    const urls = new Map(all.filter(([t]) => t === 'Url').map(([, n]) => [n['@_id'], n['@_DefaultValue']]));
    expect(urls.get(override['@_resid'])).toBe(`${BASE}/launchevent.js`);
    expect(urls.get(runtime['@_resid'])).toBe(`${BASE}/commands.html`);
    const events = arr((launch.LaunchEvents as Node).LaunchEvent as Node | Node[]);
    expect(events.map((e) => [e['@_Type'], e['@_FunctionName']])).toEqual([
      ['OnMessageRecipientsChanged', 'onMessageRecipientsChangedHandler'],
      ['OnMessageSend', 'onMessageSendHandler'],
    ]);
    expect(events[1]!['@_SendMode']).toBe('PromptUser');
    const code = readFileSync(path.join(built.outDir, 'launchevent.js'), 'utf8');
    for (const e of events) expect(code).toContain(`"${e['@_FunctionName']}"`);
  });

  it('has a compose button "Kontrollera mottagare" and a read button "Vem ska svara?" opening the task pane', () => {
    expect(xml).toMatch(/id="Rk.ComposeButton.Label" DefaultValue="Kontrollera mottagare"/);
    expect(xml).toMatch(/id="Rk.ReadButton.Label" DefaultValue="Vem ska svara\?"/);
    expect(xml).toMatch(/Locale="en-US" Value="Check recipients"/);
    const all = walk(doc);
    const surfaces = all.filter(([t, n]) => t === 'ExtensionPoint' && /Message(Compose|Read)CommandSurface/.test(String(n['@_type'])));
    expect(surfaces).toHaveLength(2);
    for (const [, s] of surfaces) expect(JSON.stringify(s)).toContain('"@_resid":"Rk.Taskpane.Url"');
    // The Smart Alerts and info-bar button opens this command.
    expect(xml).toContain('id="Rk.ComposeButton"');
  });

  it('icons exist at every size the manifest names, as PNGs of that size', () => {
    const all = walk(doc);
    const images = new Map(all.filter(([t, n]) => t === 'Image' && n['@_id']).map(([, n]) => [n['@_id'] as string, n['@_DefaultValue'] as string]));
    const checks: Array<[string, number]> = [];
    for (const [t, n] of all) if (t === 'Image' && n['@_size']) checks.push([images.get(n['@_resid'] as string)!, Number(n['@_size'])]);
    const app = doc.OfficeApp as Node;
    checks.push([(app.IconUrl as Node)['@_DefaultValue'] as string, 64], [(app.HighResolutionIconUrl as Node)['@_DefaultValue'] as string, 128]);
    expect(checks.length).toBeGreaterThanOrEqual(8);
    for (const [url, size] of checks) {
      const file = path.join(built.outDir, url.slice(BASE.length + 1));
      expect(existsSync(file), file).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('SoftBlock is a build option for IT, nothing else', async () => {
    const soft = await buildAddin({ sendMode: 'SoftBlock' });
    expect(readFileSync(path.join(soft.outDir, 'manifest.xml'), 'utf8')).toContain('SendMode="SoftBlock"');
  });
});

describe('the pages', () => {
  it('production pages load Office.js from Microsoft’s CDN; commands.html loads launchevent.js', () => {
    const cdn = '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';
    expect(readFileSync(path.join(built.outDir, 'taskpane.html'), 'utf8')).toContain(cdn);
    const commands = readFileSync(path.join(built.outDir, 'commands.html'), 'utf8');
    expect(commands).toContain(cdn);
    expect(commands).toContain('<script src="launchevent.js"></script>');
  });

  it('the playground pane uses the fake instead, and the same taskpane.js', () => {
    const pane = readFileSync(path.join(built.playgroundDir, 'pane.html'), 'utf8');
    expect(pane).not.toContain('appsforoffice');
    expect(pane).toContain('<script src="office-frame.js"></script>');
    expect(pane).toContain('<script src="../taskpane.js"></script>');
  });

  it('lists launchevent.js in the well-known file classic Outlook asks for', () => {
    const allowed = JSON.parse(readFileSync(path.join(built.outDir, '.well-known/microsoft-officeaddins-allowed.json'), 'utf8'));
    expect(allowed).toEqual({ allowed: [`${BASE}/launchevent.js`] });
  });

  it('organisation.json is the bundled example', () => {
    expect(readFileSync(path.join(built.outDir, 'organisation.json'), 'utf8')).toContain('Kungsörs kommun');
  });

  it('task pane scripts are within their budget: ≤ 80 KB gzip', () => {
    expect(built.sizes.taskpane.gzip).toBeLessThanOrEqual(80 * 1024);
  });
});
