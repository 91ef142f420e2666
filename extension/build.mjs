// Builds the extension into dist/extension/ (one build for Chromium and Firefox) and the store zip
// dist/rollkoll-extension.zip. Called by ../esbuild.config.mjs as build({ root, production }).
import * as esbuild from 'esbuild';
import { zipSync, gzipSync } from 'fflate';
import { mkdirSync, readFileSync, rmSync, writeFileSync, cpSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { manifest, MANAGED_SCHEMA } from './manifest.mjs';

const page = (title, script) => `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script type="module" src="${script}"></script>
</head>
<body></body>
</html>
`;

// ---- icons: a rounded blue square with a path of three stops (drawn, so no binary in git) ----
function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
export function icon(size) {
  const px = Buffer.alloc(size * (size * 4 + 1));
  const s = size / 128;
  const r = 24 * s;
  const stops = [[34, 94], [64, 40], [94, 94]].map(([x, y]) => [x * s, y * s]);
  const distSeg = (x, y, [ax, ay], [bx, by]) => {
    const dx = bx - ax, dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - ax - t * dx, y - ay - t * dy);
  };
  for (let y = 0; y < size; y++) {
    px[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5, cy = y + 0.5;
      const qx = Math.max(r - cx, 0, cx - (size - r)), qy = Math.max(r - cy, 0, cy - (size - r));
      const inside = Math.hypot(qx, qy) <= r;
      let rgba = [0, 0, 0, 0];
      if (inside) {
        rgba = [10, 87, 163, 255];
        const line = Math.min(distSeg(cx, cy, stops[0], stops[1]), distSeg(cx, cy, stops[1], stops[2]));
        const dot = Math.min(...stops.map(([sx, sy]) => Math.hypot(cx - sx, cy - sy)));
        if (line <= Math.max(1, 6 * s) || dot <= Math.max(1.5, 14 * s)) rgba = [255, 255, 255, 255];
      }
      px.set(rgba, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(px)), chunk('IEND', Buffer.alloc(0))]);
}

function walk(dir, base = dir, out = {}) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, base, out);
    else out[path.relative(base, full).split(path.sep).join('/')] = [readFileSync(full), { level: 9, mtime: new Date('2024-01-01T00:00:00Z') }];
  }
  return out;
}

/** `outDir` (default dist/extension) lets tests build a copy of their own; the zip and sizes go next to it. */
export async function build({ root, production = false, outDir }) {
  const src = path.join(root, 'extension');
  const out = outDir ?? path.join(root, 'dist/extension');
  const dist = path.dirname(out);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;

  const common = {
    absWorkingDir: root,
    bundle: true,
    minify: true,
    sourcemap: production ? false : 'linked',
    target: ['chrome110', 'firefox115'],
    logLevel: 'warning',
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    charset: 'utf8',
  };
  await esbuild.build({
    ...common,
    format: 'iife',
    entryPoints: {
      'content/roundcube': 'extension/content/roundcube.ts',
      'content/gmail': 'extension/content/gmail.ts',
      'content/outlook-web': 'extension/content/outlook-web.ts',
      background: 'extension/background/background.ts',
    },
    outdir: out,
  });
  await esbuild.build({
    ...common,
    format: 'esm',
    splitting: false,
    entryPoints: { popup: 'extension/popup/main.tsx', options: 'extension/options/main.tsx' },
    outdir: out,
  });

  writeFileSync(path.join(out, 'popup.html'), page('Rollkoll', 'popup.js'));
  writeFileSync(path.join(out, 'options.html'), page('Rollkoll – inställningar', 'options.js'));
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest({ version }), null, 2) + '\n');
  writeFileSync(path.join(out, 'managed-schema.json'), JSON.stringify(MANAGED_SCHEMA, null, 2) + '\n');
  cpSync(path.join(src, '_locales'), path.join(out, '_locales'), { recursive: true });
  mkdirSync(path.join(out, 'example'));
  cpSync(path.join(root, 'core/example/kungsor.organisation.json'), path.join(out, 'example/kungsor.organisation.json'));
  mkdirSync(path.join(out, 'icons'));
  for (const size of [16, 32, 48, 128]) writeFileSync(path.join(out, `icons/${size}.png`), icon(size));

  // The store zip holds no source maps.
  const files = walk(out);
  for (const name of Object.keys(files)) if (name.endsWith('.map')) delete files[name];
  writeFileSync(path.join(dist, 'rollkoll-extension.zip'), zipSync(files));

  const sizes = {};
  for (const name of ['content/roundcube.js', 'content/gmail.js', 'content/outlook-web.js', 'background.js', 'popup.js', 'options.js']) {
    const buf = readFileSync(path.join(out, name));
    sizes[name] = { bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  }
  writeFileSync(path.join(dist, 'extension-sizes.json'), JSON.stringify(sizes, null, 2) + '\n');
  return sizes;
}
