// Builds the Outlook add-in into dist/outlook-addin/ and the playground into dist/outlook-playground/.
//
//   ROLLKOLL_BASE_URL   where the add-in is hosted (default https://localhost:3000); every URL in the
//                       manifest comes from it, and launchevent.js falls back to <base>/organisation.json
//   ROLLKOLL_ORGANISATION_URL  optional: the organisation file somewhere else (absolute https URL)
//   ROLLKOLL_SEND_MODE  PromptUser (default) or SoftBlock: the manifest's Smart Alerts SendMode
//                       (docs/outlook-it.md explains the trade-off)
//
// Called by esbuild.config.mjs as build({ root, production }); tests pass outDir/baseUrl too.
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';

const REGEXP_GUARD = '\nfunction __rkRegExp(s,f){try{return new (RegExp)(s,f)}catch(e){return /(?!)/}}\n';

export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const DEFAULT_BASE_URL = 'https://localhost:3000';
export const ICON_SIZES = [16, 32, 64, 80, 128];
const SEND_MODES = ['PromptUser', 'SoftBlock'];

/**
 * @param {{ root: string, production?: boolean, outDir?: string, playgroundDir?: string,
 *           baseUrl?: string, organisationUrl?: string, sendMode?: string, quiet?: boolean }} options
 */
export async function build(options) {
  const root = options.root;
  const production = !!options.production;
  const outDir = options.outDir || path.join(root, 'dist/outlook-addin');
  const playgroundDir = options.playgroundDir || path.join(root, 'dist/outlook-playground');
  const baseUrl = normaliseBase(options.baseUrl || process.env.ROLLKOLL_BASE_URL || DEFAULT_BASE_URL);
  const organisationUrl = options.organisationUrl || process.env.ROLLKOLL_ORGANISATION_URL || `${baseUrl}/organisation.json`;
  if (!/^https?:\/\//i.test(organisationUrl)) throw new Error(`ROLLKOLL_ORGANISATION_URL must be an absolute URL, not "${organisationUrl}"`);
  const sendMode = options.sendMode || process.env.ROLLKOLL_SEND_MODE || 'PromptUser';
  if (!SEND_MODES.includes(sendMode)) throw new Error(`ROLLKOLL_SEND_MODE must be one of ${SEND_MODES.join(', ')}, not "${sendMode}"`);

  const src = path.join(root, 'outlook-addin');
  rmSync(outDir, { recursive: true, force: true });
  rmSync(playgroundDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, 'assets'), { recursive: true });
  mkdirSync(playgroundDir, { recursive: true });

  const define = { __ROLLKOLL_ORG_URL__: JSON.stringify(organisationUrl), 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') };
  const common = {
    absWorkingDir: root,
    bundle: true,
    format: 'iife',
    logLevel: options.quiet ? 'silent' : 'warning',
    legalComments: 'none',
    define,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    // The add-in reads organisation.json only; the core's CSV reader (papaparse) stays out.
    alias: { papaparse: './outlook-addin/src/no-csv.ts' },
  };

  // launchevent.js: one file, no imports, ES2016 syntax, no DOM; always minified (the 5-second
  // budget counts from its download). The polyfills go first as a banner: as an import they would
  // be dropped (the package is "sideEffects": false) or run after the core's modules.
  const polyfills = await esbuild.build({
    ...common,
    entryPoints: [path.join(src, 'src/es-polyfills.ts')],
    write: false,
    target: 'es2016',
    platform: 'neutral',
    minify: true,
  });
  await esbuild.build({
    ...common,
    entryPoints: [path.join(src, 'src/launchevent.ts')],
    outfile: path.join(outDir, 'launchevent.js'),
    target: 'es2016',
    platform: 'neutral',
    // papaparse (the core's CSV reader) names a browser build; its Node stream code is not needed.
    mainFields: ['browser', 'module', 'main'],
    minify: true,
    sourcemap: false,
    banner: { js: polyfills.outputFiles[0].text.trim() + REGEXP_GUARD },
    supported: { 'dynamic-import': false },
  });
  // esbuild turns regular expressions newer than ES2016 (\p{…}, (?<…>), the s flag) into
  // `new RegExp(…)` so that the file parses; on an old engine such a call would throw while the file
  // loads (valibot builds one at load time). Route them through a guard that falls back to a
  // pattern matching nothing: the rest of the check still runs.
  const launchFile = path.join(outDir, 'launchevent.js');
  const guarded = readFileSync(launchFile, 'utf8').split('new RegExp(').join('__rkRegExp(');
  writeFileSync(launchFile, guarded);

  // The task pane (browser runtime: Edge WebView2, Safari on Mac, the browser for the web).
  await esbuild.build({
    ...common,
    entryPoints: [path.join(src, 'src/taskpane/main.tsx')],
    outfile: path.join(outDir, 'taskpane.js'),
    target: 'es2019',
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    minify: true,
    sourcemap: production ? false : 'linked',
  });

  const manifest = readFileSync(path.join(src, 'manifest.xml'), 'utf8')
    .split(DEFAULT_BASE_URL)
    .join(baseUrl)
    .replace(/SendMode="PromptUser"/, `SendMode="${sendMode}"`);
  writeFileSync(path.join(outDir, 'manifest.xml'), manifest);

  // Classic Outlook on Windows runs launchevent.js in a JavaScript-only runtime that may fetch
  // organisation.json only when the origin lists the file here (at the origin's root).
  mkdirSync(path.join(outDir, '.well-known'), { recursive: true });
  writeFileSync(path.join(outDir, '.well-known/microsoft-officeaddins-allowed.json'), JSON.stringify({ allowed: [`${baseUrl}/launchevent.js`] }, null, 2) + '\n');
  writeFileSync(path.join(outDir, 'taskpane.html'), taskpaneHtml(`<script src="${OFFICE_JS_CDN}"></script>`, 'taskpane.js'));
  writeFileSync(path.join(outDir, 'commands.html'), commandsHtml());
  writeFileSync(path.join(outDir, 'support.html'), supportHtml());
  for (const size of ICON_SIZES) writeFileSync(path.join(outDir, `assets/icon-${size}.png`), iconPng(size));

  const example = path.join(root, 'core/example/kungsor.organisation.json');
  if (existsSync(example)) {
    copyFileSync(example, path.join(outDir, 'organisation.json'));
    copyFileSync(example, path.join(playgroundDir, 'organisation.json'));
  }

  // The playground: a compose window around the real task pane, on a fake Office.js.
  await esbuild.build({
    ...common,
    entryPoints: {
      playground: path.join(src, 'playground/playground.tsx'),
      'office-frame': path.join(src, 'playground/office-frame.ts'),
    },
    outdir: playgroundDir,
    target: ['es2020'],
    platform: 'browser',
    minify: production,
    sourcemap: production ? false : 'linked',
  });
  copyFileSync(path.join(src, 'playground/index.html'), path.join(playgroundDir, 'index.html'));
  // The pane inside the playground: the same taskpane.js, with the fake instead of Office.js.
  writeFileSync(path.join(playgroundDir, 'pane.html'), taskpaneHtml('<script src="office-frame.js"></script>', '../taskpane.js', PLAYGROUND_CSP));

  const sizes = {
    launchevent: gz(path.join(outDir, 'launchevent.js')),
    taskpane: gz(path.join(outDir, 'taskpane.js')),
  };
  return { outDir, playgroundDir, baseUrl, organisationUrl, sendMode, sizes };
}

function gz(file) {
  const raw = readFileSync(file);
  return { bytes: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
}

function normaliseBase(url) {
  const u = String(url).trim().replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+(\/\S*)?$/i.test(u)) throw new Error(`ROLLKOLL_BASE_URL must be an absolute URL, not "${url}"`);
  return u;
}

// The playground's pane gets a strict CSP (it loads nothing from elsewhere). The production pane has
// none: Office.js loads further scripts and frames of its own whose origins Microsoft may change.
const PLAYGROUND_CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'">\n`;

function taskpaneHtml(officeScript, appScript, csp = '') {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${csp}<title>Rollkoll</title>
<link rel="icon" href="data:,">
${officeScript}
</head>
<body>
<div id="app"><p class="rk-boot">Rollkoll startar …</p></div>
<script src="${appScript}"></script>
</body>
</html>
`;
}

function commandsHtml() {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Rollkoll</title>
<script src="${OFFICE_JS_CDN}"></script>
<script src="launchevent.js"></script>
</head>
<body></body>
</html>
`;
}

function supportHtml() {
  return `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Rollkoll – hjälp</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f2328}</style></head>
<body>
<h1>Rollkoll</h1>
<p>Rollkoll ger råd om kommunikationsvägar enligt kommunens riktlinje för ansvar, roller och samspel. Inget du skriver sparas eller skickas någonstans; allt kontrolleras på din dator.</p>
<p>Frågor om tillägget besvaras av kommunens IT-avdelning.</p>
<h2 lang="en">In English</h2>
<p lang="en">Rollkoll advises on communication paths under the municipality's guideline on responsibilities, roles and interaction. Nothing you write is stored or sent anywhere; every check runs on your device. Your municipality's IT department answers questions about the add-in.</p>
</body>
</html>
`;
}

// ---------- Icons: drawn here, written as PNG (no image tools needed) ----------

/** A rounded square in the accent colour with a white path: you → via → contact. */
export function iconPng(size) {
  const px = Buffer.alloc(size * size * 4);
  const s = size;
  const r = s * 0.2;
  const nodes = [
    [0.27, 0.72],
    [0.5, 0.3],
    [0.73, 0.72],
  ].map(([x, y]) => [x * s, y * s]);
  const nodeR = Math.max(1.6, s * 0.11);
  const lineW = Math.max(1.1, s * 0.075);
  const inRounded = (x, y) => {
    const cx = Math.min(Math.max(x, r), s - r);
    const cy = Math.min(Math.max(y, r), s - r);
    return r - Math.hypot(x - cx, y - cy);
  };
  const segDist = (x, y, [ax, ay], [bx, by]) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
  };
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      const bg = Math.max(0, Math.min(1, inRounded(cx, cy) + 0.5));
      let fg = 0;
      for (const [nx, ny] of nodes) fg = Math.max(fg, Math.min(1, Math.max(0, nodeR - Math.hypot(cx - nx, cy - ny) + 0.5)));
      const d = Math.min(segDist(cx, cy, nodes[0], nodes[1]), segDist(cx, cy, nodes[1], nodes[2]));
      fg = Math.max(fg, Math.min(1, Math.max(0, lineW / 2 - d + 0.5)));
      const i = (y * s + x) * 4;
      // accent #0a57a3 blended with white by fg
      px[i] = Math.round(10 + (255 - 10) * fg);
      px[i + 1] = Math.round(87 + (255 - 87) * fg);
      px[i + 2] = Math.round(163 + (255 - 163) * fg);
      px[i + 3] = Math.round(255 * bg);
    }
  }
  return encodePng(s, s, px);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
